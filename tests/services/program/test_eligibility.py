"""The eligibility checklist per profile, and the prosecutor's decision rules."""

from datetime import date
from decimal import Decimal

import pytest

from lead_desktop.errors import InvalidInput
from lead_desktop.services.program.eligibility import (
    ReferralFacts,
    Result,
    check_decision,
    evaluate,
)
from lead_desktop.services.program.profile import bundled_profiles
from lead_desktop.services.program.vocabulary import ReferralType

pytestmark = pytest.mark.postgres  # runs on the encrypted file and on PostgreSQL


P = bundled_profiles()
SEATTLE, WORCESTER = P["seattle-lead@1"], P["worcester-buyer-diversion@1"]
WILMINGTON, BALTIMORE = P["wilmington-nc@1"], P["baltimore-pilot@1"]
DAY = date(2026, 11, 23)


def facts(**kw):
    base = dict(referral_type=ReferralType.ARREST_DIVERSION, referred_on=DAY,
                dob=date(1990, 5, 1), quantity=Decimal("1.2"), quantity_unit="g",
                distribution="none", origin_area=None)
    base.update(kw)
    return ReferralFacts(**base)


def results(checklist):
    return {item.key: item.result for item in checklist.items}


def test_seattle_buyer_under_3g_is_eligible():
    checklist = evaluate(SEATTLE, facts(answers={
        "exclude_exploits_minors": False, "exclude_promoting_prostitution": False,
        "exclude_sex_offense": False, "violent_lookback_years": False}))
    assert checklist.outcome == "eligible", checklist.items


def test_quantity_over_the_limit_fails_with_reason():
    checklist = evaluate(SEATTLE, facts(quantity=Decimal("3.5")))
    item = next(i for i in checklist.items if i.key == "max_quantity_g")
    assert item.result is Result.FAIL and "3.5g" in item.reason and item.reason_code == "quantity"
    assert checklist.outcome == "ineligible"


def test_exactly_at_the_limit_passes():
    assert results(evaluate(SEATTLE, facts(quantity=Decimal("3"))))["max_quantity_g"] is Result.PASS


def test_dosage_units_for_wilmington():
    assert results(evaluate(WILMINGTON, facts(quantity=Decimal(51), quantity_unit="dosage_units"))
                   )["max_dosage_units"] is Result.FAIL
    assert results(evaluate(WILMINGTON, facts(quantity=Decimal(50), quantity_unit="dosage_units"))
                   )["max_dosage_units"] is Result.PASS
    assert results(evaluate(WILMINGTON, facts()))["max_dosage_units"] is Result.UNKNOWN


def test_age_is_counted_on_the_referral_date():
    assert results(evaluate(SEATTLE, facts(dob=date(2008, 11, 24))))["min_age"] is Result.FAIL
    assert results(evaluate(SEATTLE, facts(dob=date(2008, 11, 23))))["min_age"] is Result.PASS
    assert results(evaluate(SEATTLE, facts(dob=None)))["min_age"] is Result.UNKNOWN


@pytest.mark.parametrize("profile, distribution, expected", [
    (SEATTLE, "subsistence", Result.PASS),
    (SEATTLE, "above_subsistence", Result.FAIL),
    (WORCESTER, "subsistence", Result.FAIL),   # "dealers": any distribution
    (WORCESTER, None, Result.UNKNOWN),
])
def test_distribution(profile, distribution, expected):
    assert results(evaluate(profile, facts(distribution=distribution)))["exclude_distribution"] \
        is expected


def test_baltimore_catchment_is_where_the_referral_originates():
    area = BALTIMORE.exclusions.catchment_areas[0]
    assert results(evaluate(BALTIMORE, facts(origin_area=area)))["catchment"] is Result.PASS
    outside = evaluate(BALTIMORE, facts(origin_area="Canton"))
    assert results(outside)["catchment"] is Result.FAIL and outside.outcome == "ineligible"
    override = evaluate(BALTIMORE, facts(origin_area="Canton",
                                         catchment_override_reason="chased across the line"))
    assert results(override)["catchment"] is Result.PASS


def test_reviewer_items_stay_unknown_until_answered():
    checklist = evaluate(WILMINGTON, facts(quantity=Decimal(10), quantity_unit="dosage_units",
                                           origin_area="Wilmington Police Department"))
    assert checklist.outcome == "incomplete"
    unknown = {i.key for i in checklist.unknown}
    assert {"violent_lookback_years", "assault_lookback_years", "exclude_probation_parole"} <= unknown
    answered = evaluate(WILMINGTON, facts(
        quantity=Decimal(10), quantity_unit="dosage_units",
        origin_area="Wilmington Police Department",
        answers={k: False for k in unknown} | {"exclude_probation_parole": True}))
    assert [i.key for i in answered.failing] == ["exclude_probation_parole"]
    labels = [i.label for i in answered.items]
    assert "Violent conviction within 10 years" in labels


def test_referral_type_not_accepted():
    checklist = evaluate(WORCESTER, facts(referral_type=ReferralType.SOCIAL_CONTACT))
    assert results(checklist)["referral_type"] is Result.FAIL


def test_decision_rules():
    failing = evaluate(SEATTLE, facts(quantity=Decimal(5)))
    with pytest.raises(InvalidInput, match="Quantity at most 3g"):
        check_decision(failing, "eligible", None)
    with pytest.raises(InvalidInput, match="reason code"):
        check_decision(failing, "eligible_with_override", None)
    check_decision(failing, "eligible_with_override", "quantity")
    check_decision(failing, "ineligible", "quantity")
    with pytest.raises(InvalidInput, match="reason code must be one of"):
        check_decision(failing, "ineligible", "bad mood")
