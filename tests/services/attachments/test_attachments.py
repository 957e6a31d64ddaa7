"""Attachments: round trip (in, viewed, printed, source deleted, out of a backup restore),
type by content, the location taken out of pictures, the size limit, and the audit."""

import hashlib
import io
import json
from dataclasses import replace

import pytest
from PIL import Image
from sqlalchemy import select

from lead_desktop.db import backup as backups
from lead_desktop.db.database import open_database
from lead_desktop.errors import InvalidInput, PermissionDenied
from lead_desktop.models import Attachment, AttachmentChunk, AuditEntry
from lead_desktop.security.roles import Role
from lead_desktop.services.attachments import content, limits
from lead_desktop.services.attachments.attachment_service import (
    CHUNK,
    Anchor,
    AttachmentService,
)
from lead_desktop.services.attachments.content import NotAllowedType
from tests.support import steps
from tests.support.paper import picture, tiny_pdf
from tests.support.pdf_tools import render_page


@pytest.fixture
def case(program, staff):
    return steps.active_case(program, staff, "seattle-lead@1")


@pytest.fixture
def files(db, program):
    return AttachmentService(db, program.clock)


def _events(db, event):
    with db.read() as session:
        return session.scalars(select(AuditEntry).where(AuditEntry.event == event)
                               .order_by(AuditEntry.seq)).all()


def test_round_trip_file_in_viewed_printed_source_deleted_and_out_of_a_restore(
        db, files, staff, case, tmp_path, key_store, system_actor):
    cm = staff[Role.CASE_MANAGER]
    # a benefits letter scanned to a file: two pages, a little over two chunks in size
    pdf = tiny_pdf("Benefits letter", pages=2) + b"%" + b"x" * (2 * CHUNK + 10) + b"\n"
    scan = tmp_path / "Downloads" / "scan0001.pdf"
    scan.parent.mkdir()
    scan.write_bytes(pdf)
    view = files.add(cm, "case_paper", scan.read_bytes(), Anchor(case_id=case.id),
                     title="Benefits letter", source="scan")
    assert view.media_type == "application/pdf" and view.size == len(pdf)
    assert view.sha256 == hashlib.sha256(pdf).hexdigest() and view.person_id == case.person_id
    with db.read() as session:
        assert session.scalar(select(AttachmentChunk.seq).order_by(
            AttachmentChunk.seq.desc()).limit(1)) == 2  # three chunks
    assert Image.open(io.BytesIO(view.thumbnail)).size[1] == content.THUMBNAIL_PIXELS
    shown, data = files.content(cm, view.id)
    assert data == pdf and shown.title == "Benefits letter"
    _, printable = files.printable(cm, view.id)
    assert printable == pdf and render_page(printable).size[0] > 100
    files.delete_source(cm, view.id, scan, hashlib.sha256(pdf).hexdigest())
    assert not scan.exists()
    assert [[a.record_id for a in _events(db, e)][-1:] for e in (
        "attachment.add", "attachment.view", "attachment.print", "attachment.source_deleted")] \
        == [[view.id]] * 4

    out = backups.backup(db, tmp_path / "copies" / "b.db", system_actor)
    path = db.path
    db.close()
    backups.restore(out, path, key_store, system_actor, force=True)
    with open_database(path, key_store) as restored:
        assert AttachmentService(restored).content(cm, view.id)[1] == pdf


def test_a_photo_is_kept_as_a_picture_and_prints_as_a_pdf(files, staff, case):
    clerk = staff[Role.CLERK]
    view = files.add(clerk, "identity_document", picture("PNG", gps=False),
                     Anchor(person_id=case.person_id), title="State ID, front")
    assert view.media_type == "image/png"
    _, pdf = files.printable(clerk, view.id)
    assert pdf.startswith(b"%PDF") and render_page(pdf).getpixel((20, 20))[:3] != (255, 255, 255)


@pytest.mark.parametrize("name, data", [
    ("court-notice.pdf", b"PK\x03\x04 a Word document in disguise"),
    ("id.jpg", b"MZ\x90\x00 a program, not a photo"),
    ("letter.pdf", b"%PDF-1.4 looks like a PDF but is none"),
    ("scan.png", b"\x89PNG\r\n\x1a\n but no picture"),
])
def test_a_file_is_judged_by_its_content_not_its_name(db, files, staff, case, name, data):
    with pytest.raises(NotAllowedType):
        files.add(staff[Role.CASE_MANAGER], "case_paper", data, Anchor(case_id=case.id),
                  title=name)
    with db.read() as session:
        assert session.scalars(select(Attachment).where(Attachment.kind == "case_paper")) \
            .all() == []


def test_a_picture_named_pdf_is_kept_as_the_picture_it_is(files, staff, case):
    view = files.add(staff[Role.CASE_MANAGER], "case_paper", picture("JPEG", gps=False),
                     Anchor(case_id=case.id), title="letter.pdf")
    assert view.media_type == "image/jpeg"


def _gps(data):
    with Image.open(io.BytesIO(data)) as image:
        exif = image.getexif()
        return exif.get_ifd(0x8825), exif.get(0x010F)


@pytest.mark.parametrize("fmt", ["JPEG", "PNG", "TIFF"])
def test_the_exif_location_is_taken_out(files, staff, case, fmt):
    original = picture(fmt, gps=True)
    assert _gps(original)[0]  # the camera wrote where it was
    view = files.add(staff[Role.CLERK], "identity_document", original,
                     Anchor(person_id=case.person_id), title="Photo ID")
    _, kept = files.content(staff[Role.CLERK], view.id)
    gps, make = _gps(kept)
    assert gps == {} and make == "PhoneMaker" and view.location_removed
    assert view.sha256 == hashlib.sha256(kept).hexdigest()
    with Image.open(io.BytesIO(original)) as before, Image.open(io.BytesIO(kept)) as after:
        assert before.tobytes() == after.tobytes()  # the picture untouched
    if fmt == "JPEG":  # not re-encoded: the compressed picture is byte for byte the same
        assert original[original.index(b"\xff\xda"):] == kept[kept.index(b"\xff\xda"):]


def test_a_picture_without_a_location_is_kept_byte_for_byte(files, staff, case):
    original = picture("JPEG", gps=False)
    view = files.add(staff[Role.CLERK], "identity_document", original,
                     Anchor(person_id=case.person_id), title="Photo ID")
    assert files.content(staff[Role.CLERK], view.id)[1] == original
    assert not view.location_removed


def test_the_size_limit_is_the_administrators(db, files, staff, case):
    cm, admin = staff[Role.CASE_MANAGER], staff[Role.ADMINISTRATOR]
    big = tiny_pdf() + b"%" + b"x" * 1_500_000 + b"\n"
    assert files.max_bytes() == 20_000_000
    assert files.add(cm, "case_paper", big, Anchor(case_id=case.id), title="Big").size
    with pytest.raises(PermissionDenied):
        limits.set_max_mb(db, cm, 1)
    limits.set_max_mb(db, admin, 1)
    with pytest.raises(InvalidInput, match="limit is 1 MB"):
        files.add(cm, "case_paper", big, Anchor(case_id=case.id), title="Big again")
    with pytest.raises(InvalidInput):
        limits.set_max_mb(db, admin, 0)
    assert json.loads(_events(db, "setting.change")[-1].details) == {"from": 20, "to": 1}


def test_roles_per_kind(db, files, staff, case):
    """Clerks see identity documents and court papers, not treatment records; Part 2
    material follows the Part 2 row; refusals are audited."""
    cm, clerk, officer = staff[Role.CASE_MANAGER], staff[Role.CLERK], staff[Role.OFFICER]
    sup, da, evaluator = (staff[Role.SUPERVISOR], staff[Role.PROSECUTOR_REVIEWER],
                          staff[Role.EVALUATOR])
    person = Anchor(person_id=case.person_id)
    on_case = Anchor(case_id=case.id)
    ident = files.add(clerk, "identity_document", picture("PNG", gps=False), person,
                      title="Birth certificate request")
    court = files.add(clerk, "court_paper", tiny_pdf("Court notice"), on_case,
                      title="Court notice")
    treatment = files.add(cm, "treatment_record", tiny_pdf("Discharge summary"), on_case,
                          title="Discharge summary")
    letter = files.add(cm, "case_paper", tiny_pdf("Housing letter"), on_case,
                       title="Housing letter")
    for actor, kind, anchor in ((clerk, "treatment_record", on_case),
                                (sup, "treatment_record", on_case),   # supervisors read Part 2
                                (da, "identity_document", person),
                                (evaluator, "case_paper", on_case),
                                (staff[Role.ADMINISTRATOR], "identity_document", person)):
        with pytest.raises(PermissionDenied):
            files.add(actor, kind, tiny_pdf(), anchor, title="x")

    def seen(actor):
        return {v.id for v in files.list_for_person(actor, case.person_id)}

    consent_copy = {v.id for v in files.list_for_person(cm, case.person_id)
                    if v.kind == "signed_consent"}
    assert len(consent_copy) == 1
    assert seen(cm) == {ident.id, court.id, treatment.id, letter.id} | consent_copy
    assert seen(clerk) == {ident.id, court.id} | consent_copy  # clerks read consents
    assert seen(sup) == {ident.id, court.id, treatment.id, letter.id} | consent_copy
    assert seen(officer) == {ident.id}  # their own referral's ID; a summons' status only
    assert seen(evaluator) == set() and seen(staff[Role.AUDITOR]) == set()
    for actor, attachment in ((clerk, treatment), (clerk, letter), (da, treatment),
                              (officer, letter)):
        with pytest.raises(PermissionDenied):
            files.content(actor, attachment.id)
    assert files.content(sup, treatment.id)[1].startswith(b"%PDF")
    denied = _events(db, "access.denied")
    assert len(denied) >= 9 and all(e.outcome == "failure" for e in denied)


def test_a_case_manager_sees_only_their_caseload(db, files, program, staff, case):
    from lead_desktop.models import User

    cm = staff[Role.CASE_MANAGER]
    files.add(cm, "treatment_record", tiny_pdf(), Anchor(case_id=case.id), title="Plan")
    with db.write() as session:
        other = User(username="cm2", display_name="Other CM", role="case_manager",
                     password_hash=session.get(User, cm.user_id).password_hash)
        session.add(other)
        session.flush()
        other_cm = replace(cm, user_id=other.id, username="cm2",
                           account_version=other.account_version)
    kinds = {v.kind for v in files.list_for_person(other_cm, case.person_id)}
    assert "treatment_record" in {v.kind for v in files.list_for_person(cm, case.person_id)}
    assert "treatment_record" not in kinds  # Part 2 follows the caseload
    with pytest.raises(PermissionDenied):
        files.add(other_cm, "treatment_record", tiny_pdf(), Anchor(case_id=case.id), title="x")


def test_removal_is_a_void_with_a_reason_and_the_content_stays(db, files, staff, case):
    clerk = staff[Role.CLERK]
    view = files.add(clerk, "court_paper", tiny_pdf(), Anchor(case_id=case.id),
                     title="Wrong person's notice")
    with pytest.raises(InvalidInput, match="reason"):
        files.void(clerk, view.id, "  ")
    with pytest.raises(PermissionDenied):
        files.void(staff[Role.PROSECUTOR_REVIEWER].__class__(
            staff[Role.EVALUATOR].user_id, "evaluator", Role.EVALUATOR, "ws"), view.id, "x")
    voided = files.void(clerk, view.id, "filed under the wrong person",
                        expected_version=view.row_version)
    assert voided.voided and voided.void_reason == "filed under the wrong person"
    with pytest.raises(InvalidInput, match="already void"):
        files.void(clerk, view.id, "again")
    assert files.content(clerk, view.id)[1].startswith(b"%PDF")  # kept for retention
    assert _events(db, "attachment.void")[0].reason == "filed under the wrong person"


def test_the_same_paper_twice_is_one_attachment(files, staff, case):
    cm, pdf = staff[Role.CASE_MANAGER], tiny_pdf("Same")
    first = files.add(cm, "case_paper", pdf, Anchor(case_id=case.id), title="Letter")
    again = files.add(cm, "case_paper", pdf, Anchor(case_id=case.id), title="Letter")
    assert again.id == first.id


def test_no_attachment_bytes_readable_without_the_key(db, files, staff, case, tmp_path,
                                                      system_actor):
    """Not in the database file, not in its rollback journal (which holds the attachment's
    pages while they are being changed), not in a backup."""
    from sqlalchemy import text

    from lead_desktop.db import sqlcipher_file

    marker = b"MARKER-7f3a9c-PLAINTEXT-OF-A-SCAN"
    pdf = tiny_pdf() + b"%" + marker * 40_000 + b"\n"  # 1.3 MB over two chunks
    cm = staff[Role.CASE_MANAGER]
    view = files.add(cm, "case_paper", pdf, Anchor(case_id=case.id), title="Letter")
    assert files.content(cm, view.id)[1] == pdf  # it is there, and readable with the key
    journal = sqlcipher_file.journal_path(db.path)

    class LookedAndRolledBack(Exception):
        pass

    with pytest.raises(LookedAndRolledBack):
        with db.write() as session:  # a change to the attachment's pages, never committed
            session.execute(text("UPDATE attachment_chunks SET data = x'00'"))
            session.flush()
            during = journal.read_bytes()
            raise LookedAndRolledBack
    assert len(during) > len(pdf)  # the journal held the attachment's old pages
    assert files.content(cm, view.id)[1] == pdf
    out = backups.backup(db, tmp_path / "b.db", system_actor)
    for blob in (db.path.read_bytes(), during, out.read_bytes()):
        assert marker[:16] not in blob and b"Benefits" not in blob


def test_lead_admin_sets_the_size_limit(db, admin, monkeypatch, capsys):
    from lead_desktop.cli.main import main as lead_admin
    from tests.conftest import ADMIN_PASSWORD

    monkeypatch.setattr("sys.stdin", io.StringIO(ADMIN_PASSWORD + "\n"))
    assert lead_admin(["settings", "--db", str(db.path), "--as", "admin", "--password-stdin",
                       "--attachment-max-mb", "35"]) == 0
    assert "attachment-max-mb: 35" in capsys.readouterr().out
    assert AttachmentService(db).max_bytes() == 35_000_000
    monkeypatch.setattr("sys.stdin", io.StringIO(ADMIN_PASSWORD + "\n"))
    assert lead_admin(["settings", "--db", str(db.path), "--as", "admin", "--password-stdin",
                       "--attachment-max-mb", "5000"]) != 0
    assert AttachmentService(db).max_bytes() == 35_000_000


def test_the_disclosure_log_names_the_signed_copy_relied_on(db, program, staff, case):
    from lead_desktop.models import Consent, DisclosureLogEntry
    from lead_desktop.services.consent.consent_service import Disclosure

    cm = staff[Role.CASE_MANAGER]
    with db.read() as session:
        consent = session.scalars(select(Consent).where(
            Consent.person_id == case.person_id)).one()
        copy = session.scalars(select(Attachment).where(
            Attachment.consent_id == consent.id)).one()
    assert copy.sha256 == consent.scanned_copy_sha256
    entry_id = program.consents.disclose(cm, Disclosure(
        case.person_id, "Evergreen Treatment", "referral",
        ({"document": "referral packet", "sha256": "a" * 64},),
        recipient_class="treatment provider"))
    with db.read() as session:
        assert session.get(DisclosureLogEntry, entry_id).signed_copy_id == copy.id
    assert json.loads(_events(db, "disclosure")[-1].details)["signed_copy"] == copy.id


def test_the_signed_copy_of_an_active_consent_cannot_be_voided(db, files, staff, case):
    cm = staff[Role.CASE_MANAGER]
    [copy] = [v for v in files.list_for_person(cm, case.person_id) if v.kind == "signed_consent"]
    with pytest.raises(InvalidInput, match="active consent rests on"):
        files.void(cm, copy.id, "scanned crooked")
    assert not files.view(cm, copy.id).voided


def test_demo_consents_come_with_their_signed_copy(db, staff):
    from lead_desktop.models import Consent
    from lead_desktop.services.demo_data.generator import DemoDataGenerator
    from lead_desktop.services.program.profile import bundled_profiles

    DemoDataGenerator(db, bundled_profiles(), seed=3).run(20)
    files = AttachmentService(db)
    with db.read() as session:
        active = session.scalars(select(Consent.id).where(Consent.status == "active")).all()
    assert active
    for consent_id in active[:5]:
        copy = files.signed_copy(staff[Role.SUPERVISOR], consent_id)
        assert copy is not None
        assert files.content(staff[Role.SUPERVISOR], copy.id)[1].startswith(b"%PDF")
