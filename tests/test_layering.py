"""The core never imports Qt: models, database, security, services, documents and the
command line stay usable without a display (STYLE.md, convention 1)."""

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "lead_desktop"
QT_FREE = ["models", "db", "security", "services", "documents", "cli", "errors.py", "paths.py",
           "error_log.py"]


def _imports(path: Path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            yield node.module


def test_core_modules_do_not_import_qt():
    checked = 0
    for part in QT_FREE:
        target = PACKAGE / part
        for path in ([target] if target.is_file() else target.rglob("*.py")):
            checked += 1
            bad = [name for name in _imports(path)
                   if name.split(".")[0] in {"PySide6", "shiboken6", "PyQt5", "PyQt6"}
                   or name.startswith("lead_desktop.ui")]
            assert not bad, f"{path.relative_to(PACKAGE)} imports {bad}"
    assert checked > 10
