#!/usr/bin/env bash
# The explorer in a real browser (Tests/Browser/test_explorer.py): Debian's chromium driven over WebDriver by
# chromium-driver, with a WebDriver client in Python's standard library (so no virtualenv or PyPI package is needed).
# Fails when chromium or its driver is missing: they are installed by .ci/install-deps, not optional.
# EXPLORER_SCREENSHOTS=DIR keeps the screenshots there (docs/images is where docs/explorer.md takes them from).
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
for tool in chromium chromedriver python3; do
    command -v "$tool" >/dev/null 2>&1 || { echo "explorer: $tool is not installed (bash .ci/install-deps installs it)" >&2; exit 1; }
done
swift build --product graph-tool >/dev/null
bin="$(swift build --show-bin-path)/graph-tool"
args=("$bin")
if [ -n "${EXPLORER_SCREENSHOTS:-}" ]; then args+=(--screenshots "$EXPLORER_SCREENSHOTS"); fi
python3 Tests/Browser/test_explorer.py "${args[@]}"
