"""A role's dashboard as a PDF (documents/dashboard_report.py draws it): each chart with the
table of its bars beside it, then the panel's whole table. The caseload per case manager
lists only those above the target: a county has thousands of case managers, and the
distribution panel counts every one.

Written in the language of the user who saves it: `say` turns the dashboard's words
(messages, codes) into that language (the UI passes its translation; English: str), and
`language` sets the dates, the footer and the tables' own words."""

from __future__ import annotations

from typing import Callable

from lead_desktop.documents import dashboard_report as pdf
from lead_desktop.documents import dates
from lead_desktop.documents.page import Stamp
from lead_desktop.models import DatabaseInfo, User
from lead_desktop.services.labels import Coded
from lead_desktop.services.messages import QT_TRANSLATE_NOOP, message

from . import dashboard as d

Say = Callable[[object], str]

TITLES = {"program": QT_TRANSLATE_NOOP("Dashboard", "Program dashboard"),
          "caseload": QT_TRANSLATE_NOOP("Dashboard", "My caseload dashboard"),
          "totals": QT_TRANSLATE_NOOP("Dashboard", "Program totals dashboard"),
          "deidentified": QT_TRANSLATE_NOOP("Dashboard", "Evaluation dashboard (de-identified)")}


def _m(text: str, **values: object):
    return message(d.WORDS, text, **values)


def sections(board: d.Dashboard, say: Say = str) -> tuple[pdf.Section, ...]:
    out = []
    for panel in board.panels:
        rows = panel.rows
        title = say(panel.title)
        if panel.key == "caseload":  # one bar per case manager above target, the level beside
            rows = tuple(r for r in rows if r[1][1].value != "ok")
            title = say(_m(QT_TRANSLATE_NOOP("Dashboard", "{title}: the {count} above target "
                                                          "of {total}"),
                           title=panel.title, count=len(rows), total=len(panel.rows)))
            bars = tuple((say(label), cells[0].value) for label, cells in rows)
            charts = ((title, bars),) if len(bars) > 1 else ()
            table = tuple((say(label), pdf.value_text(cells[0].value),
                           cells[1].value) for label, cells in rows)
            grouped = ()
        else:  # one chart of its columns, the table of every column under it
            charts, table = (), ()
            grouped = (pdf.Grouped("", tuple(say(c) for c in panel.column_words()), tuple(
                (say(label), tuple(c.value for c in cells)) for label, cells in rows),
                panel.charted),) if rows else ()
        notes = ((say(panel.note), "", ""),) if panel.note else ()
        out.append(pdf.Section(title, tuple(charts), notes + table, grouped))
    return tuple(out)


def pdf_bytes(service, actor, board: d.Dashboard, say: Say = str,
              language: str = "en") -> bytes:
    db, now = service.db, service.reports.now
    with db.read() as session:
        info = session.get(DatabaseInfo, 1)
        user = session.get(User, actor.user_id) if actor.user_id else None
        program = info.name if info else "LEAD program"
    f = board.filters
    kind = say(Coded("referral_type", f.referral_type)) if f.referral_type else \
        say(_m(QT_TRANSLATE_NOOP("Dashboard", "every type")))
    filters = (say(_m(QT_TRANSLATE_NOOP("Dashboard", "Referral type: {kind}"), kind=kind)),)
    notes = () if board.drill_down else (say(_m(QT_TRANSLATE_NOOP(
        "Dashboard", "Counts of 1 to 10 people are shown as <11; no person and no case is "
                     "listed."))),)
    stamp = Stamp(program=program, document_id=f"DB-{now():%Y%m%d-%H%M%S}",
                  template=pdf.TEMPLATE, generated_by=user.display_name if user
                  else actor.username, generated_at=now(), language=language)
    period = say(_m(QT_TRANSLATE_NOOP("Dashboard", "{start} to {end}"),
                    start=dates.day(f.start, language), end=dates.day(f.end, language)))
    levels = tuple((code, say(words)) for code, words in d.LEVEL_WORDS.items())
    return pdf.build(pdf.Dashboard(say(_m(TITLES[board.view])), period, filters,
                                   sections(board, say), notes, language, levels), stamp)
