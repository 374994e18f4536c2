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
