"""A profile written back as TOML, the same format `parse_profile` reads: what the database
stores for each version and what `lead-admin profiles export` gives an administrator to edit.

Canonical: fields in the order of the dataclass, an "off" setting (None) left out (TOML has
no null; absent means off), so two versions with the same rules have the same text.
"""

from __future__ import annotations

import json
from dataclasses import fields, is_dataclass
from enum import Enum

from lead_desktop.services.program.profile import Profile


def _value(value: object) -> str:
    if isinstance(value, Enum):
        value = value.value
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, str):
        # A JSON string is a TOML basic string, but for DEL, which TOML wants escaped.
        return json.dumps(value, ensure_ascii=False).replace("\x7f", "\\u007f")
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(_value(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{ " + ", ".join(f"{k} = {_value(v)}" for k, v in value.items()) + " }"
    raise TypeError(f"no TOML form for {value!r}")


def _lines(obj: object) -> tuple[list[str], list[tuple[str, object]]]:
    lines, tables = [], []
    for f in fields(obj):
        value = getattr(obj, f.name)
        if is_dataclass(value):
            tables.append((f.name, value))
        elif value is not None:
            lines.append(f"{f.name} = {_value(value)}")
    return lines, tables


def profile_to_toml(profile: Profile) -> str:
    lines, tables = _lines(profile)
    for name, table in tables:
        inner, _ = _lines(table)
        lines += ["", f"[{name}]", *inner]
    return "\n".join(lines) + "\n"


def flatten(obj: object, prefix: str = "") -> dict[str, object]:
    """Every setting by its TOML path ("exclusions.min_age"), for comparing versions."""
    out: dict[str, object] = {}
    for f in fields(obj):
        value = getattr(obj, f.name)
        if is_dataclass(value):
            out.update(flatten(value, f"{prefix}{f.name}."))
        else:
            out[f"{prefix}{f.name}"] = value
    return out


def differences(a: Profile, b: Profile) -> list[tuple[str, str, str]]:
    """(setting, value in a, value in b) for each rule that differs, in file order (the
    version number itself is not a rule); an "off" setting shows as "off"."""
    left, right = flatten(a), flatten(b)

    def shown(value: object) -> str:
        return "off" if value is None else _value(value)

    return [(name, shown(left[name]), shown(right[name]))
            for name in left if name != "version" and left[name] != right[name]]
