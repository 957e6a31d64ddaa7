"""Role names in the user's language (the rules layer names roles in English, without Qt)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from lead_desktop.security.roles import Role

_NAMES = {
    Role.OFFICER: QT_TRANSLATE_NOOP("Roles", "Officer"),
    Role.CASE_MANAGER: QT_TRANSLATE_NOOP("Roles", "Case manager"),
    Role.SUPERVISOR: QT_TRANSLATE_NOOP("Roles", "Supervisor"),
    Role.PROSECUTOR_REVIEWER: QT_TRANSLATE_NOOP("Roles", "Prosecutor reviewer"),
    Role.CLERK: QT_TRANSLATE_NOOP("Roles", "Clerk"),
    Role.EVALUATOR: QT_TRANSLATE_NOOP("Roles", "Evaluator"),
    Role.ADMINISTRATOR: QT_TRANSLATE_NOOP("Roles", "Administrator"),
    Role.AUDITOR: QT_TRANSLATE_NOOP("Roles", "Auditor"),
}


def role_name(role: Role) -> str:
    return QCoreApplication.translate("Roles", _NAMES[role])
