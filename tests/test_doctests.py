"""Run the examples in the installed package's docstrings as tests, one test per module."""

from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

import articlekit

MODULES = sorted(
    name
    for _, name, _ in pkgutil.walk_packages(articlekit.__path__, prefix="articlekit.")
    if not name.endswith("__main__")
)


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name: str) -> None:
    module = importlib.import_module(name)
    finder = doctest.DocTestFinder(exclude_empty=True)
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    for test in finder.find(module):
        runner.run(test)
    result = runner.summarize(verbose=False)
    assert result.failed == 0, f"{result.failed} doctest example(s) failed in {name}"
