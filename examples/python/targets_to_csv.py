#!/usr/bin/env python3
"""Write the targets of a folder of articles to CSV.

    python examples/python/targets_to_csv.py examples/articles targets.csv
    python examples/python/targets_to_csv.py examples/articles -   # to stdout

Reads every ``*.txt`` file of the folder (scraped pages: kicker, headline,
"Cập nhật: ..." line, paragraphs, byline), parses them in parallel with
``nghiquyet.parse_many`` and writes one row per target. Files that cannot be
read are reported on stderr and skipped.
"""

from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path
from typing import TextIO

import nghiquyet

COLUMNS = [
    "article_id", "file", "kicker", "title", "published",
    "value", "value_max", "unit", "per", "bound", "display",
    "subject", "criterion", "baseline", "achieved", "deadline_year", "term", "text",
]


def rows(folder: Path) -> tuple[list[dict[str, object]], int]:
    files = sorted(folder.glob("*.txt"))
    results = nghiquyet.parse_many((f.read_bytes() for f in files), errors="collect")
    out: list[dict[str, object]] = []
    failed = 0
    for path, result in zip(files, results):
        if isinstance(result, nghiquyet.NghiquyetError):
            print(f"{path}: {result}", file=sys.stderr)
            failed += 1
            continue
        for t in result.targets:
            out.append({
                "article_id": result.id,
                "file": path.name,
                "kicker": result.kicker,
                "title": result.title,
                "published": result.published.isoformat() if result.published else None,
                "value": t.value,
                "value_max": t.value_max,
                "unit": t.unit,
                "per": t.per,
                "bound": t.bound,
                "display": t.display_value(),
                "subject": t.subject,
                "criterion": t.criterion,
                "baseline": t.baseline,
                "achieved": t.achieved,
                "deadline_year": t.deadline_year,
                "term": str(t.term) if t.term else None,
                "text": t.text,
            })
    return out, failed


def write(out: TextIO, table: list[dict[str, object]]) -> None:
    writer = csv.DictWriter(out, fieldnames=COLUMNS)
    writer.writeheader()
    writer.writerows(table)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path, help="folder of article .txt files")
    parser.add_argument("output", nargs="?", default="-", help="CSV file to write, '-' for stdout")
    args = parser.parse_args(argv)
    if not args.folder.is_dir():
        parser.error(f"{args.folder} is not a folder")
    table, failed = rows(args.folder)
    if args.output == "-":
        write(sys.stdout, table)
    else:
        with open(args.output, "w", encoding="utf-8", newline="") as f:
            write(f, table)
        print(f"{len(table)} targets written to {args.output}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
