"""One spreadsheet row as the forms' inputs (PersonInput, ReferralInput) and what the case
went through (case manager, status, exit), or the reasons it cannot be read.

Only the reading of cells is here (dates, yes/no, codes); what the values must be is the
forms' own validation, which the services run when the row is imported.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timezone
from decimal import Decimal, InvalidOperation
from zoneinfo import ZoneInfo

from lead_desktop.services.cases.referral_form import Offense, ReferralInput
from lead_desktop.services.people.records import PersonInput
from lead_desktop.services.program.vocabulary import CaseState, ReferralType
from lead_desktop.services.program.workflow import EXIT_TYPES

from .columns import BY_KEY

_DATE_FORMATS = ("%Y-%m-%d", "%m/%d/%Y", "%m/%d/%y", "%m-%d-%Y")
_YES = {"yes", "y", "true", "1", "x", "si", "sí"}
_NO = {"no", "n", "false", "0"}
_SEXES = {"f": "F", "female": "F", "m": "M", "male": "M", "x": "X", "unknown": "unknown"}


@dataclass(frozen=True)
class RowPlan:
    """What the row asks for, in the forms' terms."""

    person: PersonInput
    referral: ReferralInput
    case_manager: str | None
    status: CaseState | None
    exit_at: datetime | None
    exit_type: str | None
    exit_reason: str


@dataclass
class RowReading:
    plan: RowPlan | None = None
    problems: list[str] = field(default_factory=list)


def read_row(cells: dict[str, object], zone: str, now: datetime) -> RowReading:
    """`cells` is {field: cell} through the mapping; `zone` the program's time zone (a date
    without a time is taken as noon there)."""
    out = RowReading()

    def text(key: str) -> str | None:
        value = cells.get(key)
        if value is None:
            return None
        if isinstance(value, float) and value.is_integer():
            value = int(value)   # a badge typed as a number in a spreadsheet
        value = str(value).strip()
        if value[:1] == "'" and value[1:2] in ("=", "+", "-", "@"):
            value = value[1:]   # the exports' guard against spreadsheet formulas
        return value or None

    def problem(key: str, message: str) -> None:
        out.problems.append(f"{BY_KEY[key].label}: {message}")

    def when(key: str) -> datetime | None:
        value = cells.get(key)
        if value is None or str(value).strip() == "":
            return None
        moment = _moment(value, zone)
        if moment is None:
            problem(key, f"{str(value).strip()!r} is not a date (use 2026-03-14 or 03/14/2026)")
        elif moment > now:
            problem(key, "cannot be in the future")
        return moment

    dob_moment = None
    if text("dob"):
        dob_moment = _moment(cells["dob"], "UTC")
        if dob_moment is None:
            problem("dob", f"{text('dob')!r} is not a date (use 1980-03-14 or 03/14/1980)")
    sex = text("sex")
    if sex is not None and sex.casefold() not in _SEXES:
        problem("sex", f"{sex!r}: use F, M, X or unknown")
    referral_type = _code(text("referral_type"), [t.value for t in ReferralType])
    if referral_type is None:
        problem("referral_type", f"{text('referral_type') or 'empty'}: use arrest diversion, "
                                 "social contact or community")
    referred_at = when("referred_at")
    if referred_at is None and text("referred_at") is None:
        problem("referred_at", "required")
    agreed = _yes_no(text("person_agreed"))
    if text("person_agreed") and agreed is None:
        problem("person_agreed", f"{text('person_agreed')!r}: use yes or no")
    status = None
    if text("status"):
        found = _code(text("status"), [s.value for s in CaseState])
        if found is None:
            problem("status", f"{text('status')!r} is not a case status")
        else:
            status = CaseState(found)
    if status is CaseState.DECLINED_OFFER:
        if agreed is True:
            problem("person_agreed", "says yes, but the status says the offer was declined")
        agreed = False
    exit_at = when("exit_date")
    exit_type = _code(text("exit_type"), list(EXIT_TYPES)) if text("exit_type") else None
    if text("exit_type") and exit_type is None:
        problem("exit_type", f"{text('exit_type')!r}: use one of "
                             f"{', '.join(t.replace('_', ' ') for t in EXIT_TYPES)}")
    if exit_at is not None and status not in (None, CaseState.EXITED):
        problem("status", f"is {status.value.replace('_', ' ')}, but an exit date is given")
    if status is CaseState.EXITED and exit_at is None:
        problem("exit_date", "required when the status is exited")
    if exit_at is not None and referred_at is not None and exit_at < referred_at:
        problem("exit_date", "is before the referral date")
    quantity = None
    if text("quantity"):
        try:
            quantity = Decimal(text("quantity"))
        except InvalidOperation:
            problem("quantity", f"{text('quantity')!r} is not a number")
    unit = text("quantity_unit")
    if unit is not None:
        unit = {"g": "g", "grams": "g", "gram": "g", "dosage units": "dosage_units",
                "dosage_units": "dosage_units"}.get(unit.casefold(), unit)
    if out.problems:
        return out
    offense = text("offense_code") or text("offense_description")
    out.plan = RowPlan(
        person=PersonInput(
            last_name=text("last_name") or "", first_name=text("first_name") or "",
            middle_name=text("middle_name"), dob=dob_moment.date() if dob_moment else None,
            sex=_SEXES[sex.casefold()] if sex else None,
            race=tuple(r.strip() for r in (text("race") or "").split(";") if r.strip()),
            ethnicity=text("ethnicity"),
            preferred_language=(text("preferred_language") or "en").casefold(),
            address=text("address"),
            phones=({"number": text("phone"), "ok_to_text": False,
                     "ok_to_leave_message": False},) if text("phone") else ()),
        referral=ReferralInput(
            referral_type=ReferralType(referral_type), referred_at=referred_at,
            officer_name=text("officer_name") or "", officer_badge=text("officer_badge") or "",
            agency=text("agency") or "", location=text("location") or "",
            incident_number=text("incident_number"), origin_area=text("origin_area"),
            offenses=(Offense(text("offense_code") or "", text("offense_description") or ""),)
            if offense else (),
            substance=text("substance"), quantity=quantity, quantity_unit=unit,
            person_agreed=agreed is not False, declined_reason=text("declined_reason"),
            referrer_name=text("referrer_name"), approved_by=text("approved_by")),
        case_manager=text("case_manager"), status=status,
        exit_at=exit_at, exit_type=exit_type, exit_reason=text("exit_reason") or "")
    return out


def _code(value: str | None, codes: list[str]) -> str | None:
    if not value:
        return None
    folded = "_".join(value.strip().casefold().replace("-", " ").split())
    return folded if folded in codes else None


def _yes_no(value: str | None) -> bool | None:
    if value is None:
        return None
    folded = value.strip().casefold()
    return True if folded in _YES else False if folded in _NO else None


def _moment(value: object, zone: str) -> datetime | None:
    """A cell as a UTC moment: a time-zone-aware value as it is, a time without a zone in
    the program's zone, a date alone at noon there."""
    local = ZoneInfo(zone)
    if isinstance(value, datetime):
        moment = value
    elif isinstance(value, date):
        moment = datetime.combine(value, time(12))
    else:
        text = str(value).strip()
        moment = None
        try:
            moment = datetime.fromisoformat(text)
            if len(text) <= 10:
                moment = datetime.combine(moment.date(), time(12))
        except ValueError:
            for fmt in _DATE_FORMATS:
                try:
                    moment = datetime.combine(datetime.strptime(text, fmt).date(), time(12))
                    break
                except ValueError:
                    continue
        if moment is None:
            return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=local)
    return moment.astimezone(timezone.utc)
