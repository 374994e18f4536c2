#!/usr/bin/env bash
# The suites that run after `swift test` (the README's test command): each is a script beside this one that builds
# or starts what it needs and exits non-zero on failure.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
for suite in core-only docs explorer interop; do
    started=$SECONDS
    bash "$here/$suite.sh"
    echo "suites: $suite passed in $((SECONDS - started)) s" >&2
done
