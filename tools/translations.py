"""Keep the translation files in step with the code.

    .venv/bin/python tools/translations.py

Runs Qt's lupdate over the UI code (new strings are added to every .ts file, translations
already made are kept, strings no longer in the code are marked obsolete), then lrelease
to make the .qm files the program loads. Translators edit the .ts files (Qt Linguist:
`pyside6-linguist`); run this again afterwards and commit both files.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FOLDER = ROOT / "resources" / "translations"
LANGUAGES = ("es",)


# Qt-free modules whose messages the UI shows (marked with services/messages.py)
RULES_WITH_MESSAGES = ["lead_desktop/services/cases/queue_item.py",
                       "lead_desktop/services/cases/queue_case_work.py",
                       "lead_desktop/services/cases/queue_oversight.py",
                       "lead_desktop/services/cases/decision_items.py",
                       "lead_desktop/services/labels.py",
                       "lead_desktop/services/audit_labels.py",
                       "lead_desktop/services/field_labels.py",
                       "lead_desktop/services/program/eligibility.py",
                       "lead_desktop/services/importing/columns.py"]


def sources() -> list[str]:
    """Every module that shows words: the UI package, the app's composition root, and the
    rules modules whose messages the UI shows."""
    files = sorted((ROOT / "lead_desktop" / "ui").rglob("*.py")) + [ROOT / "lead_desktop" / "app.py"]
    files += [ROOT / path for path in RULES_WITH_MESSAGES]
    files += [path for path in marked_rules() if path not in files]
    return [str(path.relative_to(ROOT)) for path in files]


def marked_rules() -> list[Path]:
    """Every Qt-free module that marks a message for translation (QT_TRANSLATE_NOOP), so a
    service's new message reaches the Spanish file without being listed by hand."""
    found = []
    for path in sorted((ROOT / "lead_desktop").rglob("*.py")):
        if "ui" in path.relative_to(ROOT / "lead_desktop").parts[:1]:
            continue
        if "QT_TRANSLATE_NOOP(" in path.read_text(encoding="utf-8"):
            found.append(path)
    return found


def tool(name: str) -> str:
    return str(Path(sys.executable).with_name(f"pyside6-{name}"))


def update(folder: Path = FOLDER) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    made = []
    for language in LANGUAGES:
        ts = folder / f"lead_desktop_{language}.ts"
        subprocess.run([tool("lupdate"), "-silent", "-locations", "none", *sources(),
                        "-target-language", language, "-ts", str(ts)], cwd=ROOT, check=True)
        qm = ts.with_suffix(".qm")
        subprocess.run([tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
        made += [ts, qm]
    return made


if __name__ == "__main__":
    for path in update():
        print(path.relative_to(ROOT))
