"""Whatever the person record accepts, every document prints: a name or a long field either
is refused at entry (with the record's own message) or gives a PDF, never a crash at print
(no MissingGlyph, no reportlab LayoutError)."""

from __future__ import annotations

from datetime import date, datetime, timezone

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lead_desktop.documents import consent, participation_agreement, summons
from lead_desktop.documents.fonts import entry_problem
from lead_desktop.documents.page import Stamp
from lead_desktop.services.people.records import PersonInput, validate
from lead_desktop.services.records import ValidationFailed

STAMP = Stamp(program="Harbor City LEAD", document_id="DOC-1", template="t v1",
              generated_by="Casey Morales", generated_at=datetime(2026, 3, 3, tzinfo=timezone.utc),
              zone="America/New_York")
TODAY = date(2026, 3, 3)
# names from every script the record may see, plus marks, spaces and stray symbols
ALPHABET = st.characters(codec="utf-8", exclude_categories=("Cs",))
SCRIPTS = st.sampled_from(["محمد", "حسن", "יוסף", "王小明", "김민준", "Nguyễn", "Владимир",
                           "O'Brien-Muñoz", "Zoë", "🙂", "\u200f", "  ", "(", "1990"])
NAMES = st.one_of(st.text(ALPHABET, min_size=1, max_size=160),
                  st.lists(SCRIPTS, min_size=1, max_size=12).map(" ".join))
LONG = st.one_of(st.text(ALPHABET, max_size=400),
                 st.integers(1000, 9900).map(lambda n: ("word " * 2000)[:n]))


def _accepted(last: str, first: str, address: str, description: str) -> bool:
    """As the person form and the referral form (the charge description) would."""
    if entry_problem(description):
        return False
    try:
        validate(PersonInput(last_name=last, first_name=first, dob=date(1990, 1, 2),
                             address=address), TODAY)
    except ValidationFailed:
        return False
    return True


@pytest.mark.slow
@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(last=NAMES, first=NAMES, address=LONG, description=LONG)
def test_every_accepted_record_prints(last, first, address, description):
    if not _accepted(last, first, address, description):
        return                         # refused at entry: the documents never see it
    made = [
        summons.build(summons.SummonsData(
            tracking_number="LD26-7QX4M2KD", agency_name="Worcester PD", agency_address="",
            incident_number="1", last_name=last.strip(), first_name=first.strip(),
            dob=date(1990, 1, 2), charges=(summons.Charge("94C-34", description or "x"),),
            offense_at=date(2026, 3, 2), offense_place=description, court_name="Court",
            court_address="", officer_name="Dana Reyes", officer_badge="1",
            address=address, aliases=(f"{first} {last}",)), STAMP),
        consent.build(consent.ConsentDocument(
            consent_type=consent.CJ, person_name=f"{first.strip()} {last.strip()}",
            discloser="Harbor City LEAD", information="Attendance", recipients=("DA",),
            purpose="Monitoring", expires="11/23/2027", cj_revocable_after=date(2027, 5, 1)),
            STAMP),
        participation_agreement.build(participation_agreement.Agreement(
            program_name="Harbor City LEAD", person_name=f"{first.strip()} {last.strip()}",
            dob=date(1990, 1, 2), case_manager="Casey Morales", phone_24h="",
            consequences=participation_agreement.Consequences(False, 30, "referral", None,
                                                              "none", "generic"),
            da_consent_scope=description), STAMP),
    ]
    assert all(pdf.startswith(b"%PDF") for pdf in made)
