"""The exceptions articlekit raises."""

from __future__ import annotations


class ParseError(ValueError):
    """The input cannot be parsed: undecodable bytes, or larger than the size limit.

    A subclass of :class:`ValueError`, so ``except ValueError`` catches it too. Any :class:`str`
    within the size limit parses without raising; this is raised only for bytes that cannot be
    decoded and for input over ``max_size``.
    """
