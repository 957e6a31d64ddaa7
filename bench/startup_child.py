"""Child process for the start-up measure: prints SHOWN when the first window appears (the
sign-in dialog for LEAD Desktop, a bare QWidget for the floor) and exits at once.

    python bench/startup_child.py bare
    python bench/startup_child.py lead --db PATH
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def _exit_on_first_show(app) -> None:
    from PySide6.QtCore import QEvent, QObject

    class FirstShow(QObject):
        def eventFilter(self, watched, event):  # noqa: N802 - Qt's name
            if event.type() == QEvent.Type.Show and watched.isWidgetType() and watched.isWindow():
                print("SHOWN", flush=True)
                os._exit(0)
            return False

    app._first_show = FirstShow()
    app.installEventFilter(app._first_show)


def main(argv: list[str]) -> None:
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])
    _exit_on_first_show(app)
    if argv[0] == "bare":
        from PySide6.QtWidgets import QWidget

        window = QWidget()
        window.show()
        app.exec()
    else:
        from lead_desktop.app import main as lead_main

        lead_main(argv[1:])


if __name__ == "__main__":
    main(sys.argv[1:])
