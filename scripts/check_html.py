"""`make test-browser`: render the HTML report of the demo in headless Chromium and check what
the browser shows: a score bar per posting as wide as its score, the breakdown adding up to the
score, the recurring gaps, what to fix first. Not part of `make test` (it needs Chromium).

    python scripts/check_html.py [--chromium PATH] [--out DIR]

Writes DIR/report.html (the report), DIR/report.dom.html (the DOM after rendering) and
DIR/report.png (a screenshot to look at); exits 1 with the failed checks listed.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from jobmatch import api  # noqa: E402
from jobmatch.render import render_text  # noqa: E402
from jobmatch.report import build_report  # noqa: E402

BROWSER_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--virtual-time-budget=2000"]


class _Bars(HTMLParser):
    """Collects the score bars (data-score and segment widths) and the visible text."""

    def __init__(self) -> None:
        super().__init__()
        self.bars: list[tuple[float, list[float]]] = []
        self.text: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if tag in ("style", "script"):
            self._skip += 1
        if tag == "div" and "bar" in (a.get("class") or "").split():
            self.bars.append((float(a.get("data-score") or "nan"), []))
        elif tag == "div" and "seg" in (a.get("class") or "").split() and self.bars:
            width = re.search(r"width:\s*([\d.]+)%", a.get("style") or "")
            self.bars[-1][1].append(float(width.group(1)) if width else float("nan"))

    def handle_endtag(self, tag: str) -> None:
        if tag in ("style", "script"):
            self._skip -= 1

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.text.append(data)


def chromium(path: str | None) -> str:
    found = path or shutil.which("chromium") or shutil.which("chromium-browser")
    if not found:
        sys.exit("check_html: chromium not found (make test-browser installs Debian's chromium package)")
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--chromium")
    parser.add_argument("--out", default=str(ROOT / "build" / "browser"))
    args = parser.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    browser = chromium(args.chromium)

    matched = api.match(str(ROOT / "fixtures/resumes/partial_frontend.pdf"), [str(ROOT / "fixtures/postings")])
    report = build_report("fixtures/resumes/partial_frontend.pdf", matched.resume, matched.results, matched.errors)
    page = out / "report.html"
    page.write_text(render_text("html", report), encoding="utf-8")
    url = page.resolve().as_uri()

    dom = subprocess.run(
        [browser, *BROWSER_FLAGS, "--dump-dom", url], capture_output=True, text=True, timeout=120, check=True
    ).stdout
    (out / "report.dom.html").write_text(dom, encoding="utf-8")
    shot = out / "report.png"
    subprocess.run(
        [browser, *BROWSER_FLAGS, "--window-size=1100,1600", f"--screenshot={shot}", url],
        capture_output=True,
        timeout=120,
        check=True,
    )

    seen = _Bars()
    seen.feed(dom)
    text = " ".join(" ".join(seen.text).split())
    failures = []
    n = len(report.entries)
    if len(seen.bars) != 2 * n:
        failures.append(f"expected {2 * n} score bars (ranking and sections), the browser shows {len(seen.bars)}")
    for entry in report.entries:
        r = entry.result
        if f"{r.score:.1f}%" not in text:
            failures.append(f"score {r.score:.1f}% of {r.posting.path} not shown")
        if "Fix first" not in text:
            failures.append("no 'Fix first' list")
    for score, widths in seen.bars:
        if abs(sum(widths) - score) > 0.051 * max(1, len(widths)):
            failures.append(f"bar segments {widths} do not add up to the score {score}")
    if "Missing in several postings" not in text or "Kubernetes" not in text:
        failures.append("the recurring gaps (Kubernetes) are not shown")
    if "ATS-exact" not in text:
        failures.append("the ATS-exact coverage is not shown")
    if not shot.exists() or shot.stat().st_size < 10_000:
        failures.append(f"no screenshot at {shot}")
    for f in failures:
        print(f"check_html: FAIL: {f}")
    if failures:
        return 1
    print(f"check_html: ok: {n} postings, {len(seen.bars)} bars, breakdowns add up; screenshot {shot}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
