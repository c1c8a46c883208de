#!/usr/bin/env bash
# The HTML digest in a real browser: headless Chromium (Debian's package,
# installed on first use) loads the digest of the test articles, and we check
# what it parsed (every target row of the table, no script, no remote asset)
# and that its screenshot is a real picture.
set -euo pipefail
cd "$(dirname "$0")/../.."
if ! command -v chromium >/dev/null 2>&1; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
png="$work/digest.png"
scripts/screenshot-digest "$png" vi >/dev/null
size=$(stat -c %s "$png")
[ "$size" -gt 20000 ] || { echo "screenshot is only $size bytes: blank page?" >&2; exit 1; }

bin=target/debug/nghiquyet
db="$work/browser.db"
"$bin" --db "$db" ingest tests/data/digest/ >/dev/null
"$bin" --db "$db" subscribe reader@example.vn --schedule @daily --since 2000-01-01 >/dev/null
"$bin" --db "$db" digest preview reader@example.vn --out "$work/digest.html" >/dev/null
chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --user-data-dir="$work/profile" --dump-dom "file://$work/digest.html" 2>/dev/null > "$work/dom.html"
expected=$(python3 -c 'import json,glob; print(sum(len(json.load(open(f))["targets"]) for f in glob.glob("tests/data/digest/*.json")))')
python3 - "$work/dom.html" "$expected" <<'PY'
import sys
from html.parser import HTMLParser

class Page(HTMLParser):
    def __init__(self):
        super().__init__()
        self.rows = 0          # target rows: <tr class="target">
        self.scripts = 0
        self.remote = []
    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "script":
            self.scripts += 1
        for key in ("src", "href"):
            v = a.get(key) or ""
            if tag in ("img", "link", "script", "iframe") and v.startswith(("http:", "https:", "//")):
                self.remote.append(v)
        if tag == "tr" and "target" in (a.get("class") or "").split():
            self.rows += 1

page = Page()
page.feed(open(sys.argv[1], encoding="utf-8").read())
expected = int(sys.argv[2])
assert page.scripts == 0, f"{page.scripts} script elements"
assert not page.remote, f"remote assets: {page.remote}"
assert page.rows == expected, f"the browser shows {page.rows} target rows, the articles have {expected}"
print(f"chromium: {page.rows} target rows, no scripts, no remote assets")
PY

# Selenium (PyPI) drives chromium through chromium-driver (scripts/setup.d/web.sh installs
# both): screenshots at 375 and 1,000 px, the phone layout measured in the DOM, dark mode,
# for the Vietnamese and the English digest.
python="${NGHIQUYET_TEST_PYTHON:-$PWD/target/venv-smtp/bin/python}"
shots="${NGHIQUYET_SCREENSHOTS:-$PWD/target/screenshots}"
"$bin" --db "$db" subscribe reader@example.vn --lang en >/dev/null
"$bin" --db "$db" digest preview reader@example.vn --out "$work/digest-en.html" >/dev/null
"$python" tests/digest_browser.py "$work/digest.html" "$shots/vi" "$expected"
"$python" tests/digest_browser.py "$work/digest-en.html" "$shots/en" "$expected"
