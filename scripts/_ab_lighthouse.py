# Temporary (not committed): Lighthouse performance on a few pages, N runs each.
import json, statistics, sys
from scripts import audit, loopback_server

PAGES = sys.argv[2:] or ["/specialists/", "/specialists/?q=botox"]
N = int(sys.argv[1])
(audit.WORK_DIR / "lighthouse").mkdir(parents=True, exist_ok=True)
audit.manage("migrate", "--noinput", "-v0")
audit.manage("load_demo_content")
audit.manage("collectstatic", "--noinput", "-v0")
server = loopback_server.start_gunicorn(audit.ENV, audit.PORT, audit.WORK_DIR / "gunicorn.log")
try:
    audit.sitemap_paths()
    for path in PAGES:
        perf, tbt, sl = [], [], []
        for run in range(N):
            r = audit.lighthouse(audit.BASE_URL + path, audit.WORK_DIR / f"lighthouse/ab-{run}.json")
            perf.append(round(r["categories"]["performance"]["score"] * 100))
            tbt.append(round(r["audits"]["total-blocking-time"]["numericValue"]))
            items = r["audits"]["mainthread-work-breakdown"]["details"]["items"]
            sl.append(round(sum(i["duration"] for i in items if i["group"] == "styleLayout")))
        print(path, "perf", perf, "tbt", tbt, "style+layout", sl, flush=True)
finally:
    server.terminate(); server.wait(timeout=30)
