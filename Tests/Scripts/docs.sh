#!/usr/bin/env bash
# Builds the DocC documentation of every library module as one combined archive, with warnings as errors: a broken
# symbol link (``Schema/validate(_:)`` to a method that does not exist, say), an undocumented parameter or a bad
# article link fails the build. The archive lands in .build/plugins/Swift-DocC/outputs/intersection-graph.doccarchive.
set -euo pipefail
cd "$(dirname "$0")/../.."
echo "docs: building the DocC archive (warnings are errors)" >&2
swift package generate-documentation \
    --target Graph --target GraphCore --target GraphFormats --target GraphQuery --target GraphRendering \
    --enable-experimental-combined-documentation --warnings-as-errors > .build/docs.log 2>&1 || {
    grep -E "^(warning|error)" -A6 .build/docs.log >&2 || tail -40 .build/docs.log >&2
    echo "docs: the documentation build failed (full log: .build/docs.log)" >&2
    exit 1
}
echo "docs: built with no warnings" >&2

# Every public symbol has a doc comment (house rule 10): read the symbol graphs the build just extracted.
python3 - <<'PY'
import glob, json, sys
graphs = glob.glob(".build/*/extracted-symbols/*/Graph*/*.symbols.json")
if not graphs:
    sys.exit("docs: no symbol graphs found under .build/*/extracted-symbols")
bare = sorted({(s["location"]["uri"].split("/Sources/")[-1], s["location"]["position"]["line"] + 1, ".".join(s["pathComponents"]))
               for g in graphs for s in json.load(open(g))["symbols"]
               if s.get("accessLevel") == "public" and "location" in s and s["kind"]["identifier"] != "swift.extension"
               and not s.get("docComment")})
for file, line, name in bare:
    print(f"docs: Sources/{file}:{line}: public {name} has no doc comment", file=sys.stderr)
if bare:
    sys.exit(f"docs: {len(bare)} public symbol(s) without a doc comment")
print(f"docs: every public symbol of {len(graphs)} symbol graphs has a doc comment", file=sys.stderr)
PY
