#!/usr/bin/env bash
# Our files against the real clients (Tests/Interop/test_interop.py): NetworkX, igraph and the official GraphML 1.1
# and GEXF 1.2/1.3 schemas (xmlschema), pinned in Tests/Interop/requirements.txt and installed into a venv of their
# own under .build, with pydot and pygraphviz for NetworkX's DOT readers; Graphviz's gc, gvpr and dot from .ci/install-deps. Needs PyPI (or a mirror) the first time.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
for program in gc gvpr dot; do
    command -v "$program" >/dev/null 2>&1 || { echo "interop: Graphviz's $program is not installed (bash .ci/install-deps installs it)" >&2; exit 1; }
done
venv=.build/interop-venv
stamp="$venv/requirements.txt"
if ! cmp -s Tests/Interop/requirements.txt "$stamp" 2>/dev/null; then
    rm -rf "$venv"
    python3 -m venv "$venv"
    "$venv/bin/pip" install --quiet --disable-pip-version-check -r Tests/Interop/requirements.txt
    cp Tests/Interop/requirements.txt "$stamp"
fi
swift build --product graph-tool >/dev/null
"$venv/bin/python" Tests/Interop/test_interop.py "$(swift build --show-bin-path)/graph-tool"
