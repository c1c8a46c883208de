#!/usr/bin/env bash
# The Python bindings build nghiquyet-digest without its default `service`
# feature (rendering only: core + handlebars + serde). The workspace build
# unifies features, so check that build on its own.
set -euo pipefail
cd "$(dirname "$0")/../.."
cargo clippy -p nghiquyet-digest --no-default-features --lib --locked -- -D warnings
