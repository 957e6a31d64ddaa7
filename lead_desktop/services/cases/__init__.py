"""Referrals and cases: entering a referral, the hand-off, transitions, timers."""
