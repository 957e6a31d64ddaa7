"""Fixed document wording lives in TOML files under resources/documents, by language."""

from __future__ import annotations

import tomllib
from functools import lru_cache

from lead_desktop.paths import resource_path


@lru_cache(maxsize=None)
def load(file_name: str) -> dict:
    return tomllib.loads(resource_path("documents", file_name).read_text("utf-8"))
