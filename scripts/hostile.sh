#!/usr/bin/env bash
# Time and peak memory of `svg2graph extract` on hostile inputs (release
# build): each must end in under a second, within 256 MiB, with a clear
# error or a result.
#
#   scripts/hostile.sh
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --locked --quiet --bin svg2graph
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 - "$work" <<'PY'
import gzip, os, sys
w = sys.argv[1]
def put(name, data, mode="w"):
    with open(os.path.join(w, name), mode) as f:
        f.write(data)
svg = '<svg xmlns="http://www.w3.org/2000/svg">'
put("empty.svg", "")
put("junk.svg", bytes(range(256)) * 100, "wb")
put("png-named.svg", b"\x89PNG\r\n\x1a\n" + bytes(1000), "wb")
put("truncated.svg", svg + '<g><circle r="1"/><line x1="0" y1=')
put("mismatched.svg", svg + "<g></circle></svg>")
put("html.svg", "<html><body>" + svg + '<circle r="1"/></svg></body></html>')
put("laughs.svg", '<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY a "aaaaaaaaaa">'
    + "".join(f'<!ENTITY {n} "{("&" + p + ";") * 10}">' for p, n in zip("abcdefgh", "bcdefghi"))
    + ']>' + svg + '<circle r="1"><title>&i;</title></circle></svg>')
put("xxe.svg", '<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
    + svg + '<circle r="1"><title>&x;</title></circle></svg>')
put("utf16.svg", ('<?xml version="1.0" encoding="UTF-16"?>' + svg + '<circle r="1"><title>Zoé</title></circle></svg>').encode("utf-16"), "wb")
put("latin1.svg", ('<?xml version="1.0" encoding="ISO-8859-1"?>' + svg + '<circle r="1"><title>Zoé</title></circle></svg>').encode("latin-1"), "wb")
put("deep-100k.svg", svg + "<g>" * 100000 + '<circle r="1"/>' + "</g>" * 100000 + "</svg>")
put("attr-20mb.svg", svg + '<path stroke="black" d="M0 0' + " L1 1" * 4000000 + '"/></svg>')
put("attr-2mb.svg", svg + '<path stroke="black" d="M0 0' + " L1 1" * 400000 + '"/></svg>')
with gzip.open(os.path.join(w, "bomb-1gib.svgz"), "wb", compresslevel=9) as f:
    f.write(svg.encode())
    chunk = b"<g/>" * (1 << 18)
    for _ in range(1024):
        f.write(chunk)
    f.write(b"</svg>")
put("numbers.svg", svg + '<circle cx="NaN" r="1"/><circle cx="inf" r="1"/><circle cx="1e999" r="1"/>'
    '<circle cx="" r="1"/><circle cx="5px" cy="1mm" r="1"/><g transform="rotate(oops)"><circle r="2"/></g>'
    '<circle r="0"/><line x1="0" y1="0" x2="0" y2="0" stroke="black"/></svg>')
put("comments-cdata.svg", svg + '<!-- <circle r="1"/> --><style><![CDATA[ <circle r="1"/> ]]></style>'
    '<defs><circle id="d" r="1"/></defs><g display="none"><circle r="1"/></g><circle r="3"/></svg>')
put("copies-100k.svg", svg + '<circle r="1"/><line x1="0" y1="0" x2="10" y2="0" stroke="black"/>' * 100000 + "</svg>")
put("meeting-100k.svg", svg + '<circle cx="50" cy="50" r="5"/>'
    + '<line x1="0" y1="0" x2="10" y2="0" stroke="black"/><line x1="10" y1="0" x2="20" y2="0" stroke="black"/>' * 50000 + "</svg>")
put("nested-20k.svg", svg + "".join(f'<circle r="{1 + i * 0.01:g}" fill="none" stroke="black"/>' for i in range(20000)) + "</svg>")
put("figures-100k.svg", svg + "".join(f'<circle cx="{i * 40 % 40000}" cy="{i // 1000 * 80}" r="8" fill="#eee"/>'
    f'<path d="M{i * 40 % 40000},{i // 1000 * 80 + 8} l0,20 M{i * 40 % 40000 - 10},{i // 1000 * 80 + 14} l20,0" stroke="black"/>'
    for i in range(100000)) + "</svg>")
put("darts-100k.svg", svg + '<path d="M0 0 L100000 0" stroke="black"/>' * 1000
    + "".join(f'<path d="M{i} 0 L{i - 4} -3 L{i - 3} 0 L{i - 4} 3 Z" fill="grey"/>' for i in range(10, 100000, 10))
    + '<circle r="5"/><circle cx="100000" r="5"/></svg>')
put("use-early-300k.svg", '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">'
    + '<use xlink:href="#c"/>' * 300000 + '<defs><circle id="c" r="1"/></defs></svg>')
PY
printf '%-20s %8s %8s  %s\n' input seconds "peak MB" result
out=$(mktemp -d)
for f in "$work"/*; do
    /usr/bin/time -f "%e %M" -o "$out/t" target/release/svg2graph extract "$f" \
        --nodes "$out/n.csv" --edges "$out/e.csv" > /dev/null 2> "$out/err" || true
    read -r secs kb < <(tail -1 "$out/t")
    printf '%-20s %8s %8s  %s\n' "$(basename "$f")" "$secs" "$(awk "BEGIN {printf \"%.1f\", $kb / 1024}")" \
        "$(tail -1 "$out/err" | sed "s|$work/||" | cut -c1-120)"
done
rm -rf "$out"
