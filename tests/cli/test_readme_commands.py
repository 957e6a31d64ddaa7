"""Every `lead-admin` line in the README is a command IT will copy: each names a real
command, only options that command takes, and every option it requires."""

from __future__ import annotations

import argparse
import re
from pathlib import Path

import pytest

from lead_desktop.cli.main import build_parser

README = Path(__file__).resolve().parents[2] / "README.md"


def _readme_lines() -> list[str]:
    lines = []
    for raw in README.read_text(encoding="utf-8").splitlines():
        line = raw.split("#", 1)[0].split(" < ", 1)[0].strip()
        if line.startswith("lead-admin "):
            lines.append(line)
    return lines


def _subcommands(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return action.choices
    return {}


def _commands(line: str) -> list[tuple[str, argparse.ArgumentParser]]:
    """(command words, its parser) for each alternative of an `add|list` line."""
    found = [("", build_parser())]
    for word in line.split()[1:]:
        if word.startswith(("-", "[")) or not _subcommands(found[0][1]):
            break
        deeper = []
        for path, parser in found:
            for name in word.split("|"):
                assert name in _subcommands(parser), f"{line}: lead-admin has no `{name}`"
                deeper.append((f"{path} {name}".strip(), _subcommands(parser)[name]))
        found = deeper
    return found


@pytest.mark.parametrize("line", _readme_lines())
def test_a_readme_command_is_one_lead_admin_takes(line):
    named = set(re.findall(r"(?<![\w-])(--[a-z][a-z0-9-]*)", line))
    commands = _commands(line)
    for path, parser in commands:
        assert not _subcommands(parser), f"{line}: `{path}` needs a subcommand"
        takes = set(parser._option_string_actions)
        assert named <= takes, f"`lead-admin {path}` takes no {named - takes}"
        required = {action.option_strings[0] for action in parser._actions
                    if action.required and action.option_strings}
        if len(commands) == 1:  # an `add|list` line names only what its commands share
            assert required <= named, f"{line}: missing {required - named}"


def test_the_readme_names_commands():
    assert len(_readme_lines()) > 10
