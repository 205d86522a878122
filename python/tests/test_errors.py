"""Errors: an ExtractError (a ValueError) saying where and why."""

import pytest

import svg2graph


def test_malformed_markup_names_the_position():
    with pytest.raises(svg2graph.ExtractError) as e:
        svg2graph.read('<svg xmlns="http://www.w3.org/2000/svg">\n  <circle r="1">\n</svg>')
    err = e.value
    assert isinstance(err, ValueError)
    assert (err.kind, err.line, err.column, err.path) == ("xml", 3, 1, None)
    assert "expected `</circle>`" in str(err)


def test_a_file_error_names_the_file(tmp_path):
    bad = tmp_path / "broken.svg"
    bad.write_text('<svg xmlns="http://www.w3.org/2000/svg"><g></svg>')
    with pytest.raises(svg2graph.ExtractError) as e:
        svg2graph.read(bad)
    assert (e.value.kind, e.value.path, e.value.line) == ("xml", str(bad), 1)
    assert str(e.value).startswith(str(bad) + ":1:")

    missing = tmp_path / "missing.svg"
    with pytest.raises(svg2graph.ExtractError) as e:
        svg2graph.read(str(missing))
    assert (e.value.kind, e.value.path, e.value.line, e.value.column) == (
        "io", str(missing), None, None)


@pytest.mark.parametrize("text,kind,message", [
    ('<html><body/></html>', "no_drawing", "it holds no SVG drawing"),
    ('<?xml version="1.0"?><graph/>', "not_svg", "<graph>"),
    ('<?xml version="1.0"?>', "no_root", "no root element"),
    (b"\x89PNG\r\n\x1a\n", "io", "a PNG image, not an SVG drawing"),
])
def test_kinds(text, kind, message):
    with pytest.raises(svg2graph.ExtractError, match=message) as e:
        svg2graph.read(text.encode() if isinstance(text, str) else text)
    assert e.value.kind == kind


def test_unusable_options_are_errors():
    ok = '<svg xmlns="http://www.w3.org/2000/svg"/>'
    with pytest.raises(svg2graph.ExtractError, match="selector") as e:
        svg2graph.read(ok, node_selector="circle >")
    assert e.value.kind == "invalid_option"
    with pytest.raises(svg2graph.ExtractError, match='":hover" is not supported') as e:
        svg2graph.read(ok, node_selector="circle:hover")
    assert e.value.kind == "invalid_option"
    with pytest.raises(svg2graph.ExtractError, match="tolerance") as e:
        svg2graph.read(ok, tolerance=-1)
    assert e.value.kind == "invalid_option"
    with pytest.raises(TypeError):
        svg2graph.read(ok, dpi="high")
