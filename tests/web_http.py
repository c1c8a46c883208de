"""HTTP tests of the web front door (`nghiquyet serve --http`), driven by tests/web.rs.

Usage: python web_http.py BIN DB BASE SINKDIR

BIN is the nghiquyet binary, DB the store `serve` runs over (with the example
articles), BASE the front door's URL, SINKDIR the folder where the test SMTP
server (tests/smtp_sink.py) writes what it accepts. `serve` runs with
--subscribe-per-email 2 and --subscribe-per-address 12. After each step the
store is checked through the command line, as an operator would.
"""

import email
import email.policy
import glob
import http.cookiejar
import json
import re
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request

import feedparser

BIN, DB, BASE, SINK = sys.argv[1:5]
FORM_FIELDS = ["email", "name", "schedule", "tz", "lang", "issuer", "keywords"]


def cli(*args):
    out = subprocess.run([BIN, "--db", DB, *args], capture_output=True, text=True, check=True)
    return out.stdout


def subscribers():
    return {s["email"]: s for s in json.loads(cli("subscribers", "--json"))}


class Client:
    """A browser without JavaScript: cookies kept, redirects not followed."""

    def __init__(self):
        self.jar = http.cookiejar.CookieJar()

        class NoRedirect(urllib.request.HTTPRedirectHandler):
            def redirect_request(self, *a, **k):
                return None

        self.opener = urllib.request.build_opener(
            urllib.request.HTTPCookieProcessor(self.jar), NoRedirect
        )

    def request(self, method, path, data=None, headers=None):
        body = None
        if data is not None:
            body = data if isinstance(data, bytes) else urllib.parse.urlencode(data).encode()
        req = urllib.request.Request(BASE + path, data=body, method=method, headers=headers or {})
        if body is not None and "Content-Type" not in (headers or {}):
            req.add_header("Content-Type", "application/x-www-form-urlencoded")
        try:
            with self.opener.open(req, timeout=10) as r:
                return r.status, dict(r.headers), r.read().decode()
        except urllib.error.HTTPError as e:
            return e.code, dict(e.headers), e.read().decode()

    def get(self, path):
        return self.request("GET", path)

    def post(self, path, data, headers=None):
        return self.request("POST", path, data, headers)


def csrf_of(page):
    m = re.search(r'name="csrf" value="([^"]+)"', page)
    assert m, "a form without a CSRF field"
    return m.group(1)


def mails_to(address):
    found = []
    for path in sorted(glob.glob(f"{SINK}/*.eml")):
        msg = email.message_from_binary_file(open(path, "rb"), policy=email.policy.default)
        if address in str(msg["To"]):
            found.append(msg)
    return found


def wait_mails(address, n, limit=10.0):
    end = time.time() + limit
    while time.time() < end:
        got = mails_to(address)
        if len(got) >= n:
            return got
        time.sleep(0.1)
    raise AssertionError(f"{len(mails_to(address))} mails to {address}, expected {n}")


def link_in(msg, path):
    text = msg.get_body(preferencelist=("plain",)).get_content()
    m = re.search(re.escape(BASE) + re.escape(path) + r"\?token=([0-9a-f]+)", text)
    assert m, f"no {path} link in {text!r}"
    return m.group(0), m.group(1)


def subscribe(client, address, **fields):
    status, _, page = client.get("/")
    assert status == 200
    data = {"email": address, "name": "", "schedule": "weekly", "tz": "Asia/Ho_Chi_Minh",
            "lang": "vi", "issuer": "", "keywords": "", "csrf": csrf_of(page)}
    data.update(fields)
    return client.post("/subscribe", data)


def check(name, cond, detail=""):
    if not cond:
        raise AssertionError(f"{name}: {detail}")
    print(f"ok: {name}")


def main():
    c = Client()
    # The form, its fields and the security headers.
    status, headers, page = c.get("/")
    h = {k.lower(): v for k, v in headers.items()}
    check("GET / answers 200", status == 200, status)
    for field in FORM_FIELDS:
        check(f"the form has field {field}", f'name="{field}"' in page)
    check("the form posts to /subscribe", 'action="/subscribe' in page)
    check("no JavaScript", "<script" not in page.lower())
    csp = h.get("content-security-policy", "")
    check("a CSP without inline scripts", "default-src 'none'" in csp and "unsafe-inline" not in csp, csp)
    check("no framing", h.get("x-frame-options") == "DENY" and "frame-ancestors 'none'" in csp)
    check("no sniffing, no referrer", h.get("x-content-type-options") == "nosniff"
          and h.get("referrer-policy") == "no-referrer")

    # CSRF: a POST without the cookie, or with another form's token, is refused
    # and stores nothing.
    stranger = Client()
    status, _, _ = stranger.post("/subscribe", {"email": "csrf@example.vn", "schedule": "daily",
                                                 "csrf": csrf_of(page)})
    check("CSRF: a token without its cookie is refused", status == 403, status)
    status, _, _ = c.post("/subscribe", {"email": "csrf@example.vn", "schedule": "daily"})
    check("CSRF: a cookie without its field is refused", status == 403, status)
    status, _, _ = c.post("/subscribe", {"email": "csrf@example.vn", "schedule": "daily",
                                         "csrf": "0" * 32 + "." + "0" * 64})
    check("CSRF: a forged token is refused", status == 403, status)
    check("CSRF: nothing stored", "csrf@example.vn" not in subscribers())

    # Bad input is answered 400 with the form again; nothing stored.
    status, _, page = subscribe(c, "bad@example.vn", schedule="sometimes")
    check("a bad schedule is a 400 with the form", status == 400 and 'name="email"' in page, status)
    check("nothing stored for bad input", "bad@example.vn" not in subscribers())

    # Double opt-in.
    status, _, done_new = subscribe(Client(), "An@Example.vn", name="An", schedule="0 8 * * 1",
                                    tz="Europe/Berlin", lang="en", issuer="Hà Giang",
                                    keywords="ngân sách, GRDP")
    check("POST /subscribe answers 200", status == 200, status)
    s = subscribers().get("an@example.vn")
    check("a pending subscriber is stored", s and s["status"] == "pending", s)
    check("with the settings of the form", s["tz"] == "Europe/Berlin" and s["lang"] == "en"
          and s["schedule"] == "0 8 * * 1" and s["issuer"] == "Hà Giang"
          and s["keywords"] == ["ngân sách", "GRDP"] and s["name"] == "An", s)
    mail = wait_mails("an@example.vn", 1)[0]
    confirm_url, confirm_token = link_in(mail, "/confirm")
    check("the confirmation token has 128 bits or more", len(confirm_token) >= 32)

    # The same answer whether or not the address is subscribed.
    cli("subscribe", "known@example.vn", "--schedule", "@daily")
    status2, _, done_known = subscribe(Client(), "known@example.vn")
    check("no enumeration: same status and page for a subscribed address",
          status2 == status and done_known == done_new)
    known_mail = wait_mails("known@example.vn", 1)[0]
    link_in(known_mail, "/preferences")
    check("a subscribed address stays active", subscribers()["known@example.vn"]["status"] == "active")

    # Confirm: once.
    status, _, page = c.get(confirm_url[len(BASE):])
    check("GET /confirm answers 200", status == 200, status)
    check("confirmed: the subscriber is active", subscribers()["an@example.vn"]["status"] == "active")
    status, _, _ = c.get(confirm_url[len(BASE):])
    check("a confirmation link works once", status == 404, status)
    m = re.search(r'href="(/preferences\?token[^"]+)"', page)
    check("the confirmation page links to the preferences", m is not None)
    prefs = m.group(1).replace("&#x3D;", "=").replace("&amp;", "&")

    # Preferences: GET shows them, POST changes them, CSRF still applies.
    status, _, page = c.get(prefs)
    check("GET /preferences answers 200", status == 200 and "Europe/Berlin" in page, status)
    token = re.search(r"token=([0-9a-f]+)", prefs).group(1)
    status, _, _ = Client().post(f"/preferences?token={token}",
                                 {"schedule": "daily", "tz": "UTC", "lang": "vi", "csrf": csrf_of(page)})
    check("POST /preferences without its cookie is refused", status == 403, status)
    status, _, page = c.post(f"/preferences?token={token}",
                             {"name": "An", "schedule": "daily", "tz": "Asia/Ho_Chi_Minh", "lang": "vi",
                              "issuer": "", "keywords": "hộ nghèo", "csrf": csrf_of(page)})
    s = subscribers()["an@example.vn"]
    check("POST /preferences changes the settings", status == 200 and s["schedule"] == "0 7 * * *"
          and s["tz"] == "Asia/Ho_Chi_Minh" and s["lang"] == "vi" and s.get("issuer") is None
          and s["keywords"] == ["hộ nghèo"], s)

    # The unsubscribe page is a form with a button; GET changes nothing.
    status, _, page = c.get(f"/unsubscribe?token={token}")
    check("GET /unsubscribe is a page with a button", status == 200 and "<button" in page
          and 'method="post"' in page)
    check("GET /unsubscribe changes nothing", "an@example.vn" in subscribers())

    # RFC 8058 one-click: the token alone, no cookie, no CSRF field.
    status, _, _ = Client().post(f"/unsubscribe?token={token}", b"List-Unsubscribe=One-Click")
    check("RFC 8058 one-click POST answers 200", status == 200, status)
    check("one-click unsubscribed", "an@example.vn" not in subscribers())
    status, _, _ = Client().post(f"/unsubscribe?token={token}", b"List-Unsubscribe=One-Click")
    check("a repeated one-click POST answers 200", status == 200, status)
    status, _, _ = Client().get("/preferences?token=" + "f" * 32)
    check("an unknown token is a 404", status == 404, status)

    # A digest's List-Unsubscribe header points at the public URL and works.
    cli("subscribe", "digest@example.vn", "--schedule", "@daily", "--since", "2000-01-01")
    # `serve` (polling every second) sends it through the test SMTP server.
    sent = wait_mails("digest@example.vn", 1, limit=30)
    check("serve sent the digest", len(sent) == 1, len(sent))
    lu = str(sent[0]["List-Unsubscribe"])
    m = re.search(r"<(" + re.escape(BASE) + r"/unsubscribe\?token=[0-9a-f]+)>", lu)
    check("List-Unsubscribe points at --public-url", m is not None, lu)
    check("List-Unsubscribe-Post is One-Click",
          str(sent[0]["List-Unsubscribe-Post"]) == "List-Unsubscribe=One-Click")
    status, _, _ = Client().post(m.group(1)[len(BASE):], b"List-Unsubscribe=One-Click")
    check("the digest's one-click link unsubscribes", status == 200
          and "digest@example.vn" not in subscribers(), status)

    # The archive and the feed: entries with title and link, no subscriber data.
    status, _, page = c.get("/archive")
    entries = page.count('class="entry"')
    check("the archive lists every article", status == 200 and entries == 3, entries)
    check("the archive shows no subscriber", "@example.vn" not in page)
    status, _, page = c.get("/archive/1")
    check("an archive entry lists its targets", status == 200 and page.count('class="target"') > 0)
    status, _, _ = c.get("/archive/999")
    check("a missing archive entry is a 404", status == 404, status)
    status, headers, body = c.get("/feed.atom")
    feed = feedparser.parse(body.encode())
    check("the feed is valid Atom", status == 200 and not feed.bozo and feed.version == "atom10",
          (feed.bozo, feed.get("bozo_exception"), feed.version))
    check("the feed has every article with a title and a link",
          len(feed.entries) == 3 and all(e.title and e.link for e in feed.entries), len(feed.entries))

    # Health and metrics.
    status, _, body = c.get("/healthz")
    check("GET /healthz answers 200", status == 200, status)
    status, headers, body = c.get("/metrics")
    samples = {}
    for line in body.splitlines():
        if line.startswith("#") or not line.strip():
            continue
        name, value = line.rsplit(" ", 1)
        samples[name] = float(value)
    check("metric names start with nghiquyet_", samples and all(n.startswith("nghiquyet_") for n in samples))
    subs = subscribers()
    active = sum(1 for s in subs.values() if s["status"] == "active")
    check("subscribers by status", samples.get('nghiquyet_subscribers{status="active"}') == active,
          (samples, active))
    for key in ['nghiquyet_digests{status="sent"}', "nghiquyet_last_pass_timestamp_seconds",
                'nghiquyet_smtp_errors_total{kind="recipient"}']:
        check(f"metric {key}", key in samples, sorted(samples))
    check("the sent digest is counted", samples['nghiquyet_digests{status="sent"}'] >= 1)

    # Rate limits: per email (2 an hour) silently, with the same answer;
    # per client address (12 an hour) with a 429.
    for _ in range(3):
        status, _, page = subscribe(Client(), "often@example.vn")
        check("a request over the per-email limit gets the same answer", status == 200, status)
    time.sleep(1.0)
    check("only 2 mails to one address", len(mails_to("often@example.vn")) == 2,
          len(mails_to("often@example.vn")))
    codes = [subscribe(Client(), f"many{i}@example.vn")[0] for i in range(12)]
    check("the per-address limit answers 429", 429 in codes and codes[0] == 200, codes)
    spoof = Client()
    status, _, page = spoof.get("/")
    status, _, _ = spoof.post("/subscribe", {"email": "spoof@example.vn", "schedule": "daily",
                                             "csrf": csrf_of(page)}, {"X-Forwarded-For": "198.51.100.9"})
    check("X-Forwarded-For is not trusted by default", status == 429, status)

    # No open redirect anywhere: no Location header, whatever the query.
    for path in ["/?next=https://evil.example/", "/confirm?token=x&next=//evil.example",
                 "/unsubscribe?token=x&redirect=https://evil.example"]:
        status, headers, _ = c.get(path)
        check(f"no redirect from {path}", status < 300 or status >= 400
              and not any(k.lower() == "location" for k in headers))
    print("web_http: all checks passed")


if __name__ == "__main__":
    main()
