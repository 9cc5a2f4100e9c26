#!/usr/bin/env bash
# Fuzzes Participe with libFuzzer and AddressSanitizer.
#
#   scripts/fuzz.sh TARGET SECONDS [libFuzzer flags...]   one target: kit-loader, answers, expressions,
#                                                         markdown, template or pipeline
#   scripts/fuzz.sh all SECONDS                           every target in turn, SECONDS each
#
# Exits non-zero if a target crashed, hung (more than 10 s on one input) or ran out of memory, and prints the
# input that did it. Replay it with `PARTICIPE_FUZZ_TARGET=TARGET .build-fuzz/release/participe-fuzz FILE`
# (sanitized, with a stack trace), or without sanitizers with `swift run participe-fuzz TARGET FILE`. Shrink it
# with `-minimize_crash=1 -runs=20000 FILE` on the sanitized command. Save it under Tests/Fixtures/fuzz/TARGET/
# so that `swift test` replays it from then on (FuzzRegressionTests); while its bug is open, list it in
# Tests/Fixtures/fuzz/open-crashes.txt, which keeps it out of the seeds and the tests.
#
# How it is built: optimised (-c release: three times the executions of a debug build, for a build of about
# 3 minutes instead of 1; overflow checks and preconditions stay on at -O). SwiftPM links an executable with its own `main` (in debug, `--defsym main=<module>_main`),
# so libFuzzer's `main` cannot be used. participe-fuzz has an ordinary `@main` that, with -DFUZZING, hands over
# to libFuzzer through `LLVMFuzzerRunDriver`, declared with `@_extern(c)` (hence the Extern feature flag).
#
# Everything lives in .build-fuzz/ (gitignored): the build, and per target its seeds (rebuilt each run from the
# shipped kits, samples, docs and test fixtures), the corpus it grows (kept between runs), its dictionary, the
# log and the inputs that failed (artifacts/).
set -euo pipefail
cd "$(dirname "$0")/.."

targets=(kit-loader answers expressions markdown template pipeline)
usage="usage: scripts/fuzz.sh TARGET|all SECONDS [libFuzzer flags...]; targets: ${targets[*]}"
[ $# -ge 2 ] || { echo "$usage" >&2; exit 2; }
target=$1
seconds=$2
shift 2
[[ "$seconds" =~ ^[0-9]+$ ]] || { echo "$usage" >&2; exit 2; }
if [ "$target" != all ] && [[ " ${targets[*]} " != *" $target "* ]]; then
    echo "$usage" >&2
    exit 2
fi

scratch=.build-fuzz
flags=(
    --scratch-path "$scratch" -c release
    -Xswiftc -sanitize=fuzzer,address -Xswiftc -DFUZZING
    -Xswiftc -enable-experimental-feature -Xswiftc Extern
)
echo "== fuzz: building participe-fuzz with -sanitize=fuzzer,address"
start=$SECONDS
mkdir -p "$scratch"
if ! swift build "${flags[@]}" --product participe-fuzz >"$scratch/build.log" 2>&1; then
    sed '/Cannot export local symbol/d' "$scratch/build.log" >&2
    exit 1
fi
echo "   built in $((SECONDS - start)) s"
binary="$(swift build "${flags[@]}" --show-bin-path)/participe-fuzz"

# Swift keeps its type metadata and globals for the process's life; LeakSanitizer reports them as leaks.
export ASAN_OPTIONS="detect_leaks=0:${ASAN_OPTIONS:-}"
# Swift's own backtracer would catch a trap first, and hangs on libFuzzer's threads: let libFuzzer report it.
export SWIFT_BACKTRACE=enable=no

# Inputs of a bug not fixed yet: kept out of the seeds, or every run would stop on them at once.
open_crashes() {
    grep -v '^\s*#' Tests/Fixtures/fuzz/open-crashes.txt 2>/dev/null | awk 'NF { print $1 }'
}

# Copies FILE into the seed folder under a name made of its content's hash.
seed() {
    local folder=$1 file=$2
    [ -s "$file" ] || return 0
    cp "$file" "$folder/$(sha1sum "$file" | cut -c1-16)"
}

# One kit folder as bundles (see KitBundle.swift): kit.yaml with all its YAML files, and kit.yaml with each one.
kit_bundles() {
    local folder=$1 kit=$2 name file all
    all=$(mktemp)
    cat "$kit/kit.yaml" >"$all"
    while IFS= read -r file; do
        name=${file#"$kit"/}
        { printf '\n#%%file %s\n' "$name"; cat "$file"; } >>"$all"
        { cat "$kit/kit.yaml"; printf '\n#%%file %s\n' "$name"; cat "$file"; } >"$folder/bundle"
        seed "$folder" "$folder/bundle"
    done < <(find "$kit" -name '*.yaml' ! -path "$kit/kit.yaml" | sort)
    seed "$folder" "$all"
    rm -f "$all" "$folder/bundle"
}

# An answers file cut into small ones, its header with one section each: a mutation of a small input lands on
# an answer more often, and one refused answer refuses only its section's file.
section_seeds() {
    local folder=$1 file=$2
    awk -v out="$folder/section" '
        !started { header = header $0 "\n"; if ($0 ~ /^answers:/) started = 1; next }
        /^  [a-z_]+:/ { count++ }
        count { printf "%s", (printed[count]++ ? "" : header) > (out "-" count); print > (out "-" count) }
    ' "$file"
    for file in "$folder"/section-*; do
        [ -f "$file" ] || continue
        seed "$folder" "$file"
        rm -f "$file"
    done
}

# The expressions of the shipped kits and test kits, one a file, and a few over the sandbox's names.
expression_seeds() {
    local folder=$1 count=0 line
    while IFS= read -r line; do
        count=$((count + 1))
        printf '%s' "$line" >"$folder/kit-$count"
    done < <(grep -rhE '^\s*-?\s*(when|required|value|total|price|price_formula|author|weight):\s' \
        Templates Tests/Fixtures/kits | sed -E 's/^\s*-?\s*[a-z_]+:\s*//; s/^"(.*)"$/\1/' | sort -u | head -400)
    local sandbox=(
        "n + i * 2 - neg / 4" "round(n / 3, 1) >= z" "if(b and not f, t, e)" "m contains 'a' and c == 'b'"
        "c in ['a', 'b']" "p.a + p.c > sum(w, item.places)" "count(w, item.ouvert) == 1" "filter(w, item.places > 10)"
        "days_between(d, today()) < 30" "year(d) == 2026 and d + 1 > date('2026-02-28')" "clock(h + 45)"
        "text(n) + ' ' + upper(t) + lower(r.y)" "coalesce(u, ut, 0)" "answered(um) or empty(l)" "len(t) <= 80"
        "max(n, i, z) - min(l)" "avg(w, item.places)" "any(w, item.ouvert) and all(w, item.places >= 8)"
        "abs(neg) + floor(n) + ceil(r.x)" "'Horizon ' + text(year(today()))"
    )
    for line in "${sandbox[@]}"; do
        count=$((count + 1))
        printf '%s' "$line" >"$folder/sandbox-$count"
    done
}

seeds() {
    local target=$1 folder=$2 file kit
    rm -rf "$folder"
    mkdir -p "$folder"
    case $target in
    kit-loader)
        for kit in Templates/*/ Tests/Fixtures/kits/*/; do kit_bundles "$folder" "${kit%/}"; done
        ;;
    answers | pipeline)
        for file in samples/*/*.yaml Tests/Fixtures/answers/*.yaml; do
            seed "$folder" "$file"
            section_seeds "$folder" "$file"
        done
        ;;
    expressions)
        expression_seeds "$folder"
        ;;
    markdown)
        while IFS= read -r file; do seed "$folder" "$file"; done < <(find Tests/Fixtures/golden docs -name '*.md')
        seed "$folder" README.md
        ;;
    template)
        while IFS= read -r file; do seed "$folder" "$file"; done < <(find Templates Tests/Fixtures/kits -name '*.mustache')
        ;;
    esac
    # The regression inputs whose bugs are fixed: each run checks them again first.
    local open
    open=$(open_crashes)
    for file in Tests/Fixtures/fuzz/"$target"/*; do
        [ -f "$file" ] || continue
        grep -qxF "$target/$(basename "$file")" <<<"$open" || seed "$folder" "$file"
    done
}

# The longest input each target is given: a kit bundle or a template needs room, an expression does not.
max_len() {
    case $1 in
    expressions) echo 4096 ;;
    kit-loader | template) echo 65536 ;;
    *) echo 32768 ;;
    esac
}

fuzz() {
    local target=$1 base="$scratch/fuzz/$1" status=0
    shift
    mkdir -p "$base/corpus" "$base/artifacts"
    seeds "$target" "$base/seeds"
    "$binary" dictionary "$target" >"$base/dictionary"
    echo "== fuzz $target: ${seconds} s, $(find "$base/seeds" -type f | wc -l) seeds, log in $base/log"
    PARTICIPE_FUZZ_TARGET=$target "$binary" "$base/corpus" "$base/seeds" \
        -max_total_time="$seconds" -timeout=10 -rss_limit_mb=4096 -max_len="$(max_len "$target")" \
        -dict="$base/dictionary" -detect_leaks=0 -print_final_stats=1 \
        -artifact_prefix="$base/artifacts/" "$@" >"$base/log" 2>&1 || status=$?
    local runs speed
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$base/log" | tail -1)
    speed=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$base/log" | tail -1)
    echo "   $target: ${runs:-?} executions, ${speed:-?}/s, corpus $(find "$base/corpus" -type f | wc -l) inputs"
    if [ "$status" -ne 0 ]; then
        local artifact
        artifact=$(sed -n 's/.*Test unit written to \(.*\)$/\1/p' "$base/log" | tail -1)
        grep -E '^(==[0-9]+==ERROR|SUMMARY|Fatal error|.*error: )' "$base/log" | head -5 >&2 || true
        grep -E '^ *#[0-9]+ 0x' "$base/log" | grep -v -E 'libc\.so|compiler-rt|fuzzer::' | head -14 |
            swift demangle --simplified >&2 || true
        echo "   FAILED ($target, exit $status): reproducer ${artifact:-not written, see $base/log}" >&2
        echo "   replay: PARTICIPE_FUZZ_TARGET=$target $binary ${artifact:-FILE}" >&2
        return 1
    fi
}

failed=()
if [ "$target" = all ]; then
    for each in "${targets[@]}"; do fuzz "$each" "$@" || failed+=("$each"); done
else
    fuzz "$target" "$@" || failed+=("$target")
fi
if [ ${#failed[@]} -gt 0 ]; then
    echo "fuzz: failures in ${failed[*]}" >&2
    exit 1
fi
echo "fuzz: no crash, hang or sanitizer report"
