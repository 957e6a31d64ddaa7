"""Providers, their capacity, closed-loop provider referrals, appointments."""
