"""Every reason code a case can carry has wording in English and Spanish, so no document
prints a raw code such as `missed_appointment_limit`."""

from lead_desktop.documents import reasons
from lead_desktop.services.program.eligibility import REASON_CODES
from lead_desktop.services.program.vocabulary import CaseState
from lead_desktop.services.program.workflow import (
    COMPLIANCE_TRIGGERS,
    EXIT_TYPES,
    TRIGGER_INTAKE_DEADLINE,
)

CODES = {TRIGGER_INTAKE_DEADLINE, *COMPLIANCE_TRIGGERS, *EXIT_TYPES, *REASON_CODES,
         *(s.value for s in CaseState if s.terminal), CaseState.COMPLIANCE_REVIEW.value}


def test_every_reason_code_has_english_and_spanish_wording():
    for language in reasons.LANGUAGES:
        table = reasons.table(language)
        missing = sorted(code for code in CODES if not table.get(code, "").strip())
        assert not missing, f"{language}: no wording for {missing}"
    same = sorted(c for c in CODES if reasons.table("en")[c] == reasons.table("es")[c])
    assert not same, f"Spanish not translated: {same}"


def test_a_code_prints_as_words_and_free_text_as_written():
    assert reasons.wording("missed_appointment_limit") == \
        "Missed appointments beyond the program's limit"
    assert reasons.wording("intake_deadline_missed", "es") == \
        "No completó la admisión dentro del plazo"
    assert reasons.wording("He moved to Ohio") == "He moved to Ohio"
