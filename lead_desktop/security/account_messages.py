"""What the account rules say to a person (sign-in, passwords, administration), as messages
a screen shows in the user's language (services/messages.py); context "Accounts"."""

from __future__ import annotations

from lead_desktop.services.messages import QT_TRANSLATE_NOOP, Message, message


def said(text: str, **values: object) -> Message:
    return message("Accounts", text, **values)


def minutes(seconds: int) -> Message:
    """How long a lockout lasts, in whole minutes (at least one)."""
    count = max(1, (seconds + 59) // 60)
    if count == 1:
        return said(QT_TRANSLATE_NOOP("Accounts", "1 minute"))
    return said(QT_TRANSLATE_NOOP("Accounts", "{count} minutes"), count=count)


def not_correct() -> Message:
    """The same words for an unknown user name and a wrong password."""
    return said(QT_TRANSLATE_NOOP("Accounts", "The user name or password is not correct."))


def current_not_correct() -> Message:
    return said(QT_TRANSLATE_NOOP("Accounts", "The current password is not correct."))


def reused_password(history_depth: int) -> Message:
    return said(QT_TRANSLATE_NOOP(
        "Accounts", "Choose a password you have not used in your last {count} passwords."),
        count=history_depth)


def team_changed_meanwhile(username: str, team: str | None) -> Message:
    """Another administrator set the team after this one opened the list."""
    if team:
        return said(QT_TRANSLATE_NOOP(
            "Accounts", "Someone else put {name} in team {team} after you opened the list. "
            "Nothing was changed; check and set it again."), name=username, team=team)
    return said(QT_TRANSLATE_NOOP(
        "Accounts", "Someone else put {name} in no team after you opened the list. Nothing "
        "was changed; check and set it again."), name=username)
