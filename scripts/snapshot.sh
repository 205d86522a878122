#!/usr/bin/env bash
# Writes what svg2graph gives for a set of drawings into one folder: every
# output format, the JSON report and the exit code, per drawing. Two
# snapshots compared with `diff -r` show whether a change altered any
# output (refactors and speed work must leave them byte-identical).
#
#   scripts/snapshot.sh BINARY OUTDIR [DRAWING_OR_FOLDER...]
#
# Without drawings: ../shared/corpus, samples/, tests/fixtures/ and
# tests/corpus/ (where present).
set -uo pipefail
cd "$(dirname "$0")/.."
bin=${1:?usage: scripts/snapshot.sh BINARY OUTDIR [DRAWING...]}
out=${2:?usage: scripts/snapshot.sh BINARY OUTDIR [DRAWING...]}
shift 2
[ $# -gt 0 ] || set -- ../shared/corpus samples tests/fixtures tests/corpus
mkdir -p "$out"
find "$@" -name '*.svg' -o -name '*.svgz' 2> /dev/null | sort | while read -r svg; do
    name=$(echo "$svg" | sed 's|^\.\./||; s|/|__|g')
    dir="$out/$name"
    mkdir -p "$dir"
    "$bin" extract "$svg" --nodes "$dir/nodes.csv" --edges "$dir/edges.csv" --json \
        2> "$dir/report.json"
    echo "exit $?" > "$dir/exit"
    sed -i 's/"seconds":[0-9.e-]*//' "$dir/report.json"
    for f in graphml gexf gml json dot pajek edgelist; do
        "$bin" extract "$svg" -o "$dir/out.$f" --format "$f" --quiet 2> /dev/null
    done
    for f in gephi neo4j; do
        "$bin" extract "$svg" -o "$dir/out-$f" --format "$f" --quiet 2> /dev/null
    done
done
