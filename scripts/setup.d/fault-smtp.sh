#!/usr/bin/env bash
# What the fault-injecting SMTP server of the delivery tests (tests/fault_smtp.py) needs:
# Python 3.11 or later (asyncio's StreamWriter.start_tls, for STARTTLS) in the venv that
# smtp.sh makes, and the openssl command (the server makes its own certificates). Idempotent.
set -euo pipefail
cd "$(dirname "$0")/../.."
if ! command -v openssl >/dev/null 2>&1; then
    sudo_=""
    [ "$(id -u)" = 0 ] || sudo_="sudo"
    $sudo_ env DEBIAN_FRONTEND=noninteractive apt-get install -y openssl >/dev/null \
        || { $sudo_ apt-get update >/dev/null && \
             $sudo_ env DEBIAN_FRONTEND=noninteractive apt-get install -y openssl >/dev/null; }
fi
python="$PWD/target/venv-smtp/bin/python"
[ -x "$python" ] || python="$(command -v python3)"
"$python" - <<'PY'
import sys
if sys.version_info < (3, 11):
    sys.exit("tests/fault_smtp.py needs Python 3.11 or later (STARTTLS); found %s" % sys.version.split()[0])
PY
echo "fault_smtp: $("$python" --version), $(openssl version)"
