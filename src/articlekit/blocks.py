"""Blocks: the paragraph-sized pieces that every reader produces and role assignment labels."""

from __future__ import annotations

import attrs


@attrs.frozen
class Block:
    """A paragraph-sized piece of the source, with where it came from and hints about it.

    Attributes:
        text: the block's text, white space normalised (one line, single spaces, no ends).
        start: offset of the block's first character in the source string (text input), or
            ``-1`` when the block has no offset (HTML input).
        end: offset just past the block's last character, or ``-1``.
        lines: how many source lines the block spans (text input).
        indented: the block's first line starts with white space (text input).
        tag: the HTML element the block came from (``"p"``, ``"h1"``, ``"li"``), or ``None``.
        heading: the heading level 1-6 for ``<h1>``..``<h6>``, or 0.
        link_density: the share of the block's characters inside links (HTML), 0.0 to 1.0.
        furniture: the block sits in page furniture (``<nav>``, ``<footer>``, ``<aside>``,
            a comment section, a form) and is boilerplate whatever its wording (HTML).
    """

    text: str
    start: int = -1
    end: int = -1
    lines: int = 1
    indented: bool = False
    tag: str | None = None
    heading: int = 0
    link_density: float = 0.0
    furniture: bool = False
