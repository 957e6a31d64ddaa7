"""Screenshots of the real app for docs/screenshots: each role's home, a person's page
(overview and notes), the work queue of a case manager and a supervisor, and the referral form, in English and Spanish, from the demo
database, through the app's own composition root. Run under a virtual screen:

    xvfb-run -a -s "-screen 0 1400x900x24" .venv/bin/python tools/screenshots.py

It works in a temporary data folder with a file keyring: nothing of the user's is touched.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "screenshots"
ROLES = (("casey", "case-manager"), ("sam", "supervisor"), ("clerk", "clerk"),
         ("prosecutor", "prosecutor"))


def _isolate() -> None:
    home = Path(tempfile.mkdtemp(prefix="lead-shots-"))
    os.environ.update(LEAD_DESKTOP_HOME=str(home), XDG_DATA_HOME=str(home / "xdg-data"),
                      XDG_CONFIG_HOME=str(home / "xdg-config"),
                      PYTHON_KEYRING_BACKEND="keyrings.alt.file.PlaintextKeyring")


def _wait(ms: int = 600, until=None) -> None:
    from PySide6.QtTest import QTest

    if until is None:
        QTest.qWait(ms)
        return
    end = time.monotonic() + 20
    while not until() and time.monotonic() < end:
        QTest.qWait(50)
    QTest.qWait(200)


def _person_window(database, actor):
    from sqlalchemy import select

    from lead_desktop.models import Case
    from lead_desktop.services.care.intake_service import IntakeService
    from lead_desktop.services.care.note_service import NoteService
    from lead_desktop.services.care.outcome_service import OutcomeService
    from lead_desktop.services.cases.case_service import CaseService
    from lead_desktop.services.cases.work_queue import WorkQueue
    from lead_desktop.services.consent.consent_service import ConsentService
    from lead_desktop.services.documents_service import DocumentService
    from lead_desktop.services.people.person_service import PersonService
    from lead_desktop.services.program.profile import bundled_profiles
    from lead_desktop.services.providers.provider_service import ProviderService
    from lead_desktop.services.providers.referral_service import ProviderReferralService
    from lead_desktop.ui.person_window import CaseServices, PersonWindow

    with database.read() as session:
        person_id = session.scalars(select(Case.person_id).where(
            Case.case_manager_id == actor.user_id, Case.state == "active")
            .order_by(Case.created_at)).first()
    db, profiles = database, bundled_profiles()
    services = CaseServices(PersonService(db), CaseService(db, profiles), NoteService(db),
                            ConsentService(db), IntakeService(db), ProviderService(db),
                            ProviderReferralService(db), OutcomeService(db),
                            DocumentService(db), WorkQueue(db, profiles))
    return PersonWindow(services, actor, person_id)


def shoot(language: str) -> list[Path]:
    from PySide6.QtWidgets import QWidget

    from lead_desktop import app as lead_app
    from lead_desktop.security.accounts import AccountService
    from lead_desktop.services.demo import DEMO_PASSWORD, open_demo
    from lead_desktop.ui.desk_assembly import open_main_window
    from lead_desktop.ui.go_menu import show_section

    lead_app._start_application(language)
    database = open_demo().database
    accounts = AccountService(database)
    saved = []

    def save(widget, name: str) -> None:
        path = OUT / f"{name}-{language}.png"
        widget.grab().save(str(path))
        saved.append(path)

    for username, role in ROLES:
        signed_in = accounts.sign_in(username, DEMO_PASSWORD)
        window = open_main_window(database, signed_in, accounts, demo=True,
                                           on_sign_out=lambda: None)
        window.resize(1280, 800)
        window.show()
        home = window.pages.widget(0)
        _wait(until=lambda home=home: getattr(home, "loaded", True))
        save(window, f"home-{role}")
        if username in ("casey", "sam"):  # the queue's status chips: overdue, due soon
            show_section(window, "workQueuePage")
            queue = window.findChild(QWidget, "workQueuePage")  # loaded as the desk opened
            _wait(until=lambda queue=queue: queue.model.total > 0
                  and not queue.status.text().endswith("…"))
            save(window, f"work-queue-{role}")
        if username == "casey":
            show_section(window, "referralForm")
            _wait()
            save(window, "referral-form")
            person = _person_window(database, signed_in.actor)
            person.resize(1180, 780)
            person.show()
            _wait(until=lambda person=person: getattr(person, "glance_loaded", False))
            save(person, "person")
            person.tabs.setCurrentWidget(person.notes)
            person.notes_table.selectRow(0)
            _wait()
            save(person, "person-notes")
            person.close()
        window._over = True  # no sign-out prompt
        window.close()
        _wait(200)
    from PySide6.QtCore import QThreadPool

    QThreadPool.globalInstance().waitForDone(15000)  # no background read outlives the app
    database.close()
    return saved


if __name__ == "__main__":
    _isolate()
    sys.path.insert(0, str(ROOT))
    OUT.mkdir(parents=True, exist_ok=True)
    if len(sys.argv) > 1:
        for path in shoot(sys.argv[1]):
            print(path.relative_to(ROOT))
        os._exit(0)  # the app's windows are gone; skip Qt's teardown of the rest
    import subprocess

    for lang in ("en", "es"):  # one process per language: one QApplication each
        subprocess.run([sys.executable, __file__, lang], check=True)
