"""Print the core's figures on a labelled corpus, and with --misses every field it got wrong.

python benchmarks/accuracy.py [--misses] [--field company] [FOLDER]
"""

from __future__ import annotations

import argparse
from pathlib import Path

from mailtool.evaluate import evaluate, format_report
from mailtool.pipeline import analyse

DEFAULT = Path(__file__).resolve().parent.parent / "tests" / "data" / "dev"


def main() -> None:
    """Evaluate and print."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("folder", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--misses", action="store_true", help="list every miss")
    parser.add_argument("--field", help="list the misses of this field only")
    args = parser.parse_args()
    report = evaluate(args.folder, analyse)
    misses = [m for m in report.misses if not args.field or f" {args.field}:" in m]
    print(format_report(report, misses if (args.misses or args.field) else ()))


if __name__ == "__main__":
    main()
