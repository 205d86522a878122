#!/usr/bin/env python3
"""Re-exports every drawing of ../shared/corpus and of the wide corpus
(tests/corpus, but its own re-export chains) through cairo
(`rsvg-convert -f svg`) and through PDF (`rsvg-convert -f pdf`, then
`pdftocairo -svg`), maps each truth through the converter's geometry, and
scores svg2graph on them with ../shared/tools/score_all.py. The drawings are
made in a work folder, not committed: they are a check of how recognition
holds up when a drawing loses its tool's marks, not a fixture.

    scripts/score_reexports.py [--work /tmp/svg2graph-reexports] [--bin BIN]
                               [--chain cairo|pdf|all]

Needs rsvg-convert and pdftocairo (Debian: librsvg2-bin, poppler-utils),
and python3 with networkx for the re-export chains' helpers. Some drawings
cannot come out exact, whatever reads them: shapes with a filter become
PNG images (PlantUML's and Mermaid's shadows), Mermaid's CSS-only shapes
are not drawn by librsvg, and shapes outside the viewport are clipped away.
"""
import argparse
import glob
import json
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "tests", "corpus", "reexport-cairo"))
import generate as chains  # noqa: E402  (the re-export chains' own mapping)

SHARED = os.path.join(ROOT, "..", "shared")


def sources():
    for f in sorted(glob.glob(os.path.join(SHARED, "corpus", "*", "*.svg"))):
        yield "shared-" + os.path.basename(os.path.dirname(f)), f
    for f in sorted(glob.glob(os.path.join(ROOT, "tests", "corpus", "*", "*.svg"))):
        tool = os.path.basename(os.path.dirname(f))
        if not tool.startswith("reexport"):
            yield tool, f


def make(work, chain):
    versions = {"rsvg": "-", "cairo": "-", "poppler": "-"}
    failed = 0
    for tool, src in sources():
        name = os.path.basename(src)[:-4]
        truth_path = src[:-4] + ".truth.json"
        out_dir = os.path.join(work, chain, tool)
        out_truth = os.path.join(out_dir, name + ".truth.json")
        if not os.path.exists(truth_path) or os.path.exists(out_truth):
            continue
        os.makedirs(out_dir, exist_ok=True)
        base = json.load(open(truth_path))
        try:
            if chain == "cairo":
                t = chains.chain_cairo(name, src, base, out_dir, versions)
            else:
                t = chains.chain_pdf(name, src, base, out_dir, os.path.join(work, "pdf-files"), versions)
        except Exception as e:  # a converter that fails on one drawing
            failed += 1
            sys.stderr.write("%s %s: %s\n" % (chain, src, str(e)[:200]))
            continue
        json.dump(t, open(out_truth, "w"))
    return failed


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--work", default="/tmp/svg2graph-reexports")
    ap.add_argument("--bin", default=os.path.join(ROOT, "target", "release", "svg2graph"))
    ap.add_argument("--chain", default="all", choices=["cairo", "pdf", "all"])
    args = ap.parse_args()
    cmd = "%s extract {svg} --nodes {nodes} --edges {edges} --quiet" % args.bin
    for chain in (["cairo", "pdf"] if args.chain == "all" else [args.chain]):
        make(args.work, chain)
        out = subprocess.run([sys.executable, os.path.join(SHARED, "tools", "score_all.py"),
                              "--cmd", cmd, os.path.join(args.work, chain)],
                             capture_output=True, text=True)
        rows = [l for l in out.stdout.splitlines() if l.split()[7:8] in (["yes"], ["no"])]
        exact = sum(1 for l in rows if l.split()[7] == "yes")
        for l in rows:
            if l.split()[7] == "no":
                print(chain, l)
        print("%s: %d of %d drawings exact" % (chain, exact, len(rows)))


if __name__ == "__main__":
    main()
