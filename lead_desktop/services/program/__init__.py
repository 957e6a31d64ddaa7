"""The program's rules as data and pure functions: profiles, the case state machine,
eligibility. No database, no Qt: the services around them load and record."""
