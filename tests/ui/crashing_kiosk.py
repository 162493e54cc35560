"""``kiosk`` as it runs, except that loading the exhibit whose id is ``$KIOSK_TEST_CRASH_EXHIBIT``
kills the process with SIGABRT, as content that trips a crash in Qt or in a library would.

Only tests/ui/test_safe_mode.py runs this; nothing in the kiosk itself knows of it.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from kiosk.cli import main
from kiosk.content import cache
from kiosk.content.loader import LoadResult
from kiosk.intake import staging

_load = cache.load_cached


def load_or_crash(root: Path, cache_dir: Path | None) -> LoadResult:
    result = _load(root, cache_dir)
    if result.exhibit is not None and result.exhibit.manifest.id == os.environ["KIOSK_TEST_CRASH_EXHIBIT"]:
        os.abort()
    return result


vars(staging)["load_cached"] = load_or_crash  # what ContentStore.load_version calls at start-up

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
