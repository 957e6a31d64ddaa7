"""The case state machine of workflow.md §1-3, as a table of rules and pure guards.

`decide(facts, request)` returns the rule that allows a transition or raises
`TransitionRefused` naming why. It reads no database: the case service gathers the facts,
asks, and records the transition (who, role, when, reason, rule or timer).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Callable

from lead_desktop.errors import LeadError
from lead_desktop.security.roles import Role
from lead_desktop.services.labels import Coded
from lead_desktop.services.messages import QT_TRANSLATE_NOOP, Listed, Message, message
from lead_desktop.services.program.profile import Profile
from lead_desktop.services.program.vocabulary import (
    OPEN_STATES,
    CaseState,
    NoncomplianceOutcome,
    Proposer,
    ReferralType,
)

S = CaseState


def _say(text: str, **values: object) -> Message:
    """Why a step is refused, in English here and in the user's language on screen."""
    return message("Workflow", text, **values)

CM, SUP, DA, OFFICER = Role.CASE_MANAGER, Role.SUPERVISOR, Role.PROSECUTOR_REVIEWER, Role.OFFICER

# Compliance-review triggers (workflow.md §3) and the exit types of forms.md.
TRIGGER_INTAKE_DEADLINE = "intake_deadline_missed"
TRIGGER_MISSED_APPOINTMENTS = "missed_appointment_limit"
TRIGGER_NOT_COMPLETED = "not_completed_by_deadline"
TRIGGER_WITHDRAWAL = "withdrawal"
COMPLIANCE_TRIGGERS = (TRIGGER_MISSED_APPOINTMENTS, TRIGGER_NOT_COMPLETED, TRIGGER_WITHDRAWAL)
EXIT_TYPES = ("completed", "declined_to_continue", "lost_contact", "disqualified",
              "removed_violence_threat", "moved", "died", "incarcerated_other_case",
              "transferred", "administrative")


class TransitionRefused(LeadError):
    """The workflow does not allow this step now; the message says why."""

    exit_code = 16


@dataclass(frozen=True)
class CaseFacts:
    """What the rules need to know about a case, gathered by the case service."""

    state: CaseState
    referral_type: ReferralType
    profile: Profile
    handoff_recorded: bool = False
    capacity_available: bool = True
    da_found_eligible: bool = False
    intake_signed_off: bool = False
    valid_consent_on_file: bool = False
    participation_agreement_signed: bool = False
    intake_due: date | None = None
    days_since_contact: int | None = None
    contact_since_lost: bool = False
    unexcused_misses: int = 0
    completion_due: date | None = None
    completion_criteria_met: bool = False
    completion_criteria_unmet: tuple[str, ...] = ()  # which ones, for the refusal to name
    entered_state_on: date | None = None
    previous_open_state: CaseState | None = None
    #: Age and area items of the checklist that fail (every referral type is screened).
    screening_failures: tuple[object, ...] = ()  # words (messages) of each failed check
    #: Waitlisted cases of the program that have waited longer than this one.
    waitlisted_ahead: int = 0
    #: The provider whose treatment waitlist the participant is on, and since when (ISO).
    treatment_waitlist: tuple[str, str] | None = None
    #: A provider has admitted the participant to treatment.
    treatment_admitted: bool = False
    exit_type: str | None = None
    #: The exit reasons of the administrator's list in use today (code_lists.py).
    exit_reasons: tuple[str, ...] = EXIT_TYPES
    #: Another open case of the same person (gathered for a closed case: no reopening beside it).
    other_open_case: CaseState | None = None


@dataclass(frozen=True)
class TransitionRequest:
    to: CaseState
    role: Role | None
    proposer: Proposer = Proposer.PERSON
    today: date = field(default_factory=date.today)
    reason_code: str | None = None
    reason_text: str = ""
    #: Form data the step needs: incident_date, description, staff_involved, exit_type,
    #: new_due_date, trigger (for timers: which timer).
    details: dict = field(default_factory=dict)


Guard = Callable[[CaseFacts, TransitionRequest], object]  # None = allowed, else why not


@dataclass(frozen=True)
class Rule:
    name: str
    sources: frozenset[CaseState]
    target: CaseState | None  # None: "the case's previous open state" (reopen)
    roles: frozenset[Role]
    timer: bool = False
    guards: tuple[Guard, ...] = ()
    produces: str | None = None  # the document or record the step creates


# --- guards: each returns why the step is refused, or None ---

def _reason(_: CaseFacts, r: TransitionRequest) -> object:
    return None if r.reason_text.strip() or r.reason_code else _say(QT_TRANSLATE_NOOP("Workflow", "a reason is required"))


def _reason_code(_: CaseFacts, r: TransitionRequest) -> object:
    return None if r.reason_code else _say(QT_TRANSLATE_NOOP("Workflow", "a reason code is required"))


def _handoff(f: CaseFacts, _: TransitionRequest) -> object:
    return None if f.handoff_recorded else _say(QT_TRANSLATE_NOOP("Workflow", "the hand-off to a case manager is not recorded yet"))


def _needs_da(f: CaseFacts, _: TransitionRequest) -> object:
    if f.profile.needs_da_review(f.referral_type):
        return None
    return _say(QT_TRANSLATE_NOOP("Workflow", "{program} does not send {kind} referrals to the DA"), program=f.profile.name, kind=Coded("referral_type", f.referral_type.value))


def _no_da(f: CaseFacts, _: TransitionRequest) -> object:
    if not f.profile.needs_da_review(f.referral_type):
        return None
    return _say(QT_TRANSLATE_NOOP("Workflow", "{program} requires DA review for {kind} referrals"), program=f.profile.name, kind=Coded("referral_type", f.referral_type.value))


def _screened(f: CaseFacts, _: TransitionRequest) -> object:
    if not f.screening_failures:
        return None
    return _say(QT_TRANSLATE_NOOP("Workflow", "not eligible: {failures}"), failures=Listed(tuple(f.screening_failures), "; "))


def _screening_fails(f: CaseFacts, _: TransitionRequest) -> object:
    return None if f.screening_failures else _say(QT_TRANSLATE_NOOP("Workflow", "the age and area checks pass"))


def _first_in_line(f: CaseFacts, r: TransitionRequest) -> object:
    """First come, first served, unless a supervisor gives the reason for going out of turn."""
    if not f.waitlisted_ahead or r.details.get("out_of_turn_reason", "").strip():
        return None
    return _say(QT_TRANSLATE_NOOP("Workflow", "{count} waiting longer: release them first, or "
                                  "give the reason for taking this person out of turn"),
                count=f.waitlisted_ahead)


def _capacity(f: CaseFacts, _: TransitionRequest) -> object:
    return None if f.capacity_available else _say(QT_TRANSLATE_NOOP("Workflow", "the program is at capacity: waitlist the case"))


def _capacity_full(f: CaseFacts, _: TransitionRequest) -> object:
    return None if not f.capacity_available else _say(QT_TRANSLATE_NOOP("Workflow", "the program has capacity: no waitlist needed"))


def _waitlist_after_da(f: CaseFacts, _: TransitionRequest) -> object:
    if f.state is not S.ELIGIBILITY_REVIEW or f.da_found_eligible:
        return None
    return _say(QT_TRANSLATE_NOOP("Workflow", "the DA has not found the person eligible yet"))


def _intake_complete(f: CaseFacts, _: TransitionRequest) -> object:
    missing = []
    if not f.intake_signed_off:
        missing.append(_say(QT_TRANSLATE_NOOP("Workflow", "the intake is not signed off")))
    if not f.valid_consent_on_file:
        missing.append(_say(QT_TRANSLATE_NOOP("Workflow", "no valid signed consent is on file")))
    if f.profile.compliance_based and not f.participation_agreement_signed:
        missing.append(_say(QT_TRANSLATE_NOOP("Workflow", "the participation agreement is not signed")))
    return Listed(tuple(missing), "; ") if missing else None


def _intake_overdue(f: CaseFacts, r: TransitionRequest) -> object:
    if f.referral_type is not ReferralType.ARREST_DIVERSION:
        return _say(QT_TRANSLATE_NOOP("Workflow", "a missed intake deadline only alerts for referrals other than arrest diversion"))
    if f.intake_due is None or r.today <= f.intake_due:
        return _say(QT_TRANSLATE_NOOP("Workflow", "the intake deadline has not passed"))
    return None


def _no_contact(f: CaseFacts, r: TransitionRequest) -> object:
    if r.proposer is Proposer.PERSON:
        return None  # a case manager may judge contact lost sooner
    days = f.days_since_contact
    if days is None or days < f.profile.lost_contact_days:
        return _say(QT_TRANSLATE_NOOP("Workflow", "there has been contact within {days} days"), days=f.profile.lost_contact_days)
    return None


def _contact_again(f: CaseFacts, _: TransitionRequest) -> object:
    return None if f.contact_since_lost else _say(QT_TRANSLATE_NOOP("Workflow", "no contact has been recorded since contact was lost"))


def _compliance_model(f: CaseFacts, _: TransitionRequest) -> object:
    if f.profile.compliance_based:
        return None
    return _say(QT_TRANSLATE_NOOP("Workflow", "{program} is a harm-reduction program: no sanctions after intake"), program=f.profile.name)


def _compliance_trigger(f: CaseFacts, r: TransitionRequest) -> object:
    trigger = r.reason_code
    if trigger not in COMPLIANCE_TRIGGERS:
        return _say(QT_TRANSLATE_NOOP("Workflow", "the trigger must be one of: {triggers}"), triggers=Listed(tuple(Coded("compliance_trigger", t) for t in COMPLIANCE_TRIGGERS)))
    if trigger == TRIGGER_MISSED_APPOINTMENTS:
        limit = f.profile.missed_appointment_limit
        if limit is None:
            return _say(QT_TRANSLATE_NOOP("Workflow", "{program} has no missed-appointment limit"), program=f.profile.name)
        if f.unexcused_misses < limit:
            return _say(QT_TRANSLATE_NOOP("Workflow", "{misses} unexcused misses; the limit is {limit}"), misses=f.unexcused_misses, limit=limit)
    if trigger == TRIGGER_NOT_COMPLETED and (f.completion_due is None or r.today <= f.completion_due):
        return _say(QT_TRANSLATE_NOOP("Workflow", "the completion deadline has not passed"))
    return None


def _awaiting_kept(f: CaseFacts, _: TransitionRequest) -> object:
    return None if f.profile.awaiting_treatment_state else \
        _say(QT_TRANSLATE_NOOP("Workflow", "{program} does not keep an awaiting-treatment state"), program=f.profile.name)


def _on_treatment_waitlist(f: CaseFacts, _: TransitionRequest) -> object:
    return None if f.treatment_waitlist else \
        _say(QT_TRANSLATE_NOOP("Workflow", "record the provider's waitlist on the provider referral first"))


def _admitted(f: CaseFacts, _: TransitionRequest) -> object:
    return None if f.treatment_admitted else _say(QT_TRANSLATE_NOOP("Workflow", "no provider has admitted the participant yet"))


def _incident(_: CaseFacts, r: TransitionRequest) -> object:
    missing = [words for key, words in INCIDENT_WORDS.items() if not r.details.get(key)]
    return _say(QT_TRANSLATE_NOOP("Workflow", "record the {missing}"),
                missing=Listed(tuple(missing))) if missing else None


INCIDENT_WORDS = {
    "incident_date": _say(QT_TRANSLATE_NOOP("Workflow", "incident date")),
    "description": _say(QT_TRANSLATE_NOOP("Workflow", "description")),
    "staff_involved": _say(QT_TRANSLATE_NOOP("Workflow", "staff involved")),
}


def _review_outcome(f: CaseFacts, r: TransitionRequest) -> object:
    if not r.details.get("new_due_date"):
        return _say(QT_TRANSLATE_NOOP("Workflow", "give the new due date"))
    if r.to is S.ACTIVE and not (f.intake_signed_off and f.valid_consent_on_file):
        return _say(QT_TRANSLATE_NOOP("Workflow", "the intake is not complete: return the case to intake pending instead"))
    return _reason(f, r)


# A summons program may still file after these exits (a buyer who never came back).
FILE_AFTER_EXIT = ("lost_contact", "declined_to_continue")


def _may_file_after(f: CaseFacts, _: TransitionRequest) -> object:
    if f.state is S.REMOVED and not f.profile.file_charges_after_removal:
        return _say(QT_TRANSLATE_NOOP("Workflow", "{program} files no charges after a removal"), program=f.profile.name)
    if f.state is S.EXITED:
        if f.profile.noncompliance_outcome is not NoncomplianceOutcome.SUMMONS:
            return _say(QT_TRANSLATE_NOOP("Workflow", "{program} files no charges after an exit"), program=f.profile.name)
        if f.exit_type not in FILE_AFTER_EXIT:
            return _say(QT_TRANSLATE_NOOP("Workflow", "charges follow an exit only for lost contact or declining to continue"))
    return None


def _completion(f: CaseFacts, _: TransitionRequest) -> object:
    if f.completion_criteria_met:
        return None
    named = tuple(CRITERIA_WORDS.get(c, c.replace("_", " "))
                  for c in f.completion_criteria_unmet)
    return _say(QT_TRANSLATE_NOOP("Workflow", "a completion criterion is not met: {named}"),
                named=Listed(named, "; ")) if named else \
        _say(QT_TRANSLATE_NOOP("Workflow", "the profile's completion criteria are not met"))


CRITERIA_WORDS = {
    "plan_goals_met": _say(QT_TRANSLATE_NOOP(
        "Workflow", "every plan goal met or dropped, and at least one met")),
    "treatment_completed": _say(QT_TRANSLATE_NOOP(
        "Workflow", "a provider referral with treatment completed")),
}


def _exit(f: CaseFacts, r: TransitionRequest) -> object:
    exit_type = r.details.get("exit_type")
    if exit_type not in f.exit_reasons:
        return _say(QT_TRANSLATE_NOOP("Workflow", "choose the exit type"))
    if exit_type != "completed" and not r.reason_text.strip():
        return _say(QT_TRANSLATE_NOOP("Workflow", "a reason is required"))
    if (f.profile.compliance_based and exit_type == "declined_to_continue"
            and f.state is not S.COMPLIANCE_REVIEW):
        return _say(QT_TRANSLATE_NOOP("Workflow", "in a compliance program a withdrawal goes to compliance review first"))
    return None


def _reopen(f: CaseFacts, r: TransitionRequest) -> object:
    if f.previous_open_state is None:
        return _say(QT_TRANSLATE_NOOP("Workflow", "the case has no earlier open state to return to"))
    if f.other_open_case is not None:
        return _say(QT_TRANSLATE_NOOP("Workflow", "this person has another open case ({state}); "
                                      "one person has one open case at a time"),
                    state=Coded("state", f.other_open_case.value))
    if r.to is not f.previous_open_state:
        return _say(QT_TRANSLATE_NOOP("Workflow", "a reopened case returns to {state}"), state=Coded("state", f.previous_open_state.value))
    if f.entered_state_on is None:
        return _say(QT_TRANSLATE_NOOP("Workflow", "the date the case closed is unknown"))
    age = (r.today - f.entered_state_on).days
    if age > f.profile.reopen_window_days:
        return _say(QT_TRANSLATE_NOOP("Workflow", "closed {age} days ago; cases reopen within {days} days"), age=age, days=f.profile.reopen_window_days)
    return _reason(f, r)


def _set(*states: CaseState) -> frozenset[CaseState]:
    return frozenset(states)


def _roles(*roles: Role) -> frozenset[Role]:
    return frozenset(roles)


RULES: tuple[Rule, ...] = (
    Rule("decline_offer", _set(S.REFERRED), S.DECLINED_OFFER, _roles(OFFICER, CM, SUP),
         guards=(_reason,)),
    Rule("send_to_da", _set(S.REFERRED), S.ELIGIBILITY_REVIEW, _roles(CM, SUP),
         guards=(_handoff, _needs_da)),
    Rule("start_intake_without_da", _set(S.REFERRED), S.INTAKE_PENDING, _roles(CM, SUP),
         guards=(_handoff, _no_da, _screened, _capacity)),
    Rule("screened_out", _set(S.REFERRED), S.INELIGIBLE, _roles(CM, SUP),
         guards=(_no_da, _screening_fails, _reason_code), produces="decline_letter"),
    Rule("da_declines", _set(S.ELIGIBILITY_REVIEW), S.INELIGIBLE, _roles(DA),
         guards=(_reason_code,), produces="decline_letter"),
    Rule("da_approves", _set(S.ELIGIBILITY_REVIEW), S.INTAKE_PENDING, _roles(DA),
         guards=(_capacity,)),
    Rule("waitlist", _set(S.REFERRED, S.ELIGIBILITY_REVIEW), S.WAITLISTED, _roles(SUP),
         timer=True, guards=(_capacity_full, _waitlist_after_da, _screened)),
    Rule("release_from_waitlist", _set(S.WAITLISTED), S.INTAKE_PENDING, _roles(SUP),
         guards=(_capacity, _first_in_line)),
    Rule("intake_complete", _set(S.INTAKE_PENDING), S.ACTIVE, _roles(CM, SUP),
         guards=(_intake_complete,)),
    # The timer raises it; a case manager or supervisor may too, once the deadline passed
    # (a buyer who never comes to intake must reach the DA even before the timer runs).
    Rule("intake_deadline_missed", _set(S.INTAKE_PENDING), S.COMPLIANCE_REVIEW, _roles(CM, SUP),
         timer=True, guards=(_intake_overdue,)),
    Rule("await_treatment", _set(S.ACTIVE), S.AWAITING_TREATMENT, _roles(CM, SUP),
         guards=(_awaiting_kept, _on_treatment_waitlist)),
    Rule("treatment_admission", _set(S.AWAITING_TREATMENT), S.ACTIVE, _roles(CM, SUP),
         guards=(_admitted,)),
    Rule("contact_lost", _set(S.ACTIVE), S.LOST_CONTACT, _roles(CM, SUP), timer=True,
         guards=(_no_contact,)),
    Rule("contact_regained", _set(S.LOST_CONTACT), S.ACTIVE, _roles(CM, SUP), timer=True,
         guards=(_contact_again,)),
    Rule("compliance_trigger", _set(S.ACTIVE, S.LOST_CONTACT), S.COMPLIANCE_REVIEW,
         _roles(CM, SUP), timer=True, guards=(_compliance_model, _compliance_trigger)),
    Rule("remove", OPEN_STATES, S.REMOVED, _roles(SUP), guards=(_incident,)),
    Rule("review_excused_to_active", _set(S.COMPLIANCE_REVIEW), S.ACTIVE, _roles(SUP, DA),
         guards=(_review_outcome,)),
    Rule("review_extended_intake", _set(S.COMPLIANCE_REVIEW), S.INTAKE_PENDING, _roles(SUP, DA),
         guards=(_review_outcome,)),
    Rule("disqualify", _set(S.COMPLIANCE_REVIEW), S.DISQUALIFIED, _roles(SUP),
         guards=(_compliance_model, _reason)),
    Rule("file_charges", _set(S.COMPLIANCE_REVIEW, S.DISQUALIFIED, S.REMOVED, S.EXITED),
         S.REFERRED_FOR_CHARGES, _roles(DA), guards=(_may_file_after,), produces="summons"),
    Rule("complete", _set(S.ACTIVE), S.COMPLETED, _roles(SUP), guards=(_completion,),
         produces="da_completion_notice"),
    Rule("exit", OPEN_STATES, S.EXITED, _roles(SUP), guards=(_exit,)),
    Rule("reopen", frozenset(S) - OPEN_STATES, None, _roles(SUP), guards=(_reopen,)),
)

# Steps a case manager proposes and a supervisor approves (workflow.md §2).
PROPOSED_BY_CASE_MANAGER = {"remove", "complete", "exit"}


def _matches(rule: Rule, facts: CaseFacts, to: CaseState) -> bool:
    if facts.state not in rule.sources:
        return False
    return rule.target is to or (rule.target is None and to in OPEN_STATES)


def decide(facts: CaseFacts, request: TransitionRequest) -> Rule:
    """The rule that allows this step, or TransitionRefused naming why not."""
    step = _say(QT_TRANSLATE_NOOP("Workflow", "{from_state} → {to_state}"),
                from_state=Coded("state", facts.state.value),
                to_state=Coded("state", request.to.value))
    if request.proposer is Proposer.TIMER and request.to.terminal:
        raise TransitionRefused(_say(QT_TRANSLATE_NOOP(
            "Workflow", "{step}: no timer ever closes a case; a person decides"), step=step))
    candidates = [rule for rule in RULES if _matches(rule, facts, request.to)]
    if not candidates:
        raise TransitionRefused(_say(QT_TRANSLATE_NOOP(
            "Workflow", "{step} is not a step of the workflow"), step=step))
    refusals = []
    for rule in candidates:
        if request.proposer is Proposer.TIMER:
            if not rule.timer:
                refusals.append(_say(QT_TRANSLATE_NOOP("Workflow", "only a person can take this step")))
                continue
        elif request.role not in rule.roles:
            refusals.append(_role_refusal(rule, request.role))
            continue
        problems = [why for guard in rule.guards if (why := guard(facts, request))]
        if not problems:
            return rule
        refusals.extend(problems)
    raise TransitionRefused(_say(QT_TRANSLATE_NOOP("Workflow", "{step} is not allowed: {why}"),
                                 step=step, why=Listed(tuple(dict.fromkeys(refusals)), "; ")))


def _role_refusal(rule: Rule, role: Role | None) -> Message:
    who = Coded("role", role.value) if role else _say(QT_TRANSLATE_NOOP("Workflow",
                                                                          "this account"))
    if role is CM and rule.name in PROPOSED_BY_CASE_MANAGER:
        return _say(QT_TRANSLATE_NOOP(
            "Workflow", "a case manager proposes this step and a supervisor approves it"))
    allowed = (Listed(tuple(Coded("role", r.value) for r in sorted(rule.roles,
                                                                     key=lambda r: r.label)))
               if rule.roles else _say(QT_TRANSLATE_NOOP("Workflow", "the timers")))
    return _say(QT_TRANSLATE_NOOP("Workflow", "{who} may not take this step (it is for: "
                                  "{allowed})"), who=who, allowed=allowed)


# Guards that say what the program is (its profile), not what the user has still to do:
# a step one of them refuses is never offered (Charleston sends no referral to the DA).
PROGRAM_GUARDS = frozenset({_needs_da, _no_da, _compliance_model, _awaiting_kept,
                            _may_file_after})


def allowed_steps(facts: CaseFacts, role: Role) -> list[CaseState]:
    """The targets this role could reach from here if the form were filled in, for the UI
    to offer: not those the program's own rules rule out (guards that need form data or
    work still to do are checked again on save, and say what is missing)."""
    targets = []
    for rule in RULES:
        if facts.state in rule.sources and role in rule.roles and not any(
                guard(facts, TransitionRequest(rule.target or facts.state, role))
                for guard in rule.guards if guard in PROGRAM_GUARDS):
            if rule.target is None:
                if facts.previous_open_state is not None:
                    targets.append(facts.previous_open_state)
            else:
                targets.append(rule.target)
    return list(dict.fromkeys(targets))
