#!/usr/bin/env bash
# Runs every cargo-fuzz target in fuzz/ for a set time and prints one summary line per target:
#   target  executions  crashes  seconds
#
#   scripts/fuzz.sh [SECONDS_PER_TARGET] [TARGET...]     (default 600 s, every target)
#   FUZZ_RUNS=N scripts/fuzz.sh SECONDS TARGET...         (stop after N executions instead)
#   FUZZ_NO_TRACE_COMPARES=1 scripts/fuzz.sh ...           (about twice the executions per second:
#                                                           coverage only, no comparison tracing)
#
# Seeds come from the repository's fixtures (see seeds() below); the corpus grows in
# fuzz/corpus/<target>/, crashes land in fuzz/artifacts/<target>/ and libFuzzer's output in
# fuzz/logs/<target>.log (all git-ignored).
# Needs a nightly toolchain (installed with rustup when missing) and cargo-fuzz.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"

seconds=${1:-600}
shift || true

rustup toolchain list | grep -q '^nightly' || rustup toolchain install nightly --profile minimal
command -v cargo-fuzz >/dev/null || cargo install --locked cargo-fuzz --version 0.13.2

# Files that start a target's corpus: fixtures of the shape that target reads.
seeds() {
    case "$1" in
        mail_*)    ls tests/fixtures/emails/*.eml ;;
        html_*)    ls tests/fixtures/emails/*.eml ;;
        ticket_*)  ls tests/fixtures/tickets/*.json ;;
        view_*)    ls tests/fixtures/views/*.json ;;
        spapi_*|lwa_*|problem_*) find tests/fixtures/spapi -name '*.json' ! -name index.json ;;
        lang_*)    ls dist/web/lang/*.olp 2>/dev/null || true ;;
        *)         true ;;
    esac
}

targets=("$@")
[ ${#targets[@]} -gt 0 ] || mapfile -t targets < <(cd fuzz && cargo +nightly fuzz list)

status=0
printf '%-24s %14s %8s %8s\n' target executions crashes seconds
for t in "${targets[@]}"; do
    corpus=fuzz/corpus/$t
    mkdir -p "$corpus" "fuzz/artifacts/$t"
    if [ -z "$(ls -A "$corpus")" ]; then
        seeds "$t" | while read -r f; do cp "$f" "$corpus/"; done
    fi
    mkdir -p fuzz/logs
    log=fuzz/logs/$t.log
    # No sanitizer: the code is safe Rust, and AddressSanitizer would only slow the search down
    # (debug assertions stay on, so an arithmetic overflow is a crash too).
    (cd fuzz && cargo +nightly fuzz run -s none ${FUZZ_NO_TRACE_COMPARES:+--no-trace-compares} "$t" "corpus/$t" -- \
        -max_total_time="$seconds" ${FUZZ_RUNS:+-runs=$FUZZ_RUNS} -print_final_stats=1 -timeout=10 \
        -rss_limit_mb=4096) >"$log" 2>&1 || status=1
    execs=$(awk '/stat::number_of_executed_units:/ {print $2}' "$log" | tail -1)
    crashes=$(find "fuzz/artifacts/$t" -type f \( -name 'crash-*' -o -name 'timeout-*' -o -name 'oom-*' \) | wc -l)
    took=$(awk '/stat::.*/ {} /Done [0-9]+ runs in/ {print $(NF-1)}' "$log" | tail -1)
    printf '%-24s %14s %8s %8s\n' "$t" "${execs:-?}" "$crashes" "${took:-$seconds}"
    [ "$crashes" -eq 0 ] || { status=1; tail -40 "$log" >&2; }
done
exit $status
