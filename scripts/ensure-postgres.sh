#!/usr/bin/env bash
# Makes sure PostgreSQL's server programs (initdb, pg_ctl) are installed, so the store's
# tests can start a throw-away cluster. Safe to run any number of times: it does
# nothing when Debian's postgresql is already there.
set -euo pipefail

if compgen -G "/usr/lib/postgresql/*/bin/initdb" > /dev/null; then
    exit 0
fi

if ! command -v apt-get > /dev/null; then
    echo "ensure-postgres: no /usr/lib/postgresql/*/bin/initdb and no apt-get; install PostgreSQL by hand" >&2
    exit 1
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo > /dev/null; then
        SUDO="sudo"
    else
        echo "ensure-postgres: PostgreSQL is missing and installing it needs root" >&2
        exit 1
    fi
fi

export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends postgresql > /dev/null

if ! compgen -G "/usr/lib/postgresql/*/bin/initdb" > /dev/null; then
    echo "ensure-postgres: postgresql installed but initdb not found under /usr/lib/postgresql" >&2
    exit 1
fi
