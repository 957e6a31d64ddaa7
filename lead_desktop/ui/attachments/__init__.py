"""Attachments in the app: the list with thumbnails, the viewer, the signature pad."""
