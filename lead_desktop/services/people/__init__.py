"""People: creating, reading, finding duplicates, merging."""
