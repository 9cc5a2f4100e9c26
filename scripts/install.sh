#!/usr/bin/env bash
# Installs Participe under a prefix: the binary, the shipped kits beside it, shell completions and a man page.
#
#   scripts/install.sh                       # builds in release, installs under /usr/local
#   scripts/install.sh --prefix ~/.local     # under another prefix
#   scripts/install.sh --binary PATH         # installs an already built binary instead of building one
#
# Layout: PREFIX/bin/participe, PREFIX/share/participe/Templates/<kit>/ (where an installed participe looks for its
# kits), PREFIX/share/bash-completion/completions/participe, PREFIX/share/zsh/site-functions/_participe,
# PREFIX/share/fish/vendor_completions.d/participe.fish, PREFIX/share/man/man1/participe.1, and the answers'
# JSON Schemas in PREFIX/share/participe/schemas.
set -euo pipefail

prefix=/usr/local
binary=""
while [ $# -gt 0 ]; do
    case "$1" in
        --prefix) prefix="${2:?--prefix needs a folder}"; shift 2 ;;
        --prefix=*) prefix="${1#--prefix=}"; shift ;;
        --binary) binary="${2:?--binary needs a path}"; shift 2 ;;
        --binary=*) binary="${1#--binary=}"; shift ;;
        -h|--help) sed -n '2,11p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "install.sh: unknown option '$1' (--prefix DIR, --binary PATH)" >&2; exit 64 ;;
    esac
done

root="$(cd "$(dirname "$0")/.." && pwd)"
if [ -z "$binary" ]; then
    (cd "$root" && swift build -c release --product participe)
    binary="$root/.build/release/participe"
fi
[ -x "$binary" ] || { echo "install.sh: no participe binary at '$binary'" >&2; exit 2; }

share="$prefix/share"
mkdir -p "$prefix/bin" "$share/participe" "$share/bash-completion/completions" "$share/zsh/site-functions" \
    "$share/fish/vendor_completions.d" "$share/man/man1"
install -m 0755 "$binary" "$prefix/bin/participe"
# The kits replace those of an earlier installation whole, so that no file of a former version lingers.
rm -rf "$share/participe/Templates.new"
cp -R "$root/Templates" "$share/participe/Templates.new"
rm -rf "$share/participe/Templates"
mv "$share/participe/Templates.new" "$share/participe/Templates"
# The answers schemas, beside the kits, where `participe new` points an editor to them.
rm -rf "$share/participe/schemas"
cp -R "$root/schemas" "$share/participe/schemas"

installed="$prefix/bin/participe"
"$installed" --generate-completion-script bash > "$share/bash-completion/completions/participe"
"$installed" --generate-completion-script zsh > "$share/zsh/site-functions/_participe"
"$installed" --generate-completion-script fish > "$share/fish/vendor_completions.d/participe.fish"

# The man page, from the commands' own help: one section per subcommand, the help kept as written.
roff() { sed -e 's/\\/\\e/g' -e "s/^\\([.']\\)/\\\\\\&\\1/"; }
version="$("$installed" --version)"
{
    echo ".TH PARTICIPE 1 \"\" \"participe $version\" \"User Commands\""
    echo ".SH NAME"
    echo "participe \\- prepare a citizen-participation process and write its consultation file"
    echo ".SH SYNOPSIS"
    echo ".B participe"
    echo ".I subcommand"
    echo "[options]"
    echo ".SH DESCRIPTION"
    echo ".nf"
    "$installed" --help | roff
    echo ".fi"
    echo ".SH SUBCOMMANDS"
    for command in $("$installed" --help | awk '/^SUBCOMMANDS:/ {on=1; next} on && /^  [a-z]/ {print $1}'); do
        echo ".SS $command"
        echo ".nf"
        "$installed" help "$command" | roff
        echo ".fi"
    done
    echo ".SH FILES"
    echo ".TP"
    echo ".I $share/participe/Templates"
    echo "the shipped kits, found from any folder"
} > "$share/man/man1/participe.1"

echo "participe $version installed under $prefix"
echo "kits found from any folder:"
(cd / && "$installed" kits --lang en | awk '!/^ / {print "  " $1}')
