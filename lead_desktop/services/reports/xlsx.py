"""A report's table as an XLSX workbook: numbers stay numbers; every text cell is stored as
text, so a label typed as "=..." is never a formula."""

from __future__ import annotations

import io

from openpyxl import Workbook

from .figures import Report

COLUMNS = ("section", "measure", "label", "value", "level", "case_ids")


def xlsx_bytes(report: Report, with_ids: bool) -> bytes:
    book = Workbook()
    sheet = book.active
    sheet.title = report.kind[:31]
    columns = COLUMNS if with_ids else COLUMNS[:-1]
    sheet.append(list(columns))
    for f in report.figures:
        row = [f.section, f.key, f.label, f.value, f.level]
        sheet.append(row + [" ".join(f.case_ids)] if with_ids else row)
    for cells in sheet.iter_rows():
        for cell in cells:
            if isinstance(cell.value, str):
                cell.data_type = "s"  # text, never a formula
    filters = book.create_sheet("filters")
    for key, value in report.filters.describe().items():
        filters.append([key, "" if value is None else str(value)])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()
