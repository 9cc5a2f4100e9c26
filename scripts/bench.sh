#!/usr/bin/env bash
# Speed of participe in a release build: loading synthetic kits of growing size, then check and
# generate on every shipped sample. Prints the median wall time of several runs of each command.
# Usage: scripts/bench.sh [runs]   (figures are recorded in docs/benchmarks.md)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-7}
swift build -c release --product participe >/dev/null
bin=.build/release/participe
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

median() {  # median wall time in milliseconds of "$@", run $runs times
    local times=()
    for _ in $(seq "$runs"); do
        local start end
        start=$(date +%s%N)
        "$@" >/dev/null 2>&1 || true
        end=$(date +%s%N)
        times+=($(( (end - start) / 1000000 )))
    done
    printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'
}

echo "| command | input | median ms |"
echo "|---|---|---|"
for count in 1000 2500 5000 10000; do
    python3 scripts/synthetic-kit.py "$work/k$count/synthetic" "$count" >/dev/null
    size=$(( $(stat -c %s "$work/k$count/synthetic/kit.yaml") / 1024 ))
    echo "| lint | synthetic kit, $count questions (${size} KiB) | $(median "$bin" lint "$work/k$count/synthetic") |"
done
for sample in samples/*/*.yaml; do
    [ -f "$sample" ] || continue
    echo "| check | $sample | $(median "$bin" check "$sample") |"
    echo "| generate --format md | $sample | $(median "$bin" generate "$sample" -o "$work/out" --format md --date 2026-11-27) |"
done

# Issue: generating every document of a sample in every format should cost less than pandoc
# converting the same Markdown files to DOCX and ODT.
if command -v pandoc >/dev/null 2>&1; then
    echo
    echo "| sample | participe generate --format all (ms) | pandoc md→docx + md→odt (ms) |"
    echo "|---|---|---|"
    for sample in samples/*/*.yaml; do
        [ -f "$sample" ] || continue
        rm -rf "$work/md" && "$bin" generate "$sample" -o "$work/md" --format md --date 2026-11-27 >/dev/null 2>&1 || continue
        ours=$(median "$bin" generate "$sample" -o "$work/all" --format all --date 2026-11-27)
        pandoc_all() {
            for file in "$work"/md/*.md; do
                pandoc -f gfm -t docx -o "$work/p.docx" "$file"
                pandoc -f gfm -t odt -o "$work/p.odt" "$file"
            done
        }
        theirs=$(median pandoc_all)
        echo "| $sample | $ours | $theirs |"
    done
fi
