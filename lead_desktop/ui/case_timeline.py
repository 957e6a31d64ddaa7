"""The case told in order, newest first, in words (the entries: services/cases/glance.py)."""

from __future__ import annotations

from PySide6.QtWidgets import QListWidget

from lead_desktop.security.roles import Role
from lead_desktop.services.cases.glance import TimelineEntry
from lead_desktop.ui.labels import shown_label
from lead_desktop.ui.role_names import role_name
from lead_desktop.ui.shown_time import moment


class CaseTimeline(QListWidget):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("caseTimeline")
        self.setAccessibleName(self.tr("Timeline of the case"))

    def show_entries(self, entries: list[TimelineEntry]) -> None:
        self.clear()
        for entry in entries:
            self.addItem(self.sentence(entry))

    def lines(self) -> list[str]:
        return [self.item(i).text() for i in range(self.count())]

    def _who(self, by: str) -> str:
        if by == "timer":
            return self.tr("the program's deadline")
        try:
            return role_name(Role(by))
        except ValueError:
            return by or self.tr("unknown author")

    def sentence(self, entry: TimelineEntry) -> str:
        who = self._who(entry.by)
        if entry.kind == "referral":
            text = self.tr("Referred (%1) by %2").replace(
                "%1", shown_label("referral_type", entry.code)).replace("%2", who)
        elif entry.kind == "state":
            text = self.tr("Now %1, by %2").replace(
                "%1", shown_label("state", entry.code)).replace("%2", who)
            if entry.waitlist:
                text += " — " + self.tr("on the waitlist of %1 since %2").replace(
                    "%1", entry.waitlist[0]).replace("%2", entry.waitlist[1])
            if entry.detail:
                text += " — " + entry.detail
        else:
            text = self.tr("Contact: %1, %2 min, by %3").replace(
                "%1", shown_label("contact_type", entry.code)).replace(
                "%2", entry.detail).replace("%3", who)
        return f"{moment(entry.at, '%Y-%m-%d')}  {text}"
