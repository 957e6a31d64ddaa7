"""PySide6 reads the source of every module imported after it, and Python keeps that source.

PySide6's import hook (shibokensupport's `feature_imported`, PYSIDE-2029) asks of each newly
imported module whether its source mentions "PySide6", with `inspect.getsource`, which keeps
every file's lines in `linecache` for the life of the process: after the app's imports,
333,000 lines, 32 MB of a team supervisor's 256 MB peak (bench/results/issue16.md, fourth
pass). `stop_source_caching` makes the same check by reading the file's bytes, kept by
nobody; a module without a readable .py file is asked the original way.
"""

from __future__ import annotations

import linecache
import sys
from types import ModuleType

_FEATURE_MODULE = "shibokensupport.feature"
_CHECK = "_mod_uses_pyside"


def stop_source_caching() -> bool:
    """Install the check once PySide6 is imported; drop the lines kept so far. False when
    this PySide6 has no such hook (nothing to do)."""
    feature = sys.modules.get(_FEATURE_MODULE)
    original = getattr(feature, _CHECK, None)
    if original is None:
        return False
    if not getattr(original, "reads_file_bytes", False):
        def uses_pyside(module: ModuleType) -> bool:
            path = getattr(module, "__file__", None)
            if not isinstance(path, str) or not path.endswith(".py"):
                return original(module)
            try:
                with open(path, "rb") as source:
                    return b"PySide6" in source.read()
            except OSError:
                return original(module)

        uses_pyside.reads_file_bytes = True
        setattr(feature, _CHECK, uses_pyside)
    linecache.clearcache()
    return True
