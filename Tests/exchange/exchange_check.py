#!/usr/bin/env python3
"""Checks Tandem's XLIFF and PO exports with real translation tools.

Called by the Swift tests (Tests/TandemCoreTests/Review/ExchangeToolTests.swift):

  exchange_check.py tools                       exit 0 when translate-toolkit and lxml import
  exchange_check.py validate FILE.xlf           XLIFF 1.2 strict structure (see below)
  exchange_check.py convert FILE.xlf FILE.po    xliff2po / po2xliff keep every unit; pofilter finds
                                                no placeholder or markup error
  exchange_check.py translate IN.xlf OUT.xlf MODE
                                                sets every target through translate-toolkit's API,
                                                tags kept, approved: MODE "copy" (target = source)
                                                or "mark" (" EN" after each text run with a letter; agenda day headings,
                                                the headings with a digit, stay as they are so the
                                                agenda still reads its days)

The XLIFF 1.2 schema (xliff-core-1.2-strict.xsd) is not shipped by any PyPI package we could
find (translate-toolkit, moz-xliff-linter, l10n-lint checked), so `validate` checks the strict
schema's rules that matter for what Tandem writes, with lxml: element names and nesting, required
attributes, the allowed values of state, ctype, context-type and purpose, unique unit ids per file,
bpt/ept pairing. It prints one problem a line and exits 1 on any.
"""
import copy
import os
import subprocess
import sys
import tempfile

NS = "urn:oasis:names:tc:xliff:document:1.2"
XML_NS = "http://www.w3.org/XML/1998/namespace"


def q(name):
    return "{%s}%s" % (NS, name)


def tools():
    try:
        import lxml  # noqa: F401
        import translate  # noqa: F401
    except ImportError as error:
        print("missing: %s (pip install translate-toolkit lxml)" % error.name)
        return 1
    return 0


STATES = {"final", "needs-adaptation", "needs-l10n", "needs-review-adaptation", "needs-review-l10n",
          "needs-review-translation", "needs-translation", "new", "signed-off", "translated"}
CTYPES = {"image", "pb", "lb", "bold", "italic", "underlined", "link"}
CONTEXT_TYPES = {"database", "element", "elementtitle", "linenumber", "numparams", "paramnotes", "record",
                 "recordtitle", "sourcefile"}
PURPOSES = {"information", "location", "match"}
INLINE = {"g", "x", "bx", "ex", "bpt", "ept", "ph", "it", "mrk"}


def extensible(value, allowed):
    return value in allowed or value.startswith("x-")


def validate(path):
    from lxml import etree
    problems = []
    try:
        tree = etree.parse(path)
    except etree.XMLSyntaxError as error:
        print("%s: not well-formed: %s" % (path, error))
        return 1
    root = tree.getroot()

    def problem(element, message):
        problems.append("%s:%d: %s" % (path, element.sourceline or 0, message))

    if root.tag != q("xliff") or root.get("version") != "1.2":
        problem(root, "root must be <xliff version=\"1.2\"> in %s" % NS)
    for child in root:
        if child.tag != q("file"):
            problem(child, "<xliff> holds only <file>, found %s" % child.tag)
    for file in root.iter(q("file")):
        for attribute in ("original", "source-language", "datatype"):
            if not file.get(attribute):
                problem(file, "<file> needs %s" % attribute)
        children = [c.tag for c in file]
        if children not in ([q("header"), q("body")], [q("body")]):
            problem(file, "<file> holds an optional <header> then <body>, found %s" % children)
        header = file.find(q("header"))
        if header is not None:
            for child in header:
                if child.tag not in {q(n) for n in ("skl", "phase-group", "glossary", "reference", "count-group", "tool", "note")}:
                    problem(child, "not allowed in <header>: %s" % child.tag)
            for tool in header.iter(q("tool")):
                if not tool.get("tool-id") or not tool.get("tool-name"):
                    problem(tool, "<tool> needs tool-id and tool-name")
        ids = set()
        body = file.find(q("body"))
        for unit in (body if body is not None else []):
            if unit.tag not in (q("trans-unit"), q("group"), q("bin-unit")):
                problem(unit, "not allowed in <body>: %s" % unit.tag)
                continue
            unit_id = unit.get("id")
            if not unit_id:
                problem(unit, "<trans-unit> needs an id")
            elif unit_id in ids:
                problem(unit, "duplicate unit id %s" % unit_id)
            ids.add(unit_id)
            if unit.get("approved") not in (None, "yes", "no"):
                problem(unit, "approved is yes or no")
            if unit.get("{%s}space" % XML_NS) not in (None, "preserve", "default"):
                problem(unit, "xml:space is preserve or default")
            tags = [c.tag for c in unit]
            if not tags or tags[0] != q("source"):
                problem(unit, "<trans-unit> starts with <source>")
            rest = tags[1:]
            if rest and rest[0] == q("seg-source"):
                rest = rest[1:]
            if rest and rest[0] == q("target"):
                rest = rest[1:]
            for tag in rest:
                if tag not in (q("context-group"), q("count-group"), q("prop-group"), q("note"), q("alt-trans")):
                    problem(unit, "out of order or not allowed in <trans-unit>: %s" % tag)
            if q("prop-group") in rest:
                problem(unit, "<prop-group> is not in the strict schema")
            target = unit.find(q("target"))
            if target is not None and target.get("state") is not None and not extensible(target.get("state"), STATES):
                problem(target, "state %r is not an XLIFF 1.2 state" % target.get("state"))
            for group in unit.iter(q("context-group")):
                if group.get("purpose") is not None and not all(extensible(p, PURPOSES) for p in group.get("purpose").split()):
                    problem(group, "purpose %r" % group.get("purpose"))
                for context in group:
                    if context.tag != q("context"):
                        problem(context, "<context-group> holds only <context>")
                    elif not extensible(context.get("context-type", ""), CONTEXT_TYPES):
                        problem(context, "context-type %r" % context.get("context-type"))
            for part in [unit.find(q("source")), target]:
                if part is None:
                    continue
                opened = set()
                for element in part.iter():
                    if element is part:
                        continue
                    name = element.tag.replace("{%s}" % NS, "")
                    if name not in INLINE and name != "sub":
                        problem(element, "<%s> is not an inline element" % name)
                        continue
                    if name in ("bpt", "ept", "ph", "x", "bx", "ex", "g", "it") and not element.get("id"):
                        problem(element, "<%s> needs an id" % name)
                    if element.get("ctype") is not None and not extensible(element.get("ctype"), CTYPES):
                        problem(element, "ctype %r" % element.get("ctype"))
                    if name == "ept" and element.get("ctype") is not None:
                        problem(element, "<ept> has no ctype")
                    if name == "bpt":
                        opened.add(element.get("id"))
                    if name == "ept":
                        if element.get("id") not in opened:
                            problem(element, "<ept id=%s> without its <bpt>" % element.get("id"))
                        opened.discard(element.get("id"))
                if opened:
                    problem(part, "<bpt> without <ept>: %s" % sorted(opened))
    for line in problems:
        print(line)
    return 1 if problems else 0


def run(arguments):
    result = subprocess.run(arguments, capture_output=True, text=True)
    if result.returncode != 0:
        print("%s failed (%d): %s%s" % (" ".join(arguments), result.returncode, result.stdout, result.stderr))
    return result


def count_units(path):
    from translate.storage import factory
    store = factory.getobject(path)
    return len([u for u in store.units if not u.isheader()])


def convert(xlf, po):
    """xliff2po and po2xliff keep every unit; pofilter finds no markup error in Tandem's PO."""
    failures = 0
    expected = count_units(xlf)
    with tempfile.TemporaryDirectory() as folder:
        converted_po = os.path.join(folder, "from-xliff.po")
        back = os.path.join(folder, "back.xlf")
        if run(["xliff2po", "--progress=none", xlf, converted_po]).returncode != 0:
            return 1
        if run(["po2xliff", "--progress=none", converted_po, back]).returncode != 0:
            return 1
        for name, path in (("xliff2po", converted_po), ("po2xliff", back), ("Tandem's PO", po)):
            found = count_units(path)
            if found != expected:
                print("%s: %d units, the XLIFF has %d" % (name, found, expected))
                failures += 1
        # Markup and placeholder checks (pofilter reports a unit per failing check).
        checks = ["xmltags", "printf", "variables", "brackets", "urls", "emails", "escapes", "newlines", "endwhitespace", "startwhitespace"]
        for path in (po, converted_po):
            report = os.path.join(folder, "pofilter-%s.po" % os.path.basename(path))
            arguments = ["pofilter", "--progress=none", "--nonotes"]
            for check in checks:
                arguments += ["-t", check]
            result = run(arguments + [path, report])
            if result.returncode != 0:
                return 1
            from translate.storage import factory
            flagged = [u for u in factory.getobject(report).units if not u.isheader()]
            for unit in flagged:
                print("pofilter on %s: %s: %s" % (os.path.basename(path), unit.getcontext() or unit.getid(), " ".join(unit.getnotes("translator").split())))
            failures += len(flagged)
    return 1 if failures else 0


def translate(source, output, mode):
    """Fills every target with translate-toolkit's API: the source's placeables kept, each text run changed."""
    from translate.storage import factory
    from translate.storage.placeables.strelem import StringElem

    def change(text):
        if mode == "copy" or not any(ch.isalpha() for ch in text):
            return text
        trail = text[len(text.rstrip()):]
        return text.rstrip() + " EN" + trail

    store = factory.getobject(source)
    for unit in store.units:
        if unit.isheader():
            continue
        rich = copy.deepcopy(unit.rich_source)
        notes = unit.getnotes()
        day_heading = notes.startswith("heading") and any(ch.isdigit() for ch in unit.source)
        for tree in ([] if day_heading else rich):
            for leaf in tree.flatten():
                if type(leaf) is StringElem and all(isinstance(part, str) for part in leaf.sub):
                    leaf.sub = [change("".join(leaf.sub))]
        unit.rich_target = rich
        unit.markapproved(True)
    store.savefile(output)
    return 0


def main(arguments):
    if not arguments:
        print(__doc__)
        return 2
    command = arguments[0]
    if command == "tools":
        return tools()
    if command == "validate" and len(arguments) == 2:
        return validate(arguments[1])
    if command == "convert" and len(arguments) == 3:
        return convert(arguments[1], arguments[2])
    if command == "translate" and len(arguments) == 4:
        return translate(arguments[1], arguments[2], arguments[3])
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
