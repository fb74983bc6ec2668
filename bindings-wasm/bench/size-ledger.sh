#!/usr/bin/env bash
# What each group of exports costs in the shipped module: builds the package as released
# (wasm-release, wasm-bindgen --target web, npm binaryen's wasm-opt -Oz) with each combination
# of the crate's feature groups (bindings-wasm/README.md, "Modules") and prints raw and gzip
# sizes: the figures for choosing the package's shape ("Size"). Not part of CI, which builds
# and checks the four shipped packages. Needs what the README's build needs.
# Usage: bash bindings-wasm/bench/size-ledger.sh   (~3 minutes on 2 cores)
set -euo pipefail
top=$(git rev-parse --show-toplevel)
cd "$top"
opt="$top/node_modules/.bin/wasm-opt"
[ -x "$opt" ] || { echo "run npm ci first (wasm-opt from npm binaryen)" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
wasm=target/wasm32-unknown-unknown/wasm-release/motcua_wasm.wasm

printf '| %-28s | %9s | %8s |\n' "features" "raw B" "gzip B"
printf '| %-28s | %9s | %8s |\n' "---" "---:" "---:"
for features in back-office portal deadlines,forms deadlines,catalogue catalogue forms deadlines; do
  cargo build -q --locked --profile wasm-release --target wasm32-unknown-unknown -p motcua-wasm \
    --no-default-features --features "$features"
  rm -rf "$work/pkg"
  wasm-bindgen --target web --out-dir "$work/pkg" "$wasm"
  "$opt" -Oz "$work/pkg/motcua_wasm_bg.wasm" -o "$work/opt.wasm"
  printf '| %-28s | %9s | %8s |\n' "\`$features\`" "$(stat -c %s "$work/opt.wasm")" \
    "$(gzip -9 -c "$work/opt.wasm" | wc -c)"
done
