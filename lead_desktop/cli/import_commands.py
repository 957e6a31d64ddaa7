"""`lead-admin import FILE`: the spreadsheet import from the command line, as a supervisor.

Without --mapping, the columns are mapped as last time for this layout of headers, else by
their names; --print-mapping shows that mapping as JSON, to edit and pass back with
--mapping. --dry-run says what would happen and saves nothing (exit 13 if the file would be
refused); without it, every row is imported or none is. A row the dry run shows matching
someone on file ("person <id>") can be attached to that person with --link ROW=ID (its
referral and case become theirs), or added as a new person with --new-person ROW.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from lead_desktop.cli.io import say, warn
from lead_desktop.cli.user_commands import signed_in
from lead_desktop.db.database import open_database
from lead_desktop.errors import InvalidInput
from lead_desktop.security.key_store import KeyringKeyStore


def cmd_import(args: argparse.Namespace) -> int:
    from lead_desktop.services.importing.columns import BY_KEY
    from lead_desktop.services.importing.import_service import ImportRefused, ImportService
    from lead_desktop.services.program.profile_store import ProfileStore

    with open_database(Path(args.db), KeyringKeyStore()) as database:
        _, actor = signed_in(args, database)
        service = ImportService(database, ProfileStore(database))
        sheet, mapping, remembered = service.open_file(actor, Path(args.file))
        if args.mapping:
            mapping = _read_mapping(Path(args.mapping))
        if args.print_mapping:
            say(json.dumps(mapping, indent=2, sort_keys=True))
            return 0
        origin = "from --mapping" if args.mapping else \
            "as last time for these headers" if remembered else "by the headers' names"
        say(f"{sheet.name}: {len(sheet.rows)} rows; columns mapped {origin}:")
        for key, header in mapping.items():
            say(f"  {BY_KEY[key].label if key in BY_KEY else key:<36} <- {header}")
        choices = row_choices(args.link or [], args.new_person or [])
        try:
            if args.dry_run:
                report = service.dry_run(actor, sheet, mapping, on_match=args.matched,
                                         choices=choices)
            else:
                report = service.run(actor, sheet, mapping, on_match=args.matched,
                                     choices=choices)
        except ImportRefused as refused:
            for line in refused.report.lines():
                say(line)
            raise
    for line in report.lines():
        say(line)
    if report.dry_run and report.bad:
        warn(f"lead-admin: {len(report.bad)} rows are bad: the import would be refused.")
        return InvalidInput.exit_code
    return 0


def row_choices(links: list[str], new_rows: list[str]) -> dict[int, str]:
    """--link ROW=PERSON_ID and --new-person ROW as the import's choices per row."""
    from lead_desktop.services.importing.row_import import NEW_FOR_MATCHES

    choices: dict[int, str] = {}
    try:
        for link in links:
            row, _, person = link.partition("=")
            if not person.strip():
                raise ValueError(link)
            choices[int(row)] = person.strip()
        for row in new_rows:
            choices[int(row)] = NEW_FOR_MATCHES
    except ValueError:
        raise InvalidInput("--link is ROW=PERSON_ID (the row's number in the file, the id "
                           "the dry run shows) and --new-person is a row's number.") from None
    return choices


def _read_mapping(path: Path) -> dict[str, str]:
    try:
        mapping = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise InvalidInput(f"The mapping file {path.name} could not be read ({exc}).",
                           next_step="It is JSON: {\"field\": \"column header\", ...}; "
                                     "--print-mapping writes one to start from.") from None
    if not isinstance(mapping, dict) or not all(
            isinstance(k, str) and isinstance(v, str) for k, v in mapping.items()):
        raise InvalidInput(f"The mapping file {path.name} is not "
                           "{\"field\": \"column header\", ...}.")
    return mapping


def register(commands: argparse._SubParsersAction) -> None:
    p = commands.add_parser(
        "import", help="import a roster and its history from an XLSX or CSV file (a "
                       "supervisor; all rows or none; --dry-run saves nothing)",
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("file", help="the .xlsx or .csv file (headers in the first row)")
    p.add_argument("--db", required=True)
    p.add_argument("--as", dest="as_user", required=True, help="your supervisor account")
    p.add_argument("--password-stdin", action="store_true",
                   help="read your password from standard input")
    p.add_argument("--dry-run", action="store_true",
                   help="say what would be imported, matched or refused; save nothing")
    p.add_argument("--mapping", help="a JSON file {field: column header}")
    p.add_argument("--print-mapping", action="store_true",
                   help="print the mapping that would be used, as JSON, and stop")
    p.add_argument("--matched", choices=("skip", "new"), default="skip",
                   help="rows matching someone on file: skip them (default) or add them as "
                        "new people")
    p.add_argument("--link", action="append", metavar="ROW=PERSON_ID",
                   help="attach the case of this row, which matches someone on file, to "
                        "that person (the id the dry run shows); repeat for more rows")
    p.add_argument("--new-person", action="append", metavar="ROW",
                   help="add this matching row as a new person; repeat for more rows")
    p.set_defaults(func=cmd_import)
