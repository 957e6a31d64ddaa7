"""Program profiles: the four presets load, and a bad file says everything wrong at once."""

import pytest

from lead_desktop.services.program.profile import ProfileError, bundled_profiles, parse_profile
from lead_desktop.services.program.vocabulary import ComplianceModel, ReferralType

pytestmark = pytest.mark.postgres  # runs on the encrypted file and on PostgreSQL


PRESETS = bundled_profiles()


def test_the_presets_are_bundled():
    assert set(PRESETS) == {"seattle-lead@1", "worcester-buyer-diversion@1", "wilmington-nc@1",
                            "baltimore-pilot@1", "charleston-wv@1"}


def test_preset_values_follow_workflow_md():
    seattle, worcester = PRESETS["seattle-lead@1"], PRESETS["worcester-buyer-diversion@1"]
    wilmington, baltimore = PRESETS["wilmington-nc@1"], PRESETS["baltimore-pilot@1"]
    assert seattle.compliance_model is ComplianceModel.HARM_REDUCTION
    assert not seattle.needs_da_review(ReferralType.SOCIAL_CONTACT)
    assert seattle.needs_da_review(ReferralType.ARREST_DIVERSION)
    assert worcester.noncompliance_outcome.value == "summons"
    assert worcester.summons_document == "ma_complaint"
    assert worcester.referral_types == [ReferralType.ARREST_DIVERSION]
    assert wilmington.noncompliance_outcome.value == "disqualify"
    assert wilmington.exclusions.max_dosage_units == 50
    assert wilmington.exclusions.assault_lookback_years == 5
    assert baltimore.capacity_concurrent == 60 and baltimore.capacity_policy == "waitlist"
    assert baltimore.exclusions.catchment_required


MINIMAL = """
id = "x"
name = "X"
version = 2
compliance_model = "harm_reduction"
noncompliance_outcome = "none"
referral_types = ["arrest_diversion"]
da_review_required = { arrest_diversion = true }
"""


def test_minimal_profile_gets_the_documented_defaults():
    profile = parse_profile(MINIMAL)
    assert profile.key == "x@2"
    assert profile.intake_deadline_days == 30 and profile.lost_contact_days == 30
    assert profile.caseload_target == 15 and profile.caseload_max == 25
    assert profile.reopen_window_days == 90 and profile.languages == ["en", "es"]
    assert profile.timers.da_review_business_days == 2
    assert profile.timers.provider_reply_business_days == 5
    assert profile.exclusions.min_age == 18


@pytest.mark.parametrize("extra, message", [
    ("intake_deadline_days = 'thirty'", "intake_deadline_days: expected a whole number"),
    ("colour = 'blue'", "colour: unknown setting"),
    ("capacity_policy = 'turn away'", "capacity_policy: 'turn away' is not one of"),
    ("caseload_target = 30", "caseload_target: larger than caseload_max"),
    ("[exclusions]\nmax_quantity_g = -1", "exclusions.max_quantity_g: must not be negative"),
    ("[exclusions]\ncatchment_required = true", "needs its area list"),
    ("[exclusions]\nmin_age = true", "exclusions.min_age: expected a whole number"),
    ("[timers]\nsnapshot_due_day = 31", "snapshot_due_day: must be 28 or less"),
])
def test_bad_values_get_clear_messages(extra, message):
    with pytest.raises(ProfileError, match=message):
        parse_profile(MINIMAL + extra, "site.toml")


def test_every_problem_is_listed_at_once():
    text = 'id = "x"\nversion = "one"\ncompliance_model = "strict"\n'
    with pytest.raises(ProfileError) as caught:
        parse_profile(text, "broken.toml")
    message = caught.value.message
    for part in ("broken.toml", "version: expected a whole number", "'strict' is not one of",
                 "name: required setting is missing", "referral_types: required setting"):
        assert part in message


def test_compliance_model_needs_an_outcome():
    text = MINIMAL.replace('"harm_reduction"', '"compliance"')
    with pytest.raises(ProfileError, match="needs summons or disqualify"):
        parse_profile(text)


def test_not_toml():
    with pytest.raises(ProfileError, match="not valid TOML"):
        parse_profile("id = ", "bad.toml")


def test_time_zone_is_checked_and_gives_local_dates():
    from datetime import datetime, timezone

    with pytest.raises(ProfileError, match="not a known time zone"):
        parse_profile(MINIMAL + 'time_zone = "Mars/Olympus_Mons"')
    seattle = PRESETS["seattle-lead@1"]
    late_evening = datetime(2026, 3, 3, 5, 30, tzinfo=timezone.utc)  # 21:30 on the 2nd in Seattle
    assert seattle.local_date(late_evening).isoformat() == "2026-03-02"
