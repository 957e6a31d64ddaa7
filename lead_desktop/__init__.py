"""LEAD Desktop: case management for pre-booking diversion programs."""

import os
import sys


def _installed_version() -> str:
    """The installed version, read from the name of the package's metadata folder
    (`lead_desktop-0.1.0.dist-info`, as the packaging specification names it).
    `importlib.metadata` imports email, zipfile and more: about a tenth of the start before
    the sign-in window. It stays the fallback."""
    for entry in sys.path:
        try:
            names = os.listdir(entry or ".")
        except OSError:
            continue
        for name in names:
            if name.startswith("lead_desktop-") and name.endswith(".dist-info"):
                return name[len("lead_desktop-"):-len(".dist-info")]
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("lead-desktop")
    except PackageNotFoundError:  # running from a source tree that was never installed
        return "0.0.0+source"


__version__ = _installed_version()

APP_NAME = "LEAD Desktop"
