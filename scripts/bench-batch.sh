#!/usr/bin/env bash
# Files per second of `svg2graph batch` over many small drawings, with one
# job and with every core, in the same run; and `extract` on one of them
# for the per-file overhead.
#
#   scripts/bench-batch.sh [FILES] [RUNS]
#
# FILES small D3-style drawings (default 10000; 20 to 60 nodes, twice as
# many edges, in 100 folders) are made with ../shared/bench/gen_svg.py in a
# temporary folder. Prints the median wall time of RUNS runs (default 3)
# for --jobs 1 and --jobs N (N = cores), files/s, and their ratio.
set -euo pipefail
cd "$(dirname "$0")/.."
files=${1:-10000}
runs=${2:-3}
cargo build --release --locked --quiet --bin svg2graph
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

python3 - "$work/in" "$files" <<'PY'
import contextlib, io, os, random, sys
sys.path.insert(0, "../shared/bench")
import gen_svg
root, files = sys.argv[1], int(sys.argv[2])
rng = random.Random(7)
for k in range(files):
    d = os.path.join(root, f"d{k % 100:02d}")
    os.makedirs(d, exist_ok=True)
    n = rng.randint(20, 60)
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
        gen_svg.main(["--nodes", str(n), "--edges", str(2 * n), "--seed", str(k),
                      "--out", os.path.join(d, f"g{k:05d}.svg"), "--no-truth"])
PY

cores=$(nproc)
# Each run writes to a fresh folder: deleting thousands of files between
# runs makes the next run's file creation slow on ext4 (it avoids inodes
# deleted moments ago), which would measure the file system, not us.
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
time_batch() { # JOBS: median wall seconds of $runs runs
    for r in $(seq "$runs"); do
        /usr/bin/time -f "%e" -o "$work/t" target/release/svg2graph batch "$work/in" \
            -o "$work/out-$1-$r" --jobs "$1" --quiet > /dev/null 2>&1 || true
        cat "$work/t"
    done | median
}
one=$(time_batch 1)
all=$(time_batch "$cores")
# One process per file, as a shell loop over `extract` would run: 200 files.
cat > "$work/loop.sh" <<SH
for f in "$work"/in/d*/g00[01]*.svg; do
    target/release/svg2graph extract "\$f" --nodes "$work/n.csv" --edges "$work/e.csv" --quiet
done
SH
loop_files=$(ls "$work"/in/d*/g00[01]*.svg | wc -l)
ext=$(for _ in $(seq "$runs"); do
    /usr/bin/time -f "%e" -o "$work/t" bash "$work/loop.sh"; cat "$work/t"
done | median)
python3 - "$files" "$one" "$all" "$cores" "$ext" "$loop_files" <<'PY'
import sys
files, one, all_, cores, ext, loop = int(sys.argv[1]), float(sys.argv[2]), float(sys.argv[3]), sys.argv[4], float(sys.argv[5]), int(sys.argv[6])
print(f"{files} small drawings, medians")
print(f"batch --jobs 1      {one:7.2f} s  {files / one:8.0f} files/s  {1000 * one / files:6.3f} ms/file")
print(f"batch --jobs {cores:<6} {all_:7.2f} s  {files / all_:8.0f} files/s  {1000 * all_ / files:6.3f} ms/file")
print(f"speed-up with {cores} jobs: {one / all_:.2f}x")
print(f"extract, one process per file ({loop} files): {1000 * ext / loop:.3f} ms/file")
PY
