"""What kind of provider a provider is, in the words a consent names a class of recipients
with (resources/documents/consent_choices.toml, `recipient_class`): a consent to "treatment
provider" covers every provider of that type (services/consent/rules.py), so the type is
stored exactly as the consent stores its class."""

from __future__ import annotations

from lead_desktop.errors import InvalidInput
from lead_desktop.services.labels import Coded
from lead_desktop.services.messages import QT_TRANSLATE_NOOP, Listed, message

PROVIDER_TYPES = ("treatment provider", "housing provider", "primary care provider")


def checked_type(provider_type: str | None) -> str | None:
    """The type to store (None when not given); another text is refused, since a consent
    could never name it."""
    value = (provider_type or "").strip() or None
    if value is not None and value not in PROVIDER_TYPES:
        raise InvalidInput(message("Providers", QT_TRANSLATE_NOOP(
            "Providers", "A provider's type is one of: {types}."),
            types=Listed(tuple(Coded("provider_type", code) for code in PROVIDER_TYPES))))
    return value
