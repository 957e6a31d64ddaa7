"""Reading a spreadsheet (XLSX or CSV) into its header and rows of cells, nothing more.

The first non-empty row is the header. Cells keep what the file holds: XLSX dates stay
dates, numbers stay numbers; CSV cells are text. A file that cannot be read is refused with
what to do, before anything is looked at.
"""

from __future__ import annotations

import csv
import hashlib
import io
import zipfile
from dataclasses import dataclass
from pathlib import Path

from lead_desktop.errors import InvalidInput
from lead_desktop.services.messages import QT_TRANSLATE_NOOP, next_step as _next, Message, message

MAX_BYTES = 50 * 1024 * 1024
MAX_ROWS = 50_000
SUFFIXES = (".xlsx", ".csv")


@dataclass(frozen=True)
class Sheet:
    name: str             # the file's name, for the report and the audit
    sha256: str           # of the file's bytes: the audit names what was imported
    headers: tuple[str, ...]
    rows: tuple[tuple[object, ...], ...]   # each as long as the header
    first_row_number: int  # the spreadsheet row number of rows[0] (the header's + 1)

    def row_number(self, index: int) -> int:
        return self.first_row_number + index


def _say(text: str, **values: object) -> Message:
    """A message of the import (the UI shows it in the user's language)."""
    return message("Import", text, **values)


def read_sheet(path: Path) -> Sheet:
    path = Path(path)
    if path.suffix.lower() not in SUFFIXES:
        raise InvalidInput(_say(QT_TRANSLATE_NOOP(
            "Import", "{file} is not an XLSX or CSV file."), file=path.name),
                           next_step=_next(QT_TRANSLATE_NOOP(
                               "NextSteps",
                               "Save the spreadsheet as .xlsx or .csv and try again.")))
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InvalidInput(_say(QT_TRANSLATE_NOOP(
            "Import", "{file} could not be read ({why})."), file=path.name,
                                why=exc.strerror or exc)) from None
    if len(data) > MAX_BYTES:
        raise InvalidInput(_say(QT_TRANSLATE_NOOP(
            "Import", "{file} is larger than {mb} MB."), file=path.name,
                                mb=MAX_BYTES // (1024 * 1024)),
                           next_step=_next(QT_TRANSLATE_NOOP(
                               "NextSteps", "Split it into several files.")))
    table = _xlsx_rows(data, path.name) if path.suffix.lower() == ".xlsx" else \
        _csv_rows(data, path.name)
    return _sheet(path.name, hashlib.sha256(data).hexdigest(), table)


def _sheet(name: str, digest: str, table: list[list[object]]) -> Sheet:
    start = next((i for i, row in enumerate(table) if any(_filled(c) for c in row)), None)
    if start is None:
        raise InvalidInput(_say(QT_TRANSLATE_NOOP("Import", "{file} is empty."), file=name))
    headers = [str(c).strip() if _filled(c) else "" for c in table[start]]
    while headers and not headers[-1]:
        headers.pop()
    if not headers:
        raise InvalidInput(_say(QT_TRANSLATE_NOOP(
            "Import", "{file} has no column headers in its first row."),
                                file=name))
    if "" in headers:
        at = headers.index("") + 1
        raise InvalidInput(_say(QT_TRANSLATE_NOOP(
            "Import", "{file}: column {at} of the header row has no name."),
                                file=name, at=at),
                           next_step=_next(QT_TRANSLATE_NOOP(
                               "NextSteps", "Give every column a header, then try again.")))
    folded = [h.casefold() for h in headers]
    twice = sorted({h for h in headers if folded.count(h.casefold()) > 1})
    if twice:
        raise InvalidInput(_say(QT_TRANSLATE_NOOP(
            "Import", "{file}: the header \"{header}\" appears twice."),
                                file=name, header=twice[0]))
    width = len(headers)
    rows = []
    for row in table[start + 1:]:
        cells = (list(row) + [None] * width)[:width]
        if any(_filled(c) for c in row[width:]):
            raise InvalidInput(_say(QT_TRANSLATE_NOOP(
                "Import", "{file}: row {row} has values beyond the last named "
                                     "column."), file=name, row=start + 2 + len(rows)))
        rows.append(tuple(cells))
    while rows and not any(_filled(c) for c in rows[-1]):
        rows.pop()
    if len(rows) > MAX_ROWS:
        raise InvalidInput(_say(QT_TRANSLATE_NOOP(
            "Import", "{file} has {rows} rows; at most {most} are imported at "
                                 "once."), file=name, rows=f"{len(rows):,}",
                                most=f"{MAX_ROWS:,}"), next_step=_next(QT_TRANSLATE_NOOP(
                                    "NextSteps", "Split it into several files.")))
    return Sheet(name, digest, tuple(headers), tuple(rows), start + 2)


def _filled(cell: object) -> bool:
    return cell is not None and str(cell).strip() != ""


def _xlsx_rows(data: bytes, name: str) -> list[list[object]]:
    from openpyxl import load_workbook

    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError):
        raise InvalidInput(_say(QT_TRANSLATE_NOOP(
            "Import", "{file} is not a readable XLSX workbook."), file=name),
                           next_step=_next(QT_TRANSLATE_NOOP(
                               "NextSteps", "Open it in your spreadsheet program and save it again "
                                     "as .xlsx, or as .csv."))) from None
    try:
        sheet = book.worksheets[0]
        return [list(row) for row in sheet.iter_rows(values_only=True)]
    finally:
        book.close()


def _csv_rows(data: bytes, name: str) -> list[list[object]]:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        # Excel on Windows saves "CSV" in the Windows code page
        text = data.decode("cp1252", errors="replace")
    if "\x00" in text:
        raise InvalidInput(_say(QT_TRANSLATE_NOOP(
            "Import", "{file} is not a text CSV file."), file=name))
    sample = text[:8192]
    try:
        dialect = csv.Sniffer().sniff(sample, delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    try:
        return [list(row) for row in csv.reader(io.StringIO(text, newline=""), dialect)]
    except csv.Error as exc:
        raise InvalidInput(_say(QT_TRANSLATE_NOOP(
            "Import", "{file} is not a well-formed CSV file ({why})."),
                                file=name, why=exc)) from None
