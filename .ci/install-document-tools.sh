#!/usr/bin/env bash
# Installs the tools the ParticipeDocuments tests use to check generated documents:
# pandoc (reads DOCX/ODT back to text), LibreOffice Writer (converts them to PDF) and Calc
# (recomputes the spreadsheets' formulas), their Python bridge python3-uno (accepts and rejects the
# tracked changes of redlines, reads the spreadsheets), cmarkgfm (the reference CommonMark/GFM
# implementation for the differential test), openpyxl (reads the XLSX files as Python does) and poppler-utils
# (pdftotext and pdfimages read the printed pages back).
# Test tooling only: the product never needs them. Idempotent and quiet; when everything
# is present it returns without touching apt or pip.
set -euo pipefail

need_apt=()
command -v pandoc >/dev/null 2>&1 || need_apt+=(pandoc)
command -v pdftotext >/dev/null 2>&1 || need_apt+=(poppler-utils)
if ! command -v soffice >/dev/null 2>&1 && ! command -v libreoffice >/dev/null 2>&1; then
    # The -nogui flavour is enough for --headless conversion and much smaller.
    need_apt+=(libreoffice-writer-nogui)
fi
# Calc is a package of its own: its library is what opens spreadsheets.
if ! ls /usr/lib/libreoffice/program/libsclo.so >/dev/null 2>&1; then
    need_apt+=(libreoffice-calc-nogui)
fi
# The bridge goes with Debian's own Python, whatever python3 comes first on the PATH.
if ! /usr/bin/python3 -c 'import uno' >/dev/null 2>&1; then
    need_apt+=(python3-uno)
fi

if ((${#need_apt[@]} > 0)); then
    SUDO=""
    if [[ $(id -u) -ne 0 ]]; then SUDO="sudo"; fi
    echo "install-document-tools: installing ${need_apt[*]}"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends \
        "${need_apt[@]}" >/dev/null
fi

PYTHON=${PYTHON:-python3}
# jsonschema and PyYAML check the answers' JSON Schemas as an editor would (module:package).
for entry in cmarkgfm:cmarkgfm openpyxl:openpyxl jsonschema:jsonschema yaml:PyYAML; do
    module="${entry%%:*}"
    package="${entry#*:}"
    if ! "$PYTHON" -c "import $module" >/dev/null 2>&1; then
        echo "install-document-tools: installing $package"
        PIP_ROOT_USER_ACTION=ignore "$PYTHON" -m pip install --quiet --disable-pip-version-check "$package"
    fi
done
