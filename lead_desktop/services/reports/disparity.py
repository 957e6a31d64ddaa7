"""Disparity monitoring (outcomes.md §5): the operations measures that decide who is
diverted and who is charged, broken down by race, ethnicity, sex and age band, with
"declined" and "unknown" shown as categories, and small cells suppressed where figures are
shared.

The measures are the operations report's own (same definitions, same cases); the person's
self-reported race and ethnicity are read only here, never by a rule."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from lead_desktop.models import Case, Person

from .figures import Figure
from .rows import Loaded

SMALL_CELL = 11  # a cell of 1 to 10 people is suppressed in anything shared
SUPPRESSED = "<11"
MEASURES = (  # disparity measure: the operations figures it is made of
    ("referrals", ("referrals.total",), "referrals"),
    ("declined_offer", ("referrals.declined_offer",), "offers declined"),
    ("eligible", ("eligibility.eligible",), "found eligible"),
    ("ineligible", ("eligibility.ineligible",), "found ineligible"),
    ("completed", ("exits.completed",), "completions"),
    ("disqualified_removed", ("exits.disqualified", "exits.removed"),
     "disqualifications and removals"),
    ("referred_for_charges", ("exits.referred_for_charges",), "referrals for charges"),
)
DIMENSIONS = (("race", "race"), ("ethnicity", "ethnicity"), ("sex", "sex"),
              ("age_band", "age band"))
AGE_BANDS = ((18, "under 18"), (25, "18-24"), (35, "25-34"), (45, "35-44"), (55, "45-54"),
             (65, "55-64"))


@dataclass(frozen=True)
class Demographics:
    race: str
    ethnicity: str
    sex: str
    age_band: str


def race_category(race: list | tuple | None) -> str:
    named = [r for r in (race or ()) if r not in ("declined", "unknown")]
    if len(named) > 1:
        return "two or more"
    if named:
        return named[0]
    return "declined" if "declined" in (race or ()) else "unknown"


def age_band(dob: date | None, on: date) -> str:
    if dob is None:
        return "unknown"
    age = on.year - dob.year - ((on.month, on.day) < (dob.month, dob.day))
    return next((band for limit, band in AGE_BANDS if age < limit), "65 and over")


def load_demographics(session: Session, loaded: Loaded) -> dict[str, Demographics]:
    """For the cases read with their referral (only those can count in the period); the age
    band is the age on the day of referral."""
    referred = {c.id: c.referred_at.date() for c in loaded.cases if c.referred_at is not None}
    out: dict[str, Demographics] = {}
    ids = list(referred)
    for start in range(0, len(ids), 500):
        for case_id, race, ethnicity, sex, dob in session.execute(
                select(Case.id, Person.race, Person.ethnicity, Person.sex, Person.dob)
                .join(Person, Person.id == Case.person_id)
                .where(Case.id.in_(ids[start:start + 500]))):
            out[case_id] = Demographics(race_category(race), ethnicity or "unknown",
                                        sex or "unknown", age_band(dob, referred[case_id]))
    return out


def disparity(operations: list[Figure], people: dict[str, Demographics]) -> list[Figure]:
    by_key = {f.key: f for f in operations}
    out = []
    for measure, keys, label in MEASURES:
        ids = sorted({i for k in keys if k in by_key for i in by_key[k].case_ids})
        for dimension, said in DIMENSIONS:
            cells: dict[str, list[str]] = {}
            for case_id in ids:
                who = people.get(case_id)
                category = getattr(who, dimension) if who else "unknown"
                cells.setdefault(category, []).append(case_id)
            for category, group in sorted(cells.items()):
                out.append(Figure("disparity", f"disparity.{measure}.{dimension}.{category}",
                                  f"{label.capitalize()} by {said}: {category}", len(group),
                                  tuple(group)))
    return out


def suppress(figures: list[Figure] | tuple[Figure, ...]) -> list[Figure]:
    """Cells of 1 to 10 people shown as "<11" without their cases; where a breakdown has
    exactly one such cell, its next smallest cell too, so no cell is found by subtraction
    from the total. Figures already suppressed (program totals) pass through unchanged, so a
    file of an already suppressed report is suppressed once."""
    groups: dict[str, list[int]] = {}
    out = list(figures)
    if any(f.section == "disparity" and f.value == SUPPRESSED for f in out):
        return out
    for index, f in enumerate(out):
        if f.section == "disparity":
            groups.setdefault(f.key.rsplit(".", 1)[0], []).append(index)
    for members in groups.values():
        small = [i for i in members if 0 < out[i].value < SMALL_CELL]
        if len(small) == 1:
            rest = sorted((out[i].value, i) for i in members
                          if i not in small and out[i].value > 0)
            small += [i for _, i in rest[:1]]
        for i in small:
            out[i] = replace(out[i], value=SUPPRESSED, case_ids=())
    return out
