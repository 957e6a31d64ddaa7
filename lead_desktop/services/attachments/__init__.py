"""Paper that comes back: attachments kept inside the encrypted database (issue 20)."""
