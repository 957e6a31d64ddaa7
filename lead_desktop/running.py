"""While LEAD Desktop runs it holds a named mutex, so that its installer can tell.

On Windows every loaded DLL and module is locked: an upgrade over a running copy would
leave some files old and some new. The installer (installer/lead-desktop.nsi) opens this
mutex and asks the user to close the app, or fails with a documented exit code when
silent. The name is in the Global namespace, so another user's session on a shared PC
counts too; where that is refused, the session's own (Local) namespace is used.
"""

from __future__ import annotations

import sys

MUTEX_NAME = "LEADDesktop.Running"
NAMESPACES = ("Global", "Local")
_held: list[int] = []  # the handle lives as long as the process; Windows closes it at exit


def hold() -> str | None:
    """Create the mutex (Windows only); returns the full name held, or None."""
    if sys.platform != "win32":
        return None
    import ctypes
    from ctypes import wintypes

    kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
    kernel32.CreateMutexW.restype = wintypes.HANDLE
    kernel32.CreateMutexW.argtypes = [wintypes.LPVOID, wintypes.BOOL, wintypes.LPCWSTR]
    for namespace in NAMESPACES:
        name = f"{namespace}\\{MUTEX_NAME}"
        handle = kernel32.CreateMutexW(None, False, name)
        if handle:
            _held.append(handle)
            return name
    return None
