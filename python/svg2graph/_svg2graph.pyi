"""Type hints of the native module (python/src/lib.rs)."""

from os import PathLike
from typing import Any, Optional, Union

NODE_COLUMNS: list[str]
EDGE_COLUMNS: list[str]

class ExtractError(ValueError):
    """The drawing could not be read."""

    path: Optional[str]
    """The file, when the drawing was read from one."""
    line: Optional[int]
    """1-based line of the problem in the (decoded) drawing, where known."""
    column: Optional[int]
    """1-based column, in bytes, where known."""
    kind: str
    """io, xml, not_svg, no_root, no_drawing, invalid_option, interrupted or limit."""
    part: Optional[str]
    """Which drawing of an HTML page or notebook, as ``drawing 2, line 40``."""

class Extraction:
    @property
    def report(self) -> str: ...
    @property
    def directed(self) -> bool: ...
    @property
    def multigraph(self) -> bool: ...
    def node_list(self) -> list[tuple[str, dict[str, Any]]]: ...
    def edge_list(self) -> list[tuple[str, str, dict[str, Any]]]: ...
    def fill(
        self,
        node: dict[Any, Any],
        succ: dict[Any, Any],
        pred: Optional[dict[Any, Any]],
        multigraph: bool,
    ) -> None: ...

def extract(
    path: Union[str, PathLike[str], None] = None,
    data: Optional[bytes] = None,
    *,
    pick: Optional[int] = None,
    tolerance: Optional[float] = None,
    dpi: Optional[float] = None,
    font_size: Optional[float] = None,
    directed: Optional[str] = None,
    simple: Optional[bool] = None,
    node_selector: Optional[str] = None,
    edge_selector: Optional[str] = None,
    ignore: Optional[str] = None,
    max_warnings: Optional[int] = None,
    max_inflated: Optional[int] = None,
    max_ratio: Optional[int] = None,
    max_depth: Optional[int] = None,
    max_elements: Optional[int] = None,
    max_tag: Optional[int] = None,
) -> Extraction: ...
