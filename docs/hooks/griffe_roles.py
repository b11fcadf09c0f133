"""Griffe extension for the API reference: the package's reST habits, read as Markdown.

The docstrings are Google style, but name other objects the Sphinx way (:func:`score`,
:class:`~analysis.article.Article`) and mark literal blocks with ``::``.  mkdocstrings renders docstrings as
Markdown, where those roles would show as ":func:" text.  Before the docstrings are parsed, this extension

* turns a role into a link to the object's entry in the API reference (an mkdocs-autorefs cross-reference) when
  the object is public and documented there, else into plain code (outside objects such as ``importlib.resources``,
  private helpers);
* drops the ``::`` of a literal block (the indented block after it is a code block in Markdown too);
* makes each entry of a ``References:`` section a list item, so the papers do not run together.

Nothing is fetched, and the docstrings in the package are left as they are.
"""

from __future__ import annotations

import re
from typing import Any

import griffe

#: ``:role:`target```, optionally ``~`` (show the last name only) and a ``py:`` domain.
ROLE = re.compile(r":(?:py:)?(?:func|class|meth|mod|data|attr|exc|obj|const|type):`(~?)([\w.]+)(?:\(\))?`")
#: A reference entry starts with "Surname, I." (authors) at the block's own indentation.
REFERENCE_START = re.compile(r"[A-Z][\w'\- ]*, [A-Z]\.")


class ReSTRoles(griffe.Extension):
    """Rewrite reST roles, ``::`` and reference lists in every docstring of the package."""

    def on_package(self, *, pkg: griffe.Module, **kwargs: Any) -> None:
        for obj in _objects(pkg):
            if obj.docstring is not None:
                obj.docstring.value = _rewrite(obj.docstring.value, obj, pkg)


def _objects(obj: griffe.Object) -> list[griffe.Object]:
    found = [obj]
    for member in obj.members.values():
        if not member.is_alias:
            found += _objects(member)
    return found


def _documented(path: str, pkg: griffe.Module) -> str | None:
    """The path the API reference documents ``path`` under, or None when it has no entry there."""
    if path != pkg.path and not path.startswith(pkg.path + "."):
        return None
    try:
        target = pkg[path[len(pkg.path) + 1 :]] if path != pkg.path else pkg
        if target.is_alias:
            target = target.final_target
    except (KeyError, griffe.AliasResolutionError, griffe.CyclicAliasError):
        return None
    node = target
    while node is not None:  # every level must be rendered (filters: public)
        if not node.is_public:
            return None
        node = node.parent
    return target.path


def _resolve(name: str, obj: griffe.Object, pkg: griffe.Module) -> str | None:
    scopes = []
    node: griffe.Object | None = obj
    while node is not None:  # the object itself, its class, its module, … the package
        scopes.append(node.path)
        node = node.parent
    for candidate in [name, *(f"{scope}.{name}" for scope in scopes)]:
        path = _documented(candidate, pkg)
        if path is not None:
            return path
    return None


def _rewrite(text: str, obj: griffe.Object, pkg: griffe.Module) -> str:
    def role(match: re.Match[str]) -> str:
        short, name = match.group(1) == "~", match.group(2)
        shown = name.rsplit(".", 1)[-1] if short else name
        path = _resolve(name, obj, pkg)
        return f"[`{shown}`][{path}]" if path else f"`{shown}`"

    text = ROLE.sub(role, text)
    text = re.sub(r"(?m)(\S)::$", r"\1:", text)
    text = re.sub(r"(?m)^[ \t]*::$", "", text)
    return _reference_lists(text)


def _reference_lists(text: str) -> str:
    out: list[str] = []
    section = False  # inside a References section
    indent: int | None = None  # the indentation of its entries, from the first one
    for line in text.split("\n"):
        stripped = line.lstrip()
        if stripped.rstrip() == "References:":
            section, indent = True, None
        elif section and stripped:
            here = len(line) - len(stripped)
            indent = here if indent is None else indent
            if here < indent:  # the section has ended
                section = False
            elif here == indent and REFERENCE_START.match(stripped):
                line = f"{' ' * here}- {stripped}"
            else:  # a continuation line of the entry
                line = f"{' ' * (here + 2)}{stripped}"
        out.append(line)
    return "\n".join(out)
