#!/usr/bin/env python3
"""Copy the page pairs of a Hugo site translated by content directory
(content/es/x.md + content/en/x.md) into a Tandem site (content/x.es.md +
content/x.en.md), Hugo shortcodes stripped, front matter reduced to
title/slug/date/summary and widget-config pages left out, so that
`tandem review` can be measured on a real bilingual corpus.

usage: Benchmarks/hugo-pairs.py HUGO_CONTENT_DIR OUT_SITE_DIR [--source es]
then:  tandem review --source OUT_SITE_DIR --no-git; Benchmarks/review-findings-tsv.py OUT_SITE_DIR/output-review"""
import os, re, sys, json

def front_matter(text):
    if text.startswith('---'):
        end = text.find('\n---', 3)
        if end > 0:
            return text[3:end], text[text.find('\n', end + 1) + 1:]
    if text.startswith('+++'):
        end = text.find('\n+++', 3)
        if end > 0:
            return text[3:end], text[text.find('\n', end + 1) + 1:]
    return '', text

def field(fm, name):
    m = re.search(r'^' + name + r'\s*[:=]\s*(.*)$', fm, re.M)
    if not m: return None
    v = m.group(1).strip()
    if len(v) >= 2 and v[0] == v[-1] and v[0] in '"\'': v = v[1:-1]
    return v or None

SHORTCODE = re.compile(r'\{\{[<%]/?\*?.*?\*?/?[%>]\}\}', re.S)

def convert(path, slug):
    with open(path, encoding='utf-8') as f: text = f.read().replace('\r\n', '\n')
    fm, body = front_matter(text)
    title = field(fm, 'title') or os.path.basename(os.path.dirname(path))
    lines = ['---', 'title: ' + json.dumps(title, ensure_ascii=False), 'slug: ' + json.dumps(slug)]
    date = field(fm, 'date')
    if date and re.match(r'\d{4}-\d\d-\d\d', date): lines.append('date: ' + date[:10])
    summary = field(fm, 'summary')
    if summary: lines.append('summary: ' + json.dumps(summary, ensure_ascii=False))
    lines.append('---')
    body = SHORTCODE.sub('', body)
    return '\n'.join(lines) + '\n' + body

def main():
    src, out = sys.argv[1], sys.argv[2]
    source = sys.argv[4] if len(sys.argv) > 4 else 'es'
    es_root, en_root = os.path.join(src, 'es'), os.path.join(src, 'en')
    pairs = 0
    for dirpath, _, files in os.walk(es_root):
        for name in sorted(files):
            if not name.endswith('.md'): continue
            es = os.path.join(dirpath, name)
            rel = os.path.relpath(es, es_root)
            en = os.path.join(en_root, rel)
            if not os.path.exists(en): continue
            # Hugo Academic widget configs (TOML in the body) are settings, not prose to translate.
            if any(re.search(r'^\s*widget\s*=', open(x, encoding='utf-8').read(), re.M) for x in (es, en)): continue
            key = rel[:-3]
            if key.endswith('/index'): key = key[:-6] + '-page'
            key = key.replace('_index', 'section-index')
            for lang, p in (('es', es), ('en', en)):
                target = os.path.join(out, 'content', key + '.' + lang + '.md')
                os.makedirs(os.path.dirname(target), exist_ok=True)
                with open(target, 'w', encoding='utf-8') as f: f.write(convert(p, re.sub(r'[^a-z0-9-]', '-', os.path.basename(key).lower())))
            pairs += 1
    with open(os.path.join(out, 'tandem.yaml'), 'w') as f:
        f.write('baseURL: /\ndefaultLanguage: es\ntheme: default\nlanguages:\n  - code: es\n    name: Español\n    locale: es\n    title: Sitio\n  - code: en\n    name: English\n    locale: en\n    title: Site\ntranslation:\n  source: %s\n' % source)
    print(pairs, 'pairs')

main()
