#!/usr/bin/env bash
# Installs the tools the workshop browser test (Tests/browser/workshop_browser_test.py) uses:
# Debian's Chromium and its chromedriver; from PyPI selenium (drives the browser) and
# axe-selenium-python (runs axe-core, the accessibility checker, on every page). The axe-core
# that axe-selenium-python ships is 3.1 (2018); axe-playwright-python ships a current 4.x, so it
# is installed too, without its dependencies (Playwright is not needed: the test only reads its
# axe.min.js). Test tooling only: the product never needs them. Idempotent and quiet; when
# everything is present it returns without touching apt or pip.
set -euo pipefail

need_apt=()
command -v chromium >/dev/null 2>&1 || need_apt+=(chromium)
[[ -x /usr/bin/chromedriver ]] || need_apt+=(chromium-driver)

if ((${#need_apt[@]} > 0)); then
    SUDO=""
    if [[ $(id -u) -ne 0 ]]; then SUDO="sudo"; fi
    echo "install-browser-tools: installing ${need_apt[*]}"
    apt_install() {
        DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends \
            "${need_apt[@]}" >/dev/null
    }
    # Update the package lists first only when apt does not know the packages; if the lists it
    # has are too old (a version gone from the archive), update and try once more.
    if ! apt-cache show "${need_apt[@]}" >/dev/null 2>&1; then
        $SUDO apt-get update -qq
    fi
    if ! apt_install; then
        $SUDO apt-get update -qq
        apt_install
    fi
fi

PYTHON=${PYTHON:-python3}
need_pip=()
"$PYTHON" -c 'import selenium' >/dev/null 2>&1 || need_pip+=(selenium)
"$PYTHON" -c 'import axe_selenium_python' >/dev/null 2>&1 || need_pip+=(axe-selenium-python)
if ((${#need_pip[@]} > 0)); then
    echo "install-browser-tools: installing ${need_pip[*]}"
    PIP_ROOT_USER_ACTION=ignore "$PYTHON" -m pip install --quiet --disable-pip-version-check \
        "${need_pip[@]}"
fi
# Found without importing it (importing it would need Playwright).
if ! "$PYTHON" -c 'import importlib.util, sys; sys.exit(importlib.util.find_spec("axe_playwright_python") is None)'; then
    echo "install-browser-tools: installing axe-playwright-python (for its axe-core 4)"
    PIP_ROOT_USER_ACTION=ignore "$PYTHON" -m pip install --quiet --disable-pip-version-check --no-deps \
        axe-playwright-python
fi
