"""At start the sign-in window comes first: the database is opened (checked, upgraded
when due, the ORM configured) off the UI thread while the user reads the banner and types.
Structure only: no timings in tests (bench/run.py measures them)."""

import sys
import threading

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from lead_desktop import app
from lead_desktop.db import database as database_module
from lead_desktop.settings import Settings


def test_sign_in_is_shown_before_the_database_is_opened(qapp, db, monkeypatch, app_look_kept):
    db.close()
    settings = Settings.load()
    settings.database_path = str(db.path)
    settings.save()
    seen = {}
    real_open = database_module.open_database

    def open_and_note(path, store, **kw):  # the real open, noting what the user sees
        seen["windows"] = [w.objectName() for w in QApplication.topLevelWidgets()
                           if w.isVisible()]
        seen["painted"] = [w.objectName() for w in QApplication.topLevelWidgets()
                           if getattr(w, "_painted", False)]
        seen["on_ui_thread"] = threading.current_thread() is threading.main_thread()
        return real_open(path, store, **kw)

    monkeypatch.setattr(database_module, "open_database", open_and_note)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)   # main sets its own

    def answer() -> None:  # the user closes sign-in once it can be used
        dialog = next((w for w in QApplication.topLevelWidgets()
                       if w.objectName() == "signInDialog" and w.isVisible()), None)
        if dialog is not None and dialog._authenticate is not None:
            seen["label"] = dialog.database_label.text()
            poll.stop()
            dialog.reject()

    poll = QTimer(interval=20)
    poll.timeout.connect(answer)
    poll.start()
    try:
        assert app.main([]) == 0
    finally:
        poll.stop()
        qapp.setQuitOnLastWindowClosed(True)
    assert seen["windows"] == ["signInDialog"] and seen["on_ui_thread"] is False
    assert seen["painted"] == ["signInDialog"]  # opened after the window's first paint
    assert db.fingerprint in seen["label"]   # then the database's name and fingerprint


def test_what_runs_before_the_window_imports_no_sqlalchemy_or_alembic():
    """The modules the start runs before its sign-in window (app, the early sign-in, the
    dialog) do not import SQLAlchemy or alembic: a fresh interpreter says which it has."""
    import subprocess

    code = ("import sys, lead_desktop.app, lead_desktop.ui.early_sign_in, "
            "lead_desktop.ui.sign_in_dialog; "
            "print(sorted(m for m in sys.modules if m.split('.')[0] in "
            "('sqlalchemy', 'alembic')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout
    assert out.strip() == "[]"


def test_the_version_read_at_start_is_the_installed_one():
    from importlib.metadata import version

    import lead_desktop

    assert lead_desktop.__version__ == version("lead-desktop")


def test_the_start_up_to_the_shown_window_imports_only_what_the_window_needs(tmp_path):
    """The start, run to the moment its sign-in window is shown, has imported neither
    SQLAlchemy, alembic, keyring nor the worker pool (the database is opened after the
    window's first paint), nor logging's handlers (the start's log line comes after it)."""
    import subprocess

    code = (
        "import os, sys\n"
        "from PySide6.QtWidgets import QApplication, QDialog\n"
        "app = QApplication([])\n"
        "real_open = QDialog.open\n"
        "def open_and_tell(dialog):\n"
        "    real_open(dialog)\n"
        "    print(sorted(m for m in sys.modules if m.split('.')[0] in "
        "('sqlalchemy', 'alembic', 'keyring') or m in ('logging.handlers', "
        "'lead_desktop.ui.workers', 'lead_desktop.db.server_address')), flush=True)\n"
        "    os._exit(0)\n"
        "QDialog.open = open_and_tell\n"
        "from lead_desktop.app import main\n"
        f"main(['--db', {str(tmp_path / 'county.db')!r}])\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, timeout=60).stdout
    assert out.strip() == "[]"


def test_the_application_the_start_makes_has_the_theme_on_fusion(tmp_path):
    """The start makes its QApplication with the Fusion style (`-style Fusion`, rather
    than a second style set after it) and the theme's stylesheet on it."""
    import subprocess

    code = (
        "import os\n"
        "from PySide6.QtWidgets import QApplication, QDialog\n"
        "from lead_desktop.ui.theme import stylesheet\n"
        "real_open = QDialog.open\n"
        "def open_and_tell(dialog):\n"
        "    real_open(dialog)\n"
        "    app = QApplication.instance()\n"
        "    themed = app.styleSheet() == stylesheet()\n"
        "    app.setStyleSheet('')  # the style under the stylesheet's own\n"
        "    print(app.style().name(), themed, flush=True)\n"
        "    os._exit(0)\n"
        "QDialog.open = open_and_tell\n"
        "from lead_desktop.app import main\n"
        f"main(['--db', {str(tmp_path / 'county.db')!r}])\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, timeout=60).stdout
    assert out.split() == ["fusion", "True"]
