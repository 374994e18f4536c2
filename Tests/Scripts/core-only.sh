#!/usr/bin/env bash
# Proves that the GraphCore product builds and runs without Graphviz's headers: builds Tests/CoreOnlyPackage (which
# depends on GraphCore alone) in a mount namespace where Graphviz's include directory is an empty directory, so
# `#include <gvc.h>` in CGraphviz could not compile, and checks what it prints against NetworkX's values. As a
# control, the same namespace must fail to build graph-tool, or the hiding proved nothing. (SwiftPM reads .pc files
# itself, so hiding pkg-config's search path would not be enough.)
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
package="$root/Tests/CoreOnlyPackage"
scratch="$root/.build-core-only"
includes="$(pkg-config --cflags-only-I libgvc | tr " " "\n" | sed -n "s/^-I//p" | head -1)"

if [ "${CORE_ONLY_HIDDEN:-}" != 1 ]; then
    [ -f "$includes/gvc.h" ] || { echo "core-only: no gvc.h in '$includes'; run .ci/install-deps first" >&2; exit 1; }
    empty="$(mktemp -d)"
    trap 'rmdir "$empty"' EXIT
    # root: a private mount namespace; otherwise a user namespace that maps us to root inside it
    flags=(-m); [ "$(id -u)" -eq 0 ] || flags=(-r -m)
    unshare "${flags[@]}" env CORE_ONLY_HIDDEN=1 bash -c 'mount --bind "$1" "$2" && exec bash "$3"' _ "$empty" "$includes" "$0"
    exit $?
fi
[ -z "$(ls -A "$includes")" ] || { echo "core-only: Graphviz's headers are still visible" >&2; exit 1; }

# The manifest says so too: the GraphCore product is the GraphCore target alone, and that target depends on nothing.
swift package --package-path "$root" dump-package | python3 -c '
import json, sys
package = json.load(sys.stdin)
product = next(p for p in package["products"] if p["name"] == "GraphCore")
target = next(t for t in package["targets"] if t["name"] == "GraphCore")
assert product["targets"] == ["GraphCore"], product["targets"]
assert target["dependencies"] == [], target["dependencies"]
print("core-only: dump-package: the GraphCore product is the GraphCore target, with no dependencies", file=sys.stderr)
'

echo "core-only: building Tests/CoreOnlyPackage with Graphviz's headers hidden" >&2
rm -rf "$scratch"
swift build --package-path "$package" --scratch-path "$scratch" -q
for module in CGraphviz GraphvizBridge Yams GraphFormats; do
    if find "$scratch/debug/Modules" "$scratch/debug" -maxdepth 1 -name "$module.swiftmodule" 2>/dev/null | grep -q .; then
        echo "core-only: $module was built, but GraphCore must not need it" >&2; exit 1
    fi
done

# NetworkX 3.6.1: pagerank(G, tol=1e-12, max_iter=10000) and betweenness_centrality(G) of the same five-node graph.
expected="hub 0.357558 0.833333
c 0.245492 0.500000
d 0.134334 0.000000
a 0.131308 0.000000
b 0.131308 0.000000"
actual="$("$scratch/debug/core-only")"
if [ "$actual" != "$expected" ]; then
    echo "core-only: unexpected output:" >&2; echo "$actual" >&2; exit 1
fi

echo "core-only: control: the Graphviz bridge must not build without Graphviz's headers" >&2
rm -rf "$scratch-control"
if swift build --package-path "$root" --scratch-path "$scratch-control" --target GraphvizBridge > "$scratch-control.log" 2>&1; then
    echo "core-only: GraphvizBridge built with Graphviz's headers hidden: the check above proves nothing" >&2; exit 1
fi
grep -q "gvc.h' file not found" "$scratch-control.log" || { echo "core-only: the control failed for another reason:" >&2; tail -20 "$scratch-control.log" >&2; exit 1; }
rm -rf "$scratch-control" "$scratch-control.log"
echo "core-only: GraphCore built and ran without Graphviz's headers, and the bridge did not (as it must not)" >&2
