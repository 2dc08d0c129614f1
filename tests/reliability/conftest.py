"""Reliability tests: short versions run in the normal pytest run; `long` ones only with --run-long or
SOFTPHONE_LONG=1 (see README.md here)."""

from __future__ import annotations

import os

import pytest


def pytest_addoption(parser: pytest.Parser) -> None:
    try:
        parser.addoption("--run-long", action="store_true", default=False,
                         help="also run the shift-length reliability tests marked `long`")
    except ValueError:  # another conftest already added it
        pass


def run_long(config: pytest.Config) -> bool:
    return bool(config.getoption("--run-long", default=False)) or os.environ.get("SOFTPHONE_LONG", "") == "1"


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if run_long(config):
        return
    skip = pytest.mark.skip(reason="long reliability test: run with --run-long or SOFTPHONE_LONG=1")
    here = os.path.dirname(__file__)
    for item in items:
        if "long" in item.keywords and str(item.path).startswith(here):
            item.add_marker(skip)
