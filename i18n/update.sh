#!/bin/sh
# Refresh i18n/softphone_<lang>.ts from the sources (new strings arrive as "unfinished", removed ones are
# dropped). Then translate the new entries (pyside6-linguist, or any editor) and run the tests.
set -eu
cd "$(dirname "$0")/.."
LUPDATE=${LUPDATE:-.venv/bin/pyside6-lupdate}
# keep in step with SOURCES in tests/gui/test_i18n.py
SOURCES="$(find softphone/ui -name '*.py' | sort) $(find softphone/cli -maxdepth 1 -name '*.py' | sort)"
for ts in i18n/softphone_*.ts; do
    lang=$(basename "$ts" .ts)
    lang=${lang#softphone_}
    # shellcheck disable=SC2086  # SOURCES is a list of paths without spaces
    "$LUPDATE" $SOURCES -no-obsolete -locations none -source-language en -target-language "$lang" -ts "$ts"
done
