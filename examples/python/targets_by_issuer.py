#!/usr/bin/env python3
"""Targets of many articles in pandas, by issuer and term, charted to PNG.

    python examples/python/targets_by_issuer.py examples/articles targets_by_issuer.png

A notebook in script form: the ``# %%`` cells open as notebook cells in
VS Code, PyCharm or Jupytext, and the whole runs as a script. It parses a
folder of article ``.txt`` files with ``nghiquyet.parse_many``, puts their
targets in a DataFrame with ``nghiquyet.targets_frame``, counts them by
issuer and term (and by bound), and draws the counts as a bar chart with
matplotlib's Agg backend (no display needed).

Needs ``pip install "nghiquyet[pandas]" matplotlib``.
"""

# %% Imports: the Agg backend draws to files, with or without a display.
from __future__ import annotations

import argparse
import sys
from pathlib import Path

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402  (after the backend is chosen)
import pandas as pd  # noqa: E402

import nghiquyet  # noqa: E402


# %% Read a folder of articles; unreadable files are reported and skipped.
def read_targets(folder: Path) -> pd.DataFrame:
    files = sorted(folder.glob("*.txt"))
    results = nghiquyet.parse_many((f.read_bytes() for f in files), errors="collect")
    articles = []
    for path, result in zip(files, results):
        if isinstance(result, nghiquyet.Article):
            articles.append(result)
        else:
            print(f"{path}: {result}", file=sys.stderr)
    return nghiquyet.targets_frame(articles)


# %% Group by issuer and term: how many targets, from how many articles,
# how many with a deadline, and the typical percentage asked for.
def by_issuer_and_term(targets: pd.DataFrame) -> pd.DataFrame:
    keyed = targets.assign(
        issuer=targets["issuer"].fillna("(no issuer)"),
        term=(targets["term_start"].astype("string") + "–" + targets["term_end"].astype("string")).fillna("(no term)"),
        percent=targets["value"].where(targets["unit"] == "%"),
    )
    return (
        keyed.groupby(["issuer", "term"])
        .agg(
            targets=("text", "size"),
            articles=("article_id", "nunique"),
            with_deadline=("deadline_year", "count"),
            median_percent=("percent", "median"),
        )
        .sort_values("targets", ascending=False)
    )


# %% The bounds of each issuer's targets: a table with one column per bound
# that occurs (the categorical keeps every bound; unused ones are dropped).
def bounds_by_issuer_and_term(targets: pd.DataFrame) -> pd.DataFrame:
    keyed = targets.assign(
        issuer=targets["issuer"].fillna("(no issuer)"),
        term=targets["term_start"].astype("string").fillna("?") + "–" + targets["term_end"].astype("string").fillna("?"),
    )
    counts = pd.crosstab([keyed["issuer"], keyed["term"]], keyed["bound"], dropna=False)
    counts = counts.loc[counts.sum(axis=1) > 0, counts.sum(axis=0) > 0]
    return counts.sort_values(by=list(counts.columns), ascending=False)


# %% Chart: one stacked bar per issuer and term, split by bound.
def chart(bounds: pd.DataFrame, out: Path) -> None:
    labels = [f"{issuer} ({term})" for issuer, term in bounds.index]
    fig, ax = plt.subplots(figsize=(10, 1.5 + 0.45 * max(len(labels), 1)))
    left = [0] * len(labels)
    for bound in bounds.columns:
        counts = [int(n) for n in bounds[bound]]
        ax.barh(labels, counts, left=left, label=str(bound))
        left = [a + b for a, b in zip(left, counts)]
    ax.invert_yaxis()
    ax.set_xlabel("targets")
    ax.set_title("Targets by issuer and term, by bound")
    ax.legend(title="bound", loc="upper left", bbox_to_anchor=(1.01, 1), fontsize="small")
    fig.tight_layout()
    fig.savefig(out, dpi=100)
    plt.close(fig)


# %% Run as a script.
def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("folder", type=Path, help="folder of article .txt files")
    parser.add_argument("chart", type=Path, help="PNG file to write")
    args = parser.parse_args(argv)
    if not args.folder.is_dir():
        parser.error(f"{args.folder} is not a folder")
    targets = read_targets(args.folder)
    if targets.empty:
        print(f"no targets in {args.folder}", file=sys.stderr)
        return 1
    with pd.option_context("display.width", 200, "display.max_columns", 10):
        print(by_issuer_and_term(targets).to_string())
    chart(bounds_by_issuer_and_term(targets), args.chart)
    print(f"{len(targets)} targets charted to {args.chart}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
