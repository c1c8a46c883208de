#!/usr/bin/env bash
# What the web front door's tests need: feedparser and selenium in the venv that
# smtp.sh makes (PyPI), and Debian's chromium with its chromium-driver. Idempotent.
set -euo pipefail
cd "$(dirname "$0")/../.."
venv="$PWD/target/venv-smtp"
[ -x "$venv/bin/python" ] || python3 -m venv "$venv"
if ! "$venv/bin/python" -c 'import feedparser, selenium' >/dev/null 2>&1; then
    "$venv/bin/python" -m pip install --quiet --disable-pip-version-check \
        'feedparser==6.0.11' 'selenium==4.27.1'
fi
if ! command -v chromium >/dev/null 2>&1 || ! command -v chromedriver >/dev/null 2>&1; then
    sudo_=""
    [ "$(id -u)" = 0 ] || sudo_="sudo"
    $sudo_ apt-get update -qq
    $sudo_ env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null
fi
"$venv/bin/python" -c 'import feedparser, selenium; print("feedparser", feedparser.__version__, "selenium", selenium.__version__)'
echo "$(chromium --version 2>/dev/null), $(chromedriver --version 2>/dev/null | head -1)"
if [ -n "${NGHIQUYET_TEST_ENV:-}" ]; then
    echo "export NGHIQUYET_TEST_PYTHON=$venv/bin/python" >> "$NGHIQUYET_TEST_ENV"
fi
