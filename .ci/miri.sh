#!/usr/bin/env bash
# Miri over the core's unit tests, little-endian (x86_64) and big-endian (s390x).
# Miri builds its own sysroot for s390x: no target download is needed.
set -euo pipefail
cd "$(dirname "$0")/.."
rustup toolchain list | grep -q '^nightly' || rustup toolchain install nightly --profile minimal
rustup component add --toolchain nightly miri rust-src
cargo +nightly miri setup
cargo +nightly miri test -p nlwire --lib
cargo +nightly miri test -p nlwire --lib --target s390x-unknown-linux-gnu
