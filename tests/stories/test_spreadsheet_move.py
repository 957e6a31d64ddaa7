"""A program that kept its roster in a spreadsheet moves into the app (issue 17): IT makes
the database, the administrator adds the staff, the supervisor imports the spreadsheet from
the Reports page (maps the one column the app could not guess, makes a dry run, imports),
and the case manager then finds his participants in People: the case handed to him on the
day of the referral, the exited one closed on its exit day, as the spreadsheet said."""

import csv

import pytest
from PySide6.QtCore import Qt

from lead_desktop.security.roles import Role
from lead_desktop.ui.import_dialog import ImportDialog
from lead_desktop.ui.person_window import PersonWindow
from lead_desktop.ui.roster_actions import RosterActions
from tests.stories.app import App, find_person, section, tab, while_open

pytestmark = [pytest.mark.slow, pytest.mark.postgres]  # on the file and on a server
STAFF = [("hart", "Ray Hart", Role.CASE_MANAGER), ("sam", "Sam Park", Role.SUPERVISOR)]
HEADER = ["Client surname", "First name", "DOB", "Referral type", "Referral date", "Officer",
          "Badge", "Agency", "Location", "Incident", "Offense code", "Substance", "Quantity",
          "Unit", "Case manager", "Status", "Exit date", "Exit type", "Exit reason"]
ARREST = ["arrest diversion", "Dana Reyes", "4471", "Seattle PD", "3rd & Pine", "SPD-25-1",
          "69.50.4013", "heroin", "0.5", "g", "Ray Hart"]


@pytest.fixture
def app(qtbot, tmp_path, story_server):
    app = App(qtbot, tmp_path, "seattle-lead@1", "Seattle LEAD",
              server=story_server)
    yield app
    app.close()


def test_a_spreadsheet_roster_moves_into_the_app(qtbot, app, tmp_path):
    app.add_accounts(STAFF)
    sheet = tmp_path / "LEAD roster 2025.csv"
    with open(sheet, "w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows([HEADER,
                                 ["Rivera", "Ana", "06/02/1991", ARREST[0], "11/03/2025",
                                  *ARREST[1:], "referred", "", "", ""],
                                 ["Okafor", "Lee", "06/14/1985", ARREST[0], "10/01/2025",
                                  *ARREST[1:], "exited", "12/15/2025", "moved",
                                  "moved to Tacoma"]])

    sup = app.sign_in("sam")
    actions = section(sup, "Reports").findChild(RosterActions, "rosterActions")
    actions.choose_file = lambda: sheet

    def import_it(dialog: ImportDialog) -> None:
        last = dialog.columns["last_name"]
        last.setCurrentIndex(last.findData("Client surname"))
        qtbot.mouseClick(dialog.dry_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.import_button.isEnabled(), timeout=20000)
        assert "2 to add" in dialog.summary.text(), dialog.summary.text()
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.imported, timeout=20000)

    while_open(qtbot, ImportDialog, import_it,
               lambda: qtbot.mouseClick(actions.import_button, Qt.MouseButton.LeftButton))
    assert actions.status.text() == "Imported 2 from LEAD roster 2025.csv."
    app.sign_out(sup)

    hart = app.sign_in("hart")
    seen = {}

    def look(person: PersonWindow) -> None:
        qtbot.waitUntil(lambda: person.header.case_manager.text() not in ("", "…"),
                        timeout=10000)   # the header loads off the UI thread
        history = tab(person, "History")
        seen[person.header.name.text()] = (
            person.header.chip.text(), person.header.case_manager.text(),
            [(str(person.history_model.index(r, 0).data())[:10],
              person.history_model.index(r, 2).data())
             for r in range(person.history_model.rowCount())])
        assert history is not None

    find_person(qtbot, hart, "Rivera", PersonWindow, look)
    find_person(qtbot, hart, "Okafor", PersonWindow, look)
    assert seen == {
        "Rivera, Ana": ("Referred", "Ray Hart", [("2025-11-03", "Referred")]),
        "Okafor, Lee": ("Exited", "Ray Hart", [("2025-10-01", "Referred"),
                                               ("2025-12-15", "Exited")]),
    }
    app.sign_out(hart)
