#!/usr/bin/env python3
"""Regenerate tests/corpus/reexport-pdf: runs ../reexport-cairo/generate.py --chain pdf, which
rebuilds the 14 base drawings in a scratch folder (default /tmp/reexport-work/base) and
re-exports them into this folder with their mapped truth.  See README.md."""
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.exit(subprocess.call([sys.executable, os.path.join(HERE, "..", "reexport-cairo", "generate.py"),
                          "--chain", "pdf"] + sys.argv[1:]))
