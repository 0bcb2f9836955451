"""Sphinx configuration for the articlekit documentation."""

from __future__ import annotations

from importlib.metadata import version as _version

project = "articlekit"
author = "The articlekit developers"
copyright = "2026, The articlekit developers"
release = _version("articlekit")
version = ".".join(release.split(".")[:2])

extensions = [
    "sphinx.ext.autodoc",
    "sphinx.ext.napoleon",
]
autodoc_member_order = "bysource"
autodoc_typehints = "description"
autodoc_default_options = {"members": True, "undoc-members": False}
napoleon_google_docstring = True
napoleon_numpy_docstring = False
napoleon_use_ivar = True
nitpicky = False
exclude_patterns = ["_build"]
html_theme = "alabaster"
