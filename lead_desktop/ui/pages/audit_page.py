"""The audit log viewer (auditors only): newest entries first, and a chain check.

Events, roles, kinds of record and outcomes show as words in the user's language
(services/labels.py); the event's code, which the log actually holds, is in each event's
tooltip and in an "Event code" column the auditor can show."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from lead_desktop.security.actor import Actor
from lead_desktop.security.audit_reader import AuditReader
from lead_desktop.services.labels import LABELS
from lead_desktop.ui.labels import shown_label
from lead_desktop.ui.messages import error_words
from lead_desktop.ui.table_model import RowsModel
from lead_desktop.ui.workers import Channel

EVENT_COLUMN = 4


def shown_event(code: str) -> str:
    """An event in words; one the table does not know yet shows as its code."""
    return shown_label("audit_event", code) if code in LABELS["audit_event"] else code


def shown_reason(reason: str | None) -> str:
    """A coded reason (not_in_caseload) in words; a reason a person typed, as written."""
    if reason and reason in LABELS["audit_reason"]:
        return shown_label("audit_reason", reason)
    return reason or ""


def chain_words(report) -> str:
    """The chain check's result in the user's language; a break's technical finding (what
    the log holds at that entry) follows as the check wrote it."""
    chain = getattr(report, "chain", report)
    if report.ok:
        return QCoreApplication.translate("AuditPage", "The audit chain is intact: %n "
                                          "entries checked.", "", chain.entries_checked)
    if chain.ok:  # the chain holds; the anchors, the event log or the records do not
        head = QCoreApplication.translate(
            "AuditPage", "The audit chain holds, but a check against it failed:")
    elif chain.first_bad_seq is not None:
        head = QCoreApplication.translate(
            "AuditPage", "The audit chain is broken at entry %1:").replace(
            "%1", str(chain.first_bad_seq))
    else:
        head = QCoreApplication.translate("AuditPage", "The audit chain is broken:")
    findings = report.findings() if hasattr(report, "findings") else [report.describe()]
    if chain.ok:  # its own line only says "intact"
        findings = [f for f in findings if f != chain.describe()]
    elif chain.problem:
        findings = [chain.problem if f == chain.describe() else f for f in findings]
    return f"{head} {'; '.join(findings)}"


class AuditModel(RowsModel):
    """The log's rows; an event's tooltip is its code."""

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):  # noqa: ANN001
        if role == Qt.ItemDataRole.ToolTipRole and index.isValid() \
                and index.column() == EVENT_COLUMN:
            return self.row(index.row()).event
        return super().data(index, role)


class AuditPage(QWidget):
    def __init__(self, reader: AuditReader, actor: Actor, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("auditPage")
        self._reader, self._actor = reader, actor
        self.model = AuditModel([
            ("#", lambda r: r.seq), (self.tr("When (UTC)"), lambda r: r.at),
            (self.tr("User"), lambda r: r.username),
            (self.tr("Role"), lambda r: shown_label("role", r.role)),
            (self.tr("Event"), lambda r: shown_event(r.event)),
            (self.tr("Record"), lambda r: shown_label("audit_record", r.record_type)),
            (self.tr("Id"), lambda r: r.record_id),
            (self.tr("Outcome"), lambda r: shown_label("audit_outcome", r.outcome)),
            (self.tr("Reason"), lambda r: shown_reason(r.reason)),
            (self.tr("Event code"), lambda r: r.event),
        ], self)
        self.table = table = QTableView()
        table.setObjectName("auditTable")
        table.setModel(self.model)
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        codes_column = self.model.columnCount() - 1
        table.setColumnHidden(codes_column, True)
        self.show_codes = QCheckBox(self.tr("Show event &codes"))
        self.show_codes.setObjectName("showEventCodes")
        self.show_codes.toggled.connect(lambda on: table.setColumnHidden(codes_column, not on))
        self.event_filter = QComboBox()
        self.event_filter.setObjectName("auditEventFilter")
        self.event_filter.setAccessibleName(self.tr("Event"))
        self.event_filter.addItem(self.tr("All events"), None)
        for text, code in sorted((shown_event(c), c) for c in LABELS["audit_event"]):
            self.event_filter.addItem(text, code)
        self.event_filter.currentIndexChanged.connect(lambda _: self.refresh())
        # the box need not be as wide as the longest event (Spanish ones are long: the page
        # must fit a 1024-pixel screen); its list opens wide enough to read each whole
        self.event_filter.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.event_filter.setMinimumContentsLength(28)
        self.event_filter.view().setMinimumWidth(self.event_filter.view().sizeHintForColumn(0))
        self.chain = QLabel()
        self.chain.setObjectName("chainStatus")
        self.chain.setWordWrap(True)
        verify = QPushButton(self.tr("&Verify the chain"))
        verify.setObjectName("verifyChain")
        verify.clicked.connect(self.verify)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Audit log, newest first")))
        top.addStretch(1)
        top.addWidget(self.chain, 1)
        top.addWidget(verify)
        shown = QHBoxLayout()
        filter_label = QLabel(self.tr("&Show:"))
        filter_label.setBuddy(self.event_filter)
        shown.addWidget(filter_label)
        shown.addWidget(self.event_filter)
        shown.addStretch(1)
        shown.addWidget(self.show_codes)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(shown)
        layout.addWidget(table)
        self._rows = Channel(self.model.set_rows, lambda e: self.chain.setText(error_words(e)), self)
        self._check = Channel(lambda r: self.chain.setText(chain_words(r)),
                              lambda e: self.chain.setText(error_words(e)), self)
        self.refresh()

    def refresh(self) -> None:
        reader, actor = self._reader, self._actor
        event = self.event_filter.currentData()
        self._rows.submit(lambda: reader.page(actor, event=event))

    def verify(self) -> None:
        self.chain.setText(self.tr("Checking…"))
        reader, actor = self._reader, self._actor
        self._check.submit(lambda: reader.verify(actor))
