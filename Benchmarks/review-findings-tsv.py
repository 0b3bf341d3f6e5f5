#!/usr/bin/env python3
"""List the findings of a Tandem review site as TSV: page, row, check, message, es text, en text."""
import sys, os, re, html
root = sys.argv[1]
out = []
for name in sorted(os.listdir(os.path.join(root, 'pairs'))):
    text = open(os.path.join(root, 'pairs', name), encoding='utf-8').read()
    m = re.search(r'<h3>About the pages</h3>\s*<ul class="findings">(.*?)</ul>', text, re.S)
    if m:
        for cls, msg in re.findall(r'<li class="([^"]*)">(.*?)</li>', m.group(1)):
            out.append((name, 'page', cls.split()[0], html.unescape(msg), '', ''))
    for row in re.findall(r'<tr id="(b\d+)"[^>]*>(.*?)</tr>', text, re.S):
        anchor, body = row
        f = re.search(r'<td class="findings">(.*?)</td>', body, re.S)
        if not f or not f.group(1): continue
        cells = re.findall(r'<td[^>]*>(.*?)</td>', body, re.S)
        clean = lambda c: html.unescape(re.sub(r'<[^>]+>', '', c)).replace('\t', ' ').replace('\n', ' ')[:300]
        left, right = (clean(cells[0]), clean(cells[1])) if len(cells) >= 2 else ('', '')
        for cls, msg in re.findall(r'<li class="([^"]*)"[^>]*>(.*?)</li>', f.group(1), re.S):
            out.append((name, anchor, cls.split()[0], html.unescape(re.sub(r'<[^>]+>', '', msg)), left, right))
for o in out: print('\t'.join(o))
