"""A role's dashboard as a PDF (documents/dashboard_report.py draws it): each chart with the
table of its bars beside it, then the panel's whole table. The caseload per case manager
lists only those above the target: a county has thousands of case managers, and the
distribution panel counts every one."""

from __future__ import annotations

from lead_desktop.documents import dashboard_report as pdf
from lead_desktop.documents.page import Stamp
from lead_desktop.models import DatabaseInfo, User

from . import dashboard as d

TITLES = {"program": "Program dashboard", "caseload": "My caseload dashboard",
          "totals": "Program totals dashboard",
          "deidentified": "Evaluation dashboard (de-identified)"}


def sections(board: d.Dashboard) -> tuple[pdf.Section, ...]:
    out = []
    for panel in board.panels:
        rows = panel.rows
        title = panel.title
        if panel.key == "caseload":  # one bar per case manager above target, the level beside
            rows = tuple(r for r in rows if r[1][1].value != "ok")
            title = f"{title}: the {len(rows)} above target of {len(panel.rows)}"
            bars = tuple((label, cells[0].value) for label, cells in rows)
            charts = ((title, bars),) if len(bars) > 1 else ()
            table = tuple((label, pdf.value_text(cells[0].value),
                           d.LEVEL_WORDS.get(cells[1].value, "")) for label, cells in rows)
            grouped = ()
        else:  # one chart of its columns, the table of every column under it
            charts, table = (), ()
            grouped = (pdf.Grouped("", panel.columns, tuple(
                (label, tuple(c.value for c in cells)) for label, cells in rows),
                panel.charted),) if rows else ()
        notes = ((panel.note, "", ""),) if panel.note else ()
        out.append(pdf.Section(title, tuple(charts), notes + table, grouped))
    return tuple(out)


def pdf_bytes(service, actor, board: d.Dashboard) -> bytes:
    db, now = service.db, service.reports.now
    with db.read() as session:
        info = session.get(DatabaseInfo, 1)
        user = session.get(User, actor.user_id) if actor.user_id else None
        program = info.name if info else "LEAD program"
    f = board.filters
    filters = (f"Referral type: {(f.referral_type or 'every type').replace('_', ' ')}",)
    notes = () if board.drill_down else ("Counts of 1 to 10 people are shown as <11; no "
                                         "person and no case is listed.",)
    stamp = Stamp(program=program, document_id=f"DB-{now():%Y%m%d-%H%M%S}",
                  template=pdf.TEMPLATE, generated_by=user.display_name if user
                  else actor.username, generated_at=now())
    return pdf.build(pdf.Dashboard(TITLES[board.view],
                                   f"{f.start.isoformat()} to {f.end.isoformat()}", filters,
                                   sections(board), notes), stamp)
