#!/usr/bin/env bash
# The published crates as crates.io would receive them; nothing is uploaded.
#
# 1. `cargo package` of the four together: cargo puts each one's .crate in a
#    temporary local registry before packaging the next, so that nlwire-rustix
#    resolves the nlwire it just packaged (none is on crates.io yet), then
#    builds each from its packaged sources.
# 2. Their doctests, run from those sources: each .crate unpacked outside the
#    workspace, the siblings it depends on patched in as the registry would
#    serve them (`[patch.crates-io]`, the unpacked packages).
#
# Packaging crates that depend on each other together needs cargo 1.90 or
# later (the stable toolchain; the MSRV is only for building the crates).
# `--allow-dirty`: what is checked is the packages' contents, so a local run
# with uncommitted edits checks those edits (CI runs on a clean clone).
set -euo pipefail
cd "$(dirname "$0")/.."
crates=(nlwire nlwire-rustix nlwire-std nlwire-cli)
version=$(cargo pkgid -p nlwire | sed 's/.*@//')

# Cargo extracts each crate of its temporary registry under
# ~/.cargo/registry/src and reuses an extraction of the same name and version
# from an earlier run, which would verify against stale sources: drop them.
# Builds of those sources are fingerprinted by name and version only, so the
# verification builds in a target directory of its own, emptied first.
for crate in "${crates[@]}"; do
  rm -rf "${CARGO_HOME:-$HOME/.cargo}"/registry/src/*/"$crate-$version"
done
rm -rf target/package-verify
cargo package --allow-dirty --target-dir target/package-verify "${crates[@]/#/--package=}"

unpacked=$(mktemp -d)
trap 'rm -rf "$unpacked"' EXIT
for crate in "${crates[@]}"; do
  tar -xzf "target/package-verify/package/$crate-$version.crate" -C "$unpacked"
done
for crate in "${crates[@]}"; do
  patches=()
  for sibling in "${crates[@]}"; do
    [ "$sibling" = "$crate" ] || patches+=(--config "patch.crates-io.$sibling.path=\"$unpacked/$sibling-$version\"")
  done
  echo "doctests of $crate-$version, from its package"
  cargo test -q --doc --manifest-path "$unpacked/$crate-$version/Cargo.toml" --target-dir target/package-doc \
    "${patches[@]}"
done
