#!/usr/bin/env bash
# Runs the README's first command (the `swift run participe …` line of its first code block) and
# checks that it wrote documents, so that the README never drifts from what works.
set -euo pipefail
cd "$(dirname "$0")/.."
command=$(awk '/^```/{block++; next} block==1 && /^swift run participe/{print; exit}' README.md)
if [ -z "$command" ]; then
    echo "README.md: no 'swift run participe' line in its first code block" >&2
    exit 1
fi
echo "+ $command"
rm -rf out
eval "$command"
count=$(find out -name '*.md' | wc -l)
if [ "$count" -lt 1 ]; then
    echo "the README's first command wrote no document in out/" >&2
    exit 1
fi
echo "README first command: $count document(s) written"
rm -rf out
