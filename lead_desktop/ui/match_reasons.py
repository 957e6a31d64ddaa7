"""Why two records may be one person (services/people/match_score.py), in the user's
language: the suspected duplicates page and the referral form's "already on file?" list."""

from __future__ import annotations

from lead_desktop.services.messages import Message
from lead_desktop.ui.messages import shown


def reasons_words(reasons) -> str:
    return "; ".join(shown(r) if isinstance(r, Message) else str(r) for r in reasons)
