"""Documents generated from the records: numbered, recorded with the file's hash, audited,
in the person's language; permissions enforced."""

import io
from datetime import datetime, timezone

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from lead_desktop.documents import dates
from lead_desktop.errors import InvalidInput, PermissionDenied
from lead_desktop.models import (
    AuditEntry,
    Consent,
    DisclosureLogEntry,
    GeneratedDocument,
    Person,
    Summons,
)
from lead_desktop.security.roles import Role
from lead_desktop.services.cases.summons_service import SummonsService
from lead_desktop.services.documents_service import DocumentService
from lead_desktop.services.program.vocabulary import CaseState
from tests.support import steps


def text(pdf):
    return " ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)


def test_summons_from_the_record(program, staff, db):
    sup, da, clerk = staff[Role.SUPERVISOR], staff[Role.PROSECUTOR_REVIEWER], staff[Role.CLERK]
    case = steps.active_case(program, staff, "worcester-buyer-diversion@1", "O'Brien-Muñoz",
                             "Tomás")
    steps.note(program, staff[Role.CASE_MANAGER], case.id, "Methadone 80 mg, clinic notes",
               part2=True)
    incident = {"incident_date": "2026-03-01", "description": "threat", "staff_involved": "CM"}
    program.cases.transition(sup, case.id, CaseState.REMOVED, details=incident, reason_text="x")
    program.cases.transition(da, case.id, CaseState.REFERRED_FOR_CHARGES, reason_text="file")
    steps.schedule_every_summons(program, db, staff, "Worcester District Court",
                                 "225 Main Street, Worcester, MA 01608")
    row = SummonsService(db, program.clock).queue(clerk)[0]
    summons_id, tracking = row.id, row.tracking_number
    documents = DocumentService(db, program.clock)
    with pytest.raises(PermissionDenied):
        documents.summons(staff[Role.CASE_MANAGER], summons_id)
    made = documents.summons(clerk, summons_id)
    printed = text(made.pdf)
    assert tracking in printed and "O'Brien-Muñoz, Tomás" in printed and made.number in printed
    assert "Methadone" not in printed and "clinic" not in printed
    # Worcester is in Massachusetts: the clerk gets the complaint packet, not a summons
    assert "Application for criminal complaint" in printed
    assert "Notice of program non-completion" in printed
    flat = " ".join(printed.split())
    assert "Reason Removed from the program" in flat
    assert "DA reviewer, decision date Prosecutor reviewer" in flat
    with db.read() as session:
        record = session.scalars(select(GeneratedDocument)).one()
        event = session.scalars(select(AuditEntry).where(
            AuditEntry.event == "document.generate")).one()
    assert (record.sha256, record.number, record.kind) == (made.sha256, made.number, "summons")
    assert made.sha256 in event.details


def test_consent_in_the_persons_language(program, staff, db):
    cm, clerk = staff[Role.CASE_MANAGER], staff[Role.CLERK]
    person = steps.person(program, cm, "Rivera", "Ana", preferred_language="es")
    consent_id = steps.signed_consent(program, cm, person.id, [{"class": "treatment provider"}])
    documents = DocumentService(db, program.clock)
    spanish = documents.consent(clerk, consent_id)            # clerks print consent paperwork
    english = documents.consent(clerk, consent_id, language="en")
    assert "Usted puede" in text(spanish.pdf) or "Usted no puede" in text(spanish.pdf)
    assert "You" in text(english.pdf)
    # chosen wording prints in Spanish on the Spanish form; the number stays across reprints
    flat = " ".join(text(spanish.pdf).split())
    assert "Asistencia, progreso del plan de tratamiento y estado del alta" in flat
    assert "proveedor de tratamiento" in flat and "Coordinar el tratamiento" in flat
    assert "Attendance, treatment plan" not in flat
    assert english.number == f"{spanish.number}/2" and spanish.number.startswith("CON-")
    assert spanish.number in flat and consent_id in flat
    with pytest.raises(PermissionDenied):
        documents.consent(staff[Role.OFFICER], consent_id)


def test_prosecutor_summary_is_minimum_necessary(program, staff, db):
    cm, da = staff[Role.CASE_MANAGER], staff[Role.PROSECUTOR_REVIEWER]
    case = steps.active_case(program, staff, "worcester-buyer-diversion@1", "Rivera", "Ana")
    for note_text in ("Methadone 80 mg from Spectrum", "Diagnosis: opioid use disorder, severe",
                      "Living under the bridge, HIV+"):
        steps.note(program, cm, case.id, note_text, part2=True)
    spectrum = program.providers.add(cm, "Spectrum Health Systems", levels_of_care=("detox",),
                                     provider_type="treatment provider")
    program.provider_referrals.draft(cm, case.id, spectrum, "detox")
    appointment = program.provider_referrals.schedule(cm, case.id, steps.at(program, -1), "provider")
    program.provider_referrals.record_attendance(cm, appointment, "missed", "provider_report")
    documents = DocumentService(db, program.clock)
    # the story's §2.35 consent names only the treatment provider: nothing goes to the DA
    with pytest.raises(InvalidInput, match="§2.35"):
        documents.prosecutor_summary(da, case.id)
    steps.signed_consent(program, cm, case.person_id, [
        {"name": "Worcester County District Attorney", "address": "225 Main St"}])
    made = documents.prosecutor_summary(da, case.id)
    printed = text(made.pdf)
    assert "Rivera, Ana" in printed and "active" in printed and "G.L. c.94C §34" in printed
    assert "42 CFR part 2 prohibits unauthorized use or disclosure" in printed
    for secret in ("Methadone", "Diagnosis", "opioid", "bridge", "HIV", "Spectrum"):
        assert secret not in printed, secret
    # the active §2.35 consent from the story covers attendance counts
    assert "0 kept, 1 missed" in printed
    # ... which makes the summary a disclosure under that consent, in the accounting (§2.25)
    with db.read() as session:
        entry = session.scalars(select(DisclosureLogEntry)).one()
        consent = session.get(Consent, entry.consent_id)
    assert consent.consent_type == "part2_cj_referral"
    assert entry.what_sent == [{"document": made.number, "sha256": made.sha256}]
    assert entry.notice_2_32_attached and entry.case_id == case.id


def test_participation_agreement_from_the_case(program, staff, db):
    cm, clerk = staff[Role.CASE_MANAGER], staff[Role.CLERK]
    case = steps.active_case(program, staff, "worcester-buyer-diversion@1", "Ødegård", "Zoë")
    with db.write() as session:
        session.get(Person, case.person_id).preferred_language = "es"
    provider = program.providers.add(cm, "Spectrum Health Systems", levels_of_care=("detox",),
                                     address="105 Merrick St, Worcester",
                                     contact_person="Intake nurse Lee")
    referral = program.provider_referrals.draft(cm, case.id, provider, "detox")
    program.provider_referrals.schedule(cm, case.id, steps.at(program, 2), "provider", referral)
    program.provider_referrals.schedule(cm, case.id, steps.at(program, -3), "case_manager")
    documents = DocumentService(db, program.clock)
    spanish = " ".join(text(documents.participation_agreement(cm, case.id).pdf).split())
    assert "Acuerdo de participación" in spanish and "Zoë Ødegård" in spanish
    assert "Spectrum Health Systems, 105 Merrick St, Worcester" in spanish
    assert "Intake nurse Lee" in spanish
    assert "Si falta a 3 citas" in spanish                  # the Worcester profile's limit
    assert "solicitará una denuncia penal" in spanish   # Massachusetts: complaint, not summons
    english = " ".join(text(documents.participation_agreement(cm, case.id, "en").pdf).split())
    assert "Participation Agreement" in english
    past = dates.moment(dates.local(steps.at(program, -3), "America/New_York"))
    assert english.count("/2026") >= 1 and past not in english  # past ones are not "first"
    with pytest.raises(PermissionDenied):
        documents.participation_agreement(clerk, case.id)   # clerks never see the plan
    with db.read() as session:
        kinds = session.scalars(select(GeneratedDocument.kind)).all()
    assert kinds == ["participation_agreement", "participation_agreement"]


def test_a_registered_agency_template_replaces_the_built_in_summons(program, staff, db,
                                                                     tmp_path):
    from lead_desktop.documents.agency_template import TemplateError
    from lead_desktop.services.agency_templates import AgencyTemplateService
    from tests.documents.test_agency_template import FIELD_MAP, court_form

    admin, clerk = staff[Role.ADMINISTRATOR], staff[Role.CLERK]
    case = steps.active_case(program, staff, "wilmington-nc@1", "Ødegård", "Zoë")
    program.cases.transition(staff[Role.SUPERVISOR], case.id, CaseState.REMOVED, details={
        "incident_date": "2026-03-01", "description": "threat", "staff_involved": "CM"},
        reason_text="threat")
    program.cases.transition(staff[Role.PROSECUTOR_REVIEWER], case.id,
                             CaseState.REFERRED_FOR_CHARGES, reason_text="file")
    with db.write() as session:  # as a profile with summons_document = "agency_template"
        summons = session.scalars(select(Summons)).one()
        summons.document_kind = "agency_template"
        summons_id = summons.id
    steps.schedule_every_summons(program, db, staff)
    documents = DocumentService(db, program.clock)
    built_in = text(documents.summons(clerk, summons_id).pdf)
    assert "SUMMONS / NOTICE TO APPEAR" in built_in    # no template yet: the built-in layout

    court_form(tmp_path / "form.pdf")
    (tmp_path / "bad.toml").write_text(FIELD_MAP.replace("accused.dob", "accused.shoe_size"))
    templates = AgencyTemplateService(db, program.clock)
    with pytest.raises(TemplateError, match="accused.shoe_size: not something the program"):
        templates.register(admin, "summons", tmp_path / "form.pdf", tmp_path / "bad.toml")
    (tmp_path / "map.toml").write_text(FIELD_MAP)
    with pytest.raises(PermissionDenied):
        templates.register(clerk, "summons", tmp_path / "form.pdf", tmp_path / "map.toml")
    templates.register(admin, "summons", tmp_path / "form.pdf", tmp_path / "map.toml")

    made = documents.summons(clerk, summons_id)
    reader = PdfReader(io.BytesIO(made.pdf))
    assert "/AcroForm" not in reader.trailer["/Root"] and "/Annots" not in reader.pages[0]
    filled = reader.pages[0].extract_text()
    assert "APPLICATION FOR CRIMINAL COMPLAINT" in filled and "Ødegård, Zoë" in filled
    with db.read() as session:
        latest = session.scalars(select(GeneratedDocument).order_by(
            GeneratedDocument.generated_at.desc(), GeneratedDocument.id)).all()
    assert "Application for Criminal Complaint (agency copy) v3" in {d.template for d in latest}
    assert [t.label for t in templates.list(admin)] == ["Application for Criminal Complaint (agency copy) v3"]


def test_the_profile_chooses_the_long_redisclosure_notice(program, staff, db):
    from dataclasses import replace

    case = steps.active_case(program, staff, "seattle-lead@1")
    steps.signed_consent(program, staff[Role.CASE_MANAGER], case.person_id,
                         [{"name": "King County Prosecuting Attorney", "address": "516 Third Ave"}])
    profiles = dict(program.cases.profiles)
    profiles["seattle-lead@1"] = replace(profiles["seattle-lead@1"], redisclosure_notice="long")
    da = staff[Role.PROSECUTOR_REVIEWER]
    long = " ".join(text(DocumentService(db, program.clock, profiles).prosecutor_summary(
        da, case.id).pdf).split())
    short = " ".join(text(DocumentService(db, program.clock).prosecutor_summary(
        da, case.id).pdf).split())
    assert "(i) Further use or disclosure is expressly permitted" in long
    assert "42 CFR part 2 prohibits unauthorized use or disclosure" in short
    assert "Further use or disclosure" not in short


def _referred_for_charges(program, staff, db, **referral):
    sup, da = staff[Role.SUPERVISOR], staff[Role.PROSECUTOR_REVIEWER]
    case = steps.active_case(program, staff, "worcester-buyer-diversion@1", "Rivera", "Pepe",
                             **referral)
    program.cases.transition(sup, case.id, CaseState.REMOVED, reason_text="x", details={
        "incident_date": "2026-03-02", "description": "threat", "staff_involved": "CM"})
    program.cases.transition(da, case.id, CaseState.REFERRED_FOR_CHARGES, reason_text="file")
    with db.write() as session:
        summons = session.scalars(select(Summons)).one()
        summons.court = "Worcester District Court"
        return case, summons.id, summons.tracking_number


def test_packet_dates_are_local_and_reprints_keep_the_number(program, staff, db):
    """A referral at 9:30 PM Eastern on March 2 is 02:30 UTC on March 3: the packet says
    March 2. A reprint is copy 2 of the same number, never a second number."""
    program.clock.now = datetime(2026, 3, 3, 3, 0, tzinfo=timezone.utc)
    _, summons_id, tracking = _referred_for_charges(
        program, staff, db, referred_at=datetime(2026, 3, 3, 2, 30, tzinfo=timezone.utc))
    documents = DocumentService(db, program.clock)
    first = documents.summons(staff[Role.CLERK], summons_id)
    second = documents.summons(staff[Role.CLERK], summons_id)
    assert (first.number, second.number) == (tracking, f"{tracking}/2")
    printed = " ".join(text(second.pdf).split())
    assert "Date: 03/02/2026" in printed and "03/03/2026" not in printed
    assert f"No. {tracking} (copy 2)" in printed and "DOC-" not in printed
    assert "G.L. c.94C §34" in printed and "94C-34 " not in printed
    assert "Generated 03/02/2026 10:00 PM EST" in printed
    # the notice to the DA reports under the §2.35 consent: each print is in the accounting
    with db.read() as session:
        logged = session.scalars(select(DisclosureLogEntry)).all()
    assert [e.what_sent[0]["document"] for e in logged] == [first.number, second.number]


def test_prosecutor_summary_needs_a_criminal_justice_consent(program, staff, db):
    case = steps.active_case(program, staff, "worcester-buyer-diversion@1", "Rivera", "Ana")
    with db.write() as session:
        for consent in session.scalars(select(Consent)):
            consent.consent_type = "part2_tpo"      # no §2.35 consent in force any more
    documents = DocumentService(db, program.clock)
    with pytest.raises(InvalidInput, match="§2.35"):
        documents.prosecutor_summary(staff[Role.PROSECUTOR_REVIEWER], case.id)
    with db.read() as session:
        assert session.scalars(select(GeneratedDocument)).all() == []
        assert session.scalars(select(DisclosureLogEntry)).all() == []


def test_a_registered_court_form_is_used_inside_the_massachusetts_packet(program, staff, db,
                                                                         tmp_path):
    from reportlab.pdfgen.canvas import Canvas

    from lead_desktop.services.agency_templates import AgencyTemplateService

    canvas = Canvas(str(tmp_path / "form.pdf"))
    canvas.drawString(72, 760, "OFFICIAL DC-CR-2")
    canvas.acroForm.textfield(name="Defendant", x=160, y=700, width=300, height=20)
    canvas.acroForm.textfield(name="Aliases", x=160, y=660, width=300, height=20)
    canvas.save()
    (tmp_path / "map.toml").write_text(
        'name = "DC-CR-2"\nversion = 1\n[[field]]\nkey = "accused.name"\npdf_field = '
        '"Defendant"\n[[field]]\nkey = "accused.aliases"\npdf_field = "Aliases"\n')
    AgencyTemplateService(db, program.clock).register(staff[Role.ADMINISTRATOR], "summons",
                                                      tmp_path / "form.pdf",
                                                      tmp_path / "map.toml")
    _, summons_id, tracking = _referred_for_charges(program, staff, db)
    with db.write() as session:
        from lead_desktop.models import PersonAlias
        person = session.scalars(select(Person)).one()
        person.aliases.append(PersonAlias(last_name="Rivera", first_name="Pepe"))
    made = DocumentService(db, program.clock).summons(staff[Role.CLERK], summons_id)
    printed = " ".join(text(made.pdf).split())
    assert "OFFICIAL DC-CR-2" in printed and "Pepe Rivera" in printed
    assert "Clerk cover sheet" in printed and "Statement of facts" in printed
    assert "Notice of program non-completion" in printed
    assert "not an official court form" not in printed
    with db.read() as session:
        assert "DC-CR-2 v1" in session.scalars(select(GeneratedDocument.template)).one()


def test_the_prosecutor_summary_goes_to_the_office_the_profile_names(db, program, staff):
    """Baltimore's prosecutor is the State's Attorney: a §2.35 consent naming "Baltimore City
    State's Attorney" lets the summary print, titled for that office (no "District
    Attorney" words needed)."""
    sup, cm = staff[Role.SUPERVISOR], staff[Role.CASE_MANAGER]
    case = steps.active_case(program, staff, "baltimore-pilot@1")
    steps.signed_consent(program, cm, case.person_id,
                         [{"name": "Baltimore City State's Attorney",
                           "address": "120 E Baltimore St"}],
                         case_id=case.id)
    made = DocumentService(db, program.clock).prosecutor_summary(sup, case.id)
    text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(made.pdf)).pages)
    assert "Case summary for the State's Attorney" in text
    assert "District Attorney" not in text


def test_the_massachusetts_notice_follows_the_participants_language(program, staff, db):
    """A tester found the participant's copy of the non-completion notice in English for a
    participant who prefers Spanish: it now follows their language; the court's and the
    DA's papers stay in English."""
    sup, da, clerk = staff[Role.SUPERVISOR], staff[Role.PROSECUTOR_REVIEWER], staff[Role.CLERK]
    case = steps.active_case(program, staff, "worcester-buyer-diversion@1", "Rivera", "Ana",
                             preferred_language="es")
    incident = {"incident_date": "2026-03-01", "description": "threat", "staff_involved": "CM"}
    program.cases.transition(sup, case.id, CaseState.REMOVED, details=incident, reason_text="x")
    program.cases.transition(da, case.id, CaseState.REFERRED_FOR_CHARGES, reason_text="file")
    steps.schedule_every_summons(program, db, staff, "Worcester District Court",
                                 "225 Main Street, Worcester, MA 01608")
    row = SummonsService(db, program.clock).queue(clerk)[0]
    pages = [" ".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(
        DocumentService(db, program.clock).summons(clerk, row.id).pdf)).pages]
    assert "Application for criminal complaint" in " ".join(pages)
    assert "Notice of program non-completion" in pages[-2]
    assert "Aviso de no finalización del programa" in pages[-1]
    assert "Motivo" in pages[-1] and "Reason" not in pages[-1]
