#!/usr/bin/env bash
# Side-by-side timing of svg2graph, the quick-xml floor and the Python peer
# (../shared/bench/peer_lxml.py) on one drawing, all in the same run.
#
#   scripts/bench.sh DRAWING.svg [RUNS]
#
# Prints, per tool, the median wall time over RUNS runs (default 5), MB/s
# and the median peak RSS, then the ratios svg2graph/floor (throughput) and
# peer/svg2graph (time). Needs python3 with lxml, scipy and numpy for the
# peer (pip install lxml scipy numpy); without them the peer is skipped.
# Make drawings with ../shared/bench/gen_svg.py, e.g.
#   python3 ../shared/bench/gen_svg.py --nodes 100000 --edges 1000000 --out /tmp/100k.svg
set -euo pipefail
cd "$(dirname "$0")/.."
svg=${1:?usage: scripts/bench.sh DRAWING.svg [RUNS]}
runs=${2:-5}
peer=../shared/bench/peer_lxml.py

cargo build --release --locked --quiet --bin svg2graph --example floor
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

# measure NAME CMD...: runs CMD $runs times, records "wall_s rss_kb" lines.
# Each run writes into a fresh, empty folder ("$run", made and removed
# outside the timing): replacing the files of an earlier run would time the
# file system freeing them too.
run=$out/run
measure() {
    local name=$1; shift
    : > "$out/$name.times"
    for _ in $(seq "$runs"); do
        rm -rf "$run" && mkdir -p "$run"
        /usr/bin/time -f "%e %M" -o "$out/$name.one" "$@" > /dev/null 2>&1
        cat "$out/$name.one" >> "$out/$name.times"
    done
    rm -rf "$run"
}

measure svg2graph target/release/svg2graph extract "$svg" --nodes "$run/n.csv" --edges "$run/e.csv" --quiet
measure floor target/release/examples/floor "$svg"
if python3 -c 'import lxml, scipy, numpy' 2>/dev/null; then
    measure peer python3 "$peer" "$svg" "$run"
fi

python3 - "$svg" "$out" "$runs" <<'PY'
import os, statistics, sys
svg, out, runs = sys.argv[1], sys.argv[2], int(sys.argv[3])
mb = os.path.getsize(svg) / 1e6
rows = {}
for name in ("svg2graph", "floor", "peer"):
    p = os.path.join(out, name + ".times")
    if not os.path.exists(p):
        continue
    vals = [tuple(map(float, l.split())) for l in open(p) if l.strip()]
    wall = statistics.median(v[0] for v in vals)
    rss = statistics.median(v[1] for v in vals) / 1024
    rows[name] = (wall, rss)
print(f"{svg}: {mb:.1f} MB, {runs} runs each, medians")
print(f"{'tool':<12}{'wall s':>9}{'MB/s':>9}{'peak RSS MB':>13}{'RSS/file':>10}")
for name, (wall, rss) in rows.items():
    print(f"{name:<12}{wall:>9.3f}{mb / max(wall, 1e-9):>9.1f}{rss:>13.1f}{rss / mb:>10.2f}")
s = rows["svg2graph"][0]
print(f"svg2graph/floor throughput: {rows['floor'][0] / s:.2f}")
if "peer" in rows:
    print(f"peer/svg2graph time: {rows['peer'][0] / s:.1f}x")
PY
