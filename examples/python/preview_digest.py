#!/usr/bin/env python3
"""Preview the digest of a folder of articles as an HTML file.

    python examples/python/preview_digest.py examples/articles digest.html
    python examples/python/preview_digest.py examples/articles digest.html --lang en

Parses every ``*.txt`` file of the folder and renders them with
``nghiquyet.render_digest(articles, *, lang="vi") -> Digest`` (``.subject``,
``.html``, ``.text``), then writes the HTML, with the subject as its title,
and prints the plain-text alternative.

It renders with the very templates the digest service sends.
"""

from __future__ import annotations

import argparse
import html
import sys
from pathlib import Path

import nghiquyet


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path, help="folder of article .txt files")
    parser.add_argument("output", type=Path, help="HTML file to write")
    parser.add_argument("--lang", choices=["vi", "en"], default="vi")
    args = parser.parse_args(argv)

    files = sorted(args.folder.glob("*.txt"))
    results = nghiquyet.parse_many((f.read_bytes() for f in files), errors="collect")
    articles = []
    for path, result in zip(files, results):
        if isinstance(result, nghiquyet.NghiquyetError):
            print(f"{path}: {result}", file=sys.stderr)
        else:
            articles.append(result)

    digest = nghiquyet.render_digest(articles, lang=args.lang)
    page = digest.html
    if "<title>" not in page:
        page = f"<!doctype html>\n<title>{html.escape(digest.subject)}</title>\n{page}"
    args.output.write_text(page, encoding="utf-8")
    print(f"Subject: {digest.subject}\n\n{digest.text}")
    print(f"HTML preview written to {args.output}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
