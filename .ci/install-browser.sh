#!/usr/bin/env bash
# Install Debian's Chromium for the browser tests (tests/browser/) when it is not there yet.
# Idempotent and quiet: does nothing when /usr/bin/chromium exists. Needs root (or sudo).
# The Python side (playwright, axe-playwright-python, pagefind[bin]) comes from
# `pip install -e '.[test]'`; Playwright's own browser download is never used.
set -euo pipefail

if [ -x /usr/bin/chromium ]; then
    exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    SUDO="sudo"
fi

export DEBIAN_FRONTEND=noninteractive
log="$(mktemp)"
trap 'rm -f "$log"' EXIT
if ! { $SUDO apt-get update -qq && $SUDO apt-get install -y -qq chromium; } >"$log" 2>&1; then
    echo "install-browser.sh: installing chromium failed:" >&2
    tail -n 30 "$log" >&2
    exit 1
fi
echo "install-browser.sh: installed $(/usr/bin/chromium --version 2>/dev/null || echo chromium)"
