"""Code lists an administrator keeps: offered from their date, retired codes still read."""

from datetime import date

import pytest

from lead_desktop.errors import InvalidInput, PermissionDenied
from lead_desktop.security.roles import Role
from lead_desktop.services.program.code_lists import CodeInput, CodeListService
from lead_desktop.services.records import ValidationFailed


def test_codes_with_dates_in_two_languages(db, staff):
    codes, admin = CodeListService(db), staff[Role.ADMINISTRATOR]
    codes.add(admin, CodeInput("offense", "61-3-13", "Petit larceny", "Hurto menor",
                               statute="W. Va. Code § 61-3-13(b)", level="misdemeanor",
                               effective_from=date(2020, 1, 1)))
    codes.add(admin, CodeInput("exit_reason", "moved", "Moved away", "Se mudó",
                               effective_from=date(2026, 1, 1)))
    retired = codes.retire(admin, "offense", "61-3-13", on=date(2026, 7, 1))
    assert retired.effective_to == date(2026, 7, 1)
    assert [c.code for c in codes.entries("offense", on=date(2026, 6, 30))] == ["61-3-13"]
    assert codes.entries("offense", on=date(2026, 7, 1)) == []
    old = codes.find("offense", "61-3-13")            # an old record still reads it
    assert (old.label("es"), old.statute, old.level) == (
        "Hurto menor", "W. Va. Code § 61-3-13(b)", "misdemeanor")
    with pytest.raises(InvalidInput):
        codes.retire(admin, "offense", "61-3-13")
    with pytest.raises(ValidationFailed):             # a retired code is never reused
        codes.add(admin, CodeInput("offense", "61-3-13", "Other", statute="x"))


def test_bad_codes_are_refused_naming_each_field(db, staff):
    codes = CodeListService(db)
    with pytest.raises(ValidationFailed) as refused:
        codes.add(staff[Role.ADMINISTRATOR], CodeInput("colors", "", "", level="huge"))
    assert set(refused.value.problems) == {"list_name", "code", "label_en", "level"}
    with pytest.raises(ValidationFailed) as refused:
        codes.add(staff[Role.ADMINISTRATOR], CodeInput("offense", "94C-34", "Possession"))
    assert set(refused.value.problems) == {"statute"}
    with pytest.raises(PermissionDenied):
        codes.add(staff[Role.CASE_MANAGER], CodeInput("housing", "car", "Lives in a car"))
