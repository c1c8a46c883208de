#!/usr/bin/env bash
# The Python bindings as users get them:
#  1. one release build: `maturin build --release --sdist` packs the sdist and
#     builds the abi3 wheel from it (so the sdist is known to be complete);
#  2. a fresh venv, with no Rust toolchain on its PATH, installs the wheel with
#     its extras (pandas, pyarrow) and the test tools (pytest, mypy,
#     pandas-stubs, matplotlib) from PyPI, binary wheels only;
#  3. pytest on the installed package, mypy.stubtest of the hand-written stub
#     against it, mypy --strict of the tests and examples, and both example
#     scripts on the test fixtures (the chart must be a PNG).
# maturin lives in its own venv (target/py-venv), kept between runs.
set -euo pipefail
cd "$(dirname "$0")/../.."
root="$PWD"

build_venv="${NGHIQUYET_PY_VENV:-$root/target/py-venv}"
if [ ! -x "$build_venv/bin/python" ]; then
    echo "creating $build_venv"
    python3 -m venv "$build_venv"
fi
"$build_venv/bin/python" -m pip install --quiet --disable-pip-version-check "maturin>=1.9.4,<2"

# 1. The sdist and the wheel built from it. The sdist's workspace is smaller
# than ours, so cargo trims its lock file: --offline (after a fetch of
# everything Cargo.lock names) keeps the locked versions without a network.
dist="$root/target/py-dist"
rm -rf "$dist"
cargo fetch --locked --quiet --target "$(rustc -vV | sed -n 's/^host: //p')"
"$build_venv/bin/maturin" build --release --sdist --offline --quiet \
    -m bindings/python/Cargo.toml -o "$dist" --interpreter "$build_venv/bin/python"
shopt -s nullglob
wheels=("$dist"/nghiquyet-*-cp39-abi3-*.whl)
sdists=("$dist"/nghiquyet-*.tar.gz)
shopt -u nullglob
[ "${#wheels[@]}" -eq 1 ] || { echo "expected one abi3 wheel in $dist, found: $(ls "$dist")" >&2; exit 1; }
[ "${#sdists[@]}" -eq 1 ] || { echo "expected one sdist in $dist, found: $(ls "$dist")" >&2; exit 1; }
wheel="${wheels[0]}"
echo "built $(basename "$wheel") ($(du -k "$wheel" | cut -f1) KiB) and $(basename "${sdists[0]}")"
contents=$(python3 -m zipfile -l "$wheel")
for f in nghiquyet/_nghiquyet.abi3.so nghiquyet/_nghiquyet.pyi nghiquyet/py.typed nghiquyet/_frames.py LICENSE-MIT LICENSE-APACHE; do
    grep -q "$f" <<<"$contents" || { echo "the wheel lacks $f" >&2; exit 1; }
done

# 2. A fresh venv that has never seen cargo or rustc.
venv="$root/target/py-test-venv"
rm -rf "$venv"
python3 -m venv "$venv"
bare_path="$venv/bin:/usr/local/bin:/usr/bin:/bin"
if PATH="$bare_path" command -v cargo >/dev/null 2>&1; then
    echo "cargo is on $bare_path: the no-toolchain install would prove nothing" >&2
    exit 1
fi
PATH="$bare_path" "$venv/bin/python" -m pip install --quiet --disable-pip-version-check \
    --only-binary=:all: "$wheel[all]" "pytest>=8" "mypy>=1.10" pandas-stubs "matplotlib>=3.5"
"$venv/bin/python" -c 'import nghiquyet, pandas, pyarrow; print("nghiquyet", nghiquyet.__version__, "pandas", pandas.__version__, "pyarrow", pyarrow.__version__)'

# 3. The installed package: python/nghiquyet is not on sys.path from bindings/python.
export PATH="$venv/bin:$PATH"
export VIRTUAL_ENV="$venv"
cd bindings/python
python -m pytest -p no:cacheprovider tests
python -m mypy.stubtest --mypy-config-file pyproject.toml --allowlist stubtest-allowlist.txt nghiquyet
python -m mypy --no-incremental --cache-dir=/dev/null tests bench ../../examples/python

out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
python ../../examples/python/targets_to_csv.py tests/data "$out/targets.csv"
head -n 1 "$out/targets.csv" | grep -q '^article_id,'
MPLBACKEND=Agg python ../../examples/python/targets_by_issuer.py tests/data "$out/chart.png" >/dev/null
python - "$out/chart.png" <<'PY'
import sys
import matplotlib.image

path = sys.argv[1]
assert open(path, "rb").read(8) == b"\x89PNG\r\n\x1a\n", f"{path} is not a PNG"
pixels = matplotlib.image.imread(path)
assert pixels.ndim == 3 and pixels.std() > 0.05, f"{path} is blank"
print(f"chart {pixels.shape[1]}x{pixels.shape[0]} px")
PY
