"""The eligibility checklist (workflow.md §5, forms.md "Eligibility review").

One row per exclusion the profile switches on, each `pass`, `fail` or `unknown`, with the
reason. Items the referral answers (age, quantity, catchment, offences) are evaluated here;
items only a records check can answer (violent history, probation ...) come from the
reviewer as yes/no and stay `unknown` until answered. The criminal history itself is never
an input: only whether an exclusion applies.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from enum import Enum

from lead_desktop.errors import InvalidInput
from lead_desktop.services.labels import Coded
from lead_desktop.services.messages import QT_TRANSLATE_NOOP, Amount, Listed, Message, message
from lead_desktop.services.program.profile import Profile
from lead_desktop.services.program.vocabulary import ReferralType


class Result(str, Enum):
    PASS = "pass"
    FAIL = "fail"
    UNKNOWN = "unknown"


REASON_CODES = ("quantity", "distribution", "violent_history", "record_length", "age",
                "catchment", "probation_parole", "treatment_court", "protective_order", "other")
DECISIONS = ("eligible", "ineligible", "eligible_with_override")
DISTRIBUTIONS = ("none", "subsistence", "above_subsistence")  # signs of selling, recorded

# Reviewer questions: the answer True means "this exclusion applies to the person".
# Labels and reasons are messages (context "Checklist"): kept in English in the review's
# rows, shown in the user's language on the form.
REVIEWER_ITEMS = {
    "exclude_exploits_minors": (QT_TRANSLATE_NOOP("Checklist", "Exploits minors"), "other"),
    "exclude_promoting_prostitution": (QT_TRANSLATE_NOOP("Checklist", "Promoting prostitution"),
                                       "other"),
    "exclude_sex_offense": (QT_TRANSLATE_NOOP("Checklist", "Sex offense"), "violent_history"),
    "violent_lookback_years": (QT_TRANSLATE_NOOP(
        "Checklist", "Violent conviction within {value} years"), "violent_history"),
    "assault_lookback_years": (QT_TRANSLATE_NOOP(
        "Checklist", "Assault (female, officer, deadly weapon) within {value} years"),
        "violent_history"),
    "lengthy_record_da_judgement": (QT_TRANSLATE_NOOP("Checklist", "Lengthy record (DA judgement)"),
                                    "record_length"),
    "exclude_probation_parole": (QT_TRANSLATE_NOOP("Checklist", "On probation or parole"),
                                 "probation_parole"),
    "exclude_treatment_court_case": (QT_TRANSLATE_NOOP("Checklist", "Open treatment-court case"),
                                     "treatment_court"),
    "exclude_protective_order_participant": (QT_TRANSLATE_NOOP(
        "Checklist", "Protective order barring contact with a participant"), "protective_order"),
}


@dataclass(frozen=True)
class ReferralFacts:
    referral_type: ReferralType
    referred_on: date
    dob: date | None = None
    quantity: Decimal | None = None
    quantity_unit: str | None = None  # "g" | "dosage_units"
    distribution: str | None = None   # "none" | "subsistence" | "above_subsistence"
    offense_codes: tuple[str, ...] = ()
    offense_kinds: tuple[str, ...] = ()   # "drug" | "prostitution", one per offense
    origin_area: str | None = None
    catchment_override_reason: str = ""
    prior_activity_verified_on: date | None = None
    prior_convictions: int | None = None
    #: Reviewer answers, keyed as REVIEWER_ITEMS: True = the exclusion applies.
    answers: dict[str, bool] = field(default_factory=dict)


@dataclass(frozen=True)
class ChecklistItem:
    key: str
    label: str      # in English (the review's stored rows, documents)
    result: Result
    reason: str
    reason_code: str
    #: the same as messages, for the form to show in the user's language
    label_words: Message | None = field(default=None, compare=False)
    reason_words: Message | None = field(default=None, compare=False)


@dataclass(frozen=True)
class Checklist:
    items: tuple[ChecklistItem, ...]

    @property
    def failing(self) -> list[ChecklistItem]:
        return [i for i in self.items if i.result is Result.FAIL]

    @property
    def unknown(self) -> list[ChecklistItem]:
        return [i for i in self.items if i.result is Result.UNKNOWN]

    @property
    def outcome(self) -> str:
        if self.failing:
            return "ineligible"
        return "incomplete" if self.unknown else "eligible"


def age_on(dob: date, day: date) -> int:
    return day.year - dob.year - ((day.month, day.day) < (dob.month, dob.day))


def _say(text: str, **values: object) -> Message:
    return message("Checklist", text, **values)


_NOT_CHECKED = _say(QT_TRANSLATE_NOOP("Checklist", "not checked yet"))


def _item(key: str, label: Message, result: Result, reason: Message, code: str
          ) -> ChecklistItem:
    return ChecklistItem(key, str(label), result, str(reason), code, label, reason)


def evaluate(profile: Profile, facts: ReferralFacts) -> Checklist:
    ex = profile.exclusions
    items = [_referral_type(profile, facts)]
    if ex.min_age is not None:
        items.append(_age(ex.min_age, facts))
    if ex.max_quantity_g is not None:
        items.append(_quantity("max_quantity_g", "g", Decimal(str(ex.max_quantity_g)), facts))
    if ex.max_dosage_units is not None:
        items.append(_quantity("max_dosage_units", "dosage_units", Decimal(ex.max_dosage_units),
                               facts))
    if ex.exclude_distribution != "none":
        items.append(_distribution(ex.exclude_distribution, facts))
    if ex.lengthy_record_threshold is not None:
        items.append(_record_length(ex.lengthy_record_threshold, facts))
    for key, (label, code) in REVIEWER_ITEMS.items():
        value = getattr(ex, key)
        if value not in (None, False):
            items.append(_reviewer(key, _say(label, value=value), code, facts))
    if ex.catchment_required:
        items.append(_catchment(ex.catchment_areas, facts))
    if ex.prior_activity_window_months is not None and \
            facts.referral_type is ReferralType.SOCIAL_CONTACT:
        items.append(_prior_activity(ex.prior_activity_window_months, facts))
    if ex.eligible_offenses and facts.referral_type is ReferralType.ARREST_DIVERSION:
        items.append(_offenses(ex.eligible_offenses, facts))
    return Checklist(tuple(items))


def _referral_type(profile: Profile, facts: ReferralFacts) -> ChecklistItem:
    ok = profile.accepts(facts.referral_type)
    kind = Coded("referral_type", facts.referral_type.value)
    return _item("referral_type", _say(QT_TRANSLATE_NOOP("Checklist", "Referral type accepted")),
                 Result.PASS if ok else Result.FAIL,
                 _say(QT_TRANSLATE_NOOP("Checklist", "{kind} is accepted by {program}") if ok
                      else QT_TRANSLATE_NOOP("Checklist", "{kind} is not accepted by {program}"),
                      kind=kind, program=profile.name), "other")


def _age(min_age: int, facts: ReferralFacts) -> ChecklistItem:
    label = _say(QT_TRANSLATE_NOOP("Checklist", "Age {min_age} or over"), min_age=min_age)
    if facts.dob is None:
        return _item("min_age", label, Result.UNKNOWN,
                     _say(QT_TRANSLATE_NOOP("Checklist", "date of birth not recorded")), "age")
    age = age_on(facts.dob, facts.referred_on)
    result = Result.PASS if age >= min_age else Result.FAIL
    return _item("min_age", label, result, _say(QT_TRANSLATE_NOOP(
        "Checklist", "{age} years old on the referral date"), age=age), "age")


def _quantity(key: str, unit: str, limit: Decimal, facts: ReferralFacts) -> ChecklistItem:
    grams = unit == "g"
    label = _say(QT_TRANSLATE_NOOP("Checklist", "Quantity at most {n}g") if grams else
                 QT_TRANSLATE_NOOP("Checklist", "Quantity at most {n} dosage units"),
                 n=_number(limit))
    if facts.quantity is None and no_drugs_involved(facts.offense_kinds):
        return _item(key, label, Result.PASS, _say(QT_TRANSLATE_NOOP(
            "Checklist", "no drugs: a prostitution arrest")), "quantity")
    if facts.quantity is None or facts.quantity_unit is None:
        return _item(key, label, Result.UNKNOWN,
                     _say(QT_TRANSLATE_NOOP("Checklist", "quantity not recorded")), "quantity")
    if facts.quantity_unit != unit:
        return _item(key, label, Result.UNKNOWN, _say(QT_TRANSLATE_NOOP(
            "Checklist", "quantity recorded in {recorded}, the limit is in {unit}"),
            recorded=facts.quantity_unit.replace("_", " "), unit=unit.replace("_", " ")),
            "quantity")
    result = Result.PASS if facts.quantity <= limit else Result.FAIL
    return _item(key, label, result,
                 _say(QT_TRANSLATE_NOOP("Checklist", "{n}g recorded") if grams else
                      QT_TRANSLATE_NOOP("Checklist", "{n} dosage units recorded"),
                      n=_number(facts.quantity)), "quantity")


def no_drugs_involved(offense_kinds: tuple[str, ...] | list[str]) -> bool:
    """A prostitution arrest carries no drug quantity (Baltimore, Seattle)."""
    return bool(offense_kinds) and all(kind == "prostitution" for kind in offense_kinds)


def _number(value: Decimal) -> Amount:
    """3.0 -> "3", 50 -> "50" (not "5E+1"), 0.80 -> "0.8"; on screen in the user's locale."""
    return Amount(Decimal(value))


def _distribution(rule: str, facts: ReferralFacts) -> ChecklistItem:
    label = _say(QT_TRANSLATE_NOOP("Checklist", "No distribution") if rule == "any" else
                 QT_TRANSLATE_NOOP("Checklist", "No distribution above subsistence"))
    if facts.distribution is None:
        return _item("exclude_distribution", label, Result.UNKNOWN,
                     _say(QT_TRANSLATE_NOOP("Checklist", "not recorded")), "distribution")
    excluded = {"any": {"subsistence", "above_subsistence"},
                "above_subsistence": {"above_subsistence"}}[rule]
    result = Result.FAIL if facts.distribution in excluded else Result.PASS
    return _item("exclude_distribution", label, result,
                 _say(QT_TRANSLATE_NOOP("Checklist", "distribution: {what}"),
                      what=Coded("distribution", facts.distribution)), "distribution")


def _record_length(threshold: int, facts: ReferralFacts) -> ChecklistItem:
    label = _say(QT_TRANSLATE_NOOP("Checklist", "Fewer than {n} prior convictions"),
                 n=threshold)
    if facts.prior_convictions is None:
        return _item("lengthy_record_threshold", label, Result.UNKNOWN, _NOT_CHECKED,
                     "record_length")
    result = Result.FAIL if facts.prior_convictions >= threshold else Result.PASS
    return _item("lengthy_record_threshold", label, result, _say(QT_TRANSLATE_NOOP(
        "Checklist", "{n} prior convictions"), n=facts.prior_convictions), "record_length")


def _reviewer(key: str, label: Message, code: str, facts: ReferralFacts) -> ChecklistItem:
    answer = facts.answers.get(key)
    if answer is None:
        return _item(key, label, Result.UNKNOWN, _NOT_CHECKED, code)
    return _item(key, label, Result.FAIL if answer else Result.PASS,
                 _say(QT_TRANSLATE_NOOP("Checklist", "applies") if answer else
                      QT_TRANSLATE_NOOP("Checklist", "does not apply")), code)


def _catchment(areas: list[str], facts: ReferralFacts) -> ChecklistItem:
    label = _say(QT_TRANSLATE_NOOP("Checklist", "Referral originates in the catchment area"))
    if facts.catchment_override_reason.strip():
        return _item("catchment", label, Result.PASS, _say(QT_TRANSLATE_NOOP(
            "Checklist", "override: {why}"), why=facts.catchment_override_reason.strip()),
            "catchment")
    if not facts.origin_area:
        return _item("catchment", label, Result.UNKNOWN,
                     _say(QT_TRANSLATE_NOOP("Checklist", "origin not recorded")), "catchment")
    inside = facts.origin_area.casefold() in {a.casefold() for a in areas}
    return _item("catchment", label, Result.PASS if inside else Result.FAIL, _say(
        QT_TRANSLATE_NOOP("Checklist", "originates in {area}"), area=facts.origin_area),
        "catchment")


def _prior_activity(months: int, facts: ReferralFacts) -> ChecklistItem:
    label = _say(QT_TRANSLATE_NOOP("Checklist", "Verified prior activity within {n} months"),
                 n=months)
    seen = facts.prior_activity_verified_on
    if seen is None:
        return _item("prior_activity_window_months", label, Result.UNKNOWN,
                     _say(QT_TRANSLATE_NOOP("Checklist", "not verified")), "other")
    gap = (facts.referred_on.year - seen.year) * 12 + facts.referred_on.month - seen.month
    result = Result.PASS if 0 <= gap <= months else Result.FAIL
    return _item("prior_activity_window_months", label, result, _say(QT_TRANSLATE_NOOP(
        "Checklist", "verified {day}"), day=seen.isoformat()), "other")


def _offenses(codes: list[str], facts: ReferralFacts) -> ChecklistItem:
    label = _say(QT_TRANSLATE_NOOP("Checklist", "Offenses eligible for diversion"))
    if not facts.offense_codes:
        return _item("eligible_offenses", label, Result.UNKNOWN,
                     _say(QT_TRANSLATE_NOOP("Checklist", "no offense recorded")), "other")
    outside = [c for c in facts.offense_codes if c not in codes]
    return _item("eligible_offenses", label, Result.FAIL if outside else Result.PASS,
                 _say(QT_TRANSLATE_NOOP("Checklist", "not eligible: {codes}"),
                      codes=", ".join(outside)) if outside else
                 _say(QT_TRANSLATE_NOOP("Checklist", "all eligible")), "other")


def check_decision(checklist: Checklist, decision: str, reason_code: str | None) -> None:
    """The prosecutor's decision must fit the checklist: an `eligible` decision with a
    failing item is an override and needs a reason code; so does `ineligible`."""
    if decision not in DECISIONS:
        raise InvalidInput(_say(QT_TRANSLATE_NOOP(
            "Checklist", "The decision must be one of: {decisions}."),
            decisions=Listed(tuple(Coded("decision", d) for d in DECISIONS))))
    if reason_code is not None and reason_code not in REASON_CODES:
        raise InvalidInput(_say(QT_TRANSLATE_NOOP(
            "Checklist", "The reason code must be one of: {reasons}."),
            reasons=Listed(tuple(Coded("eligibility_reason", r) for r in REASON_CODES))))
    if decision in ("ineligible", "eligible_with_override") and reason_code is None:
        raise InvalidInput(_say(QT_TRANSLATE_NOOP(
            "Checklist", "Give a reason code for this decision.")))
    if decision == "eligible" and checklist.failing:
        names = Listed(tuple(i.label_words or i.label for i in checklist.failing))
        raise InvalidInput(_say(QT_TRANSLATE_NOOP(
            "Checklist", "These exclusions fire: {names}. Decide ineligible, or eligible with "
            "override and a reason code."), names=names))
