"""``python -m articlekit``: the same as the ``articlekit`` command."""

from __future__ import annotations

import sys

from articlekit.cli import main

if __name__ == "__main__":
    sys.exit(main())
