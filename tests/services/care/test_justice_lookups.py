"""A 6-month look-up that found nothing is a record: it clears the evaluation item from
the case manager's queue, and reads back as "nothing found"."""

from datetime import timedelta

import pytest

from lead_desktop.security.roles import Role
from lead_desktop.services.care.outcome_service import LookupInput, OutcomeService
from lead_desktop.services.records import ValidationFailed
from tests.support import steps


pytestmark = pytest.mark.postgres  # runs on the encrypted file and on PostgreSQL


def lookup_items(program, cm):
    return [i for i in program.work_queue.for_user(cm) if i.kind == "evaluation_lookup"]


def test_looked_nothing_found_clears_the_queue_item(program, staff, db):
    cm = staff[Role.CASE_MANAGER]
    case = steps.active_case(program, staff, "seattle-lead@1")
    program.clock.advance(days=186)   # six months after entry
    assert len(lookup_items(program, cm)) == 1
    outcomes = OutcomeService(db, program.clock)
    with pytest.raises(ValidationFailed) as refused:
        outcomes.record_lookup(cm, LookupInput(case.person_id, "6_months",
                                               program.clock.now.date() + timedelta(days=1),
                                               "", True))
    assert set(refused.value.problems) == {"looked_on", "sources"}
    outcomes.record_lookup(cm, LookupInput(case.person_id, "6_months",
                                           program.clock.now.date(), "King County court index",
                                           True, case_id=case.id))
    assert lookup_items(program, cm) == []
    [found] = outcomes.lookups(cm, case.person_id)
    assert (found.window, found.nothing_found, found.sources) == (
        "6_months", True, "King County court index")
    assert outcomes.justice_events(cm, case.person_id) == []
