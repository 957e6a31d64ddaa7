"""Intake, the intervention plan and case notes."""
