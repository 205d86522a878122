"""Extractions release the GIL; read_many runs drawings in parallel."""

import os
import subprocess
import sys
import textwrap

import networkx as nx
import pytest

import svg2graph

from conftest import drawings

# Run in a child process: a FIFO is opened and read by the extraction in a
# worker thread, and only the main thread, in Python, writes the drawing
# into it, after an extraction of its own. Were the GIL held while a
# drawing is read, neither could happen while the worker waits, and the
# child would hang until the timeout below.
CHILD = textwrap.dedent("""
    import os, sys, tempfile, threading
    import svg2graph
    fifo = os.path.join(tempfile.mkdtemp(), "d.svg")
    os.mkfifo(fifo)
    out = {}
    worker = threading.Thread(target=lambda: out.update(g=svg2graph.read(fifo)))
    worker.start()
    other = svg2graph.read('<svg xmlns="http://www.w3.org/2000/svg"><circle r="3"/></svg>')
    assert other.number_of_nodes() == 1
    with open(fifo, "w") as f:
        f.write('<svg xmlns="http://www.w3.org/2000/svg">')
        f.flush()
        for k in range(200):
            f.write('<circle cx="%d" cy="0" r="4"/>' % (k * 20))
        f.write('<line x1="0" y1="0" x2="20" y2="0" stroke="#000"/></svg>')
    worker.join()
    print(out["g"].number_of_nodes(), out["g"].number_of_edges())
""")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs (POSIX)")
def test_the_gil_is_released_while_a_drawing_is_read():
    done = subprocess.run([sys.executable, "-c", CHILD], capture_output=True, text=True,
                          timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["200", "1"]


def test_read_many_yields_in_order_with_errors(tmp_path):
    paths = drawings()[:12]
    bad = tmp_path / "bad.svg"
    bad.write_text("<svg")
    paths = paths[:5] + [str(bad), str(tmp_path / "missing.svg")] + paths[5:]
    for jobs in (1, 3, None):
        got = list(svg2graph.read_many(paths, jobs=jobs))
        assert [p for p, _ in got] == paths
        for p, g in got:
            if p.startswith(str(tmp_path)):
                assert isinstance(g, svg2graph.ExtractError) and g.path == p
            else:
                assert isinstance(g, nx.Graph)
                want = svg2graph.read(p)
                assert type(g) is type(want)
                assert list(g.edges(data=True)) == list(want.edges(data=True))


def test_read_many_options_and_progress(capsys, monkeypatch):
    monkeypatch.setitem(sys.modules, "tqdm", None)  # the plain counter
    paths = drawings()[:3]
    got = list(svg2graph.read_many(paths, progress=True, directed=False))
    assert all(not g.is_directed() for _, g in got)
    assert "3/3 drawings" in capsys.readouterr().err
    with pytest.raises(TypeError, match="unknown option"):
        list(svg2graph.read_many(paths, colour="red"))
    with pytest.raises(ValueError, match="jobs"):
        list(svg2graph.read_many(paths, jobs=0))
    assert list(svg2graph.read_many([])) == []
