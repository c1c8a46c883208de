"""The HTML digest in Debian's chromium driven by Selenium (chromium-driver): screenshots at
375 and 1,000 px, a DOM measurement of the phone layout, and the dark palette's contrast.

Usage: python digest_browser.py DIGEST.html OUTDIR EXPECTED_TARGETS

At 375 px every target must be a block whose subject is at least 40% of the content width,
with its value shown on top; at 1,000 px the table stays. The same page without its <style>
(what a client that ignores media queries shows) is measured too: it must keep every row.
"""

import os
import re
import shutil
import sys
import tempfile

from selenium import webdriver
from selenium.webdriver.chrome.service import Service

html_path, out_dir, expected = sys.argv[1], sys.argv[2], int(sys.argv[3])
os.makedirs(out_dir, exist_ok=True)

MEASURE = """
const card = document.querySelector('table.card');
const cw = card.getBoundingClientRect().width;
const rows = [...document.querySelectorAll('tr.target')];
return {
  content: cw,
  viewport: window.innerWidth,
  scroll: document.documentElement.scrollWidth,
  rows: rows.map(r => {
    const what = r.querySelector('td.what');
    const top = r.querySelector('.m-value');
    const cell = r.querySelector('td.value');
    const shown = e => e && e.offsetHeight > 0 && getComputedStyle(e).display !== 'none';
    return {
      what: what.getBoundingClientRect().width,
      valueOnTop: shown(top) && top.getBoundingClientRect().top <= what.getBoundingClientRect().top + 12,
      valueCell: shown(cell),
    };
  }),
};
"""

CONTRAST = """
function rgb(s) { return s.match(/[0-9.]+/g).slice(0, 3).map(Number); }
function lum(c) { const v = c.map(x => { x /= 255; return x <= 0.03928 ? x / 12.92 : Math.pow((x + 0.055) / 1.055, 2.4); });
  return 0.2126 * v[0] + 0.7152 * v[1] + 0.0722 * v[2]; }
function ratio(a, b) { const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p); return (x + 0.05) / (y + 0.05); }
const bg = rgb(getComputedStyle(document.querySelector('table.card')).backgroundColor);
const pairs = ['td.what', 'td.value', '.title', '.muted'].map(sel => {
  const e = document.querySelector(sel); return [sel, ratio(rgb(getComputedStyle(e).color), bg)]; });
return {bg: bg, pairs: pairs};
"""


# Chromium's profile, removed when the checks end, passed or not.
PROFILE = tempfile.mkdtemp(prefix="nq-chromium-")


def driver():
    opts = webdriver.ChromeOptions()
    opts.binary_location = "/usr/bin/chromium"
    for flag in ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--hide-scrollbars", f"--user-data-dir={PROFILE}"]:
        opts.add_argument(flag)
    return webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=opts)


def at_width(d, width, dark=False):
    d.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                      {"width": width, "height": 900, "deviceScaleFactor": 1, "mobile": width < 600})
    d.execute_cdp_cmd("Emulation.setEmulatedMedia",
                      {"features": [{"name": "prefers-color-scheme", "value": "dark" if dark else "light"}]})


def full_screenshot(d, path):
    height = d.execute_script("return document.documentElement.scrollHeight")
    width = d.execute_script("return window.innerWidth")
    d.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                      {"width": width, "height": min(height, 12000), "deviceScaleFactor": 1, "mobile": width < 600})
    d.save_screenshot(path)
    assert os.path.getsize(path) > 20000, f"{path}: a blank page?"
    print(f"screenshot: {path} ({width} px)")


d = driver()
try:
    url = "file://" + os.path.abspath(html_path)
    # 375 px: blocks with the value on top, subjects wide.
    at_width(d, 375)
    d.get(url)
    m = d.execute_script(MEASURE)
    assert len(m["rows"]) == expected, f"{len(m['rows'])} target rows, expected {expected}"
    narrowest = min(r["what"] for r in m["rows"]) / m["content"]
    print(f"375 px: content {m['content']:.0f} px, narrowest subject {narrowest:.0%} of it")
    assert narrowest >= 0.40, f"a subject is {narrowest:.0%} of the content width at 375 px"
    assert all(r["valueOnTop"] for r in m["rows"]), "a target's value is not on top at 375 px"
    assert not any(r["valueCell"] for r in m["rows"]), "the value column still shows at 375 px"
    assert m["scroll"] <= m["viewport"] + 1, f"the page scrolls sideways: {m['scroll']} > {m['viewport']}"
    full_screenshot(d, os.path.join(out_dir, "digest-375.png"))

    # 1,000 px: the table, values in their column.
    at_width(d, 1000)
    d.get(url)
    m = d.execute_script(MEASURE)
    assert all(r["valueCell"] and not r["valueOnTop"] for r in m["rows"]), "1,000 px lost the table"
    full_screenshot(d, os.path.join(out_dir, "digest-1000.png"))

    # Dark mode at 375 px: text stays readable (WCAG AA contrast).
    at_width(d, 375, dark=True)
    d.get(url)
    c = d.execute_script(CONTRAST)
    assert sum(c["bg"]) < 3 * 80, f"dark mode kept a light background {c['bg']}"
    for sel, ratio in c["pairs"]:
        assert ratio >= 4.5, f"dark mode: {sel} contrast {ratio:.1f} < 4.5"
    print("dark: " + ", ".join(f"{s} {r:.1f}" for s, r in c["pairs"]))
    full_screenshot(d, os.path.join(out_dir, "digest-375-dark.png"))

    # A client that ignores <style> keeps the table with every row.
    bare = os.path.join(out_dir, "digest-no-style.html")
    with open(html_path, encoding="utf-8") as f:
        page = re.sub(r"<style>.*?</style>", "", f.read(), flags=re.S)
    with open(bare, "w", encoding="utf-8") as f:
        f.write(page)
    at_width(d, 375)
    d.get("file://" + os.path.abspath(bare))
    m = d.execute_script(MEASURE)
    assert len(m["rows"]) == expected and all(r["valueCell"] for r in m["rows"]), "the table without <style>"
    squeezed = min(r["what"] for r in m["rows"]) / m["content"]
    print(f"375 px without media queries: narrowest subject {squeezed:.0%} (the layout the media queries fix)")
finally:
    d.quit()
    shutil.rmtree(PROFILE, ignore_errors=True)
print("digest_browser: all checks passed")
