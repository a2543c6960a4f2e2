"""Lighthouse and axe-core on the public pages, served as in production.

Starts gunicorn (production settings, PostgreSQL, the demo content) on loopback, runs axe-core
(WCAG 2.2 A/AA) on every public page and Lighthouse (mobile, its default form factor; the median
of 3 runs) on the key pages, served from the page cache and again by a second server with the
page cache off (what a new search or the first visit after an edit gets), and checks the
page-weight budgets. Prints a table, writes
audit.json, and fails on any Lighthouse score under 100, any axe violation or any budget
exceeded. Run through `make audit` (as `python -m scripts.audit`, so `scripts.browser_checks`,
the Chromium flags and axe rules it shares with the browser tests, can be imported).
"""

import functools
import gzip
import json
import os
import re
import statistics
import subprocess
import sys
import time
import urllib.request
from urllib.parse import urlsplit
from xml.etree import ElementTree

from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import sync_playwright

from scripts import loopback_server
from scripts.browser_checks import AXE_OPTIONS, CHROMIUM_ARGS
from scripts.loopback_server import BASE_DIR, free_port, production_env

WORK_DIR = BASE_DIR / ".audit"  # media, Lighthouse reports and the server log (gitignored)
CHROMIUM = "/usr/bin/chromium"
LIGHTHOUSE = BASE_DIR / "tools/lighthouse/node_modules/.bin/lighthouse"
CATEGORIES = {  # Lighthouse's category ids, and their column headings
    "performance": "perf", "accessibility": "a11y", "best-practices": "best", "seo": "seo",
}  # fmt: skip
RUNS = 3
KB = 1000
HTML_BUDGET = 40 * KB  # any page, uncompressed
CSS_BUDGET = 25 * KB  # every stylesheet the pages load, gzipped
JS_BUDGET = 10 * KB  # every script the pages load, gzipped
FORM = "/appointments/request/"
SPANISH_FORM = "/es/citas/solicitar/"
FORMS = [FORM, SPANISH_FORM]
# Pages no sitemap lists, with the status each must answer.
EXTRA_AXE_PAGES = {
    FORM: 200, SPANISH_FORM: 200, "/specialists/?q=hekmen+zzqx": 200,
    "/es/especialistas/?q=hekmen+zzqx": 200, "/no-such-page/": 404, "/es/no-such-page/": 404,
}  # fmt: skip


PORT, UNCACHED_PORT = free_port(), free_port()
BASE_URL, UNCACHED_URL = f"http://127.0.0.1:{PORT}", f"http://127.0.0.1:{UNCACHED_PORT}"
ENV = production_env(
    os.environ.get("AUDIT_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/clinic_audit"),
    WORK_DIR,  # portraits are part of the pages' weight
    REDIS_URL="redis://127.0.0.1:6379/14",  # production's shared cache, in a database of its own
    SITE_URL=BASE_URL,
)
UNCACHED_ENV = ENV | {"PAGE_CACHE_SECONDS": "0", "SITE_URL": UNCACHED_URL}
UNCACHED = " (page cache off)"  # the key pages' second row
manage = functools.partial(loopback_server.manage, ENV)


def sitemap_paths():
    xml = urllib.request.urlopen(BASE_URL + "/sitemap.xml", timeout=10).read()
    locations = ElementTree.fromstring(xml).iter("{http://www.sitemaps.org/schemas/sitemap/0.9}loc")
    return [urlsplit(location.text).path for location in locations]


def key_pages(sitemap):
    """The issue's list; a page "of each kind" is the first of that kind in the sitemap."""

    def first(pattern):
        return next(path for path in sitemap if re.fullmatch(pattern, path))

    return [
        "/", "/conditions/", first(r"/conditions/[\w-]+/"), first(r"/causes/[\w-]+/"),
        first(r"/treatments/[\w-]+/"), first(r"/info/[\w-]+/"),
        # The guide for patients unsure whether to come yet, in both languages.
        "/info/when-to-see-a-specialist/", "/es/informacion/cuando-ver-a-un-especialista/",
        # The page for referring clinicians, with its contact box from settings.
        "/info/for-clinicians/",
        "/specialists/", "/specialists/?q=botox", first(r"/specialists/[\w-]+/"),
        "/stories/", first(r"/stories/[\w-]+/"), FORM,
        # The same kinds in Spanish (the addresses' words: locale/es/LC_MESSAGES/django.po).
        "/es/", first(r"/es/condiciones/[\w-]+/"), first(r"/es/tratamientos/[\w-]+/"),
        "/es/especialistas/", first(r"/es/especialistas/[\w-]+/"),
        first(r"/es/historias/[\w-]+/"), SPANISH_FORM,
        # Site search: results, nothing found, a typo searched as its likely spelling.
        "/search/?q=botox", "/search/?q=zzqx", "/search/?q=gracilus",
        "/es/buscar/?q=par%C3%A1lisis+de+bell",
    ]  # fmt: skip


def run_axe(pages):
    """axe on each page (and on the appointment form sent empty, in each language); also each
    page's HTML size and the URL and type of every stylesheet and script the pages load."""
    results, assets = {}, {}
    axe, options = Axe(), AXE_OPTIONS

    def check(page, response, expected_status):
        violations = axe.run(page, options=options).response["violations"]
        return {
            "status": response.status,
            "expected_status": expected_status,
            "html_bytes": len(response.body()),
            "violations": [
                {"id": v["id"], "impact": v["impact"], "help": v["help"],
                 "nodes": [{"target": n["target"], "html": n["html"],
                            "summary": n["failureSummary"]} for n in v["nodes"]]}
                for v in violations
            ],
        }  # fmt: skip

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        page.on(
            "response",
            lambda r: (
                r.request.resource_type in {"stylesheet", "script"}
                and assets.setdefault(r.url, r.request.resource_type)
            ),
        )
        for path, status in pages.items():
            results[path] = check(page, page.goto(BASE_URL + path), status)
        for form in FORMS:
            page.goto(BASE_URL + form)
            with page.expect_navigation() as sent:
                page.click("#submit-id-submit")
            results[form + " (sent empty)"] = check(page, sent.value, 200)
        browser.close()
    return results, assets


def gzipped(urls):
    return sum(len(gzip.compress(urllib.request.urlopen(url).read())) for url in urls)


def lighthouse(url, report_path):
    """One Lighthouse report, or None when the run fails twice (it does now and then here)."""
    command = [
        LIGHTHOUSE, url, "--output=json", f"--output-path={report_path}", "--quiet",
        "--chrome-flags=" + " ".join(CHROMIUM_ARGS), "--only-categories=" + ",".join(CATEGORIES),
        "--disable-full-page-screenshot",  # 1-2 s a run, and no score depends on it
    ]  # fmt: skip
    for _attempt in range(2):
        try:
            done = subprocess.run(
                command, env=ENV | {"CHROME_PATH": CHROMIUM}, capture_output=True, timeout=180
            )
        except subprocess.TimeoutExpired:
            continue
        if done.returncode == 0:
            report = json.loads(report_path.read_text())
            if not report.get("runtimeError"):
                return report
    return None


def describe_item(item):
    """What a Lighthouse table row points at: an element (and what moved it), a URL or a message."""
    node = item.get("node") or {}
    parts = [
        node.get("selector"), node.get("snippet"), node.get("explanation"),
        item.get("url") or (item.get("source") or {}).get("url"), item.get("description"),
        item.get("groupLabel"), item.get("duration") and f"{item['duration']:.0f} ms",
    ]  # fmt: skip
    for sub in (item.get("subItems") or {}).get("items", []):
        parts += [(sub.get("extra") or {}).get("selector"), sub.get("cause")]
    return " | ".join(str(part) for part in parts if part)[:400]


def summarise(audit):
    items = (audit.get("details") or {}).get("items") or []
    return {
        "id": audit["id"], "title": audit["title"], "score": audit["score"],
        "value": audit.get("displayValue") or audit.get("explanation") or "",
        "items": [text for item in items[:5] if (text := describe_item(item))],
    }  # fmt: skip


def failed_audits(report, category):
    """The weighted audits that kept a category under 100. A metric's own audit names no
    element, so the audits that Lighthouse says would improve it (layout-shifts for CLS, say)
    come with it."""
    failed = []
    for ref in report["categories"][category]["auditRefs"]:
        audit = report["audits"][ref["id"]]
        if ref["weight"] and audit["score"] is not None and audit["score"] < 1:
            related = [
                summarise(other)
                for other in report["audits"].values()
                if ref.get("acronym") and (other.get("metricSavings") or {}).get(ref["acronym"])
            ]
            failed.append(summarise(audit) | {"related": related})
    return failed


def audit_key_page(path, number, base_url=BASE_URL):
    """Median score of each category over the runs, and the audits behind any under 100."""
    name = f"{number:02}-" + (re.sub(r"\W+", "-", path).strip("-") or "home")
    if base_url != BASE_URL:
        name += "-uncached"
    reports = [
        report
        for run in range(RUNS)
        if (report := lighthouse(base_url + path, WORK_DIR / f"lighthouse/{name}-{run}.json"))
    ]
    if not reports:
        return {"error": "every Lighthouse run failed"}
    result = {"runs": len(reports), "scores": {}, "failed_audits": {}}
    for category in CATEGORIES:
        scores = [round((r["categories"][category]["score"] or 0) * 100) for r in reports]
        median = result["scores"][category] = statistics.median_low(scores)
        if median < 100:
            median_run = reports[scores.index(median)]
            result["failed_audits"][category] = failed_audits(median_run, category)
    # "Slower CPU than Lighthouse expects" means a busy machine: performance is then noise.
    result["warnings"] = sorted({warning for r in reports for warning in r["runWarnings"]})
    result["transfer_bytes"] = statistics.median_low(
        r["audits"]["total-byte-weight"]["numericValue"] for r in reports
    )
    return result


def kb(size):
    return f"{size / KB:.1f}"


def judge(pages, css, js):
    """Every failure in one line each, and the details (elements, messages) behind them."""
    failures, details = [], []
    for path, page in pages.items():
        if page["status"] != page["expected_status"]:
            failures.append(f"{path}: HTTP {page['status']}, expected {page['expected_status']}")
        if page["html_bytes"] >= HTML_BUDGET:
            failures.append(f"{path}: HTML {kb(page['html_bytes'])} KB, budget {kb(HTML_BUDGET)}")
        if page["violations"]:
            failures.append(f"{path}: {len(page['violations'])} axe violation(s)")
        for v in page["violations"]:
            details.append(f"{path} axe {v['id']} ({v['impact']}): {v['help']}")
            details += [
                f"    {n['target']} {n['html'][:200]}: {' '.join(n['summary'].split())}"
                for n in v["nodes"]
            ]
        lighthouse_result = page.get("lighthouse", {})
        if "error" in lighthouse_result:
            failures.append(f"{path}: {lighthouse_result['error']}")
        for category, score in lighthouse_result.get("scores", {}).items():
            if score < 100:
                failures.append(f"{path}: Lighthouse {category} {score}")
        if lighthouse_result.get("failed_audits"):
            details += [f"{path} Lighthouse warned: {w}" for w in lighthouse_result["warnings"]]
        for category, audits in lighthouse_result.get("failed_audits", {}).items():
            for audit in audits:
                details.append(
                    f"{path} Lighthouse {category} {audit['id']} (score {audit['score']}): "
                    f"{audit['title']}. {audit['value']}"
                )
                details += [f"    {item}" for item in audit["items"]]
                for related in audit["related"]:
                    details.append(f"    related {related['id']}: {related['value']}")
                    details += [f"        {item}" for item in related["items"]]
    if css >= CSS_BUDGET:
        failures.append(f"CSS {kb(css)} KB gzipped, budget {kb(CSS_BUDGET)}")
    if js >= JS_BUDGET:
        failures.append(f"JavaScript {kb(js)} KB gzipped, budget {kb(JS_BUDGET)}")
    return failures, details


def print_table(pages):
    width = max(map(len, pages))
    header = ["page".ljust(width), *CATEGORIES.values(), "axe", "HTML KB", "transfer KB"]
    print("\n" + " | ".join(header))
    for path, page in pages.items():
        scores = page.get("lighthouse", {}).get("scores", {})
        transfer = page.get("lighthouse", {}).get("transfer_bytes")
        cells = [
            path.ljust(width),
            *(str(scores.get(category, "-")).rjust(len(label))
              for category, label in CATEGORIES.items()),
            str(len(page["violations"])).rjust(3), kb(page["html_bytes"]).rjust(7),
            (kb(transfer) if transfer is not None else "-").rjust(11),
        ]  # fmt: skip
        print(" | ".join(cells))


def main():
    started = time.monotonic()
    (WORK_DIR / "lighthouse").mkdir(parents=True, exist_ok=True)
    manage("migrate", "--noinput", "-v0")
    manage("load_demo_content")
    manage("rebuild_search_index")  # a database from before site search has no index yet
    manage("collectstatic", "--noinput", "-v0")
    server = loopback_server.start_gunicorn(ENV, PORT, WORK_DIR / "gunicorn.log")
    uncached_server = loopback_server.start_gunicorn(
        UNCACHED_ENV, UNCACHED_PORT, WORK_DIR / "gunicorn-uncached.log"
    )
    try:
        sitemap = sitemap_paths()
        keys = key_pages(sitemap)
        axe_pages = dict.fromkeys([*sitemap, *keys], 200) | EXTRA_AXE_PAGES
        print(f"axe-core on {len(axe_pages) + len(FORMS)} pages...", flush=True)
        pages, assets = run_axe(axe_pages)
        css = gzipped(url for url, kind in assets.items() if kind == "stylesheet")
        js = gzipped(url for url, kind in assets.items() if kind == "script")
        for number, path in enumerate(keys, 1):
            print(f"Lighthouse {number}/{len(keys)}: {path}", flush=True)
            pages[path]["lighthouse"] = audit_key_page(path, number)
            print(f"Lighthouse {number}/{len(keys)}: {path}{UNCACHED}", flush=True)
            # The same HTML, checked by axe in the row above: only Lighthouse is new here.
            pages[path + UNCACHED] = pages[path] | {
                "violations": [],
                "lighthouse": audit_key_page(path, number, UNCACHED_URL),
            }
    finally:
        for running in (server, uncached_server):
            running.terminate()
            running.wait(timeout=30)

    failures, details = judge(pages, css, js)
    print_table(pages)
    print(
        f"\nCSS {kb(css)} KB gzipped (budget {kb(CSS_BUDGET)}), JavaScript {kb(js)} KB gzipped "
        f"(budget {kb(JS_BUDGET)}), over {len(assets)} files; HTML budget {kb(HTML_BUDGET)} KB"
    )
    if details:
        print("\n" + "\n".join(details))
    summary = {
        "pages": pages,
        "css_gzip_bytes": css,
        "js_gzip_bytes": js,
        "assets": assets,
        "budgets": {
            "html_bytes": HTML_BUDGET,
            "css_gzip_bytes": CSS_BUDGET,
            "js_gzip_bytes": JS_BUDGET,
        },
        "failures": failures,
        "seconds": round(time.monotonic() - started),
    }
    (BASE_DIR / "audit.json").write_text(json.dumps(summary, indent=2))
    print("\n" + ("FAIL:\n  " + "\n  ".join(failures) if failures else "PASS"))
    print(f"({summary['seconds']} s; details in audit.json, reports in {WORK_DIR.name}/)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
