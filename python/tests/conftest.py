"""Shared by the Python package's tests: where the repository, the
command-line binary and the drawings are."""

import glob
import os
import subprocess

import pytest

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SHARED = os.path.join(REPO, "..", "shared", "corpus")


def drawings():
    """Every drawing of ../shared/corpus and of samples/, by path."""
    found = sorted(glob.glob(os.path.join(SHARED, "*", "*.svg")))
    found += sorted(glob.glob(os.path.join(REPO, "samples", "*.svg")))
    return found


@pytest.fixture(scope="session")
def cli():
    """The command-line binary the package's results are held against:
    $SVG2GRAPH_BIN, else the repository's release build (made here when
    missing)."""
    path = os.environ.get("SVG2GRAPH_BIN") or os.path.join(REPO, "target", "release", "svg2graph")
    if not os.environ.get("SVG2GRAPH_BIN"):
        subprocess.run(["cargo", "build", "--release", "--locked", "--quiet"], cwd=REPO, check=True)
    assert os.access(path, os.X_OK), path
    return path
