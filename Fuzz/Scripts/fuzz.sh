#!/usr/bin/env bash
# Runs the coverage-guided fuzzer of each reader for MINUTES minutes (default 10), two at a time (one per core).
#   bash Fuzz/Scripts/fuzz.sh [MINUTES] [READER...]      readers: dataset graphml gexf nodelink dot edgelist
# Each target reads its input with one reader and, when the reader accepts it, checks the round-trip property (every
# export reads back as the same graph; Graph's RoundTrip); the edge-list target also checks that its numbered fast
# path reads as the general parser, and the GraphML, GEXF and DOT targets that their plain readers read as the full
# readers (FUZZ_FAST_PATHS_ONLY=1 checks only those, much faster). Seeds come from the repository's fixtures, the bundled
# dataset's exports and the regression inputs already found (Tests/GraphTests/Resources/fuzz-regressions/). Crash,
# timeout (10 s per input) and out-of-memory inputs land in Fuzz/.work/artifacts/READER/; copy each one, once fixed,
# into the regression folder so `swift test` keeps it fixed. Not part of CI: a developer runs it (docs/reliability.md).
set -euo pipefail
cd "$(dirname "$0")/../.."
minutes=${1:-10}
shift || true
readers=("$@")
[ ${#readers[@]} -gt 0 ] || readers=(dataset graphml gexf nodelink dot edgelist)
work=Fuzz/.work
regressions=Tests/GraphTests/Resources/fuzz-regressions
flags=(-c release -Xswiftc -sanitize=fuzzer,address -Xcc -fsanitize=fuzzer-no-link,address -Xswiftc -use-ld=lld)
for r in "${readers[@]}"; do swift build --package-path Fuzz "${flags[@]}" --product "fuzz-$r" >/dev/null; done
bin=$(swift build --package-path Fuzz "${flags[@]}" --show-bin-path)

# Seeds: fixtures and the bundled dataset in every format.
swift build --product graph-tool >/dev/null
tool=$(swift build --show-bin-path)/graph-tool
for r in dataset graphml gexf nodelink dot edgelist; do mkdir -p "$work/corpus/$r"; done
seed() { cp "${@:2}" "$work/corpus/$1/" 2>/dev/null || true; }
fixtures=Tests/GraphTests/Resources
seed dataset data/osce-2021.yaml
seed graphml "$fixtures"/formats/*.graphml
seed gexf "$fixtures"/formats/*.gexf
seed nodelink "$fixtures"/formats/*.json
seed dot "$fixtures"/graphviz-graphs/*/*.gv
for f in dataset:yaml graphml:graphml gexf:gexf nodelink:json dot:gv edgelist:edges; do
    "$tool" export --output "$work/corpus/${f%%:*}/bundled.${f##*:}" 2>/dev/null || true
done
printf '1 2\n2 3 0.5\n# comment\n"a" b\n' > "$work/corpus/edgelist/small.edges"
# plain graphs (names, edges, weights), which GraphML, GEXF and DOT read through their plain readers as well
printf '1 2 0.5\n2 3 2\n3 1 1e-3\n"a b" 1 4\n' > "$work/plain.edges"
for f in graphml:graphml gexf:gexf dot:gv; do
    "$tool" export --input "$work/plain.edges" --output "$work/corpus/${f%%:*}/plain.${f##*:}" 2>/dev/null || true
    "$tool" export --input "$work/plain.edges" --weighted --directed --output "$work/corpus/${f%%:*}/plain-weighted.${f##*:}" 2>/dev/null || true
done
for r in "${readers[@]}"; do if [ -d "$regressions/$r" ]; then seed "$r" "$regressions/$r"/*; fi; done

export ASAN_OPTIONS=detect_leaks=0        # Graphviz 2.42 leaks in dot's cycle breaking (docs/reliability.md)
export SWIFT_BACKTRACE=enable=no          # Swift's crash handler trips ASan; libFuzzer prints the stack itself
run() {
    local r=$1
    mkdir -p "$work/artifacts/$r" "$work/logs"
    local start=$SECONDS
    "$bin/fuzz-$r" "$work/corpus/$r" -max_total_time=$((minutes * 60)) -timeout=10 -rss_limit_mb=4096 -max_len=131072 \
        -print_final_stats=1 -artifact_prefix="$work/artifacts/$r/" > "$work/logs/$r.log" 2>&1 || true
    local execs found
    execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$work/logs/$r.log" | tail -1)
    found=$(find "$work/artifacts/$r" -type f | wc -l)
    # libFuzzer stops at its first finding, so a run that found something is shorter than asked
    echo "$r: ${execs:-0} executions in $(( (SECONDS - start) / 60 )) min $(( (SECONDS - start) % 60 )) s, $found artifact(s) in $work/artifacts/$r/"
}
running=0
for r in "${readers[@]}"; do
    run "$r" &
    running=$((running + 1))
    if [ $running -ge 2 ]; then wait -n; running=$((running - 1)); fi
done
wait
