"""The web front door in a real browser: Selenium (PyPI) drives Debian's chromium through
chromium-driver, without JavaScript on the pages, through the subscribe form, the confirmation
mail (read from the test SMTP server, tests/smtp_sink.py), the confirm link, a change of
preferences, the unsubscribe page and its one-click POST. After each step the store is checked
through the command line.

Usage: python web_browser.py BIN DATADIR [SCREENSHOTS]
"""

import email
import email.policy
import glob
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select, WebDriverWait

BIN, DATA = sys.argv[1], sys.argv[2]
SHOTS = sys.argv[3] if len(sys.argv) > 3 else None
HERE = os.path.dirname(os.path.abspath(__file__))
work = tempfile.mkdtemp(prefix="nq-web-")
db = os.path.join(work, "web.db")
sink_dir = os.path.join(work, "sink")
os.makedirs(sink_dir)
env = {k: v for k, v in os.environ.items() if not k.startswith("NGHIQUYET_")}


def cli(*args):
    return subprocess.run([BIN, "--db", db, *args], capture_output=True, text=True, check=True, env=env).stdout


def subscriber(address):
    return {s["email"]: s for s in json.loads(cli("subscribers", "--json"))}.get(address)


def step(name):
    print(f"ok: {name}")
    if SHOTS:
        os.makedirs(SHOTS, exist_ok=True)
        d.save_screenshot(os.path.join(SHOTS, re.sub(r"[^a-z0-9]+", "-", name.lower()) + ".png"))


def click_and_wait(element, text):
    """Clicks, then waits for the next page to show `text` (a click returns before it loads)."""
    element.click()
    WebDriverWait(d, 15).until(lambda drv: any(t in drv.page_source for t in text))


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_mail(address, limit=15.0):
    end = time.time() + limit
    while time.time() < end:
        for path in sorted(glob.glob(f"{sink_dir}/*.eml")):
            msg = email.message_from_binary_file(open(path, "rb"), policy=email.policy.default)
            if address in str(msg["To"]):
                return msg
        time.sleep(0.1)
    raise AssertionError(f"no mail to {address}")


cli("ingest", DATA)
sink = subprocess.Popen([sys.executable, os.path.join(HERE, "smtp_sink.py"), sink_dir],
                        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
smtp_port = int(sink.stdout.readline().split()[1])
port = free_port()
base = f"http://127.0.0.1:{port}"
serve = subprocess.Popen([BIN, "--db", db, "serve", "--http", f"127.0.0.1:{port}", "--public-url", base,
                          "--smtp", f"smtp://127.0.0.1:{smtp_port}", "--from", "Bản tin <digest@nghiquyet.test>",
                          "--poll", "1"], env=env, stderr=subprocess.DEVNULL)
d = None
try:
    for _ in range(200):
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            break
        except OSError:
            time.sleep(0.05)
    opts = webdriver.ChromeOptions()
    opts.binary_location = "/usr/bin/chromium"
    for flag in ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 f"--user-data-dir={os.path.join(work, 'chromium')}"]:
        opts.add_argument(flag)
    d = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=opts)
    d.set_window_size(420, 900)

    # The subscribe form.
    d.get(base + "/?lang=en")
    assert not d.find_elements(By.TAG_NAME, "script"), "the page has scripts"
    d.find_element(By.NAME, "email").send_keys("Reader@Example.vn")
    d.find_element(By.NAME, "name").send_keys("Nguyễn Thị Bình")
    sched = d.find_element(By.NAME, "schedule")
    sched.clear()
    sched.send_keys("0 8 * * 1")
    tz = d.find_element(By.NAME, "tz")
    tz.clear()
    tz.send_keys("Europe/Berlin")
    Select(d.find_element(By.NAME, "lang")).select_by_value("en")
    d.find_element(By.NAME, "issuer").send_keys("Hà Giang")
    d.find_element(By.NAME, "keywords").send_keys("ngân sách, hộ nghèo")
    click_and_wait(d.find_element(By.CSS_SELECTOR, "button[type=submit]"), ["Check your inbox"])
    s = subscriber("reader@example.vn")
    assert s and s["status"] == "pending" and s["tz"] == "Europe/Berlin" and s["lang"] == "en" \
        and s["issuer"] == "Hà Giang" and s["keywords"] == ["ngân sách", "hộ nghèo"], s
    step("subscribe form: a pending subscriber")

    # The confirmation mail and its link.
    mail = wait_mail("reader@example.vn")
    text = mail.get_body(preferencelist=("plain",)).get_content()
    link = re.search(re.escape(base) + r"/confirm\?token=[0-9a-f]{32,}", text).group(0)
    step("the confirmation mail arrived")
    d.get(link)
    assert "Confirmed" in d.page_source or "Đã xác nhận" in d.page_source, d.page_source
    assert subscriber("reader@example.vn")["status"] == "active"
    step("confirm link: active")

    # A change of preferences.
    click_and_wait(d.find_element(By.ID, "next"), ['name="tz"'])
    tz = d.find_element(By.NAME, "tz")
    assert tz.get_attribute("value") == "Europe/Berlin"
    tz.clear()
    tz.send_keys("Asia/Ho_Chi_Minh")
    Select(d.find_element(By.NAME, "lang")).select_by_value("vi")
    sched = d.find_element(By.NAME, "schedule")
    sched.clear()
    sched.send_keys("daily")
    click_and_wait(d.find_element(By.CSS_SELECTOR, "button[type=submit]"), ['class="notice"'])
    s = subscriber("reader@example.vn")
    assert s["tz"] == "Asia/Ho_Chi_Minh" and s["lang"] == "vi" and s["schedule"] == "0 7 * * *", s
    assert s["issuer"] == "Hà Giang", s
    step("preferences changed")

    # The unsubscribe page: a button; GET changes nothing.
    click_and_wait(d.find_element(By.CSS_SELECTOR, "a[href^='/unsubscribe']"), ["List-Unsubscribe"])
    assert d.find_elements(By.CSS_SELECTOR, "form[method=post] button"), d.page_source
    assert subscriber("reader@example.vn") is not None
    step("the unsubscribe page")

    # Its button sends the one-click POST (List-Unsubscribe=One-Click, the token alone).
    click_and_wait(d.find_element(By.CSS_SELECTOR, "form[method=post] button"),
                   ["Unsubscribed", "Đã hủy đăng ký"])
    assert subscriber("reader@example.vn") is None
    step("one-click unsubscribe")
finally:
    if d:
        d.quit()
    serve.terminate()
    serve.wait(timeout=30)
    sink.stdin.close()
    sink.wait(timeout=10)
    shutil.rmtree(work, ignore_errors=True)
print("web_browser: all checks passed")
