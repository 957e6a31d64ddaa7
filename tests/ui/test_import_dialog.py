"""Import from a spreadsheet through the real main window: the supervisor's Reports page,
the column-mapping dialog (a column the names did not give is chosen by hand), the dry
run's rows (new, on file, bad), the import, and the mapping remembered for the next file
with the same headers. The roster export writes the file the import reads."""

import csv

from openpyxl import load_workbook
from PySide6.QtCore import Qt

from lead_desktop.models import Case
from lead_desktop.security.roles import Role
from lead_desktop.services.importing.roster import HEADERS
from lead_desktop.services.program.profile_store import ProfileStore
from lead_desktop.services.setup import set_program_profile
from lead_desktop.ui.import_dialog import ImportDialog
from lead_desktop.ui.pages.reports_page import ReportsPage
from lead_desktop.ui.roster_actions import RosterActions
from tests.stories.app import while_open
from tests.support import steps

from .test_courts_and_agencies import page_of, window_for

# "Family" is no name the import knows: the user maps it to the last name by hand
HEADER = ["Family", "First name", "DOB", "Referral type", "Referral date", "Officer", "Badge",
          "Agency", "Location", "Incident", "Offense code", "Substance", "Quantity", "Unit",
          "Case manager", "Status"]
ARREST = ["arrest diversion", "2025-11-03", "Dana Reyes", "4471", "Seattle PD", "3rd & Pine",
          "SPD-1", "69.50.4013", "heroin", "0.5", "g", "case.manager"]


def write(path, rows):
    with open(path, "w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows([HEADER, *rows])
    return path


def roster_actions(qtbot, db, staff, program):
    set_program_profile(db, ProfileStore(db)["seattle-lead@1"], staff[Role.ADMINISTRATOR])
    window = window_for(qtbot, db, staff, Role.SUPERVISOR, program.clock)
    titles = [window.nav.item(i).text() for i in range(window.nav.count())]
    window.nav.setCurrentRow(titles.index("Reports"))
    page = page_of(window, ReportsPage)
    actions = page.findChild(RosterActions, "rosterActions")
    assert actions is not None and actions.isVisible()
    return window, actions


def test_the_supervisor_maps_dry_runs_and_imports(qtbot, db, staff, program, tmp_path):
    steps.person(program, staff[Role.CASE_MANAGER], "Rivera", "Ana")   # already on file
    _, actions = roster_actions(qtbot, db, staff, program)
    sheet = write(tmp_path / "roster.csv", [
        ["Rivera", "Ana", "1991-06-02", *ARREST, ""],
        ["Okafor", "Lee", "1985-06-14", *ARREST, "active"],
        ["Nguyen", "Kim", "1979-01-30", *ARREST[:1], "03/40/2025", *ARREST[2:], ""],
    ])
    actions.choose_file = lambda: sheet
    seen = {}

    def work(dialog: ImportDialog) -> None:
        assert dialog.columns["last_name"].currentData() == ""         # not guessed
        assert dialog.columns["first_name"].currentData() == "First name"
        assert not dialog.import_button.isEnabled()
        dialog.columns["last_name"].setCurrentIndex(
            dialog.columns["last_name"].findData("Family"))
        assert dialog.findChild(type(dialog.summary), "sample_last_name").text() == "Rivera"
        qtbot.mouseClick(dialog.dry_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.report is not None)
        shown = [[dialog.model.index(r, c).data() for c in range(4)]
                 for r in range(dialog.model.rowCount())]
        assert shown == [
            ["2", "Rivera, Ana", "may be someone on file: skipped", "Rivera, Ana (1991-06-02), "
                                                                  "on file"],
            ["3", "Okafor, Lee", "new person and case",
             "status active not imported: the case is referred, hand-off recorded; record "
             "its next steps in the app"],
            ["4", "Nguyen, Kim", "bad", "Referral date: '03/40/2025' is not a date (use "
                                      "2026-03-14 or 03/14/2026)"],
        ]
        assert "Dry run, nothing was saved." in dialog.summary.text()
        assert not dialog.import_button.isEnabled()    # a bad row: every row or none
        seen["bad"] = dialog.summary.text()

    while_open(qtbot, ImportDialog,
               work, lambda: qtbot.mouseClick(actions.import_button, Qt.MouseButton.LeftButton))
    assert "Correct the bad rows" in seen["bad"]

    write(sheet, [["Rivera", "Ana", "1991-06-02", *ARREST, ""],
                  ["Okafor", "Lee", "1985-06-14", *ARREST, "active"]])

    def work_again(dialog: ImportDialog) -> None:
        assert dialog.columns["last_name"].currentData() == "Family"   # remembered
        assert "as last time" in dialog.findChild(type(dialog.summary), "importHeading").text()
        qtbot.mouseClick(dialog.dry_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.import_button.isEnabled())
        dialog.on_match.setCurrentIndex(1)         # add the look-alike as a new person
        assert not dialog.import_button.isEnabled()   # that choice needs its own dry run
        qtbot.mouseClick(dialog.dry_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.import_button.isEnabled())
        assert dialog.report.count("create") == 2
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.imported)
        assert dialog.summary.text().startswith("Imported.")
        assert not dialog.dry_button.isEnabled() and not dialog.import_button.isEnabled()

    while_open(qtbot, ImportDialog, work_again,
               lambda: qtbot.mouseClick(actions.import_button, Qt.MouseButton.LeftButton))
    assert actions.status.text() == "Imported 2 from roster.csv."

    # the roster export: warned, then the file the import reads
    target = tmp_path / "roster.xlsx"
    actions.confirm_unencrypted = lambda: True
    actions.choose_save_path = lambda suggested: target
    qtbot.mouseClick(actions.export_button, Qt.MouseButton.LeftButton)
    assert "2 cases" in actions.status.text() and "not encrypted" in actions.status.text()
    rows = list(load_workbook(target).active.iter_rows(values_only=True))
    assert rows[0] == HEADERS
    assert sorted((r[0], r[1]) for r in rows[1:]) == [("Okafor", "Lee"), ("Rivera", "Ana")]


def test_a_file_that_cannot_be_read_is_said_on_the_page(qtbot, db, staff, program, tmp_path):
    _, actions = roster_actions(qtbot, db, staff, program)
    broken = tmp_path / "roster.xlsx"
    broken.write_bytes(b"not a workbook")
    actions.choose_file = lambda: broken
    assert actions.open_import() is None
    assert "is not a readable XLSX workbook" in actions.status.text()


def test_a_row_matching_someone_on_file_is_attached_to_them(qtbot, db, staff, program,
                                                           tmp_path):
    """The dry run shows Ana Rivera on file; the supervisor chooses, for her row, that it is
    her: the next dry run says so, the import attaches the case to her (no second Ana)."""
    on_file = steps.person(program, staff[Role.CASE_MANAGER], "Rivera", "Ana")
    _, actions = roster_actions(qtbot, db, staff, program)
    sheet = write(tmp_path / "roster.csv", [["Rivera", "Ana", "1991-06-02", *ARREST, ""],
                                            ["Okafor", "Lee", "1985-06-14", *ARREST, ""]])
    actions.choose_file = lambda: sheet
    seen = {}

    def work(dialog: ImportDialog) -> None:
        dialog.columns["last_name"].setCurrentIndex(
            dialog.columns["last_name"].findData("Family"))
        qtbot.mouseClick(dialog.dry_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.import_button.isEnabled())
        assert not dialog.row_choice.isEnabled()        # no row chosen yet
        dialog.results.selectRow(0)                     # Rivera, Ana: on file
        assert dialog.row_choice.isEnabled()
        offered = [dialog.row_choice.itemData(i) for i in range(dialog.row_choice.count())]
        assert offered == ["skip", "new", on_file.id]
        dialog.results.selectRow(1)                     # Okafor: nobody on file
        assert not dialog.row_choice.isEnabled()
        dialog.results.selectRow(0)
        dialog.choose_for_row(on_file.id)
        assert not dialog.import_button.isEnabled()     # the choice needs its dry run
        qtbot.mouseClick(dialog.dry_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.import_button.isEnabled())
        assert dialog.model.index(0, 2).data() == "case attached to the person on file"
        assert "1 attached to someone on file" in dialog.summary.text()
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.imported)
        seen["case"] = dialog.report.rows[0].case_id

    while_open(qtbot, ImportDialog, work,
               lambda: qtbot.mouseClick(actions.import_button, Qt.MouseButton.LeftButton))
    assert actions.status.text() == "Imported 2 from roster.csv."
    rivera = program.people.search(staff[Role.SUPERVISOR], "Rivera")
    assert [p.person_id for p in rivera] == [on_file.id]  # no second Ana Rivera
    with db.read() as session:
        assert session.get(Case, seen["case"]).person_id == on_file.id
