"""The program's directory: kept by administrators only, checked, stale saves refused, and
the 24-hour number printed on the participation agreement."""

import io
from datetime import date

import pytest
from pypdf import PdfReader

from lead_desktop.errors import PermissionDenied
from lead_desktop.security.roles import Role
from lead_desktop.services.documents_service import DocumentService
from lead_desktop.services.program.directory import (
    CourtInput,
    DirectoryService,
    parse_sessions,
)
from lead_desktop.services.records import StaleRecord, ValidationFailed
from tests.support import steps


pytestmark = pytest.mark.postgres  # runs on the encrypted file and on PostgreSQL


def test_sessions_are_read_and_the_next_ones_found():
    sessions = parse_sessions("thursday 14:00, Mon 9:00; Mon 09:00")
    assert [str(s) for s in sessions] == ["Mon 09:00", "Thu 14:00"]
    with pytest.raises(ValidationFailed) as refused:
        parse_sessions("Mon 25:00")
    assert "Mon 25:00" in refused.value.problems["sessions"]


def test_only_an_administrator_keeps_it_and_a_stale_save_is_refused(db, staff):
    directory = DirectoryService(db)
    with pytest.raises(PermissionDenied):
        directory.save_court(staff[Role.CLERK], CourtInput(name="X", address="Y"))
    court = steps.court(db, staff[Role.ADMINISTRATOR])
    assert court.next_sessions(date(2026, 12, 1), 3) == [
        (date(2026, 12, 3), "14:00"), (date(2026, 12, 7), "09:00"), (date(2026, 12, 10), "14:00")]
    admin = staff[Role.ADMINISTRATOR]
    directory.save_court(admin, CourtInput(name=court.name, address="new address"), court.id,
                         court.row_version)
    with pytest.raises(StaleRecord):   # a second desk still holding the first version
        directory.save_court(admin, CourtInput(name=court.name, address="other"), court.id,
                             court.row_version)
    assert directory.court(court.id).address == "new address"


def test_the_agreement_prints_the_programs_24_hour_number(db, staff, program):
    DirectoryService(db).set_phone_24h(staff[Role.ADMINISTRATOR], "(508) 555-0142")
    case = steps.active_case(program, staff, "worcester-buyer-diversion@1")
    made = DocumentService(db, program.clock).participation_agreement(
        staff[Role.CASE_MANAGER], case.id)
    text = " ".join(PdfReader(io.BytesIO(made.pdf)).pages[0].extract_text().split())
    assert "(508) 555-0142" in text


def test_a_badge_number_must_match_its_agencys_format(db, staff, program):
    from lead_desktop.services.program.directory import AgencyInput

    directory = DirectoryService(db)
    agency = directory.save_agency(staff[Role.ADMINISTRATOR], AgencyInput(
        name="Worcester PD", address="9-11 Lincoln Square, Worcester, MA", badge_format=r"\d{3}"))
    officer = staff[Role.OFFICER]
    person = steps.person(program, officer)
    with pytest.raises(ValidationFailed) as refused:   # the steps' badge is 4471
        steps.arrest_referral(program, officer, person.id, "seattle-lead@1",
                              agency="worcester pd")
    assert "Worcester PD" in refused.value.problems["officer_badge"]
    directory.save_agency(staff[Role.ADMINISTRATOR], AgencyInput(
        name="Worcester PD", address="9-11 Lincoln Square", badge_format=r"\d{4}"),
        agency.id, agency.row_version)
    steps.arrest_referral(program, officer, person.id, "seattle-lead@1")


def test_court_sessions_are_read_in_english_or_spanish():
    """A Spanish-speaking administrator typed "Lun 09:00" and was refused."""
    from lead_desktop.services.program.directory import format_sessions

    spanish = parse_sessions("Lun 09:00; jueves 14:00, Mié 8:30, sáb 10:00")
    assert spanish == parse_sessions("Mon 09:00; Thu 14:00, Wed 08:30, Sat 10:00")
    assert format_sessions(spanish) == "Mon 09:00; Wed 08:30; Thu 14:00; Sat 10:00"
    with pytest.raises(ValidationFailed):
        parse_sessions("Lux 09:00")
