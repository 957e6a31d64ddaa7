"""What kind of provider a provider is, in the words a consent names a class of recipients
with (resources/documents/consent_choices.toml, `recipient_class`): a consent to "treatment
provider" covers every provider of that type (services/consent/rules.py), so the type is
stored exactly as the consent stores its class."""

from __future__ import annotations

from lead_desktop.errors import InvalidInput

PROVIDER_TYPES = ("treatment provider", "housing provider", "primary care provider")


def checked_type(provider_type: str | None) -> str | None:
    """The type to store (None when not given); another text is refused, since a consent
    could never name it."""
    value = (provider_type or "").strip() or None
    if value is not None and value not in PROVIDER_TYPES:
        raise InvalidInput(f"A provider's type is one of {', '.join(PROVIDER_TYPES)}.")
    return value
