"""The part of a filter row the Reports and Dashboard pages share: which referrals, Show,
Cancel and the progress of a count that runs on a pool thread. It keeps the run: Show
starts it, each step moves the bar, Cancel stops it at its next step, and the page calls
`finished` when the answer (or the refusal) arrives. The rest of each page's filters stay
its own (the Reports page puts this row under the report and dates: in Spanish one row was
wider than a laptop's screen)."""

from __future__ import annotations

from typing import Callable

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from lead_desktop.services.program.vocabulary import ReferralType
from lead_desktop.errors import LeadError
from lead_desktop.services.reports.progress import Progress, ReportCanceled
from lead_desktop.ui.labels import shown_label
from lead_desktop.ui.messages import error_words
from lead_desktop.ui.workers import progress_relay


class RunRow(QWidget):
    def __init__(self, name: str, status: QLabel, show: Callable[[], None],
                 parent=None) -> None:
        """`name`: the page's prefix of object names ("report": reportReferralType,
        reportShow, reportCancel, reportProgress); `status`: the page's line where the run
        says how far it is; `show`: what Show does (the page calls `start`)."""
        super().__init__(parent)
        self._status = status
        self.running: Progress | None = None
        self.referral_type = QComboBox()
        self.referral_type.setObjectName(f"{name}ReferralType")
        self.referral_type.addItem(self.tr("Every referral type"), None)
        for kind in ReferralType:
            self.referral_type.addItem(shown_label("referral_type", kind), kind.value)
        self.show_button = QPushButton(self.tr("&Show"))
        self.show_button.setObjectName(f"{name}Show")
        self.show_button.clicked.connect(show)
        self.cancel_button = QPushButton(self.tr("Cance&l"))
        self.cancel_button.setObjectName(f"{name}Cancel")
        self.cancel_button.setVisible(False)
        self.cancel_button.clicked.connect(self.cancel)
        self.progress = QProgressBar()
        self.progress.setObjectName(f"{name}Progress")
        self.progress.setVisible(False)
        self._report_step = progress_relay(self, self._stepped)  # from the pool thread
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.referral_type, self.show_button, self.cancel_button,
                       self.progress):
            layout.addWidget(widget)

    def start(self, submit: Callable[[Progress], None]) -> None:
        """A new run: `submit` hands its Progress to the pool thread (the newest run wins)."""
        self._status.setText(self.tr("Computing…"))
        self.show_button.setEnabled(False)
        report = self._report_step
        progress = self.running = Progress(
            lambda done, total, what: report(progress, done, total, what))
        self.progress.setRange(0, 0)
        self.progress.setVisible(True)
        self.cancel_button.setVisible(True)
        self.cancel_button.setEnabled(True)
        submit(progress)

    def cancel(self) -> None:
        """Stop the run (it stops at its next step)."""
        if self.running is not None:
            self.running.cancel()
            self.cancel_button.setEnabled(False)
            self._status.setText(self.tr("Canceling…"))

    def _stepped(self, run: Progress, done: int, total: int, what: str) -> None:
        if run is not self.running or run.canceled:
            return  # an older run's step, or one canceled
        self.progress.setRange(0, total)
        self.progress.setValue(done)
        self._status.setText(self.tr("Computing… (%1 of %2)").replace("%1", str(done + 1))
                             .replace("%2", str(total)))

    def finished(self) -> None:
        self.running = None
        self.progress.setVisible(False)
        self.cancel_button.setVisible(False)
        self.show_button.setEnabled(True)

    def failed(self, error: Exception, canceled_words: str, failed_words: str) -> None:
        """The run ended without an answer: canceled, refused (the service's words, in the
        user's language) or broken (the page's words; the log has the rest)."""
        self.finished()
        if isinstance(error, ReportCanceled):
            self._status.setText(canceled_words)
        else:
            self._status.setText(error_words(error) if isinstance(error, LeadError)
                                 else failed_words)
