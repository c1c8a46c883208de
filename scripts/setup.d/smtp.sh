#!/usr/bin/env bash
# A Python venv with aiosmtpd: the integration tests start a real SMTP server
# on loopback with it (tests/smtp_sink.py). Idempotent.
set -euo pipefail
cd "$(dirname "$0")/../.."
venv="$PWD/target/venv-smtp"
if ! "$venv/bin/python" -c 'import aiosmtpd' >/dev/null 2>&1; then
    python3 -m venv "$venv"
    "$venv/bin/python" -m pip install --quiet --disable-pip-version-check 'aiosmtpd==1.4.6'
fi
"$venv/bin/python" -c 'import aiosmtpd; print("aiosmtpd", aiosmtpd.__version__)'
if [ -n "${NGHIQUYET_TEST_ENV:-}" ]; then
    echo "export NGHIQUYET_TEST_PYTHON=$venv/bin/python" >> "$NGHIQUYET_TEST_ENV"
fi
