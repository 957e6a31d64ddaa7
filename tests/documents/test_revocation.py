"""The revocation form, both languages, with the §2.35 warning when revoking too early."""

import io
import re
from datetime import date, datetime, timezone

import pytest
from pypdf import PdfReader

from lead_desktop.documents.page import Stamp
from lead_desktop.documents.required import MissingFields
from lead_desktop.documents.revocation import Revocation, build, wording

STAMP = Stamp(program="Harbor City LEAD", document_id="REV-1", template="revocation v1",
              generated_by="Casey Morales", generated_at=datetime(2026, 11, 23, tzinfo=timezone.utc))
TODAY = date(2026, 11, 23)


def text_of(pdf):
    return re.sub(r"\s+", " ", " ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages))


@pytest.mark.parametrize("language", ["en", "es"])
def test_every_element_in_both_languages(language):
    form = Revocation("Nguyễn Thị Minh", date(1988, 3, 14), "CON-0042", date(2026, 3, 2),
                      ("Harbor County District Attorney",), TODAY, language,
                      cj_revocable_from=date(2027, 5, 1),
                      received="C. Morales, 2026-11-23, letter, logged by C. Morales")
    text = text_of(build(form, STAMP, TODAY))
    for key in ("title", "person", "consent", "effective", "reliance", "cj_from", "cj_warning",
                "signature", "received"):
        assert re.sub(r"\s+", " ", wording()[language][key]) in text, key
    dated = ("03/14/1988", "03/02/2026", "05/01/2027") if language == "en" else \
        ("14 de marzo de 1988", "2 de marzo de 2026", "1 de mayo de 2027")
    for part in ("Nguyễn Thị Minh", "CON-0042", *dated,
                 "Harbor County District Attorney", "logged by C. Morales"):
        assert part in text


def test_no_warning_once_the_date_has_passed():
    form = Revocation("Ana Rivera", date(1991, 6, 2), "CON-7", None, ("DA",), TODAY,
                      cj_revocable_from=date(2026, 1, 1))
    assert wording()["en"]["cj_warning"][:20] not in text_of(build(form, STAMP, TODAY))


def test_required():
    with pytest.raises(MissingFields, match="consent"):
        build(Revocation("Ana", date(1991, 6, 2), "", None, (), TODAY), STAMP, TODAY)


@pytest.mark.parametrize("dob, estimated, printed", [
    (None, False, "Ana Rivera, unknown"),                   # never refused for want of a date
    (date(1985, 1, 1), True, "Ana Rivera, about 1985"),     # never the stand-in 1 January
])
def test_an_unknown_or_estimated_birth_date(dob, estimated, printed):
    form = Revocation("Ana Rivera", dob, "CON-7", None, ("DA",), TODAY, dob_estimated=estimated)
    text = text_of(build(form, STAMP, TODAY))
    assert printed in text and "1985-01-01" not in text


def test_the_effective_date_is_never_before_revocable_from():
    form = Revocation("Ana Rivera", date(1991, 6, 2), "CON-7", None, ("DA",), TODAY,
                      cj_revocable_from=date(2027, 5, 1))
    text = text_of(build(form, STAMP, TODAY))
    effective = text.split(wording()["en"]["effective"])[1]
    assert effective.strip().startswith("05/01/2027")
