"""Benchmarks against baresip (not collected by pytest): `python -m tests.bench`."""
