"""The holiday calendar an administrator keeps, and the business-day deadlines it moves."""

from datetime import date

import pytest

from lead_desktop.errors import InvalidInput, PermissionDenied
from lead_desktop.models import AuditEntry
from lead_desktop.security.roles import Role as R
from lead_desktop.services.program.holidays import HolidayService
from lead_desktop.services.program.vocabulary import CaseState as S
from lead_desktop.services.records import ValidationFailed
from tests.support import steps

WORCESTER = "worcester-buyer-diversion@1"


def kinds(items):
    return [i.kind for i in items]


def _in_review(program, staff):
    officer, cm = staff[R.OFFICER], staff[R.CASE_MANAGER]
    person = steps.person(program, officer)
    case = steps.arrest_referral(program, officer, person.id, WORCESTER,
                                 origin_area="City of Worcester")
    program.cases.record_handoff(cm, case.id, cm.user_id)
    program.cases.transition(cm, case.id, S.ELIGIBILITY_REVIEW)  # Monday 2 March 2026


def test_a_holiday_moves_the_prosecutors_business_day_deadline(program, staff, db):
    _in_review(program, staff)
    da = staff[R.PROSECUTOR_REVIEWER]
    program.clock.advance(days=3)  # Thursday: Tue, Wed, Thu = 3 business days > 2
    assert kinds(program.work_queue.for_user(da)) == ["da_review_overdue"]
    HolidayService(db).add(staff[R.ADMINISTRATOR], date(2026, 3, 4), "Town meeting day",
                           "Día de la asamblea")
    waiting = program.work_queue.for_user(da)
    assert kinds(waiting) == ["da_review"] and "2 business days" in waiting[0].detail
    with db.read() as session:
        assert session.query(AuditEntry).filter_by(
            event="configuration.holiday_added").count() == 1


def test_a_withdrawn_holiday_counts_again(program, staff, db):
    _in_review(program, staff)
    holidays, admin = HolidayService(db), staff[R.ADMINISTRATOR]
    added = holidays.add(admin, date(2026, 3, 4), "Town meeting day")
    assert added.name("es") == "Town meeting day"  # no Spanish name: the English one
    program.clock.advance(days=3)
    assert kinds(program.work_queue.for_user(staff[R.PROSECUTOR_REVIEWER])) == ["da_review"]
    holidays.withdraw(admin, added.id)
    assert holidays.holidays() == []
    assert kinds(program.work_queue.for_user(staff[R.PROSECUTOR_REVIEWER])) == \
        ["da_review_overdue"]
    with pytest.raises(InvalidInput):
        holidays.withdraw(admin, added.id)


def test_bad_holidays_are_refused_and_only_administrators_keep_them(db, staff):
    holidays = HolidayService(db)
    with pytest.raises(ValidationFailed) as refused:
        holidays.add(staff[R.ADMINISTRATOR], date(2026, 3, 7), "  ")
    assert set(refused.value.problems) == {"name_en", "day"}
    holidays.add(staff[R.ADMINISTRATOR], date(2026, 7, 3), "Independence Day (observed)")
    with pytest.raises(ValidationFailed):
        holidays.add(staff[R.ADMINISTRATOR], date(2026, 7, 3), "Again")
    with pytest.raises(PermissionDenied):
        holidays.add(staff[R.SUPERVISOR], date(2026, 12, 25), "Christmas")
    assert [h.day for h in holidays.holidays()] == [date(2026, 7, 3)]
