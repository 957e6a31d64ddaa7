"""Code lists an administrator keeps: seeded from the built-in codes, offered from their
date, relabeled and retired (audited), retired codes still read."""

from datetime import date

import pytest
from sqlalchemy import select

from lead_desktop.errors import InvalidInput, PermissionDenied
from lead_desktop.models import AuditEntry
from lead_desktop.security.roles import Role
from lead_desktop.services.care.note_service import CONTACT_TYPES
from lead_desktop.services.program.code_lists import CodeInput, CodeListService, codes_in_use
from lead_desktop.services.program.workflow import EXIT_TYPES
from lead_desktop.services.records import ValidationFailed

pytestmark = pytest.mark.postgres  # runs on the encrypted file and on PostgreSQL


def test_a_new_database_holds_the_built_in_codes_in_both_languages(db):
    book = CodeListService(db).book()
    today = date(2026, 3, 1)
    assert [v.code for v in book.offered("exit_reason", today)] == list(EXIT_TYPES)
    assert [v.code for v in book.offered("contact_type", today)] == list(CONTACT_TYPES)
    assert book.label("housing", "unsheltered", "en") == "Unsheltered"
    assert book.label("housing", "unsheltered", "es") not in ("", "Unsheltered")
    offense = book.find("offense", "94C-34")
    assert (offense.statute, offense.level, offense.label("es")) == (
        "G.L. c.94C §34", "misdemeanor", "Posesión de una sustancia de Clase A")


def test_codes_with_dates_in_two_languages(db, staff):
    codes, admin = CodeListService(db), staff[Role.ADMINISTRATOR]
    codes.add(admin, CodeInput("offense", "61-3-13", "Petit larceny", "Hurto menor",
                               statute="W. Va. Code § 61-3-13(b)", level="misdemeanor",
                               effective_from=date(2020, 1, 1)))
    codes.add(admin, CodeInput("exit_reason", "moved_out_of_state", "Moved out of state",
                               "Se mudó a otro estado", effective_from=date(2026, 1, 1)))
    retired = codes.retire(admin, "offense", "61-3-13", on=date(2026, 7, 1))
    assert retired.effective_to == date(2026, 7, 1)
    assert "61-3-13" in [c.code for c in codes.entries("offense", on=date(2026, 6, 30))]
    assert "61-3-13" not in [c.code for c in codes.entries("offense", on=date(2026, 7, 1))]
    old = codes.find("offense", "61-3-13")            # an old record still reads it
    assert (old.label("es"), old.statute, old.level) == (
        "Hurto menor", "W. Va. Code § 61-3-13(b)", "misdemeanor")
    book = codes.book()
    assert "61-3-13" in [v.code for v in book.offered("offense", date(2026, 8, 1),
                                                      keep="61-3-13")]
    with db.read() as session:
        assert "moved_out_of_state" not in codes_in_use(session, "exit_reason",
                                                        date(2025, 12, 31))
        assert "moved_out_of_state" in codes_in_use(session, "exit_reason", date(2026, 1, 1))
    with pytest.raises(InvalidInput):
        codes.retire(admin, "offense", "61-3-13")
    with pytest.raises(ValidationFailed):             # a retired code is never reused
        codes.add(admin, CodeInput("offense", "61-3-13", "Other", statute="x"))


def test_new_words_for_a_code_are_audited_and_a_stale_edit_refused(db, staff):
    codes, admin = CodeListService(db), staff[Role.ADMINISTRATOR]
    codes.relabel(admin, "contact_type", "street", "Street outreach", "Calle (alcance)",
                  seen=("Street", codes.find("contact_type", "street").label_es))
    assert codes.book().label("contact_type", "street", "es") == "Calle (alcance)"
    with pytest.raises(InvalidInput):                 # someone else's words since
        codes.relabel(admin, "contact_type", "street", "Street", "Calle",
                      seen=("Street", "Calle"))
    with pytest.raises(ValidationFailed):
        codes.relabel(admin, "contact_type", "street", " ", "")
    with pytest.raises(PermissionDenied):
        codes.relabel(staff[Role.CASE_MANAGER], "contact_type", "street", "S", "S")
    with db.read() as session:
        details = session.scalars(select(AuditEntry.details).where(
            AuditEntry.event == "configuration.code_relabeled")).all()
    assert len(details) == 1 and "Street outreach" in str(details[0])


def test_bad_codes_are_refused_naming_each_field(db, staff):
    codes = CodeListService(db)
    with pytest.raises(ValidationFailed) as refused:
        codes.add(staff[Role.ADMINISTRATOR], CodeInput("colors", "", "", level="huge"))
    assert set(refused.value.problems) == {"list_name", "code", "label_en", "level"}
    with pytest.raises(ValidationFailed) as refused:
        codes.add(staff[Role.ADMINISTRATOR], CodeInput("offense", "94C-99", "Possession"))
    assert set(refused.value.problems) == {"statute"}
    with pytest.raises(PermissionDenied):
        codes.add(staff[Role.CASE_MANAGER], CodeInput("housing", "car", "Lives in a car"))


def test_snapshots_and_exits_take_the_lists_in_use(program, staff, db):
    from lead_desktop.services.care.outcome_service import OutcomeService
    from lead_desktop.services.program.vocabulary import CaseState
    from lead_desktop.services.program.workflow import TransitionRefused
    from tests.support import steps

    codes, admin = CodeListService(db), staff[Role.ADMINISTRATOR]
    codes.add(admin, CodeInput("housing", "vehicle", "Lives in a vehicle", "Vive en un vehículo",
                               effective_from=date(2026, 1, 1)))
    codes.retire(admin, "housing", "institution", on=date(2026, 2, 1))
    codes.retire(admin, "exit_reason", "transferred", on=date(2026, 1, 1))
    manager, supervisor = staff[Role.CASE_MANAGER], staff[Role.SUPERVISOR]
    outcomes = OutcomeService(db, program.clock)
    case = steps.active_case(program, staff, "seattle-lead@1")
    outcomes.record_snapshot(manager, case.id, date(2026, 2, 1), "vehicle", "none", ("none",))
    outcomes.record_snapshot(manager, case.id, date(2026, 1, 1), "institution", "none",
                             ("none",))                 # still in use in January
    with pytest.raises(ValidationFailed) as refused:
        outcomes.record_snapshot(manager, case.id, date(2026, 3, 1), "institution", "none",
                                 ("none",))
    assert set(refused.value.problems) == {"housing"}
    with pytest.raises(TransitionRefused):               # the exit rule reads today's list
        program.cases.transition(supervisor, case.id, CaseState.EXITED, reason_text="x",
                                 details={"exit_type": "transferred"})
    program.cases.transition(supervisor, case.id, CaseState.EXITED, reason_text="x",
                             details={"exit_type": "moved"})


def test_a_draft_keeps_a_contact_type_retired_since(program, staff, db):
    from lead_desktop.services.care.note_service import NoteInput
    from tests.support import steps

    manager = staff[Role.CASE_MANAGER]
    case = steps.active_case(program, staff, "seattle-lead@1")
    draft = NoteInput(contact_at=program.clock.now, duration_min=10, contact_type="text",
                      text="Texted about Tuesday")
    note_id = program.notes.add(manager, case.id, draft)
    CodeListService(db).retire(staff[Role.ADMINISTRATOR], "contact_type", "text",
                               on=date(2026, 1, 1))
    program.notes.edit_draft(manager, note_id, NoteInput(
        contact_at=program.clock.now, duration_min=15, contact_type="text",
        text="Texted about Tuesday; she answered"), expected_version=1)
    with pytest.raises(ValidationFailed):             # a new note may not take it
        program.notes.add(manager, case.id, draft)
