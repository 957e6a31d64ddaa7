"""Use cases and program rules, on the database and security layers. No Qt here."""
