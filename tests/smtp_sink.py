"""A real SMTP server on loopback for the integration tests (aiosmtpd).

Usage: python smtp_sink.py DIR [starttls|smtps CERT KEY]

Listens on 127.0.0.1 on a free port, prints "PORT <n>" when ready, and writes
every accepted message, once per recipient, to DIR/<n>-<recipient>.eml.
Recipients whose local part starts with "reject" get "550" (permanent);
those starting with "tempfail" get "451" on their first attempt, then 250.
With "starttls" the server offers STARTTLS with CERT and KEY and refuses
mail before it ("530"); with "smtps" it speaks TLS from the first byte.
Stops when standard input closes.
"""

import asyncio
import itertools
import logging
import os
import socket
import ssl
import sys

from aiosmtpd.controller import Controller


class Sink:
    def __init__(self, folder):
        self.folder = folder
        self.counter = itertools.count(1)
        self.tempfailed = set()

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        local = address.split("@")[0].lower()
        if local.startswith("reject"):
            return "550 5.1.1 <%s>: mailbox unavailable" % address
        if local.startswith("tempfail") and address not in self.tempfailed:
            self.tempfailed.add(address)
            return "451 4.3.0 <%s>: try again later" % address
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        for rcpt in envelope.rcpt_tos:
            n = next(self.counter)
            safe = "".join(c if c.isalnum() or c in ".-@" else "_" for c in rcpt)
            tmp = os.path.join(self.folder, ".%d.tmp" % n)
            with open(tmp, "wb") as f:
                f.write(envelope.original_content or envelope.content)
            os.rename(tmp, os.path.join(self.folder, "%06d-%s.eml" % (n, safe)))
        return "250 Message accepted for delivery"


class OneLine(logging.Formatter):
    """Server-side failures (a client refusing our certificate, say) as one
    line each instead of a traceback in the test output."""

    def format(self, record):
        message = record.getMessage()
        if record.exc_info and record.exc_info[1] is not None:
            error = record.exc_info[1]
            message += ": %r" % (error.__cause__ or error)
        return "smtp_sink: " + message


def main():
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(OneLine())
    log = logging.getLogger("mail.log")
    log.addHandler(handler)
    log.propagate = False
    folder = sys.argv[1]
    os.makedirs(folder, exist_ok=True)
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    options = {}
    if len(sys.argv) == 5:
        mode, cert, key = sys.argv[2:5]
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(cert, key)
        if mode == "starttls":
            options = {"tls_context": context, "require_starttls": True}
        elif mode == "smtps":
            options = {"ssl_context": context}
        else:
            sys.exit("unknown TLS mode %r" % mode)
    controller = Controller(Sink(folder), hostname="127.0.0.1", port=port, **options)
    controller.start()
    print("PORT %d" % port, flush=True)
    try:
        sys.stdin.read()
    finally:
        controller.stop()


if __name__ == "__main__":
    main()
