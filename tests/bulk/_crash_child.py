"""One bulk run, as a separate process the crash test kills with SIGKILL.

python _crash_child.py INDEX_ID LEDGER VIDEO_DIR
"""

import sys
from pathlib import Path

from twelvelabs_sdk import TwelveLabs


def main() -> int:
    index_id, ledger, folder = sys.argv[1:4]
    videos = sorted(Path(folder).glob("*.mp4"))
    with TwelveLabs() as client:
        report = client.bulk.index(
            videos,
            index_id=index_id,
            ledger=ledger,
            concurrency=2,
            poll_interval=0.1,
            reconcile_grace=0.3,
        )
    print(report.summary())
    return 0 if report.ok else 1


if __name__ == "__main__":
    sys.exit(main())
