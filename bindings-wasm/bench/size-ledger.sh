#!/usr/bin/env bash
# What each group of exports costs in the shipped module: builds the package as released
# (wasm-release, wasm-bindgen --target web, npm binaryen's wasm-opt -Oz) from a copy of the
# working tree in which some source files' exports are dropped (their `#[wasm_bindgen]`
# attributes become `#[allow(dead_code)]`, so the linker drops whatever only they reach), and
# prints raw and gzip sizes. A measuring tool for choosing the package's shape
# (bindings-wasm/README.md, "Size"); not part of CI. Needs what the README's build needs plus
# python3. Usage: bash bindings-wasm/bench/size-ledger.sh   (~5 minutes on 2 cores)
set -euo pipefail
top=$(git rev-parse --show-toplevel)
cd "$top"
opt="$top/node_modules/.bin/wasm-opt"
[ -x "$opt" ] || { echo "run npm ci first (wasm-opt from npm binaryen)" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# One target directory for every variant: the dependencies are built once.
export CARGO_TARGET_DIR="$top/target/size-ledger"

# variant NAME "CARGO FLAGS" FILE...: the package without the exports defined in FILE...
variant() {
  local name=$1 flags=$2
  shift 2
  rm -rf "$work/tree"
  mkdir -p "$work/tree"
  git ls-files -z | grep -zv '^fuzz/' | tar --null -T - -c | tar -x -C "$work/tree"
  for f in "$@"; do
    python3 - "$work/tree/bindings-wasm/src/$f" <<'PY'
import re, sys
path = sys.argv[1]
lines = open(path, encoding="utf-8").read().split("\n")
for i, line in enumerate(lines[:-1]):
    nxt = lines[i + 1].lstrip()
    if re.match(r"^\s*#\[wasm_bindgen(\(.*\))?\]\s*$", line) and nxt.startswith(("pub ", "impl ", "const ")):
        lines[i] = re.sub(r"#\[wasm_bindgen.*\]", "#[allow(dead_code)]", line)
open(path, "w", encoding="utf-8").write("\n".join(lines))
PY
  done
  # shellcheck disable=SC2086
  (cd "$work/tree" && cargo build -q --profile wasm-release --target wasm32-unknown-unknown \
    -p motcua-wasm $flags 2>/dev/null)
  rm -rf "$work/pkg"
  wasm-bindgen --target web --out-dir "$work/pkg" \
    "$CARGO_TARGET_DIR/wasm32-unknown-unknown/wasm-release/motcua_wasm.wasm"
  "$opt" -Oz "$work/pkg/motcua_wasm_bg.wasm" -o "$work/opt.wasm"
  printf '| %-58s | %9s | %8s |\n' "$name" "$(stat -c %s "$work/opt.wasm")" \
    "$(gzip -9 -c "$work/opt.wasm" | wc -c)"
}

calendar=(lunar.rs batch.rs calendar.rs deadline.rs embedded.rs)
printf '| %-58s | %9s | %8s |\n' "exports" "raw B" "gzip B"
printf '| %-58s | %9s | %8s |\n' "---" "---:" "---:"
variant "every export (default build)" ""
variant "citizen portal (--no-default-features)" "--no-default-features"
variant "portal: lunar, calendar, deadlines only" "--no-default-features" \
  form.rs form_compiled.rs level.rs procedure.rs
variant "portal: forms, identifiers, catalogue, levels only" "--no-default-features" \
  "${calendar[@]}"
variant "portal: forms and identifiers only" "--no-default-features" \
  "${calendar[@]}" procedure.rs level.rs
