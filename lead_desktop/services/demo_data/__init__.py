"""Synthetic, realistic data for demos and benchmarks (`lead-admin demo-data`)."""
