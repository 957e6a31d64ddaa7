"""LEAD Desktop: case management for pre-booking diversion programs."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("lead-desktop")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+source"

APP_NAME = "LEAD Desktop"
