"""What the installed package ships."""

import importlib.resources
import inspect

import svg2graph


def test_type_hints_are_shipped():
    files = importlib.resources.files("svg2graph")
    assert (files / "py.typed").is_file()
    assert (files / "__init__.pyi").is_file() or (files / "_svg2graph.pyi").is_file()


def test_every_public_function_has_an_example():
    for name in ("read", "read_tables", "read_many"):
        doc = inspect.getdoc(getattr(svg2graph, name))
        assert ">>> " in doc, name
    assert issubclass(svg2graph.ExtractError, ValueError)
    assert svg2graph.ExtractError.__module__ == "svg2graph"


def test_importing_does_not_import_networkx_or_pandas():
    import subprocess
    import sys

    code = "import sys, svg2graph; print('networkx' in sys.modules, 'pandas' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "False"]
