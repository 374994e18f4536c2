#!/usr/bin/env bash
# Regenerates the "Centrality of themes in the bundled dataset" tables of docs/algorithms/centrality.md from the CLI.
# Usage: bash docs/algorithms/generate-theme-centrality.sh   (from anywhere; builds graph-tool if needed)
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
doc="$root/docs/algorithms/centrality.md"
swift build --package-path "$root" -c release --product graph-tool >/dev/null
tool="$(swift build --package-path "$root" -c release --show-bin-path)/graph-tool"
tables="$(mktemp)"
for measure in degree betweenness closeness harmonic eigenvector katz pagerank hits; do
    extra=()
    # NetworkX's default Katz alpha (0.1) diverges here (1/λ_max ≈ 0.0786): use 0.05.
    if [ "$measure" = katz ]; then extra=(--alpha 0.05); echo "### katz (alpha 0.05)"; else echo "### $measure"; fi
    echo
    echo "| rank | theme | label | score |"
    echo "|---:|---|---|---:|"
    "$tool" centrality --measure "$measure" "${extra[@]}" --kind theme --top 10 --format csv | tail -n +2 |
        python3 -c '
import csv, sys
for row in csv.reader(sys.stdin):
    print(f"| {row[-1]} | `{row[0]}` | {row[2]} | {float(row[3]):.6g} |")'
    echo
done > "$tables"
python3 - "$doc" "$tables" <<'PY'
import sys
doc, tables = sys.argv[1], open(sys.argv[2]).read()
text = open(doc).read()
begin, end = "<!-- BEGIN GENERATED: theme centrality -->", "<!-- END GENERATED: theme centrality -->"
head, rest = text.split(begin)
_, tail = rest.split(end)
open(doc + ".tmp", "w").write(head + begin + "\n" + tables + end + tail)
PY
mv "$doc.tmp" "$doc"
rm -f "$tables"
echo "updated $doc"
