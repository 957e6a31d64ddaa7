"""Evaluation measures (outcomes.md §1, the University of Washington design) from the
cohort's rows: pure functions.

- Monthly snapshots: of the cohort's cases with a snapshot in month m after entry (m = 0 is
  the entry month, up to 18), the share in each housing and employment category and the
  share with legitimate income or benefits.
- Contacts: the number and minutes of case-manager contacts per month after entry.
- Justice events before vs after entry (day 0) over 6 months, 18 months and 2 years, for
  the people whose window after entry has fully passed by today (the same
  people on both sides). The events of the incident that was diverted are not counted."""

from __future__ import annotations

from datetime import date

from lead_desktop.services.care.outcome_service import EMPLOYMENT, HOUSING

from .evaluation_rows import Cohort, Entrant, EventRow
from .figures import Figure

MONTHS = 18
WINDOWS = (("6_months", 6), ("18_months", 18), ("2_years", 24))
NOT_INCOME = frozenset({"none", "unknown"})
JUSTICE_MEASURES = (
    ("arrests", "arrests"),
    ("charges_felony", "felony charges"),
    ("charges_misdemeanor", "misdemeanor charges"),
    ("bookings", "bookings"),
    ("jail_days", "jail days"),
    ("prison_admissions", "prison admissions"),
)


def month_offset(entered_on: date, day: date) -> int:
    return (day.year - entered_on.year) * 12 + day.month - entered_on.month


def add_months(day: date, months: int) -> date:
    """The same day `months` later (or earlier); the month's last day when it is shorter."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    for last in (day.day, 30, 29, 28):
        try:
            return date(year, month + 1, min(day.day, last))
        except ValueError:
            continue
    raise AssertionError("unreachable")


def _fig(section: str, key: str, label: str, value, ids) -> Figure:
    return Figure(section, key, label, value, tuple(sorted(set(ids))))


def _pct(part: int, whole: int) -> float | None:
    return None if whole == 0 else round(100.0 * part / whole, 1)


def evaluation(cohort: Cohort, as_of: date) -> list[Figure]:
    """`as_of`: today; a window after entry counts once it has fully passed."""
    out = [_fig("evaluation", "evaluation.entered", "Entered the program in the period",
                len(cohort.entrants), [e.case_id for e in cohort.entrants])]
    out += _snapshots(cohort)
    out += _contacts(cohort)
    out += _justice(cohort, as_of)
    return out


def _snapshots(cohort: Cohort) -> list[Figure]:
    entry = {e.case_id: e.entered_on for e in cohort.entrants}
    by_month: dict[int, list] = {}
    for s in cohort.snapshots:
        m = month_offset(entry[s.case_id], s.month)
        if 0 <= m <= MONTHS:
            by_month.setdefault(m, []).append(s)
    out = []
    for m, rows in sorted(by_month.items()):
        out.append(_fig("evaluation", f"snapshots.m{m}.recorded",
                        f"Month {m} after entry: snapshots recorded", len(rows),
                        [s.case_id for s in rows]))
        for field, built_in in (("housing", HOUSING), ("employment", EMPLOYMENT)):
            # the built-in categories always, then those a site added (code lists)
            values = list(built_in) + sorted({getattr(s, field) for s in rows} - set(built_in))
            for value in values:
                hit = [s.case_id for s in rows if getattr(s, field) == value]
                out.append(_fig("evaluation", f"snapshots.m{m}.{field}.{value}",
                                f"Month {m} after entry: {field} {value.replace('_', ' ')}, %",
                                _pct(len(hit), len(rows)), hit))
        paid = [s.case_id for s in rows if set(s.income_benefits) - NOT_INCOME]
        out.append(_fig("evaluation", f"snapshots.m{m}.income_or_benefits",
                        f"Month {m} after entry: legitimate income or benefits, %",
                        _pct(len(paid), len(rows)), paid))
    return out


def _contacts(cohort: Cohort) -> list[Figure]:
    entry = {e.case_id: e.entered_on for e in cohort.entrants}
    by_month: dict[int, list] = {}
    for c in cohort.contacts:
        m = month_offset(entry[c.case_id], c.day)
        if 0 <= m <= MONTHS and c.day >= entry[c.case_id]:
            by_month.setdefault(m, []).append(c)
    out = []
    for m, rows in sorted(by_month.items()):
        ids = [c.case_id for c in rows]
        out.append(_fig("evaluation", f"contacts.m{m}.count",
                        f"Month {m} after entry: contacts", len(rows), ids))
        out.append(_fig("evaluation", f"contacts.m{m}.minutes",
                        f"Month {m} after entry: minutes of contact",
                        sum(c.minutes for c in rows), ids))
    return out


def _counts(event: EventRow) -> dict[str, int]:
    """What one event adds to each justice measure."""
    kind, level = event.event_type, event.level
    jail = 0
    if kind in ("booking", "jail_release") and event.release_date is not None:
        jail = (event.release_date - event.event_date).days + 1  # as JusticeEventView
    return {"arrests": int(kind == "arrest"),
            "charges_felony": int(kind == "charge_filed" and level == "felony"),
            "charges_misdemeanor": int(kind == "charge_filed" and level == "misdemeanor"),
            "bookings": int(kind == "booking"), "jail_days": jail,
            "prison_admissions": int(kind == "prison_admission")}


def _justice(cohort: Cohort, as_of: date) -> list[Figure]:
    events: dict[str, list[EventRow]] = {}
    for e in cohort.events:
        if not e.diverted_incident:
            events.setdefault(e.person_id, []).append(e)
    out = []
    for window, months in WINDOWS:
        followed: list[Entrant] = [e for e in cohort.entrants
                                   if add_months(e.entered_on, months) <= as_of]
        out.append(_fig("justice", f"justice.{window}.followed",
                        f"{window.replace('_', ' ')}: people followed that long after entry",
                        len(followed), [e.case_id for e in followed]))
        totals = {(m, side): 0 for m, _ in JUSTICE_MEASURES for side in ("before", "after")}
        who: dict[tuple[str, str], list[str]] = {key: [] for key in totals}
        for entrant in followed:
            day0 = entrant.entered_on
            sides = {"before": (add_months(day0, -months), day0),
                     "after": (day0, add_months(day0, months))}
            for event in events.get(entrant.person_id, ()):
                for side, (start, end) in sides.items():
                    if start <= event.event_date < end:
                        for measure, n in _counts(event).items():
                            if n:
                                totals[(measure, side)] += n
                                who[(measure, side)].append(entrant.case_id)
        for measure, label in JUSTICE_MEASURES:
            for side in ("before", "after"):
                out.append(_fig("justice", f"justice.{window}.{measure}.{side}",
                                f"{window.replace('_', ' ')} {side} entry: {label}",
                                totals[(measure, side)], who[(measure, side)]))
    return out
