#!/usr/bin/env bash
# Usage: ensure-debian-package.sh PACKAGE PATH-PATTERN
# Installs Debian's PACKAGE with apt-get unless a file matching PATH-PATTERN is already there
# (the tests start PostgreSQL's initdb/pg_ctl and drive /usr/bin/chromium themselves).
# Safe to run any number of times; exits 1 when the package is missing and cannot be installed.
set -euo pipefail

package="$1"
pattern="$2"

if compgen -G "$pattern" > /dev/null; then
    exit 0
fi

if ! command -v apt-get > /dev/null; then
    echo "ensure-debian-package: $pattern is missing and there is no apt-get; install $package by hand" >&2
    exit 1
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo > /dev/null; then
        SUDO="sudo"
    else
        echo "ensure-debian-package: $package is missing and installing it needs root" >&2
        exit 1
    fi
fi

export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "$package" > /dev/null

if ! compgen -G "$pattern" > /dev/null; then
    echo "ensure-debian-package: $package installed but $pattern not found" >&2
    exit 1
fi
