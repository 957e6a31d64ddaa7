"""A name with a part not known yet, as documents print it."""

from lead_desktop.documents.names import first_last, last_first


def test_both_names():
    assert last_first("Muñoz", "Zoë") == "Muñoz, Zoë"
    assert first_last("Zoë", "Muñoz") == "Zoë Muñoz"


def test_one_name_says_what_is_missing_in_the_documents_language():
    assert last_first("", "Ana") == "Ana (surname not known)"
    assert first_last("Ana", " ", "es") == "Ana (apellido desconocido)"
    assert last_first("Muñoz", "", "es") == "Muñoz (nombre desconocido)"
    assert first_last("Ana", None, "fr") == "Ana (surname not known)"   # no wording: English
