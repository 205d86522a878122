#!/usr/bin/env bash
# Builds the Python package (python/) into a virtual environment of its
# own and runs its tests (python/tests, pytest), holding it against the
# command line's release build. `.ci/run` calls it; it needs Python 3.9+
# with venv, and reaches PyPI for maturin, networkx, pandas and pytest.
#
#   scripts/test-python.sh [PYTEST ARGS...]
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
venv=$(realpath -m "${SVG2GRAPH_VENV:-target/python-venv}")
[ -x "$venv/bin/python" ] || python3 -m venv "$venv"
"$venv/bin/python" -m pip install -q "./python[test]"
cargo build --release --locked
# From the tests' folder, so that `import svg2graph` is the installed
# package, not python/svg2graph without its native module.
cd python/tests
SVG2GRAPH_BIN="$root/target/release/svg2graph" "$venv/bin/python" -m pytest -q "$@"
