"""CI runs the tests against the installed wheel, not the source tree."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

import articlekit


@pytest.mark.skipif(
    not os.environ.get("ARTICLEKIT_TEST_INSTALLED"),
    reason="only when scripts/test runs the suite against the installed wheel",
)
def test_the_package_under_test_is_the_installed_one() -> None:
    package = Path(articlekit.__file__).resolve()
    assert "site-packages" in package.parts
    assert (package.parent / "py.typed").is_file()
    assert articlekit.__version__ != "0+unknown"
