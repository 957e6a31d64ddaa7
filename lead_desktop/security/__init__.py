"""Accounts, roles and permissions, the audit chain, and the key store. No Qt here."""
