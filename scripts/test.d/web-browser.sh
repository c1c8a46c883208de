#!/usr/bin/env bash
# The web front door in a real browser: Selenium drives Debian's chromium (chromium-driver)
# through subscribe, the confirmation mail, confirm, preferences and unsubscribe, checking the
# store through the command line after each step (tests/web_browser.py). scripts/setup.d/web.sh
# installs selenium and the browser.
set -euo pipefail
cd "$(dirname "$0")/../.."
cargo build --quiet
python="${NGHIQUYET_TEST_PYTHON:-$PWD/target/venv-smtp/bin/python}"
"$python" tests/web_browser.py "$PWD/target/debug/nghiquyet" "$PWD/tests/data/digest" \
    "${NGHIQUYET_SCREENSHOTS:-$PWD/target/screenshots}/web"
