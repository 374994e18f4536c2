#!/usr/bin/env bash
# Regenerates the diagrams of docs/rendering.md and docs/lens.md (docs/images/*.svg) from the bundled dataset.
# Usage: bash docs/tools/generate-images.sh   (from anywhere; builds graph-tool in release mode if needed)
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
swift build --package-path "$root" -c release --product graph-tool >/dev/null
tool="$(swift build --package-path "$root" -c release --show-bin-path)/graph-tool"
images="$root/docs/images"
"$tool" render --title "Trafficking in human beings and terrorism: groups, practices, forms of exploitation, victims and the recommendation areas" --output "$images/overview.svg"
"$tool" render --full --title "Trafficking in human beings and terrorism: the whole knowledge graph" --output "$images/full.svg"
"$tool" render --area children --title "Recommendations on children and what they address" --output "$images/area-children.svg"
"$tool" render --focus "forced marriage to fighters" --with-recommendations 3 \
    --title "Forced marriage to fighters: its neighbourhood and the three most relevant recommendations" \
    --output "$images/focus-forced-marriage.svg"
"$tool" render --area protection --page a4 --output "$images/area-protection-a4.svg"
"$tool" matrix --output "$images/matrix-groups-forms.svg"
"$tool" render --kind practice --kind form --kind victim_group --size-by betweenness \
    --title "Practices, forms of exploitation and victim groups, sized by betweenness" --output "$images/lens-by-betweenness.svg"
