"""Every code the screens show has a human label in the one table (services/labels.py)."""

import re

import pytest

from lead_desktop.models.person import IDENTIFIER_KINDS
from lead_desktop.security import audit
from lead_desktop.security.roles import Data, Role
from lead_desktop.services import labels
from lead_desktop.services.attachments.kinds import KINDS
from lead_desktop.services.care.intake_service import DOMAINS, GOAL_STATUSES, HORIZONS
from lead_desktop.services.care.note_service import CONTACT_TYPES
from lead_desktop.services.care.outcome_service import (
    EMPLOYMENT,
    EVENT_TYPES,
    HOUSING,
    INCOME,
    LEVELS,
    WINDOWS,
)
from lead_desktop.services.cases.eligibility_service import HISTORY_RESULTS, HISTORY_SOURCES
from lead_desktop.services.cases.summons_service import NEXT as SUMMONS_NEXT
from lead_desktop.services.consent.consent_service import LEGAL_BASES
from lead_desktop.services.consent.rules import CONSENT_TYPES
from lead_desktop.services.consent.standing import ConsentStanding
from lead_desktop.services.people.records import LANGUAGES
from lead_desktop.services.program.code_lists import LISTS as CODE_LIST_NAMES
from lead_desktop.services.people.records import LANGUAGES, SEXES
from lead_desktop.services.program.eligibility import DECISIONS, DISTRIBUTIONS, REASON_CODES
from lead_desktop.services.program.vocabulary import CaseState, Proposer, ReferralType
from lead_desktop.services.program.workflow import (
    COMPLIANCE_TRIGGERS,
    EXIT_TYPES,
    TRIGGER_INTAKE_DEADLINE,
)
from lead_desktop.services.providers.provider_types import PROVIDER_TYPES
from lead_desktop.services.providers.referral_service import APPOINTMENT_KINDS, ATTENDANCE
from lead_desktop.services.providers.referral_states import (
    DECLINE_REASONS,
    DISCHARGE_REASONS,
    ENDED,
    LEVELS_OF_CARE,
    NEXT,
)
from lead_desktop.services.urgency import Urgency
from tests.services.audit_codes import audit_events, audit_reasons, audit_records


def _work_item_kinds() -> list[str]:
    """Every kind of work-queue row, read from the modules that make them."""
    from pathlib import Path

    import lead_desktop.services.cases as cases

    folder = Path(cases.__file__).parent
    text = "".join((folder / name).read_text(encoding="utf-8")
                   for name in ("queue_case_work.py", "queue_oversight.py",
                                "decision_items.py"))
    kinds = set(re.findall(r'(?:QueueItem\(|add\()\s*\w+(?: if \w+ else \w+ \+ 1)?,\s*"([a-z_]+)"',
                           text))
    kinds |= set(re.findall(r'"(da_review(?:_overdue)?)"', text))
    assert len(kinds) > 15  # the reading above still finds them
    return sorted(kinds)


WORK_ITEM_KINDS = _work_item_kinds()


def _saved_records() -> list[str]:
    """Every kind of record a stale save names (records.require_version, StaleRecord), read
    from the services' source: the "someone else saved first" message words each."""
    from pathlib import Path

    import lead_desktop.services as services

    text = "".join(p.read_text(encoding="utf-8")
                   for p in Path(services.__file__).parent.rglob("*.py"))
    kinds = set(re.findall(r'StaleRecord\(\s*"([^"]+)"', text))
    kinds |= set(re.findall(r'require_version\([^()]*?(?:\{[^{}]*\}|\w+),\s*"([^"]+)"\)', text))
    kinds |= set(re.findall(r'_load\(session, actor, \w+, \w+, row_version, values, "([^"]+)"\)',
                            text))  # the directory's courts and agencies
    assert len(kinds) > 10  # the reading above still finds them
    return sorted(kinds)


def _record_fields() -> list[str]:
    """The fields the merge and "someone else saved first" dialogs show by name."""
    from lead_desktop.services.care import note_service
    from lead_desktop.services.consent import consent_service
    from lead_desktop.services.people.records import SCALAR_FIELDS

    return sorted({*SCALAR_FIELDS, "race", "phones", "aliases", "identifiers",
                   *note_service._DRAFT_FIELDS, "needs_addressed",
                   *consent_service._DRAFT_FIELDS, "recipients",
                   "intake_started", "intake_completed", "domains", "immediate_needs",
                   "action_taken", "state", "status", "signed_at", "voided", "attendance"})

CODE_LISTS = {
    "state": [s.value for s in CaseState],
    "urgency": [u.value for u in Urgency],
    "decline_reason": list(DECLINE_REASONS),
    "discharge_reason": list(DISCHARGE_REASONS),
    "referral_type": [t.value for t in ReferralType],
    "proposer": [p.value for p in Proposer],
    "role": [r.value for r in Role],
    "eligibility_reason": list(REASON_CODES),
    "decision": list(DECISIONS),
    "distribution": list(DISTRIBUTIONS),
    "history_source": list(HISTORY_SOURCES),
    "history_result": list(HISTORY_RESULTS),
    "compliance_trigger": [*COMPLIANCE_TRIGGERS, TRIGGER_INTAKE_DEADLINE],
    "exit_type": list(EXIT_TYPES),
    "contact_type": list(CONTACT_TYPES),
    "consent_type": list(CONSENT_TYPES),
    "consent_status": ["draft", "active", "revoked", "expired", "superseded"],
    "language": list(LANGUAGES),
    "level_of_care": list(LEVELS_OF_CARE),
    "provider_referral_status": sorted(set(NEXT) | {s for t in NEXT.values() for s in t}
                                       | ENDED),
    "appointment_kind": list(APPOINTMENT_KINDS),
    "provider_type": list(PROVIDER_TYPES),
    "attendance": list(ATTENDANCE),
    "justice_event": list(EVENT_TYPES),
    "identifier_kind": list(IDENTIFIER_KINDS),
    "offense_level": list(LEVELS),
    "lookup_window": list(WINDOWS),
    "sex": list(SEXES),
    "domain": list(DOMAINS),
    "goal_status": list(GOAL_STATUSES),
    "horizon": list(HORIZONS),
    "housing": list(HOUSING),
    "employment": list(EMPLOYMENT),
    "income": list(INCOME),
    "summons_status": sorted(set(SUMMONS_NEXT) | {s for t in SUMMONS_NEXT.values() for s in t}),
    "work_item": WORK_ITEM_KINDS,
    "saved_record": _saved_records(),
    "consent_standing": [s.value for s in ConsentStanding],
    "audit_event": audit_events(),
    "audit_record": audit_records(),
    "audit_reason": audit_reasons(),
    "field": _record_fields(),
    "audit_outcome": [audit.SUCCESS, audit.FAILURE],
    "legal_basis": list(LEGAL_BASES),
    "code_list": list(CODE_LIST_NAMES),
    "data_class": [d.value for d in Data],
    "attachment_kind": list(KINDS),
}


@pytest.mark.parametrize("kind", sorted(CODE_LISTS))
def test_every_code_has_a_label(kind):
    missing = [code for code in CODE_LISTS[kind] if not labels.has_label(kind, code)]
    assert not missing, f"{kind}: no label for {missing}"


def test_labels_are_words_not_codes():
    for kind, table in labels.LABELS.items():
        for code, text in table.items():
            assert text and not re.search(r"[a-z]+_[a-z]+", text), (kind, code, text)
            assert not text[0].islower(), (kind, code, text)  # "6 months" too


def test_no_label_for_a_code_that_does_not_exist():
    """A label left behind after a code was renamed would hide the missing new one."""
    for kind, table in labels.LABELS.items():
        assert set(table) <= set(CODE_LISTS[kind]), (kind, set(table) - set(CODE_LISTS[kind]))


def test_an_unknown_code_shows_as_written_without_underscores():
    assert labels.label("state", "intake_pending") == "Waiting for intake"
    assert labels.label("state", "some_new_state") == "some new state"
    assert labels.label("state", None) == ""
