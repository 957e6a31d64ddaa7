"""How far a report has got, and the user's wish to stop it: checked between its queries."""

from __future__ import annotations

import threading
from typing import Callable

from lead_desktop.errors import LeadError
from lead_desktop.services.messages import QT_TRANSLATE_NOOP, message


class ReportCanceled(LeadError):
    """The user canceled the report before it was done; nothing was recorded."""


class Progress:
    def __init__(self, on_step: Callable[[int, int, str], None] | None = None) -> None:
        self._on_step = on_step
        self._canceled = threading.Event()  # set on the UI thread, read on the pool thread

    def cancel(self) -> None:
        self._canceled.set()

    @property
    def canceled(self) -> bool:
        return self._canceled.is_set()

    def step(self, done: int, total: int, what: str) -> None:
        """Say how far the work has got; stop it here if the user canceled."""
        if self._canceled.is_set():
            raise ReportCanceled(message("Reports", QT_TRANSLATE_NOOP(
                "Reports", "The report was canceled.")))
        if self._on_step is not None:
            self._on_step(done, total, what)

