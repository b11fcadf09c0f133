"""Type aliases shared by the kit's modules."""

from __future__ import annotations

from typing import TypeAlias

#: A ``(start, end)`` pair of character offsets into ``Article.text``.
Span: TypeAlias = tuple[int, int]

__all__ = ["Span"]
