#!/usr/bin/env bash
# nghiquyet-core as the crate Rust applications depend on:
#  1. its rust-version is true: `cargo +MSRV check -p nghiquyet-core` with
#     that very toolchain (installed through rustup when missing);
#  2. `cargo package -p nghiquyet-core` makes the .crate and compiles it on
#     its own, offline, against the registry cache the build already filled;
#  3. its dependency tree (and so the read_article example's build) holds no
#     tokio, lettre, rusqlite, handlebars or pyo3, and the example runs;
#  4. the root README's Rust example is the crate README's, which runs as a
#     doctest (`cargo test -p nghiquyet-core --doc`).
set -euo pipefail
cd "$(dirname "$0")/../.."

msrv=$(cargo metadata --no-deps --format-version 1 --locked | python3 -c '
import json, sys
print(next(p["rust_version"] for p in json.load(sys.stdin)["packages"] if p["name"] == "nghiquyet-core"))')
echo "nghiquyet-core rust-version: $msrv"

# 1. The MSRV toolchain. rustup fetches it from the Rust project's servers;
# where those cannot be reached the check falls back to clippy's
# incompatible_msrv lint (std APIs newer than rust-version), which cannot see
# language features such as let-chains, and says so loudly.
if ! rustup run "$msrv" rustc --version >/dev/null 2>&1; then
    echo "installing Rust $msrv through rustup"
    rustup toolchain install "$msrv" --profile minimal || true
fi
if rustup run "$msrv" rustc --version >/dev/null 2>&1; then
    cargo "+$msrv" check -p nghiquyet-core --locked --lib --examples
else
    echo "WARNING: Rust $msrv cannot be installed here: only clippy's incompatible_msrv lint checks rust-version" >&2
    cargo clippy -p nghiquyet-core --locked --lib --examples -- -D clippy::incompatible_msrv
fi

# 2. The package. A fresh clone is clean; a working tree with changes to the
# crate is packaged with --allow-dirty (cargo refuses otherwise) and says so.
allow_dirty=()
if [ -n "$(git status --porcelain -- crates/nghiquyet-core LICENSE-MIT LICENSE-APACHE CHANGELOG.md 2>/dev/null)" ]; then
    echo "(uncommitted changes in the crate: cargo package --allow-dirty)"
    allow_dirty=(--allow-dirty)
fi
cargo package -p nghiquyet-core --locked --offline "${allow_dirty[@]}"
listing=$(cargo package -p nghiquyet-core --locked --offline --list "${allow_dirty[@]}")
for file in README.md LICENSE-MIT LICENSE-APACHE CHANGELOG.md examples/read_article.rs src/lib.rs; do
    grep -qx "$file" <<<"$listing" || { echo "the package lacks $file" >&2; exit 1; }
done
crate="target/package/nghiquyet-core-$(cargo metadata --no-deps --format-version 1 --locked | python3 -c '
import json, sys
print(next(p["version"] for p in json.load(sys.stdin)["packages"] if p["name"] == "nghiquyet-core"))').crate"
# The licence files are symlinks in the repository: the .crate holds their text.
apache=$(tar -xzOf "$crate" --wildcards '*/LICENSE-APACHE')
grep -q "Apache License" <<<"$apache" || { echo "$crate: LICENSE-APACHE is not the licence text" >&2; exit 1; }

# 3. What the core (and its example, with dev-dependencies) pulls in.
tree=$(cargo tree -p nghiquyet-core -e normal,dev --prefix none --locked)
for banned in tokio lettre rusqlite handlebars pyo3; do
    if grep -q "^$banned v" <<<"$tree"; then
        echo "nghiquyet-core depends on $banned:" >&2
        cargo tree -p nghiquyet-core -e normal,dev --locked -i "$banned" >&2
        exit 1
    fi
done
out=$(cargo run -q -p nghiquyet-core --locked --example read_article -- examples/articles/ha-giang-dai-hoi-xvii.txt)
grep -q '^resolution: ' <<<"$out" || { echo "read_article printed no resolution:" >&2; echo "$out" >&2; exit 1; }

# 4. One example in two READMEs.
python3 - README.md crates/nghiquyet-core/README.md <<'PY'
import re, sys

def rust_blocks(path):
    return re.findall(r"^```rust\n(.*?)^```", open(path, encoding="utf-8").read(), re.S | re.M)

root, crate = (rust_blocks(p) for p in sys.argv[1:])
if not crate or crate[0] not in root:
    sys.exit("README.md: the Rust example differs from crates/nghiquyet-core/README.md's (the doctested one)")
PY
echo "nghiquyet-core: MSRV $msrv, package, dependency tree and README example OK"
