"""Child process for the UI measures, so each starts from a fresh process: the longest UI
stall opening a person with 2,000 notes and loading a team supervisor's queue, and the peak
memory of a supervisor's morning (queue, a search, that case open). Prints one JSON line.

    python bench/ui_child.py PATH morning|bare-memory
"""

from __future__ import annotations

import json
import os
import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def peak_rss_mb() -> float:
    """This process's own peak: Linux keeps ru_maxrss across exec (the parent's peak would
    count), so read the high-water mark of this address space instead."""
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def bare_memory() -> dict:
    from PySide6.QtWidgets import QApplication, QWidget

    app = QApplication(sys.argv[:1])
    window = QWidget()
    window.show()
    app.processEvents()
    return {"peak_mb": peak_rss_mb()}


def supervisor_morning(path: Path) -> dict:
    from PySide6.QtCore import QThreadPool
    from PySide6.QtWidgets import QApplication, QTableView

    app = QApplication(sys.argv[:1])  # noqa: F841 - kept alive for the measure
    from lead_desktop.ui.pyside_imports import stop_source_caching

    stop_source_caching()  # as the app does right after importing PySide6 (app.main)
    from bench.county import sign_in_desk
    from bench.ui_probe import StallProbe
    from lead_desktop.db.database import open_database
    from lead_desktop.security.key_store import KeyringKeyStore
    from lead_desktop.services.cases.work_queue import WorkQueue
    from lead_desktop.services.program.profile_store import ProfileStore
    from lead_desktop.ui.pages.work_queue_page import WorkQueuePage
    from lead_desktop.ui.person_window import PersonWindow

    results = {}
    with open_database(path, KeyringKeyStore()) as db:
        desk = sign_in_desk(db)
        actor = desk.supervisor.actor
        probe = StallProbe()
        page = WorkQueuePage(WorkQueue(db, ProfileStore(db)), actor)
        page.show()
        from lead_desktop.app import freeze_start_up_objects

        freeze_start_up_objects()  # as the app does after sign-in
        # the floor of the same run: the longest gap of the probe while nothing happens (on
        # a loaded machine the UI thread is simply not scheduled for tens of ms at times)
        idle_until = time.monotonic() + 3.0
        results["idle_stall_ms"] = probe.run(lambda: None, lambda: time.monotonic() > idle_until)
        results["queue_stall_ms"] = probe.run(
            page.refresh, lambda: page.status.text() not in ("", page.tr("Loading…")))
        results["queue_items"] = page.model.rowCount()
        services = _case_services(db)
        people = services.people
        people.search(actor, "garc")
        person_id = _person_of(db, desk.busiest_case_id)
        holder = {}

        def open_window():
            holder["window"] = PersonWindow(services, actor, person_id)
            holder["window"].show()

        def notes_shown() -> bool:
            window = holder.get("window")
            table = window.findChild(QTableView, "notesTable") if window else None
            return bool(table and table.model().rowCount() > 0)

        results["person_stall_ms"] = probe.run(open_window, notes_shown)
        QThreadPool.globalInstance().waitForDone()  # no job may outlive the database
    results["peak_mb"] = peak_rss_mb()
    return results


def _person_of(db, case_id: str) -> str:
    from sqlalchemy import select

    from lead_desktop.models import Case

    with db.read() as session:
        return session.scalar(select(Case.person_id).where(Case.id == case_id))


def _case_services(db):
    """The services the person window gets in the app (app.build_pages)."""
    from lead_desktop.services.care.intake_service import IntakeService
    from lead_desktop.services.care.note_service import NoteService
    from lead_desktop.services.care.outcome_service import OutcomeService
    from lead_desktop.services.cases.case_service import CaseService
    from lead_desktop.services.consent.consent_service import ConsentService
    from lead_desktop.services.documents_service import DocumentService
    from lead_desktop.services.people.person_service import PersonService
    from lead_desktop.services.program.profile_store import ProfileStore
    from lead_desktop.services.providers.provider_service import ProviderService
    from lead_desktop.services.providers.referral_service import ProviderReferralService
    from lead_desktop.ui.person_window import CaseServices

    return CaseServices(PersonService(db), CaseService(db, ProfileStore(db)), NoteService(db),
                        ConsentService(db), IntakeService(db), ProviderService(db),
                        ProviderReferralService(db), OutcomeService(db), DocumentService(db))


if __name__ == "__main__":
    result = bare_memory() if sys.argv[2] == "bare-memory" else supervisor_morning(
        Path(sys.argv[1]))
    print(json.dumps(result), flush=True)
    os._exit(0)  # a measuring child: skip Qt's teardown of windows the measure left open
