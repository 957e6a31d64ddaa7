"""A profile's rules as sentences a program manager reads (Administration → Program):
every setting of the version in force, in plain words, in the user's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from lead_desktop.services.program.profile import Profile
from lead_desktop.services.program.vocabulary import ComplianceModel, NoncomplianceOutcome
from lead_desktop.ui.labels import shown_label


def _t(text: str) -> str:
    return QCoreApplication.translate("ProgramRules", text)


def _fill(text: str, *values: object) -> str:
    for number, value in enumerate(values, start=1):
        text = text.replace(f"%{number}", str(value))
    return text


def _kinds(profile: Profile) -> str:
    names = {"arrest_diversion": _t("arrest diversions"), "social_contact": _t("social contacts"),
             "community": _t("community referrals")}
    return ", ".join(names.get(t.value, t.value) for t in profile.referral_types)


def _referrals(p: Profile) -> list[str]:
    lines = [_fill(_t("The program accepts %1."), _kinds(p))]
    reviewed = [t for t in p.referral_types if p.needs_da_review(t)]
    if reviewed:
        lines.append(_t("The prosecutor reviews the eligibility of every arrest diversion.")
                     if [t.value for t in reviewed] == ["arrest_diversion"] else
                     _fill(_t("The prosecutor reviews eligibility for: %1."),
                           ", ".join(shown_label("referral_type", t) for t in reviewed)))
    if "prostitution" in p.arrest_offense_kinds:
        lines.append(_t("Arrests for prostitution are diverted too (no drug quantity needed)."))
    if p.community_requires_approval:
        lines.append(_t("A community referral needs the approval of the police or the "
                        "project team."))
    if p.social_contact_only_if_capacity:
        lines.append(_t("Social contacts are accepted only while there is capacity."))
    return lines


def _eligibility(p: Profile) -> list[str]:
    ex, lines = p.exclusions, []
    if ex.catchment_required:
        lines.append(_fill(_t("A referral must come from the catchment: %1."),
                           "; ".join(ex.catchment_areas)))
    elif ex.catchment_areas:
        lines.append(_fill(_t("Areas listed on the referral form: %1."),
                           "; ".join(ex.catchment_areas)))
    if ex.min_age is not None:
        lines.append(_fill(_t("A participant is at least %1 years old."), ex.min_age))
    if ex.max_quantity_g is not None:
        lines.append(_fill(_t("More than %1 g of a drug makes a referral ineligible."),
                           ex.max_quantity_g))
    if ex.max_dosage_units is not None:
        lines.append(_fill(_t("More than %1 dosage units makes a referral ineligible."),
                           ex.max_dosage_units))
    distribution = {"any": _t("Any sign of dealing makes a referral ineligible."),
                    "above_subsistence": _t("Dealing beyond subsistence makes a referral "
                                            "ineligible.")}
    if ex.exclude_distribution in distribution:
        lines.append(distribution[ex.exclude_distribution])
    for on, words in ((ex.exclude_exploits_minors, _t("exploiting minors")),
                      (ex.exclude_promoting_prostitution, _t("promoting prostitution")),
                      (ex.exclude_sex_offense, _t("a sex offense")),
                      (ex.exclude_probation_parole, _t("being on probation or parole")),
                      (ex.exclude_treatment_court_case, _t("an open treatment-court case")),
                      (ex.exclude_protective_order_participant,
                       _t("being party to a protective order"))):
        if on:
            lines.append(_fill(_t("Excluded: %1."), words))
    if ex.violent_lookback_years is not None:
        lines.append(_fill(_t("A violent conviction in the last %1 years excludes."),
                           ex.violent_lookback_years))
    if ex.assault_lookback_years is not None:
        lines.append(_fill(_t("An assault conviction in the last %1 years excludes."),
                           ex.assault_lookback_years))
    if ex.lengthy_record_da_judgement:
        lines.append(_t("A lengthy record is left to the prosecutor's judgement."))
    if ex.prior_activity_window_months is not None:
        lines.append(_fill(_t("Only activity within the last %1 months counts."),
                           ex.prior_activity_window_months))
    return lines


def _intake_and_compliance(p: Profile) -> list[str]:
    start = _t("the referral") if p.deadline_from == "referral" else \
        _t("the prosecutor's approval")
    lines = [_fill(_t("Intake is due within %1 days of %2."), p.intake_deadline_days, start)]
    if p.intake_clock_starts_on_release:
        lines.append(_t("For someone in custody, the intake clock starts on release."))
    if p.compliance_model is ComplianceModel.HARM_REDUCTION:
        lines.append(_t("Harm reduction: no sanctions after intake."))
    else:
        outcome = {NoncomplianceOutcome.SUMMONS: _t("a summons"),
                   NoncomplianceOutcome.DISQUALIFY: _t("disqualification")}.get(
            p.noncompliance_outcome, _t("no sanction"))
        lines.append(_fill(_t("Compliance model: not complying can lead to %1."), outcome))
    if p.missed_appointment_limit is not None:
        lines.append(_fill(_t("After %1 unexcused missed appointments the case goes to the "
                              "supervisor for a compliance review."),
                           p.missed_appointment_limit))
    lines.append(_fill(_t("No contact for %1 days marks a participant as lost to contact."),
                       p.lost_contact_days))
    if p.completion_deadline_days is not None:
        lines.append(_fill(_t("The program is to be completed within %1 days."),
                           p.completion_deadline_days))
    if p.file_charges_after_removal:
        lines.append(_t("Charges are filed after a removal for violence or threats."))
    lines.append(_fill(_t("A closed case may reopen within %1 days."), p.reopen_window_days))
    return lines


def _capacity(p: Profile) -> list[str]:
    lines = []
    if p.capacity_concurrent is not None:
        policy = _t("new participants wait on the waitlist") \
            if p.capacity_policy == "waitlist" else _t("new referrals are refused")
        lines.append(_fill(_t("At most %1 participants at once; when full, %2."),
                           p.capacity_concurrent, policy))
    else:
        lines.append(_t("No limit on the number of participants."))
    lines.append(_fill(_t("A case manager carries about %1 cases, never more than %2."),
                       p.caseload_target, p.caseload_max))
    t = p.timers
    if any(p.needs_da_review(kind) for kind in p.referral_types):
        lines.append(_fill(_t("The prosecutor's review is due within %1 business days."),
                           t.da_review_business_days))
    lines.append(_fill(_t("A provider's reply is due within %1 business days."),
                       t.provider_reply_business_days))
    if p.awaiting_treatment_state:
        lines.append(_t("A participant on a provider's treatment waitlist waits in "
                        "\"awaiting treatment\"; the provider and the waitlist's date are "
                        "kept, and admission to treatment makes the case active again."))
    lines.append(_fill(_t("A waitlist alert is raised after %1 days of waiting."),
                       t.waitlist_alert_days))
    return lines


def _documents(p: Profile) -> list[str]:
    summons = {"generic": _t("the program's own summons"),
               "ma_complaint": _t("the Massachusetts complaint packet"),
               "agency_template": _t("the agency's own court form")}[p.summons_document]
    return [_fill(_t("A summons prints as %1."), summons),
            _fill(_t("Forms and letters in: %1."),
                  ", ".join(shown_label("language", code) for code in p.languages)),
            _fill(_t("Dates and deadlines follow the time zone %1."), p.time_zone)]


def rules_in_words(profile: Profile) -> list[tuple[str, list[str]]]:
    """The rules by topic: (heading, sentences)."""
    return [(_t("Referrals"), _referrals(profile)),
            (_t("Eligibility"), _eligibility(profile)),
            (_t("Intake and compliance"), _intake_and_compliance(profile)),
            (_t("Capacity, caseloads and deadlines"), _capacity(profile)),
            (_t("Documents"), _documents(profile))]
