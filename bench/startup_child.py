"""Child process for the start-up measure: prints SHOWN when the first window has painted
(the sign-in dialog for LEAD Desktop, a bare QWidget for the floor) and exits at once.

    python bench/startup_child.py bare
    python bench/startup_child.py lead --db PATH

The probe watches only the window being shown (QWidget.show, QDialog.open and QDialog.exec
are wrapped to put an event filter on it first). An application-wide event filter, as this
child used before, makes PySide6 wrap every internal QObject a dialog creates (its labels'
text documents, line edits' controls) as each sends an event, binding their classes and
creating their enums: about 50 ms of CPU that the app itself never spends.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def _exit_on_first_paint() -> None:
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QDialog, QWidget

    class FirstPaint(QObject):
        def eventFilter(self, watched, event):  # noqa: N802 - Qt's name
            if event.type() == QEvent.Type.Paint:
                print("SHOWN", flush=True)
                os._exit(0)
            return False

    probe = FirstPaint()

    def watched(method):
        def show_watched(widget, *args):
            if widget.isWindow():
                widget.installEventFilter(probe)
            return method(widget, *args)
        return show_watched

    QWidget.show = watched(QWidget.show)
    QDialog.open = watched(QDialog.open)
    QDialog.exec = watched(QDialog.exec)
    sys.modules[__name__]._probe = probe


def main(argv: list[str]) -> None:
    _exit_on_first_paint()
    if argv[0] == "bare":
        from PySide6.QtWidgets import QApplication, QWidget

        app = QApplication(sys.argv[:1])
        window = QWidget()
        window.show()
        app.exec()
    else:  # the app makes its own QApplication, as when it is started from its shortcut
        from lead_desktop.app import main as lead_main

        lead_main(argv[1:])


if __name__ == "__main__":
    main(sys.argv[1:])
