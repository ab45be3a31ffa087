#!/usr/bin/env bash
# Makes sure Debian's chromium is installed, so the browser tests can drive it through
# Playwright with the system browser (no browser download). Safe to run any number of times.
set -euo pipefail

if [ -x /usr/bin/chromium ]; then
    exit 0
fi

if ! command -v apt-get > /dev/null; then
    echo "ensure-chromium: /usr/bin/chromium is missing and there is no apt-get; the browser tests will be skipped" >&2
    exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo > /dev/null; then
        SUDO="sudo"
    else
        echo "ensure-chromium: installing chromium needs root; the browser tests will be skipped" >&2
        exit 0
    fi
fi

export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends chromium > /dev/null
