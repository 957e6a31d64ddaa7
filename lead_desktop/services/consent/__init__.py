"""Consents (Part 2, §2.35, HIPAA): validity, the disclosure guard, revocation, the log."""
