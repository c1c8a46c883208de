#!/usr/bin/env bash
# The Python bindings: builds bindings/python into a venv (target/py-venv,
# made on first use and reused after), then runs its pytest suite, checks the
# hand-written stub against the built module with mypy.stubtest, type-checks
# the tests and examples, and runs the CSV example on the test fixtures.
set -euo pipefail
cd "$(dirname "$0")/../.."

venv="${NGHIQUYET_PY_VENV:-$PWD/target/py-venv}"
if [ ! -x "$venv/bin/python" ]; then
    echo "creating $venv"
    python3 -m venv "$venv"
fi
export PATH="$venv/bin:$PATH"
export VIRTUAL_ENV="$venv"
python -m pip install --quiet --disable-pip-version-check "maturin>=1.9.4,<2" "pytest>=8" "mypy>=1.10"

# The PEP 517 build `pip install ./bindings/python` does on a fresh machine,
# minus build isolation: maturin is already in the venv, and cargo reuses
# target/ between runs.
python -m pip install --quiet --disable-pip-version-check --no-build-isolation --force-reinstall --no-deps ./bindings/python

# python/nghiquyet is not on sys.path from here: the installed package is tested.
cd bindings/python
python -m pytest -p no:cacheprovider tests
# Checks the package and its native module nghiquyet._nghiquyet against the stub.
python -m mypy.stubtest nghiquyet
python -m mypy --no-incremental --cache-dir=/dev/null tests bench ../../examples/python

# The CSV example on the test fixtures.
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
python ../../examples/python/targets_to_csv.py tests/data "$out/targets.csv"
head -n 1 "$out/targets.csv" | grep -q '^article_id,'
