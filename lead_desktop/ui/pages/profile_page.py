"""The program profile in force: its rules, in words (supervisors, administrators and
auditors read it; it changes only through a new profile version)."""

from __future__ import annotations

from dataclasses import fields, is_dataclass

from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

from lead_desktop.services.program.profile import Profile


def describe(value, indent: str = "") -> list[str]:
    lines = []
    for f in fields(value):
        item = getattr(value, f.name)
        label = f.name.replace("_", " ")
        if is_dataclass(item):
            lines.append(f"{indent}<b>{label}</b>")
            lines += describe(item, indent + "&nbsp;&nbsp;&nbsp;&nbsp;")
            continue
        if isinstance(item, list):
            item = ", ".join(getattr(v, "value", str(v)) for v in item) or "—"
        elif isinstance(item, dict):
            item = ", ".join(f"{k}: {'yes' if v else 'no'}" for k, v in item.items())
        elif item is None:
            item = "off"
        lines.append(f"{indent}{label}: {getattr(item, 'value', item)}")
    return lines


class ProfilePage(QWidget):
    def __init__(self, profile: Profile, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("profilePage")
        text = QLabel(f"<h2>{profile.name} (version {profile.version})</h2>"
                      + "<br>".join(describe(profile)))
        text.setObjectName("profileText")
        text.setWordWrap(True)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(text)
        QVBoxLayout(self).addWidget(scroll)
