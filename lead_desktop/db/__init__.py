"""Database layer: SQLCipher files (keys, opening, backups, schema upgrades)."""
