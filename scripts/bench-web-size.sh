#!/usr/bin/env bash
# Download size of the web sidebar (gzip -9 of the wasm and its JS glue) for build variants, against
# the 200 KB budget: the release build of `make build`, the same without wasm-opt, and both with the
# `charsets` feature (encoding_rs). With twiggy on PATH, also which crates the bytes belong to.
# Prints Markdown for BENCHMARKS.md. Run after `make build` (`make bench-web` does).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"

TARGET_DIR=${CARGO_TARGET_DIR:-target}
WASM=$TARGET_DIR/wasm32-unknown-unknown/wasm-release/orderlens.wasm
DIST=dist/web
# The Makefile passes its wasm-opt (npm's binaryen) and feature list; these defaults are the same.
WASM_OPT=${WASM_OPT:-node_modules/.bin/wasm-opt}
WASM_OPT_FEATURES=${WASM_OPT_FEATURES:---enable-bulk-memory --enable-sign-ext --enable-nontrapping-float-to-int --enable-mutable-globals --enable-reference-types --enable-multivalue}
BUDGET=$((200 * 1024))

[ -f "$DIST/pkg/orderlens_bg.wasm" ] || { echo "bench-web-size: run 'make build' first" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

gz() { gzip -9c "$1" | wc -c; }
kb() { awk -v b="$1" 'BEGIN { printf "%.1f KB", b / 1024 }'; }

# $1 = variant name, $2 = the cargo feature flags. Leaves $work/$1/{raw,opt}/.
variant() {
    local name=$1; shift
    cargo build -q --profile wasm-release --locked --target wasm32-unknown-unknown -p orderlens --lib "$@"
    wasm-bindgen --target web --no-typescript --out-dir "$work/$name/raw" "$WASM"
    mkdir -p "$work/$name/opt"
    cp "$work/$name/raw/orderlens.js" "$work/$name/opt/"
    # shellcheck disable=SC2086 # the feature list is words
    "$WASM_OPT" -Oz $WASM_OPT_FEATURES -o "$work/$name/opt/orderlens_bg.wasm" "$work/$name/raw/orderlens_bg.wasm"
}

row() { # $1 = label, $2 = dir with orderlens_bg.wasm + orderlens.js
    local w j total verdict
    w=$(gz "$2/orderlens_bg.wasm"); j=$(gz "$2/orderlens.js"); total=$((w + j))
    verdict=$([ "$total" -le "$BUDGET" ] && echo "within" || echo "**over**")
    echo "| $1 | $(kb "$(wc -c <"$2/orderlens_bg.wasm")") | $(kb "$w") | $(kb "$j") | **$(kb "$total")** | $verdict |"
}

echo "Building variants (cargo may wait for the shared build lock)…" >&2
variant charsets --features charsets
# Last, so the target dir ends with the release variant that `make build` ships.
variant release --no-default-features

echo
echo "| sidebar build (wasm-bindgen --target web) | wasm | wasm gzip -9 | JS glue gzip -9 | download | 200 KB budget |"
echo "|---|---:|---:|---:|---:|---|"
row "**release** (\`make build\`: no \`charsets\`, \`wasm-opt -Oz\`)" "$DIST/pkg"
row "release without wasm-opt" "$work/release/raw"
row "with \`charsets\` (encoding_rs), \`wasm-opt -Oz\`" "$work/charsets/opt"
row "with \`charsets\`, without wasm-opt" "$work/charsets/raw"

# What else the sidebar page loads (not wasm): the page, its scripts, styles, the demo adapter.
echo
echo "| sidebar page files | gzip -9 |"
echo "|---|---:|"
page=0
for f in sidebar.html early.js boot.js sidebar.js sidebar.css hosts/demo.js hosts/demo-protocol.js hosts/common.js; do
    b=$(gz "$DIST/$f"); page=$((page + b))
    echo "| \`$f\` | $(kb "$b") |"
done
echo "| **together** | **$(kb "$page")** |"

# Which crates the release wasm's bytes belong to: twiggy on the un-optimised module (it still
# has function names), summed by crate. Shares carry over to the wasm-opt output roughly.
if command -v twiggy >/dev/null; then
    csv=$work/twiggy.csv
    twiggy top -n 100000 --format csv "$work/release/raw/orderlens_bg.wasm" >"$csv"
    echo
    echo "| where the release wasm's bytes go (twiggy, before wasm-opt; names left out) | bytes | share |"
    echo "|---|---:|---:|"
    # Items are functions (named crate::path::fn), data segments and sections. Function names are
    # a debugging section that wasm-opt drops, so they do not count.
    awk -F, '
        NR == 1 { next }
        {
            name = $1; gsub(/"/, "", name); size = $2
            if (name ~ /names subsection|custom section/) next
            if (name ~ /^data segment/) crate = "(static data: strings, tables)"
            else {
                crate = name
                sub(/^[<&]+/, "", crate); sub(/^(mut |dyn )/, "", crate); sub(/ as .*/, "", crate)
                sub(/::.*/, "", crate); sub(/<.*/, "", crate); sub(/\[[0-9a-f]+\]$/, "", crate)
                if (crate == "" || crate ~ /^[0-9]/ || crate ~ / /) crate = "(other: glue, tables, types)"
            }
            by[crate] += size; total += size
        }
        END { for (c in by) printf "%d\t%s\t%.1f\n", by[c], c, 100 * by[c] / total }' "$csv" |
        sort -rn | head -12 | awk -F'\t' '{ printf "| `%s` | %d | %s%% |\n", $2, $1, $3 }'
else
    echo
    echo "(twiggy not installed: \`cargo install twiggy\` adds a per-crate breakdown)"
fi
