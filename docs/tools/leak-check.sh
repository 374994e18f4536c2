#!/usr/bin/env bash
# Runs N in-process renders of one diagram under valgrind memcheck and summarises the leaks, separating what our code
# allocated from what Graphviz and its libraries (pango, cairo, fontconfig, glib) allocated.
# Usage: bash docs/tools/leak-check.sh [N=100] [ENGINE=dot]
# valgrind 3.19 cannot read the DWARF 5 debug info Swift emits, so the check runs on a copy without debug sections
# (function names stay in the symbol table).
set -euo pipefail
n="${1:-100}"; engine="${2:-dot}"
root="$(cd "$(dirname "$0")/../.." && pwd)"
work="$(mktemp -d)"
swift build --package-path "$root" -c release --product graph-tool >/dev/null
tool="$(swift build --package-path "$root" -c release --show-bin-path)/graph-tool"
objcopy --strip-debug "$tool" "$work/graph-tool"
"$tool" render --focus "forced marriage to fighters" --source --output "$work/focus.gv"
valgrind --leak-check=full --num-callers=40 "$work/graph-tool" render-worker --engine "$engine" --format svg --repeat "$n" \
    < "$work/focus.gv" > /dev/null 2> "$work/valgrind.txt"
grep -E "definitely lost:|indirectly lost:|possibly lost:|ERROR SUMMARY" "$work/valgrind.txt"
python3 - "$work/valgrind.txt" <<'PY'
import re, sys
text = open(sys.argv[1]).read()
ours = theirs = 0
for block in re.split(r"==\d+== \n", text):
    m = re.search(r"([\d,]+)(?: \(([\d,]+) direct, [\d,]+ indirect\))? bytes in [\d,]+ blocks are definitely lost", block)
    if not m:
        continue
    direct = int((m.group(2) or m.group(1)).replace(",", ""))
    frames = re.findall(r"(?:at|by) 0x[0-9A-F]+: (.*)", block)
    # the allocation site: the first frame that is not an allocator wrapper
    site = next((f for f in frames if not re.search(r"vgpreload|malloc|calloc|realloc|strdup|g_malloc|g_slice|g_realloc|zmalloc|gmalloc|grealloc", f)), "")
    if "graph-tool" in site or "swift_" in site:
        ours += direct
        print("OURS:", site)
    else:
        theirs += direct
print(f"definitely lost, allocated by our code: {ours} bytes; by Graphviz and its libraries: {theirs} bytes")
PY
rm -rf "$work"
