"""The kit's version (one place; the package root and the report read it)."""

__version__ = "0.1.0"
