"""Launcher: `python main.py` does what the `lead-desktop` command does."""

import sys

from lead_desktop.app import main

if __name__ == "__main__":
    sys.exit(main())
