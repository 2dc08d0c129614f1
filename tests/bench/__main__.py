"""`python -m tests.bench [--quick | --full]`: ours vs baresip, printed as a table and saved as JSON."""

import sys

from tests.bench.run import main

sys.exit(main())
