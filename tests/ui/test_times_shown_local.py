"""Times on screen are the program's local times, as the printed pages say (tester's defect:
Provider follow-up said "Sent 2026-12-05 01:34", the UTC stored, while the summons printed
that evening said 12/04/2026 in Eastern time). The machine's own zone is set in the test
(TZ) to show the screens follow the program's zone whatever the PC says."""

import io
import os
import time
from datetime import date, datetime, timezone

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt

from lead_desktop.security.roles import Role
from lead_desktop.services.documents_service import DocumentService
from lead_desktop.services.program.profile_store import ProfileStore
from lead_desktop.services.setup import set_program_profile
from lead_desktop.ui import shown_time
from lead_desktop.ui.forms.provider_followup import ProviderFollowUp
from lead_desktop.ui.table_model import RowsModel
from tests.support import steps

from .test_courts_and_agencies import window_for

EVENING = datetime(2026, 12, 5, 1, 34, tzinfo=timezone.utc)  # 4 December in the US


@pytest.fixture(params=["America/New_York", "UTC"])
def machine_zone(request):
    before = os.environ.get("TZ")
    os.environ["TZ"] = request.param
    time.tzset()
    yield request.param
    if before is None:
        os.environ.pop("TZ", None)
    else:
        os.environ["TZ"] = before
    time.tzset()


def test_a_table_shows_a_stored_instant_in_the_programs_zone(qtbot, machine_zone):
    model = RowsModel([("At", lambda r: r[0]), ("Day", lambda r: r[1])])
    model.set_rows([(EVENING, date(2026, 12, 5)),
                    (EVENING.replace(tzinfo=None), date(2026, 12, 5))])  # naive means UTC
    shown_time.use_time_zone("America/New_York")
    assert [model.data(model.index(r, 0)) for r in (0, 1)] == ["2026-12-04 20:34"] * 2
    assert model.data(model.index(0, 1)) == "2026-12-05"  # a date is a day, not moved
    assert shown_time.day_of(EVENING) == date(2026, 12, 4) == shown_time.today(EVENING)
    shown_time.use_time_zone(None)  # no program yet: the machine's zone
    assert model.data(model.index(0, 0)) == (
        "2026-12-04 20:34" if machine_zone == "America/New_York" else "2026-12-05 01:34")


def test_follow_up_says_the_local_time_the_printed_page_says(qtbot, program, staff, db,
                                                            machine_zone):
    """Seattle keeps Pacific time: on a PC set to Eastern or to UTC the follow-up's "Sent"
    and the printed consent's "Generated" both say 5:34 PM on 4 December."""
    cm = staff[Role.CASE_MANAGER]
    set_program_profile(db, ProfileStore(db)["seattle-lead@1"], staff[Role.ADMINISTRATOR])
    case = steps.active_case(program, staff, "seattle-lead@1")
    program.clock.now = EVENING
    window_for(qtbot, db, staff, Role.CASE_MANAGER, program.clock)  # the desk, as signed in
    spectrum = program.providers.add(cm, "Spectrum", levels_of_care=("detox",),
                                     provider_type="treatment provider")
    program.providers.update_capacity(cm, spectrum, "detox", total_slots=20, funded_slots=18,
                                      vacancies=3, as_of=date(2026, 12, 4))
    page = ProviderFollowUp(program.providers, program.provider_referrals, cm, case.id)
    qtbot.addWidget(page)
    assert page.draft()
    page.next_status.setCurrentIndex(page.next_status.findData("sent"))
    page.detail.setText("secure fax")
    assert page.advance(), page.message.text()
    sent = next(c for c in range(page.model.columnCount())
                if page.model.headerData(c, Qt.Orientation.Horizontal) == "Sent")
    assert page.model.data(page.model.index(0, sent)) == "2026-12-04 17:34"

    consent = program.consents.list_for_person(cm, case.person_id)[0]
    printed = DocumentService(db, program.clock).consent(cm, consent.id, "en")
    footer = " ".join(PdfReader(io.BytesIO(printed.pdf)).pages[0].extract_text().split())
    assert "Generated 12/04/2026 5:34 PM PST" in footer
