"""An SMTP server that misbehaves on purpose, for the delivery tests.

Usage: python fault_smtp.py DIR [--tls starttls|smtps]

Listens on 127.0.0.1 on a free port, prints "PORT <n>" when ready, and stops
when standard input closes. Raw asyncio, no SMTP library: every reply and
every silence is the script's own choice.

Faults come from the control file DIR/control.json, read again at every
connection and every command, so a test can change them between runs (or
during one). It holds a JSON object:

    {"delay_ms": 0,            # wait before the reply to the final dot
     "auth": false,            # offer AUTH PLAIN LOGIN (any credentials pass: 235)
     "rules": [                # the first rule that matches applies
        {"at": "greeting" | "auth" | "mail" | "rcpt" | "data" | "data_mid" | "data_end",
         "rcpt": "REGEX",      # optional: only for recipients matching
         "action": "reply" | "stall" | "drop",
         "reply": "451 4.3.0 try again later",   # for "reply"
         "times": 1}]}         # optional: applies this many times, then not

- at "greeting": instead of "220"; "reply 421" closes the connection after it.
- at "auth": instead of "235" to AUTH (with "auth": true).
- at "mail"/"rcpt": instead of "250" to MAIL FROM / RCPT TO.
- at "data": instead of "354" to DATA.
- at "data_mid" with "drop": reads part of the message, then closes.
- at "data_end": after the final dot. "stall" never answers (the message is
  recorded as "stalled"); "drop" closes without answering (recorded as
  "dropped_after_dot": a real server would have delivered it); "reply"
  answers with that reply (recorded as "refused").

Every message that reaches its final dot is recorded, before the server
answers, as DIR/<n>.eml (raw bytes, dot-unstuffed) and one line of
DIR/received.jsonl: {"n", "conn", "mail_from", "rcpts", "message_id",
"outcome", "t_mail", "t_dot", "size"} (t_dot: when the final dot was read,
before any delay), outcome one of "accepted",
"dropped_after_dot", "stalled", "refused". Every connection's end is one
line of DIR/connections.jsonl: {"conn", "quit", "t"} (quit false when the
client vanished without QUIT); every command, one line of DIR/commands.jsonl:
{"conn", "t", "command", "reply"}.

With --tls the server makes its own certificates in DIR/certs with openssl:
a private CA (ca.pem, which a client can be told to trust) and a server
certificate for 127.0.0.1 it signed. "starttls" offers STARTTLS and refuses
MAIL before it (530); "smtps" speaks TLS from the first byte.
"""

import asyncio
import itertools
import json
import os
import re
import socket
import ssl
import subprocess
import sys
import time

GREETING = "220 fault.test ESMTP nghiquyet fault server"


class Faults:
    """The control file, with the count of each rule's uses (reset when the
    file changes)."""

    def __init__(self, path):
        self.path = path
        self.stamp = None
        self.config = {}
        self.used = []

    def load(self):
        try:
            st = os.stat(self.path)
            stamp = (st.st_mtime_ns, st.st_size, st.st_ino)
        except FileNotFoundError:
            stamp = None
        if stamp == self.stamp:
            return
        self.stamp = stamp
        self.config = {}
        if stamp is not None:
            try:
                with open(self.path, encoding="utf-8") as f:
                    self.config = json.load(f)
            except (OSError, ValueError) as e:
                print("fault_smtp: bad control file: %s" % e, file=sys.stderr)
        self.used = [0] * len(self.config.get("rules", []))

    def auth(self):
        self.load()
        return bool(self.config.get("auth"))

    def delay(self):
        self.load()
        return self.config.get("delay_ms", 0) / 1000.0

    def match(self, at, rcpts=()):
        """The rule for this step, counted as used, or None."""
        self.load()
        for i, rule in enumerate(self.config.get("rules", [])):
            if rule.get("at") != at:
                continue
            pattern = rule.get("rcpt")
            if pattern is not None and not any(
                re.search(pattern, r, re.IGNORECASE) for r in rcpts
            ):
                continue
            times = rule.get("times")
            if times is not None and self.used[i] >= times:
                continue
            self.used[i] += 1
            return rule
        return None


class Server:
    def __init__(self, folder, tls_mode, context):
        self.folder = folder
        self.tls_mode = tls_mode
        self.context = context
        self.faults = Faults(os.path.join(folder, "control.json"))
        self.messages = itertools.count(1)
        self.connections = itertools.count(1)
        self.logs = {}

    def log(self, name, record):
        f = self.logs.get(name)
        if f is None:
            f = self.logs[name] = open(os.path.join(self.folder, name), "a", encoding="utf-8")
        f.write(json.dumps(record, ensure_ascii=False) + "\n")
        f.flush()

    def record(self, conn, mail_from, rcpts, data, outcome, t_mail, t_dot):
        n = next(self.messages)
        tmp = os.path.join(self.folder, ".%d.tmp" % n)
        with open(tmp, "wb") as f:
            f.write(data)
        os.rename(tmp, os.path.join(self.folder, "%06d.eml" % n))
        m = re.search(rb"^Message-ID:[ \t]*(.*(?:\r?\n[ \t].*)*)", data, re.IGNORECASE | re.MULTILINE)
        message_id = m.group(1).decode("utf-8", "replace").strip() if m else ""
        self.log(
            "received.jsonl",
            {
                "n": n,
                "conn": conn,
                "mail_from": mail_from,
                "rcpts": rcpts,
                "message_id": message_id,
                "outcome": outcome,
                "t_mail": t_mail,
                "t_dot": t_dot,
                "size": len(data),
            },
        )

    async def handle(self, reader, writer):
        conn = next(self.connections)
        quit_seen = False
        try:
            quit_seen = await self.session(conn, reader, writer)
        except (ConnectionError, ssl.SSLError, asyncio.IncompleteReadError, OSError) as e:
            print("fault_smtp: connection %d: %r" % (conn, e), file=sys.stderr)
        finally:
            self.log("connections.jsonl", {"conn": conn, "quit": quit_seen, "t": time.time()})
            try:
                writer.close()
            except Exception:
                pass

    async def session(self, conn, reader, writer):
        """Speaks SMTP on one connection; true when it ended with QUIT."""

        async def send(line):
            writer.write(line.encode("utf-8") + b"\r\n")
            await writer.drain()

        async def silence():
            # Never answer; hold the connection until the client gives up.
            while await reader.read(65536):
                pass

        rule = self.faults.match("greeting")
        if rule and rule["action"] == "drop":
            return False
        if rule and rule["action"] == "stall":
            await silence()
            return False
        if rule:
            await send(rule["reply"])
            if rule["reply"].startswith("421"):
                return False
        else:
            await send(GREETING)
        tls_on = self.tls_mode == "smtps"
        mail_from, rcpts, t_mail = None, [], None
        while True:
            line = await reader.readline()
            if not line:
                return False
            text = line.decode("utf-8", "replace").rstrip("\r\n")
            verb = text.split(" ", 1)[0].upper()
            arg = text[len(verb):].strip()
            reply = None
            if verb in ("EHLO", "HELO"):
                mail_from, rcpts = None, []
                lines = ["fault.test", "8BITMIME", "SMTPUTF8", "ENHANCEDSTATUSCODES"]
                if self.tls_mode == "starttls" and not tls_on:
                    lines.append("STARTTLS")
                if self.faults.auth():
                    lines.append("AUTH PLAIN LOGIN")
                if verb == "HELO":
                    lines = lines[:1]
                for i, l in enumerate(lines):
                    await send("250%s%s" % (" " if i == len(lines) - 1 else "-", l))
                reply = "250 (ehlo)"
            elif verb == "AUTH" and self.faults.auth():
                mechanism = arg.split(" ")[0].upper()
                if mechanism == "PLAIN" and " " not in arg:
                    await send("334 ")
                    await reader.readline()
                elif mechanism == "LOGIN":
                    for prompt in ("334 VXNlcm5hbWU6", "334 UGFzc3dvcmQ6"):
                        await send(prompt)
                        await reader.readline()
                rule = self.faults.match("auth")
                reply = rule["reply"] if rule else "235 2.7.0 Authentication successful"
                text = "AUTH " + mechanism  # the credentials stay out of the log
            elif verb == "STARTTLS" and self.tls_mode == "starttls" and not tls_on:
                await send("220 2.0.0 ready to start TLS")
                await writer.start_tls(self.context)
                tls_on = True
                mail_from, rcpts = None, []
                reply = "220"
            elif verb == "MAIL":
                if self.tls_mode == "starttls" and not tls_on:
                    reply = "530 5.7.0 must issue a STARTTLS command first"
                else:
                    rule = self.faults.match("mail")
                    reply = rule["reply"] if rule else "250 2.1.0 OK"
                    if reply.startswith("250"):
                        mail_from, rcpts, t_mail = address(arg), [], time.time()
            elif verb == "RCPT":
                if mail_from is None:
                    reply = "503 5.5.1 need MAIL first"
                else:
                    rcpt = address(arg)
                    rule = self.faults.match("rcpt", [rcpt])
                    reply = rule["reply"] if rule else "250 2.1.5 OK"
                    if reply.startswith("250"):
                        rcpts.append(rcpt)
            elif verb == "DATA":
                if not rcpts:
                    reply = "503 5.5.1 need RCPT first"
                else:
                    rule = self.faults.match("data", rcpts)
                    if rule:
                        reply = rule["reply"]
                    else:
                        await send("354 end data with <CR><LF>.<CR><LF>")
                        outcome = await self.data(conn, reader, writer, mail_from, rcpts, t_mail, silence)
                        self.log("commands.jsonl", {"conn": conn, "t": time.time(), "command": "DATA", "reply": outcome})
                        if outcome not in ("accepted", "refused"):
                            return False
                        mail_from, rcpts = None, []
                        continue
            elif verb == "RSET":
                mail_from, rcpts = None, []
                reply = "250 2.0.0 OK"
            elif verb == "NOOP":
                reply = "250 2.0.0 OK"
            elif verb == "QUIT":
                await send("221 2.0.0 bye")
                self.log("commands.jsonl", {"conn": conn, "t": time.time(), "command": "QUIT", "reply": "221"})
                return True
            else:
                reply = "502 5.5.2 command not recognized"
            self.log("commands.jsonl", {"conn": conn, "t": time.time(), "command": text[:200], "reply": reply})
            if verb not in ("EHLO", "HELO", "STARTTLS"):
                await send(reply)
            if reply.startswith("421"):
                return False

    async def data(self, conn, reader, writer, mail_from, rcpts, t_mail, silence):
        """Reads the message; returns its outcome ("accepted" keeps the
        connection, anything else ends it)."""
        mid = self.faults.match("data_mid", rcpts)
        lines = []
        size = 0
        while True:
            line = await reader.readline()
            if not line:
                return "lost"
            if line in (b".\r\n", b".\n"):
                break
            if line.startswith(b"."):
                line = line[1:]
            lines.append(line)
            size += len(line)
            if mid and mid["action"] == "drop" and size > 200:
                return "dropped_mid_data"
        data = b"".join(lines)
        t_dot = time.time()
        rule = self.faults.match("data_end", rcpts)
        if rule and rule["action"] == "stall":
            self.record(conn, mail_from, rcpts, data, "stalled", t_mail, t_dot)
            await silence()
            return "stalled"
        if rule and rule["action"] == "drop":
            self.record(conn, mail_from, rcpts, data, "dropped_after_dot", t_mail, t_dot)
            return "dropped_after_dot"
        if rule:
            self.record(conn, mail_from, rcpts, data, "refused", t_mail, t_dot)
            writer.write(rule["reply"].encode() + b"\r\n")
            await writer.drain()
            return "refused"
        delay = self.faults.delay()
        if delay:
            await asyncio.sleep(delay)
        self.record(conn, mail_from, rcpts, data, "accepted", t_mail, t_dot)
        writer.write(b"250 2.0.0 queued as %d\r\n" % size)
        await writer.drain()
        return "accepted"


def address(arg):
    m = re.search(r"<([^>]*)>", arg)
    return m.group(1) if m else arg.split(":", 1)[-1].strip()


def make_certificates(folder):
    """A private CA and a server certificate for 127.0.0.1 it signed."""
    os.makedirs(folder, exist_ok=True)
    at = lambda name: os.path.join(folder, name)
    with open(at("server.ext"), "w") as f:
        f.write("subjectAltName=IP:127.0.0.1\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n")
    steps = [
        ["req", "-x509", "-days", "2", "-subj", "/CN=nghiquyet fault test CA", "-newkey", "rsa:2048",
         "-nodes", "-keyout", at("ca.key"), "-out", at("ca.pem")],
        ["req", "-subj", "/CN=127.0.0.1", "-newkey", "rsa:2048", "-nodes", "-keyout", at("key.pem"),
         "-out", at("server.csr")],
        ["x509", "-req", "-days", "2", "-CAcreateserial", "-in", at("server.csr"), "-CA", at("ca.pem"),
         "-CAkey", at("ca.key"), "-out", at("cert.pem"), "-extfile", at("server.ext")],
    ]
    for args in steps:
        subprocess.run(["openssl"] + args, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(at("cert.pem"), at("key.pem"))
    return context


async def main():
    folder = sys.argv[1]
    tls_mode = None
    if len(sys.argv) == 4 and sys.argv[2] == "--tls" and sys.argv[3] in ("starttls", "smtps"):
        tls_mode = sys.argv[3]
    elif len(sys.argv) != 2:
        sys.exit(__doc__)
    os.makedirs(folder, exist_ok=True)
    context = make_certificates(os.path.join(folder, "certs")) if tls_mode else None
    server = Server(folder, tls_mode, context)
    listener = await asyncio.start_server(
        server.handle,
        "127.0.0.1",
        0,
        ssl=context if tls_mode == "smtps" else None,
        family=socket.AF_INET,
        backlog=256,
    )
    port = listener.sockets[0].getsockname()[1]
    asyncio.get_running_loop().set_exception_handler(
        lambda loop, ctx: print("fault_smtp: %s" % (ctx.get("exception") or ctx.get("message")), file=sys.stderr)
    )
    print("PORT %d" % port, flush=True)
    loop = asyncio.get_running_loop()
    # Stop when standard input closes (the test dropped its handle or died).
    await loop.run_in_executor(None, sys.stdin.buffer.read)
    os._exit(0)


if __name__ == "__main__":
    asyncio.run(main())
