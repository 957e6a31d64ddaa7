"""`lead-admin`: the command line for administrators and IT, on the same services as the app."""
