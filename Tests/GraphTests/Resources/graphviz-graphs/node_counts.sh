#!/usr/bin/env bash
# Writes node_counts.json: the node count Graphviz's own `gc -n` reports for every sample DOT file here.
# Run: bash node_counts.sh   (needs the graphviz package's gc; made with the version printed by `dot -V`)
set -euo pipefail
cd "$(dirname "$0")"
{
  echo "{"
  echo "  \"graphviz\": \"$(dot -V 2>&1 | tr -d '\n')\","
  first=1
  for f in directed/*.gv undirected/*.gv; do
    n=$(gc -n "$f" 2>/dev/null | awk '{print $1; exit}')
    [ $first -eq 1 ] || echo ","
    printf '  "%s": %s' "$f" "$n"
    first=0
  done
  echo
  echo "}"
} > node_counts.json
