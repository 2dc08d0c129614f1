"""Reliability tests: short versions run in the normal pytest run; `long` ones only with --run-long or
SOFTPHONE_LONG=1 (the gate is in tests/conftest.py; see README.md here)."""
