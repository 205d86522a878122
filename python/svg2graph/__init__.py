"""Recover the graph behind an SVG drawing of a network.

    >>> import svg2graph
    >>> G = svg2graph.read("figure.svg")                    # doctest: +SKIP
    >>> nodes, edges = svg2graph.read_tables("figure.svg")  # doctest: +SKIP

``read`` gives a networkx graph, ``read_tables`` two tables (pandas
DataFrames when pandas is installed), ``read_many`` runs many drawings in
parallel. Failures raise ``ExtractError``. The extraction itself is the
Rust library's, run with the GIL released.
"""

from __future__ import annotations

import gc
import json
import os
import re
from contextlib import contextmanager
from concurrent.futures import ThreadPoolExecutor
from typing import IO, TYPE_CHECKING, Any, Iterable, Iterator, Optional, Union

from ._svg2graph import EDGE_COLUMNS, NODE_COLUMNS, ExtractError
from ._svg2graph import extract as _extract

__all__ = ["read", "read_tables", "read_many", "ExtractError", "NODE_COLUMNS", "EDGE_COLUMNS"]

if TYPE_CHECKING:
    import networkx as nx

#: What ``read`` and ``read_tables`` read: a path, the drawing's bytes, a
#: ``str`` of SVG markup, or a file object.
Source = Union[str, "os.PathLike[str]", bytes, bytearray, memoryview, IO[bytes], IO[str]]

# The options of an extraction, as ``read`` and friends take them.
_OPTIONS = (
    "pick",
    "tolerance",
    "dpi",
    "font_size",
    "directed",
    "simple",
    "node_selector",
    "edge_selector",
    "ignore",
    "max_warnings",
    "max_inflated",
    "max_ratio",
    "max_depth",
    "max_elements",
    "max_tag",
)


def _options(options: dict) -> dict:
    """The native call's options: known names only, ``directed`` spelt out."""
    unknown = sorted(set(options) - set(_OPTIONS))
    if unknown:
        raise TypeError(
            "unknown option%s %s (the options are %s)"
            % ("s" if len(unknown) > 1 else "", ", ".join(unknown), ", ".join(_OPTIONS))
        )
    args = dict(options)
    if "directed" in args:
        # None: as the drawing shows; True / False: every edge, or none.
        d = args["directed"]
        if d not in (None, True, False) or isinstance(d, int) and not isinstance(d, bool):
            raise ValueError("directed=%r: expected None (as drawn), True or False" % (d,))
        args["directed"] = {None: "auto", True: "yes", False: "no"}[d]
    return args


def _arguments(source: Source, options: dict) -> dict:
    """The native call's arguments for ``source``: a path, or the bytes."""
    args = _options(options)
    if isinstance(source, (bytes, bytearray, memoryview)):
        args["data"] = bytes(source)
    elif isinstance(source, str):
        # Markup starts with a tag, a notebook with a JSON object (after
        # white space or a byte order mark); a file name does not.
        if source.lstrip("\ufeff \t\r\n")[:1] in ("<", "{"):
            args["data"] = source.encode("utf-8")
        else:
            args["path"] = source
    elif isinstance(source, os.PathLike):
        args["path"] = os.fspath(source)
    elif hasattr(source, "read"):
        data = source.read()
        args["data"] = data.encode("utf-8") if isinstance(data, str) else bytes(data)
    else:
        raise TypeError(
            "source must be a path, bytes, a str of SVG markup or a binary file object, not %s"
            % type(source).__name__
        )
    return args


@contextmanager
def _no_gc():
    """Pauses Python's cycle collector while a graph's millions of tuples
    and dicts are made: it would walk them over and over, finding no cycle
    (they hold only strings, numbers and one another), and take longer
    than making them."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def _extraction(source: Source, options: dict):
    return _extract(**_arguments(source, options))


def _graph(ex):
    import networkx as nx

    if ex.directed:
        G = nx.MultiDiGraph() if ex.multigraph else nx.DiGraph()
    else:
        G = nx.MultiGraph() if ex.multigraph else nx.Graph()
    G.graph.update(_flat(json.loads(ex.report)))
    with _no_gc():
        if _own_dicts(G):
            # What add_nodes_from and add_edges_from would do, done in one
            # native call rather than a Python loop over every edge.
            ex.fill(G._node, G._adj, G._pred if G.is_directed() else None, ex.multigraph)
            getattr(nx, "_clear_cache", lambda G: None)(G)
        else:
            G.add_nodes_from(ex.node_list())
            G.add_edges_from(ex.edge_list())
    return G


def _flat(report: dict) -> dict:
    """The report as graph attributes every networkx writer takes: counts by
    role as ``shapes_node``, ``evidence_attachment``, ``ignored_text``, …,
    and the warnings as one text, a line each."""
    out = {}
    for key, value in report.items():
        if isinstance(value, dict):
            out.update(("%s_%s" % (key, re.sub(r"\W", "_", k)), v) for k, v in value.items())
        elif key == "warnings":
            out[key] = "\n".join(
                ("%(line)d:%(column)d: " % w["position"] if "position" in w else "") + w["message"]
                for w in value
            )
        else:
            out[key] = value
    return out


def _own_dicts(G) -> bool:
    """Whether G keeps its nodes and adjacency in the plain dicts networkx
    has used since 2.0 (``_node``, ``_adj``, and ``_pred`` beside ``_succ``
    when directed), which ``Extraction.fill`` fills as the public methods
    would."""
    dicts = [getattr(G, "_node", None), getattr(G, "_adj", None)]
    if G.is_directed():
        dicts.append(getattr(G, "_pred", None))
        if getattr(G, "_succ", None) is not dicts[1]:
            return False
    return all(type(d) is dict and not d for d in dicts)


def read(source: Source, **options: Any) -> nx.Graph:
    """Reads the graph drawn in ``source`` into a networkx graph.

    ``source`` is a path (``str`` or ``os.PathLike``), ``bytes``, a ``str``
    of SVG markup, or a binary file object: an SVG drawing, or an HTML page
    or Jupyter notebook, whose drawing ``pick`` (from 1) is read, or its
    only one (with several and no ``pick``, an ``ExtractError`` says how
    many there are). The other options are those of
    ``svg2graph extract`` with Python names: ``tolerance``, ``dpi``,
    ``font_size``, ``directed`` (``None`` as drawn, ``True`` or ``False``),
    ``simple``, ``node_selector``, ``edge_selector``, ``ignore`` and the
    limits ``max_warnings``, ``max_inflated``, ``max_ratio``,
    ``max_depth``, ``max_elements``, ``max_tag``.

    The graph is a ``DiGraph`` when some edge has an arrowhead, else a
    ``Graph``; a ``MultiDiGraph`` or ``MultiGraph`` where two edges join the
    same nodes. In a directed graph an edge drawn without a head keeps the
    order it was drawn in and has ``directed=False``. Nodes carry ``x``,
    ``y``, ``r``, ``shape``, ``opacity`` and, where drawn, ``label``,
    ``fill``, ``stroke``, ``class``, ``svg_id``; edges carry ``directed``,
    ``opacity`` and, where drawn, ``label``, ``stroke``, ``stroke_width``,
    ``weight``, ``class``, ``svg_id``. ``G.graph`` holds the extraction's
    report (``generator``, ``tolerance``, ``dangling``, counts by role as
    ``shapes_node``…, ``warnings``), flat, so that every networkx writer
    takes the graph.

    >>> G = svg2graph.read("samples/social-network.svg")   # doctest: +SKIP
    >>> G.number_of_nodes(), G.number_of_edges()           # doctest: +SKIP
    (165, 1851)

    Raises ``ExtractError`` when the drawing cannot be read.
    """
    return _graph(_extraction(source, options))


def read_tables(source: Source, **options: Any) -> tuple[Any, Any]:
    """Reads the graph drawn in ``source`` as two tables, nodes and edges.

    The columns are those of the command line's CSV files
    (``NODE_COLUMNS``, ``EDGE_COLUMNS``). They are pandas DataFrames when
    pandas can be imported, else lists of dicts (absent values ``None``).
    ``source`` and the options are as for ``read``.

    >>> nodes, edges = svg2graph.read_tables("figure.svg")   # doctest: +SKIP
    >>> edges.groupby("source").size()                        # doctest: +SKIP
    """
    ex = _extraction(source, options)
    with _no_gc():
        node_rows = [dict.fromkeys(NODE_COLUMNS) | {"id": n} | a for n, a in ex.node_list()]
        edge_rows = [
            dict.fromkeys(EDGE_COLUMNS) | {"source": u, "target": v} | a
            for u, v, a in ex.edge_list()
        ]
    try:
        import pandas as pd
    except ImportError:
        return node_rows, edge_rows
    return (
        pd.DataFrame.from_records(node_rows, columns=NODE_COLUMNS),
        pd.DataFrame.from_records(edge_rows, columns=EDGE_COLUMNS),
    )


def read_many(
    paths: Iterable[Union[str, "os.PathLike[str]"]],
    jobs: Optional[int] = None,
    progress: bool = False,
    **options: Any,
) -> Iterator[tuple[str, Union[nx.Graph, ExtractError]]]:
    """Reads many drawings in parallel, yielding ``(path, graph)`` in the
    order given, or ``(path, error)`` (an ``ExtractError``) for a drawing
    that cannot be read.

    ``jobs`` is the number of drawings read at once (default: the number
    of cores). ``progress=True`` shows a progress bar (tqdm's, when
    installed, else a counter on standard error). The options are as for
    ``read``.

    >>> for path, G in svg2graph.read_many(glob.glob("figs/*.svg")):  # doctest: +SKIP
    ...     print(path, G)
    """
    paths = list(paths)
    if jobs is None:
        jobs = os.cpu_count() or 1
    if jobs < 1:
        raise ValueError("jobs must be at least 1")
    _options(options)  # bad options fail before any drawing is read

    def one(path):
        try:
            return path, _extraction(path, options)
        except ExtractError as e:
            return path, e

    bar = _progress(len(paths)) if progress else None
    with ThreadPoolExecutor(max_workers=jobs) as pool:
        # A window of jobs at a time, so that results not yet taken do not
        # pile up in memory.
        window = []
        it = iter(paths)
        for path in it:
            window.append(pool.submit(one, path))
            if len(window) < 2 * jobs:
                continue
            yield _finish(window.pop(0).result(), bar)
        while window:
            yield _finish(window.pop(0).result(), bar)
    if bar is not None:
        bar.close()


def _finish(done, bar):
    path, result = done
    if bar is not None:
        bar.update(1)
    if isinstance(result, ExtractError):
        return path, result
    return path, _graph(result)


class _Counter:
    """A progress counter on standard error, for when tqdm is missing."""

    def __init__(self, total: int):
        self.total, self.n = total, 0

    def update(self, k: int) -> None:
        import sys

        self.n += k
        sys.stderr.write("\r%d/%d drawings" % (self.n, self.total))
        sys.stderr.flush()

    def close(self) -> None:
        import sys

        sys.stderr.write("\n")


def _progress(total: int):
    try:
        from tqdm import tqdm
    except ImportError:
        return _Counter(total)
    return tqdm(total=total, unit="drawing")
