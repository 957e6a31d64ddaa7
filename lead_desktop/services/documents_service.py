"""Generating documents from the records: each one is numbered, recorded (template, hash
of the file, who, when) and audited. Returns the PDF bytes; the caller prints or saves."""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import datetime
from typing import Callable
from zoneinfo import ZoneInfo

from reportlab.platypus.doctemplate import LayoutError
from sqlalchemy import select
from sqlalchemy.orm import Session

from lead_desktop.db.database import Database
from lead_desktop.documents import agency_template, names
from lead_desktop.documents import consent as consent_doc
from lead_desktop.documents import ma_packet as ma_doc
from lead_desktop.documents import participation_agreement as agreement_doc
from lead_desktop.documents import prosecutor_summary as prosecutor_doc
from lead_desktop.documents import summons as summons_doc
from lead_desktop.documents.choices import in_language
from lead_desktop.documents.dates import clock, day
from lead_desktop.documents.dates import local as dates_local
from lead_desktop.documents.offense_codes import lookup as lookup_offense
from lead_desktop.documents.page import Stamp, sha256
from lead_desktop.errors import InvalidInput
from lead_desktop.models import (
    Appointment,
    Case,
    CaseTransition,
    Consent,
    DatabaseInfo,
    DisclosureLogEntry,
    ExitRecord,
    GeneratedDocument,
    IntakeAssessment,
    Person,
    Provider,
    ProviderReferral,
    Referral,
    Summons,
    User,
)
from lead_desktop.models.base import utcnow
from lead_desktop.security import audit
from lead_desktop.security.actor import Actor
from lead_desktop.security.permissions import allowed, require, require_session
from lead_desktop.security.roles import Access, Data, Role
from lead_desktop.security.scope import (
    office_of,
    receives,
    require_case,
    require_consent,
)
from lead_desktop.services import document_facts as facts
from lead_desktop.services import records, text_input
from lead_desktop.services.agency_templates import COUNTS, active_in
from lead_desktop.services.consent import rules as consent_rules
from lead_desktop.services.consent.consent_service import signed_copy_id
from lead_desktop.services.labels import Coded
from lead_desktop.services.messages import QT_TRANSLATE_NOOP, message
from lead_desktop.services.program import directory
from lead_desktop.services.program.profile import Profile
from lead_desktop.services.program.vocabulary import CaseState
from lead_desktop.services.program.profile_store import ProfileStore
from lead_desktop.services.program.prosecutor_office import program_office, prosecutor_office


@dataclass(frozen=True)
class Generated:
    number: str
    kind: str
    pdf: bytes
    sha256: str


def _number(kind: str) -> str:
    prefix = {"summons": "SUM", "consent": "CON"}.get(kind, "DOC")
    return f"{prefix}-" + "".join(secrets.choice("0123456789ABCDEFGHJKMNPQRSTVWXYZ")
                                  for _ in range(8))


def _lines(*parts: str) -> str:
    return "\n".join(p for p in parts if p)


# services/cases/effects.py names the summons kinds
MA_KIND, TEMPLATE_KIND = "ma_application_summons", "agency_template"
FIRST_APPOINTMENTS = 5  # the agreement lists the next few; later ones print as updates


class DocumentService:
    def __init__(self, db: Database, now: Callable[[], datetime] = utcnow,
                 profiles: dict[str, Profile] | None = None) -> None:
        self.db, self.now = db, now
        self.profiles = profiles if profiles is not None else ProfileStore(db, now)

    def summons(self, actor: Actor, summons_id: str, *, agency_address: str = "",
                court_address: str = "", language: str | None = None) -> Generated:
        """The generic summons of a summons record (the clerk prints it): a court paper, in
        the language the clerk chooses, English unless asked (never the participant's
        preferred language by default: the court reads it)."""
        require(self.db, actor, Data.SUMMONS, Access.WRITE, record_type="summons",
                record_id=summons_id)
        text_input.require_clean(agency_address=agency_address, court_address=court_address)
        with self.db.write() as session:
            record = session.get(Summons, summons_id)
            if record is None:
                raise records.not_found("summons")
            case = session.get(Case, record.case_id)
            person = session.get(Person, case.person_id)
            referral = session.get(Referral, case.referral_id)
            if record.document_kind == TEMPLATE_KIND:
                template = active_in(session, "summons")
                if template is not None:  # else the built-in layout, as documents.md says
                    fields = self._summons_fields(session, record, case, person, referral)
                    return self._record(session, actor, "summons", template.label,
                                        lambda stamp: agency_template.fill(
                                            template, fields, stamp), person, case,
                                        record.id, "en", number=record.tracking_number)
            if record.document_kind == MA_KIND:
                data = self._ma_packet(session, record, case, person, referral, language)
                # the court's official application form when the agency registered one
                official = active_in(session, "summons")
                application = agency_template.filled_parts(official, self._summons_fields(
                    session, record, case, person, referral)) if official else None
                label = f"{ma_doc.TEMPLATE} + {official.label}" if official else ma_doc.TEMPLATE
                made = self._record(session, actor, "summons", label[:60],
                                    lambda stamp: ma_doc.build(data, stamp, application),
                                    person, case, record.id, "en",
                                    number=record.tracking_number)
                cj = self._valid_cj_consent(session, person.id, self.now().date())
                if data.cj_consent_scope and cj is not None:  # the notice says more: logged
                    self._log_disclosure(session, actor, cj, case, made,
                                         "notice of program non-completion (complaint packet)")
                return made
            zone = self._program_zone(session, case)
            language = language if language in summons_doc.LANGUAGES else "en"
            court = directory.court_for_summons(session, record.court_id)
            agency = directory.agency_named(session, referral.agency)
            data = summons_doc.SummonsData(
                tracking_number=record.tracking_number, agency_name=referral.agency,
                agency_address=_lines(agency.address, agency.phone) if agency
                else agency_address, incident_number=referral.incident_number or "",
                last_name=person.last_name, first_name=person.first_name, dob=person.dob,
                dob_estimated=bool(person.dob_estimated),
                aliases=facts.aliases(person), sex=person.sex or "",
                description=facts.description(person),
                identification=facts.identification(person),
                address=person.address or ("unhoused" if person.unhoused else ""),
                charges=tuple(summons_doc.Charge(o["code"], o["description"], o.get("level", ""),
                                                 o.get("statute", ""))
                              for o in record.offenses),
                offense_at=facts.offense_at(referral, zone), offense_place=referral.location,
                court_name=" – ".join(v for v in (record.court, record.division) if v),
                court_address=_lines(court.address, court.phone) if court else court_address,
                appearance_date=record.return_date, appearance_time=record.return_time or "",
                officer_name=referral.officer_name, officer_badge=referral.officer_badge,
                program_name=self._program(session), language=language)
            return self._record(session, actor, "summons", summons_doc.TEMPLATE,
                                lambda stamp: summons_doc.build(data, stamp), person, case,
                                record.id, language, number=record.tracking_number)

    def consent(self, actor: Actor, consent_id: str, language: str | None = None) -> Generated:
        """A consent form in the person's preferred language (or the one asked for)."""
        require_consent(self.db, actor, Access.READ, consent_id,
                        program_office(self.db))
        with self.db.write() as session:
            record = session.get(Consent, consent_id)
            if record is None:
                raise records.not_found("consent")
            person = session.get(Person, record.person_id)
            lang = language or person.preferred_language or "en"
            lang = lang if lang in consent_doc.LANGUAGES else "en"
            data = consent_doc.ConsentDocument(
                consent_type=record.consent_type,
                person_name=names.first_last(person.first_name, person.last_name, lang),
                discloser=record.discloser,
                information=in_language(record.information_description, lang),
                recipients=tuple(", ".join(v for v in (
                    r.get("name"), in_language(r.get("class") or "", lang), r.get("address"))
                    if v) for r in record.recipients),
                purpose=in_language(record.purpose, lang),
                expires=day(record.expires_on, lang) if record.expires_on else
                in_language(record.expires_event or "", lang),
                language=lang,
                cj_revocable_after=record.cj_revocable_after or
                in_language(record.cj_revocable_after_event or "", lang) or None,
                consent_number=facts.consent_number(record.id), record_id=record.id)
            case = session.get(Case, record.case_id) if record.case_id else None
            return self._record(session, actor, "consent", consent_doc.TEMPLATE,
                                lambda stamp: consent_doc.build(data, stamp), person, case,
                                record.id, data.language,
                                number=facts.consent_number(record.id))

    def prosecutor_summary(self, actor: Actor, case_id: str) -> Generated:
        """Minimum necessary for the DA, and only under a §2.35 consent in force: everything
        it says comes from a Part 2 program, so without one it is refused (nothing printed)
        and with one each print is an accounted disclosure."""
        require_case(self.db, actor, Data.CASE_SUMMARY, Access.READ, case_id)
        today = self.now().date()
        with self.db.write() as session:
            case = self._case(session, case_id)
            person = session.get(Person, case.person_id)
            referral = session.get(Referral, case.referral_id)
            intake = session.scalar(select(IntakeAssessment).where(
                IntakeAssessment.case_id == case_id))
            # the summary goes to the prosecutor only under a §2.35 consent naming their office
            named = prosecutor_office(session, case)  # as the case's profile names it
            office = office_of(session, actor, named) \
                if actor.role is Role.PROSECUTOR_REVIEWER else (named.casefold(),)
            cj = self._valid_cj_consent(session, person.id, today, office)
            if cj is None:
                raise InvalidInput(message("Documents", QT_TRANSLATE_NOOP(
                    "Documents", "No criminal-justice referral consent (§2.35) naming the "
                    "prosecutor's office is in force for this person, so the program cannot "
                    "send the prosecutor a case summary. Record and activate the "
                    "participant's consent first.")))
            zone = self._program_zone(session, case)
            counts = None
            if cj is not None:
                attended = session.scalars(select(Appointment.attendance).where(
                    Appointment.case_id == case_id, Appointment.voided_at.is_(None))).all()
                counts = (attended.count("attended"), attended.count("missed"))
            exit_record = session.scalar(select(ExitRecord).where(ExitRecord.case_id == case_id)
                                         .order_by(ExitRecord.created_at.desc()))
            data = prosecutor_doc.CaseSummary(
                person_name=names.last_first(person.last_name, person.first_name), dob=person.dob,
                dob_estimated=bool(person.dob_estimated),
                case_id=case.id[:8],
                referral_date=facts.offense_at(referral, zone).date(),
                referral_type=case.referral_type, incident_number=referral.incident_number or "",
                offenses=tuple(f"{listed.citation} {listed.description}" for listed in
                               (lookup_offense(o["code"], o["description"], "en",
                                               o.get("statute", ""), o.get("level", ""))
                                for o in referral.offenses)),
                status=case.state, status_since=dates_local(case.state_since, zone).date(),
                intake_date=intake.intake_completed if intake else None,
                intake_on_time=case.intake_on_time, appointments=counts,
                exit_date=exit_record.exit_date if exit_record else None,
                exit_type=exit_record.exit_type if exit_record else "",
                consent_scope=cj.information_description if cj else "",
                office=prosecutor_office(session, case))
            made = self._record(session, actor, "prosecutor_summary", prosecutor_doc.TEMPLATE,
                                lambda stamp: prosecutor_doc.build(data, stamp), person, case,
                                case.id, "en")
            self._log_disclosure(session, actor, cj, case, made,
                                 "case summary for the prosecutor"
                                 + (" (attendance counts)" if counts is not None else ""))
            return made

    def _log_disclosure(self, session: Session, actor: Actor, consent: Consent, case: Case,
                        made: Generated, purpose: str) -> None:
        """The accounting of disclosures (§2.25): to whom, under which consent, what file."""
        recipient = next((r.get("name") or r.get("class") for r in consent.recipients
                          if r.get("name") or r.get("class")), "recipient named in the consent")
        entry = records.created(DisclosureLogEntry(
            person_id=case.person_id, case_id=case.id, disclosed_at=self.now(),
            recipient=recipient, purpose=purpose, consent_id=consent.id,
            what_sent=[{"document": made.number, "sha256": made.sha256}], method="printed",
            by_user=actor.user_id or actor.username, notice_2_32_attached=True,
            signed_copy_id=signed_copy_id(session, consent)), actor, self.now())
        session.add(entry)
        session.flush()
        audit.record(session, actor, "disclosure", record_type="disclosure", record_id=entry.id,
                     details={"consent": consent.id, "signed_copy": entry.signed_copy_id,
                              "files": [made.sha256]})

    def participation_agreement(self, actor: Actor, case_id: str, language: str | None = None,
                                phone_24h: str = "") -> Generated:
        """The agreement the participant signs at intake, with the profile's consequences
        and the next appointments, in the person's language unless another is asked for."""
        require_case(self.db, actor, Data.INTAKE_PLAN_NOTES, Access.READ, case_id)
        today = self.now().date()
        with self.db.write() as session:
            case = self._case(session, case_id)
            if CaseState(case.state).terminal:  # e.g. removed for a threat: nothing to agree to
                raise InvalidInput(message("Documents", QT_TRANSLATE_NOOP(
                    "Documents", "This case is closed ({state}): a participation agreement is "
                    "only for a case in the program."), state=Coded("state", case.state)))
            person = session.get(Person, case.person_id)
            key = f"{case.profile_id}@{case.profile_version}"
            profile = self.profiles.get(key)
            if profile is None:
                raise InvalidInput(message("Documents", QT_TRANSLATE_NOOP(
                    "Documents", "The program profile {key} of this case is not installed."),
                    key=key))
            manager = session.get(User, case.case_manager_id) if case.case_manager_id else None
            zone = ZoneInfo(profile.time_zone)
            appointments = []
            # an appointment with the case manager is at the program's office
            office = agreement_doc.office(self._program(session) or profile.name,
                                          language or person.preferred_language or "en")
            for appointment in session.scalars(
                    select(Appointment).where(Appointment.case_id == case_id,
                                              Appointment.voided_at.is_(None),
                                              Appointment.scheduled_at >= self.now())
                    .order_by(Appointment.scheduled_at).limit(FIRST_APPOINTMENTS)):
                provider = None
                if appointment.provider_referral_id:
                    referral = session.get(ProviderReferral, appointment.provider_referral_id)
                    provider = session.get(Provider, referral.provider_id) if referral else None
                place = ", ".join(v for v in (provider.name, provider.address) if v) \
                    if provider else office
                appointments.append(agreement_doc.FirstAppointment(
                    appointment.scheduled_at.astimezone(zone), place,
                    (provider.contact_person or "") if provider else
                    (manager.display_name if manager else "")))
            cj = self._valid_cj_consent(session, person.id, today)
            lang = language or person.preferred_language or "en"
            data = agreement_doc.Agreement(
                program_name=self._program(session) or profile.name,
                person_name=names.first_last(person.first_name, person.last_name, lang),
                dob=person.dob,
                dob_estimated=bool(person.dob_estimated),
                case_manager=manager.display_name if manager else "",
                phone_24h=phone_24h or directory.setting(session, directory.PHONE_24H),
                consequences=agreement_doc.Consequences(
                    profile.compliance_based, profile.intake_deadline_days,
                    profile.deadline_from, profile.missed_appointment_limit,
                    profile.noncompliance_outcome.value, profile.summons_document),
                appointments=tuple(appointments),
                da_consent_scope=in_language(cj.information_description, lang) if cj else "",
                language=lang if lang in agreement_doc.LANGUAGES else "en")
            return self._record(session, actor, "participation_agreement",
                                agreement_doc.TEMPLATE, lambda stamp: agreement_doc.build(
                                    data, stamp), person, case, case.id, data.language)

    def summons_ids(self, actor: Actor, person_id: str) -> list[str]:
        """The summons records of a person's cases, for the roles that print them."""
        if not allowed(actor, Data.SUMMONS, Access.WRITE):
            return []
        require_session(self.db, actor)
        with self.db.read() as session:
            return list(session.scalars(select(Summons.id).join(Case, Case.id == Summons.case_id)
                                        .where(Case.person_id == person_id)))

    # --- helpers ---

    def _summons_fields(self, session: Session, record: Summons, case: Case, person: Person,
                        referral: Referral) -> dict[str, object]:
        """What an agency's court form can be filled with (agency_templates.SUMMONS_KEYS)."""
        fields: dict[str, object] = {
            "tracking_number": record.tracking_number,
            "incident_number": referral.incident_number or "", "obtn": record.obtn or "",
            "court.name": record.court or "", "court.division": record.division or "",
            "accused.name": f"{person.last_name}, {person.first_name}",
            "accused.last_name": person.last_name, "accused.first_name": person.first_name,
            # an estimated date is only a year: never print its stand-in 1 January
            "accused.dob": f"about {person.dob.year}" if person.dob and person.dob_estimated
            else person.dob,
            "accused.address": person.address or ("unhoused" if person.unhoused else ""),
            "accused.sex": person.sex or "",
            "accused.aliases": "; ".join(facts.aliases(person)),
            "offence.date": facts.offense_at(referral,
                                             self._program_zone(session, case)).date(),
            "offence.place": referral.location,
            "offence.substance": referral.substance or "",
            "officer.name": referral.officer_name, "officer.badge": referral.officer_badge,
            "agency.name": referral.agency, "appearance.date": record.return_date,
            "appearance.time": record.return_time or "",
            "statement_of_facts": referral.probable_cause_summary or "",
            "process.summons": True, "arrested": False,
            "program.name": self._program(session),
        }
        court = directory.court_for_summons(session, record.court_id)
        agency = directory.agency_named(session, referral.agency)
        offense_at = facts.offense_at(referral, self._program_zone(session, case))
        fields.update({"court.address": court.address if court else "",
                       "agency.address": agency.address if agency else "",
                       "agency.phone": agency.phone if agency else "",
                       "offence.time": clock(offense_at)})
        # field maps may use the US spelling: offense.date, offense.time...
        fields.update({key.replace("offence.", "offense."): value for key, value in
                       fields.items() if key.startswith("offence.")})
        for n in range(1, COUNTS + 1):
            offence = record.offenses[n - 1] if n <= len(record.offenses) else {}
            listed = lookup_offense(offence.get("code", ""), offence.get("description", ""),
                                    "en", offence.get("statute", ""), offence.get("level", ""))
            fields[f"counts.{n}.code"] = listed.citation if offence else ""
            fields[f"counts.{n}.description"] = listed.description if offence else ""
        return fields

    def _ma_packet(self, session: Session, record: Summons, case: Case, person: Person,
                   referral: Referral, language: str | None = None) -> ma_doc.MaPacket:
        """Massachusetts: the application for a complaint, from the case's records. The
        notice's copy for the participant is in the language chosen on the Documents tab,
        else the person's preferred one (the court's and the DA's pages stay English)."""
        transitions = session.scalars(select(CaseTransition).where(
            CaseTransition.case_id == case.id).order_by(CaseTransition.seq.desc())).all()
        # the step before "referred for charges" says why the program was not completed
        ending = transitions[1] if len(transitions) > 1 else None
        decider = session.get(User, record.decision_by)
        cj = self._valid_cj_consent(session, person.id, self.now().date())
        zone = self._program_zone(session, case)
        return ma_doc.MaPacket(
            tracking_number=record.tracking_number, court=record.court or "",
            division=record.division or "",
            accused=ma_doc.Accused(
                person.last_name, person.first_name, person.dob,
                person.address or ("unhoused" if person.unhoused else ""), person.sex or "",
                ", ".join(person.race or ()),
                facts.height(person.height_cm), facts.weight(person.weight_kg),
                person.hair or "", person.eyes or "", facts.aliases(person),
                dob_estimated=bool(person.dob_estimated)),
            offense_date=facts.offense_at(referral, zone).date(),
            offense_place=referral.location, substance=referral.substance or "",
            counts=tuple(ma_doc.Count(listed.citation, listed.description) for listed in
                         (lookup_offense(o["code"], o["description"], "en",
                                         o.get("statute", ""), o.get("level", ""))
                          for o in record.offenses)),
            complainant=f"{referral.officer_name}, #{referral.officer_badge}",
            department=referral.agency, incident_number=referral.incident_number or "",
            obtn=record.obtn or "", statement_of_facts=referral.probable_cause_summary or "",
            cj_consent_scope=cj.information_description if cj else "",
            non_completion=ma_doc.NonCompletion(
                self._program(session), facts.offense_at(referral, zone).date(),
                (ending.reason_code or ending.to_state) if ending else "",
                f"{ending.to_state.replace('_', ' ')} "
                f"{day(dates_local(ending.at, zone))}" if ending else "",
                decider.display_name if decider else "",
                dates_local(record.decided_at, zone).date(),
                ending.to_state if ending else "",
                dates_local(ending.at, zone).date() if ending else None),
            participant_language=language or person.preferred_language or "en")

    @staticmethod
    def _case(session: Session, case_id: str) -> Case:
        case = session.get(Case, case_id)
        if case is None:
            raise records.not_found("case")
        return case

    @staticmethod
    def _valid_cj_consent(session: Session, person_id: str, today,
                          office: tuple[str, ...] | None = None) -> Consent | None:
        """The person's §2.35 consent in force today, if any (naming `office`, if given):
        it decides what the DA hears."""
        return next((c for c in session.scalars(select(Consent).where(
            Consent.person_id == person_id, Consent.consent_type == "part2_cj_referral"))
            if consent_rules.validity(c, today).valid
            and (office is None or receives(c, office))), None)

    def _notice_form(self, session: Session, case: Case | None) -> str:
        """The §2.32 notice the program chose: the case's profile, else the database's."""
        if case is not None:
            key = f"{case.profile_id}@{case.profile_version}"
        else:
            info = session.get(DatabaseInfo, 1)
            key = info.program_profile if info else None
        profile = self.profiles.get(key or "")
        return profile.redisclosure_notice if profile else "short"

    @staticmethod
    def _program(session: Session) -> str:
        info = session.get(DatabaseInfo, 1)
        return info.name if info else ""

    def _program_zone(self, session: Session, case: Case | None) -> str | None:
        """The program's time zone: the case's profile, else the database's."""
        if case is not None:
            key = f"{case.profile_id}@{case.profile_version}"
        else:
            info = session.get(DatabaseInfo, 1)
            key = info.program_profile if info else None
        profile = self.profiles.get(key or "")
        return profile.time_zone if profile else None

    def _record(self, session: Session, actor: Actor, kind: str, template: str, build,
                person: Person, case: Case | None, source_id: str, language: str,
                number: str | None = None) -> Generated:
        """Build, record and audit one print. `number` is the document's own number when it
        has one (a summons' tracking number, a consent's number): reprints keep it and are
        recorded as copies; otherwise each print is a new document with a new number."""
        printed_as, copy = facts.next_copy(session, number) if number else (_number(kind), 1)
        user = session.get(User, actor.user_id) if actor.user_id else None
        stamp = Stamp(program=self._program(session), document_id=number or printed_as,
                      template=template,
                      generated_by=user.display_name if user else actor.username,
                      generated_at=self.now(), notice=self._notice_form(session, case),
                      zone=self._program_zone(session, case), language=language, copy=copy)
        try:
            pdf = build(stamp)
        except LayoutError as exc:  # a layout bug must reach the user as a message
            raise InvalidInput(message("Documents", QT_TRANSLATE_NOOP(
                "Documents", "The document could not be laid out; nothing was printed. Report "
                "this to IT with the record's id ({record})."), record=source_id)) from exc
        number = printed_as
        digest = sha256(pdf)
        session.add(GeneratedDocument(number=number, kind=kind, template=template,
                                      language=language, sha256=digest, person_id=person.id,
                                      case_id=case.id if case else None, source_id=source_id,
                                      generated_by=actor.user_id or actor.username,
                                      generated_at=self.now()))
        session.flush()
        audit.record(session, actor, "document.generate", record_type=kind, record_id=source_id,
                     details={"number": number, "template": template, "sha256": digest})
        return Generated(number, kind, pdf, digest)
