"""PySide6 checks each module imported after it for "PySide6" in its source; the app makes
that check read the file without keeping every module's lines in memory (32 MB)."""

from __future__ import annotations

import linecache
import sys

import PySide6.QtCore  # noqa: F401  (installs PySide6's import hook)

from lead_desktop.ui.pyside_imports import stop_source_caching


def test_modules_imported_after_pyside_are_checked_without_keeping_their_source(
        tmp_path, monkeypatch):
    assert stop_source_caching()
    assert stop_source_caching()  # a second call changes nothing
    feature = sys.modules["shibokensupport.feature"]
    uses, plain = f"{tmp_path.name}_uses_qt", f"{tmp_path.name}_plain"
    (tmp_path / f"{uses}.py").write_text(
        "from __future__ import annotations\n\nimport PySide6.QtCore\n")
    (tmp_path / f"{plain}.py").write_text("from __future__ import annotations\n\nX = 1\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    try:
        __import__(uses)  # as an import statement does: PySide6 hooks `__import__`
        __import__(plain)
        # PySide6's own answer, as before: 0 = a module using PySide6, -1 = ignore it
        assert feature.pyside_feature_dict[uses] == 0
        assert feature.pyside_feature_dict[plain] == -1
        assert not [name for name in linecache.cache if str(tmp_path) in name]
    finally:
        for name in (uses, plain):
            sys.modules.pop(name, None)
