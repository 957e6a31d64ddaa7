"""A profile's rules as sentences a program manager reads (Administration → Program):
every setting of the version in force, in plain words, in the user's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from lead_desktop.services.program.profile import Profile
from lead_desktop.services.program.vocabulary import ComplianceModel, NoncomplianceOutcome
from lead_desktop.ui.labels import shown_label


# lupdate reads `translate("ProgramRules", "...")` calls (a literal context and text);
# a helper taking the text alone would hide every sentence from the Spanish file
translate = QCoreApplication.translate


def _fill(text: str, *values: object) -> str:
    for number, value in enumerate(values, start=1):
        text = text.replace(f"%{number}", _shown(value))
    return text


def _shown(value: object) -> str:
    """A number as the UI language writes it (3 and 1,4 in Spanish, not 3.0 and 1.4)."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return str(value)
    return QLocale().toString(float(value), "g", 12)


def _kinds(profile: Profile) -> str:
    names = {"arrest_diversion": translate("ProgramRules", "arrest diversions"),
             "social_contact": translate("ProgramRules", "social contacts"),
             "community": translate("ProgramRules", "community referrals")}
    return ", ".join(names.get(t.value, t.value) for t in profile.referral_types)


def _referrals(p: Profile) -> list[str]:
    lines = [_fill(translate("ProgramRules", "The program accepts %1."), _kinds(p))]
    reviewed = [t for t in p.referral_types if p.needs_da_review(t)]
    if reviewed:
        lines.append(translate("ProgramRules",
                               "The prosecutor reviews the eligibility of every arrest diversion.")
                     if [t.value for t in reviewed] == ["arrest_diversion"] else
                     _fill(translate("ProgramRules", "The prosecutor reviews eligibility for: %1."),
                           ", ".join(shown_label("referral_type", t) for t in reviewed)))
    if "prostitution" in p.arrest_offense_kinds:
        lines.append(translate("ProgramRules", "Arrests for prostitution are diverted too "
                               "(no drug quantity needed)."))
    if p.community_requires_approval:
        lines.append(translate("ProgramRules",
                               "A community referral needs the approval of the police or the "
                               "project team."))
    if p.social_contact_only_if_capacity:
        lines.append(translate("ProgramRules",
                               "Social contacts are accepted only while there is capacity."))
    return lines


def _eligibility(p: Profile) -> list[str]:
    ex, lines = p.exclusions, []
    if ex.catchment_required:
        lines.append(_fill(translate("ProgramRules",
                                     "A referral must come from the catchment: %1."),
                           "; ".join(ex.catchment_areas)))
    elif ex.catchment_areas:
        lines.append(_fill(translate("ProgramRules", "Areas listed on the referral form: %1."),
                           "; ".join(ex.catchment_areas)))
    if ex.min_age is not None:
        lines.append(_fill(translate("ProgramRules",
                                     "A participant is at least %1 years old."), ex.min_age))
    if ex.max_quantity_g is not None:
        lines.append(_fill(translate("ProgramRules",
                                     "More than %1 g of a drug makes a referral ineligible."),
                           ex.max_quantity_g))
    if ex.max_dosage_units is not None:
        lines.append(_fill(translate("ProgramRules",
                                     "More than %1 dosage units makes a referral ineligible."),
                           ex.max_dosage_units))
    distribution = {"any": translate("ProgramRules",
                                     "Any sign of dealing makes a referral ineligible."),
                    "above_subsistence": translate("ProgramRules",
                                                   "Dealing beyond subsistence makes a "
                                                   "referral ineligible.")}
    if ex.exclude_distribution in distribution:
        lines.append(distribution[ex.exclude_distribution])
    for on, words in ((ex.exclude_exploits_minors, translate("ProgramRules", "exploiting minors")),
                      (ex.exclude_promoting_prostitution, translate("ProgramRules",
                                                                    "promoting prostitution")),
                      (ex.exclude_sex_offense, translate("ProgramRules", "a sex offense")),
                      (ex.exclude_probation_parole, translate("ProgramRules",
                                                              "being on probation or parole")),
                      (ex.exclude_treatment_court_case, translate("ProgramRules",
                                                                  "an open treatment-court case")),
                      (ex.exclude_protective_order_participant,
                       translate("ProgramRules", "being party to a protective order"))):
        if on:
            lines.append(_fill(translate("ProgramRules", "Excluded: %1."), words))
    if ex.violent_lookback_years is not None:
        lines.append(_fill(translate("ProgramRules",
                                     "A violent conviction in the last %1 years excludes."),
                           ex.violent_lookback_years))
    if ex.assault_lookback_years is not None:
        lines.append(_fill(translate("ProgramRules",
                                     "An assault conviction in the last %1 years excludes."),
                           ex.assault_lookback_years))
    if ex.lengthy_record_da_judgement:
        lines.append(translate("ProgramRules",
                               "A lengthy record is left to the prosecutor's judgement."))
    if ex.prior_activity_window_months is not None:
        lines.append(_fill(translate("ProgramRules",
                                     "Only activity within the last %1 months counts."),
                           ex.prior_activity_window_months))
    return lines


def _intake_and_compliance(p: Profile) -> list[str]:
    start = translate("ProgramRules", "the referral") if p.deadline_from == "referral" else \
        translate("ProgramRules", "the prosecutor's approval")
    lines = [_fill(translate("ProgramRules",
                             "Intake is due within %1 days of %2."), p.intake_deadline_days, start)]
    if p.intake_clock_starts_on_release:
        lines.append(translate("ProgramRules",
                               "For someone in custody, the intake clock starts on release."))
    if p.compliance_model is ComplianceModel.HARM_REDUCTION:
        lines.append(translate("ProgramRules", "Harm reduction: no sanctions after intake."))
    else:
        outcome = {NoncomplianceOutcome.SUMMONS: translate("ProgramRules", "a summons"),
                   NoncomplianceOutcome.DISQUALIFY: translate("ProgramRules",
                                                              "disqualification")}.get(
            p.noncompliance_outcome, translate("ProgramRules", "no sanction"))
        lines.append(_fill(translate("ProgramRules",
                                     "Compliance model: not complying can lead to %1."), outcome))
    if p.missed_appointment_limit is not None:
        lines.append(_fill(translate("ProgramRules",
                                     "After %1 unexcused missed appointments the case goes "
                                     "to the supervisor for a compliance review."),
                           p.missed_appointment_limit))
    lines.append(_fill(translate("ProgramRules",
                                 "No contact for %1 days marks a participant as lost to contact."),
                       p.lost_contact_days))
    if p.completion_deadline_days is not None:
        lines.append(_fill(translate("ProgramRules",
                                     "The program is to be completed within %1 days."),
                           p.completion_deadline_days))
    if p.file_charges_after_removal:
        lines.append(translate("ProgramRules",
                               "Charges are filed after a removal for violence or threats."))
    lines.append(_fill(translate("ProgramRules",
                                 "A closed case may reopen within %1 days."), p.reopen_window_days))
    return lines


def _capacity(p: Profile) -> list[str]:
    lines = []
    if p.capacity_concurrent is not None:
        policy = translate("ProgramRules", "new participants wait on the waitlist") \
            if p.capacity_policy == "waitlist" else translate("ProgramRules",
                                                              "new referrals are refused")
        lines.append(_fill(translate("ProgramRules",
                                     "At most %1 participants at once; when full, %2."),
                           p.capacity_concurrent, policy))
    else:
        lines.append(translate("ProgramRules", "No limit on the number of participants."))
    lines.append(_fill(translate("ProgramRules",
                                 "A case manager carries about %1 cases, never more than %2."),
                       p.caseload_target, p.caseload_max))
    t = p.timers
    if any(p.needs_da_review(kind) for kind in p.referral_types):
        lines.append(_fill(translate("ProgramRules",
                                     "The prosecutor's review is due within %1 business days."),
                           t.da_review_business_days))
    lines.append(_fill(translate("ProgramRules",
                                 "A provider's reply is due within %1 business days."),
                       t.provider_reply_business_days))
    if p.awaiting_treatment_state:
        lines.append(translate("ProgramRules",
                               "A participant on a provider's treatment waitlist waits in "
                               "\"awaiting treatment\"; the provider and the waitlist's date "
                               "are kept, and admission to treatment makes the case active "
                               "again."))
    lines.append(_fill(translate("ProgramRules",
                                 "A waitlist alert is raised after %1 days of waiting."),
                       t.waitlist_alert_days))
    return lines


def _documents(p: Profile) -> list[str]:
    summons = {"generic": translate("ProgramRules", "the program's own summons"),
               "ma_complaint": translate("ProgramRules", "the Massachusetts complaint packet"),
               "agency_template": translate("ProgramRules",
                                            "the agency's own court form")}[p.summons_document]
    return [_fill(translate("ProgramRules", "A summons prints as %1."), summons),
            _fill(translate("ProgramRules", "Forms and letters in: %1."),
                  ", ".join(shown_label("language", code) for code in p.languages)),
            _fill(translate("ProgramRules",
                            "Dates and deadlines follow the time zone %1."), p.time_zone)]


def rules_in_words(profile: Profile) -> list[tuple[str, list[str]]]:
    """The rules by topic: (heading, sentences)."""
    return [(translate("ProgramRules", "Referrals"), _referrals(profile)),
            (translate("ProgramRules", "Eligibility"), _eligibility(profile)),
            (translate("ProgramRules", "Intake and compliance"), _intake_and_compliance(profile)),
            (translate("ProgramRules", "Capacity, caseloads and deadlines"), _capacity(profile)),
            (translate("ProgramRules", "Documents"), _documents(profile))]
