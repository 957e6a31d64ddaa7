"""Program profiles (workflow.md §5): named, versioned settings a case is accepted under.

Profiles are TOML files in `resources/profiles/`. Loading validates every key and value and
says, in one message, everything that is wrong and where; an absent setting means "off"
where workflow.md allows that (TOML has no null).
"""

from __future__ import annotations

import tomllib
import types
import typing
from dataclasses import MISSING, dataclass, field, fields
from datetime import date, datetime
from enum import Enum
from pathlib import Path
from typing import Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from lead_desktop.errors import InvalidInput
from lead_desktop.paths import resource_path
from lead_desktop.services.messages import QT_TRANSLATE_NOOP, Listed, message
from lead_desktop.services.program.vocabulary import (
    ComplianceModel,
    NoncomplianceOutcome,
    ReferralType,
)


class ProfileError(InvalidInput):
    """A profile file that cannot be used; the message lists every problem."""


@dataclass(frozen=True)
class Exclusions:
    """Each exclusion is off (absent) or a value. A firing exclusion makes the referral
    ineligible unless the prosecutor overrides it with a reason."""

    max_quantity_g: float | None = None
    max_dosage_units: int | None = None
    min_age: int | None = 18
    exclude_distribution: Literal["none", "above_subsistence", "any"] = "none"
    exclude_exploits_minors: bool = False
    exclude_promoting_prostitution: bool = False
    exclude_sex_offense: bool = False
    violent_lookback_years: int | None = None
    assault_lookback_years: int | None = None
    lengthy_record_threshold: int | None = None
    lengthy_record_da_judgement: bool = False
    exclude_probation_parole: bool = False
    exclude_treatment_court_case: bool = False
    exclude_protective_order_participant: bool = False
    catchment_required: bool = False
    catchment_areas: list[str] = field(default_factory=list)
    prior_activity_window_months: int | None = None
    eligible_offenses: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Timers:
    handoff_target_minutes: int = 30
    da_review_business_days: int = 2
    intake_reminder_days: list[int] = field(default_factory=lambda: [7, 3, 1, 0])
    no_contact_warning_days: int = 14
    provider_reply_business_days: int = 5
    waitlist_alert_days: int = 14
    consent_expiry_alert_days: int = 30
    snapshot_due_day: int = 10
    evaluation_lookup_months: list[int] = field(default_factory=lambda: [6, 18])


@dataclass(frozen=True)
class Profile:
    id: str
    name: str
    version: int
    compliance_model: ComplianceModel
    noncompliance_outcome: NoncomplianceOutcome
    referral_types: list[ReferralType]
    da_review_required: dict[str, bool]
    #: What an arrest diversion may be for: "drug", and "prostitution" where the program
    #: diverts it too (a prostitution arrest needs no drug quantity).
    arrest_offense_kinds: list[str] = field(default_factory=lambda: ["drug"])
    intake_deadline_days: int = 30
    deadline_from: Literal["referral", "da_approval"] = "referral"
    missed_appointment_limit: int | None = None
    lost_contact_days: int = 30
    completion_deadline_days: int | None = None
    completion_criteria: list[str] = field(default_factory=list)
    capacity_concurrent: int | None = None
    capacity_policy: Literal["waitlist", "refuse"] = "waitlist"
    intake_clock_starts_on_release: bool = True
    social_contact_only_if_capacity: bool = False
    #: A participant waits for treatment in its own state, "awaiting treatment", with the
    #: provider and the waitlist's date (where providers keep long waitlists).
    awaiting_treatment_state: bool = False
    community_requires_approval: bool = False
    caseload_target: int = 15
    caseload_max: int = 25
    reopen_window_days: int = 90
    #: Harm reduction: removal for violence or threats leads to no filing unless set.
    file_charges_after_removal: bool = False
    summons_document: Literal["generic", "ma_complaint", "agency_template"] = "generic"
    #: What the program's documents call the prosecutor's office, and the name a §2.35
    #: consent gives it (Maryland "State's Attorney", West Virginia "Prosecuting Attorney").
    prosecutor_office: str = "District Attorney"
    redisclosure_notice: Literal["short", "long"] = "short"   # the §2.32 notice printed
    languages: list[str] = field(default_factory=lambda: ["en", "es"])
    #: The program's time zone: deadlines and "today" are the program's local dates.
    time_zone: str = "America/New_York"
    main_providers: list[str] = field(default_factory=list)
    notes: str = ""
    exclusions: Exclusions = field(default_factory=Exclusions)
    timers: Timers = field(default_factory=Timers)

    @property
    def key(self) -> str:
        """What a case stores: the profile and the version it was accepted under."""
        return f"{self.id}@{self.version}"

    def accepts(self, referral_type: ReferralType) -> bool:
        return referral_type in self.referral_types

    def needs_da_review(self, referral_type: ReferralType) -> bool:
        return self.da_review_required.get(referral_type.value, False)

    def local_date(self, moment: datetime) -> date:
        return moment.astimezone(ZoneInfo(self.time_zone)).date()

    @property
    def compliance_based(self) -> bool:
        return self.compliance_model is ComplianceModel.COMPLIANCE


# --- loading and validation ---

def _check(value: object, hint: object, where: str, problems: list[str]) -> object:
    """Convert and check one value against a type hint; append a problem if it does not fit."""
    origin = typing.get_origin(hint)
    args = typing.get_args(hint)
    if origin in (typing.Union, types.UnionType):
        inner = [a for a in args if a is not type(None)][0]
        return _check(value, inner, where, problems)
    if origin is Literal:
        if value not in args:
            problems.append(f"{where}: {value!r} is not one of {', '.join(map(repr, args))}")
        return value
    if isinstance(hint, type) and issubclass(hint, Enum):
        try:
            return hint(value)
        except ValueError:
            problems.append(f"{where}: {value!r} is not one of "
                            f"{', '.join(repr(m.value) for m in hint)}")
            return value
    if origin is list:
        if not isinstance(value, list):
            problems.append(f"{where}: expected a list")
            return value
        return [_check(v, args[0], f"{where}[{i}]", problems) for i, v in enumerate(value)]
    if origin is dict:
        if not isinstance(value, dict):
            problems.append(f"{where}: expected a table")
            return value
        return {k: _check(v, args[1], f"{where}.{k}", problems) for k, v in value.items()}
    if hint in (int, float):
        number_types = (int, float) if hint is float else (int,)
        if isinstance(value, bool) or not isinstance(value, number_types):
            problems.append(f"{where}: expected a {'whole ' if hint is int else ''}number, "
                            f"got {value!r}")
            return value
        if value < 0:
            problems.append(f"{where}: must not be negative")
        return hint(value)
    if hint in (str, bool) and not isinstance(value, hint):
        problems.append(f"{where}: expected {'true or false' if hint is bool else 'text'}, "
                        f"got {value!r}")
    return value


def _build(cls: type, table: dict, where: str, problems: list[str]):
    hints = typing.get_type_hints(cls)
    known = {f.name for f in fields(cls)}
    for unknown in sorted(set(table) - known):
        problems.append(f"{where}{unknown}: unknown setting")
    values = {}
    for f in fields(cls):
        if f.name not in table:
            continue
        hint = hints[f.name]
        if isinstance(hint, type) and hint in (Exclusions, Timers):
            if not isinstance(table[f.name], dict):
                problems.append(f"{where}{f.name}: expected a table")
                continue
            values[f.name] = _build(hint, table[f.name], f"{where}{f.name}.", problems)
        else:
            values[f.name] = _check(table[f.name], hint, f"{where}{f.name}", problems)
    missing = [f.name for f in fields(cls) if f.name not in table
               and f.default is MISSING and f.default_factory is MISSING]
    for name in missing:
        problems.append(f"{where}{name}: required setting is missing")
    return None if missing else cls(**values)


def _cross_checks(profile: Profile, problems: list[str]) -> None:
    for name in profile.da_review_required:
        if name not in {t.value for t in ReferralType}:
            problems.append(f"da_review_required.{name}: not a referral type")
    if not profile.referral_types:
        problems.append("referral_types: at least one referral type is needed")
    if profile.exclusions.catchment_required and not profile.exclusions.catchment_areas:
        problems.append("exclusions.catchment_areas: a required catchment needs its area list")
    if profile.compliance_based and profile.noncompliance_outcome is NoncomplianceOutcome.NONE:
        problems.append("noncompliance_outcome: a compliance model needs summons or disqualify")
    if profile.caseload_target > profile.caseload_max:
        problems.append("caseload_target: larger than caseload_max")
    if profile.timers.snapshot_due_day > 28:
        problems.append("timers.snapshot_due_day: must be 28 or less (every month has the day)")
    try:
        ZoneInfo(profile.time_zone)
    except (ZoneInfoNotFoundError, ValueError):
        problems.append(f"time_zone: {profile.time_zone!r} is not a known time zone")
    for kind in profile.arrest_offense_kinds:
        if kind not in ("drug", "prostitution"):
            problems.append(f"arrest_offense_kinds: {kind!r} is not 'drug' or 'prostitution'")
    if profile.intake_deadline_days < 1:
        problems.append("intake_deadline_days: must be at least 1")


def parse_profile(text: str, source: str = "profile") -> Profile:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ProfileError(message("Profiles", QT_TRANSLATE_NOOP(
            "Profiles", "{source} is not valid TOML: {reason}"),
            source=source, reason=str(exc))) from exc
    problems: list[str] = []
    profile = _build(Profile, data, "", problems)
    if profile is not None and not problems:
        _cross_checks(profile, problems)
    if problems:
        raise ProfileError(message("Profiles", QT_TRANSLATE_NOOP(
            "Profiles", "{source} cannot be used:\n  - {problems}"),
            source=source, problems=Listed(tuple(problems), "\n  - ")))
    return profile


def load_profile(path: Path) -> Profile:
    return parse_profile(path.read_text(encoding="utf-8"), source=str(path.name))


def bundled_profiles() -> dict[str, Profile]:
    """The presets shipped in resources/profiles, by `id@version`."""
    folder = resource_path("profiles")
    profiles = [load_profile(p) for p in sorted(folder.glob("*.toml"))]
    return {p.key: p for p in profiles}
