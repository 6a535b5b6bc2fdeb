#!/usr/bin/env python3
"""Build the digital edition from `seeds/` into `site/` (see README.md); a thin entry point."""

import sys

from edition.cli import main

if __name__ == "__main__":
    sys.exit(main())
