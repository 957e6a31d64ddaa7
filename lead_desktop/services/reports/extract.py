"""The evaluator's de-identified extract (outcomes.md §1; security.md: no direct
identifiers, no free text, months not dates): person rows and person-month rows.

A study id is an HMAC-SHA-256 of the person's record id under a key kept in the program's
(encrypted) database: stable for a person within the program, the same in every extract,
and not linkable back to the record without that key. Ages are bands, times are month
offsets from entry (month 0), codes come from the app's fixed lists; nothing typed."""

from __future__ import annotations

import hashlib
import hmac
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from lead_desktop.models import (
    Case,
    CaseNote,
    ExitRecord,
    JusticeEvent,
    OutcomeSnapshot,
    Person,
    Referral,
)

from .disparity import age_band, race_category
from .evaluation import MONTHS, month_offset
from .rows import NOT_A_CONTACT

PERSON_COLUMNS = ("study_id", "participation", "age_band", "sex", "race", "ethnicity",
                  "referral_type", "entry_offset_months", "exit_offset_months", "exit_type")
MONTH_COLUMNS = ("study_id", "participation", "month_offset", "housing", "employment",
                 "income_benefits", "contacts", "contact_minutes", "arrests",
                 "charges_felony", "charges_misdemeanor", "bookings", "jail_days",
                 "prison_admissions")
EXIT_STATES = ("completed", "disqualified", "removed", "exited", "referred_for_charges")
BEFORE_MONTHS = 24  # justice events are kept from 2 years before entry
NOTE = """LEAD Desktop de-identified evaluator extract

Files: persons.csv (one row per participation: a person's entry into the program) and
person_months.csv (one row per participation and month after entry, month 0 the entry
month, up to {months}; months before entry, down to -{before}, only where a justice event
falls).

De-identification: no names, dates of birth, addresses, identifiers, exact dates or free
text. study_id is an HMAC-SHA-256 of the record id under a key held in the program's
encrypted database: the same person has the same study id in every extract of this
program, and it cannot be traced back to the record without that key (a data-sharing
agreement can have the program link it to court or jail data). Ages are bands at entry;
times are whole calendar months from the entry month.

Suppression: the rows are individual. Any table made from them and shared must suppress
cells of fewer than 11 people (shown as <11), with a second cell where one alone could be
found by subtraction.

Events of the incident that was diverted are not counted. Codes are the app's fixed lists
(housing, employment, income or benefits, exit types, sex; race as reported, or "two or
more", "declined", "unknown").
"""


def study_id(key: bytes, person_id: str) -> str:
    return hmac.new(key, person_id.encode(), hashlib.sha256).hexdigest()[:20]


@dataclass(frozen=True)
class Extract:
    persons: tuple[tuple, ...]
    months: tuple[tuple, ...]


def build_extract(session: Session, key: bytes, as_of: date) -> Extract:
    cases = session.execute(
        select(Case.id, Case.person_id, Case.referral_type, Case.entered_on, Case.state,
               Case.state_since, Person.dob, Person.sex, Person.race, Person.ethnicity)
        .join(Person, Person.id == Case.person_id)
        .where(Case.voided_at.is_(None), Case.entered_on.is_not(None))
        .order_by(Case.person_id, Case.entered_on)).all()
    exits = {e.case_id: (e.exit_date, e.exit_type) for e in session.execute(
        select(ExitRecord.case_id, ExitRecord.exit_date, ExitRecord.exit_type)
        .where(ExitRecord.voided_at.is_(None)))}
    referred = dict(session.execute(select(Case.id, Referral.referred_at).join(
        Referral, Referral.id == Case.referral_id)).all())
    by_case: dict[str, dict[int, dict]] = {c.id: {} for c in cases}
    for s in session.execute(select(OutcomeSnapshot.case_id, OutcomeSnapshot.month,
                                    OutcomeSnapshot.housing, OutcomeSnapshot.employment,
                                    OutcomeSnapshot.income_benefits)
                             .where(OutcomeSnapshot.voided_at.is_(None))):
        if s.case_id in by_case:
            by_case[s.case_id].setdefault(s.month, {}).update(
                housing=s.housing, employment=s.employment,
                income_benefits=";".join(s.income_benefits or ()))
    entered = {c.id: c.entered_on for c in cases}
    months: dict[str, dict[int, dict]] = {c.id: {} for c in cases}
    for case_id, snaps in by_case.items():
        for month, values in snaps.items():
            months[case_id].setdefault(month_offset(entered[case_id], month), {}).update(values)
    for n in session.execute(select(CaseNote.case_id, CaseNote.contact_at,
                                    CaseNote.duration_min).where(
            CaseNote.voided_at.is_(None), CaseNote.amends_id.is_(None),
            CaseNote.contact_type.not_in(NOT_A_CONTACT))):
        if n.case_id in months and n.contact_at.date() >= entered[n.case_id]:
            cell = months[n.case_id].setdefault(month_offset(entered[n.case_id],
                                                             n.contact_at.date()), {})
            cell["contacts"] = cell.get("contacts", 0) + 1
            cell["contact_minutes"] = cell.get("contact_minutes", 0) + (n.duration_min or 0)
    of_person: dict[str, list[str]] = {}
    for c in cases:
        of_person.setdefault(c.person_id, []).append(c.id)
    for e in session.execute(select(JusticeEvent).where(
            JusticeEvent.voided_at.is_(None),
            JusticeEvent.relates_to_diverted_incident.is_(False))).scalars():
        for case_id in of_person.get(e.person_id, ()):
            offset = month_offset(entered[case_id], e.event_date)
            if -BEFORE_MONTHS <= offset <= MONTHS:
                cell = months[case_id].setdefault(offset, {})
                for measure, n in _event_counts(e).items():
                    cell[measure] = cell.get(measure, 0) + n
    persons, rows = [], []
    participation: dict[str, int] = {}
    for c in cases:
        sid = study_id(key, c.person_id)
        participation[c.person_id] = participation.get(c.person_id, 0) + 1
        turn = participation[c.person_id]
        exit_day, exit_type = exits.get(c.id, (None, None))
        if exit_day is None and c.state in EXIT_STATES:
            exit_day, exit_type = c.state_since.date(), c.state
        ref = referred.get(c.id)
        persons.append((sid, turn, age_band(c.dob, c.entered_on), c.sex or "unknown",
                        race_category(c.race), c.ethnicity or "unknown", c.referral_type,
                        month_offset(ref.date(), c.entered_on) if ref else "",
                        month_offset(c.entered_on, exit_day) if exit_day else "",
                        exit_type or ""))
        last = min(MONTHS, month_offset(c.entered_on, exit_day or as_of))
        for offset in sorted(set(range(0, max(last, 0) + 1)) | set(months[c.id])):
            cell = months[c.id].get(offset, {})
            rows.append((sid, turn, offset) + tuple(
                cell.get(name, "" if name in ("housing", "employment", "income_benefits")
                         else 0) for name in MONTH_COLUMNS[3:]))
    return Extract(tuple(persons), tuple(rows))


def _event_counts(e) -> dict[str, int]:
    jail = 0
    if e.event_type in ("booking", "jail_release") and e.release_date is not None:
        jail = (e.release_date - e.event_date).days + 1
    return {"arrests": int(e.event_type == "arrest"),
            "charges_felony": int(e.event_type == "charge_filed" and e.level == "felony"),
            "charges_misdemeanor": int(e.event_type == "charge_filed"
                                       and e.level == "misdemeanor"),
            "bookings": int(e.event_type == "booking"), "jail_days": jail,
            "prison_admissions": int(e.event_type == "prison_admission")}

