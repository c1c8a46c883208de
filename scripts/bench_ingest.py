"""Scores nghiquyet and trafilatura on pages with an expected article beside
them (PAGE.json: paragraphs, title, published, author, boilerplate snippets).

For each reader and page: expected paragraphs found exactly (after NFC and
space folding), paragraphs found that are not expected (boilerplate kept as
body), boilerplate snippets kept, whether title, date and author are right,
and the time per page (nghiquyet: one process reading the page ROUNDS times,
so start-up is spread over the rounds; trafilatura: ROUNDS calls in one
interpreter).
"""

import argparse
import json
import subprocess
import time
import unicodedata
from pathlib import Path

import trafilatura


TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}


def norm(s):
    """NFC with spaces folded, and tone marks placed one way: old and new
    placement ("Thuỷ"/"Thủy") compare equal, other differences do not."""
    s = " ".join((s or "").split())
    out = []
    for word in s.split(" "):
        decomposed = unicodedata.normalize("NFD", word)
        tones = "".join(c for c in decomposed if c in TONES)
        base = "".join(c for c in decomposed if c not in TONES)
        out.append(unicodedata.normalize("NFC", base) + tones)
    return " ".join(out)


def score(name, want, paragraphs, title, date, author, seconds):
    expected = [norm(p) for p in want["paragraphs"]]
    got = [norm(p) for p in paragraphs if norm(p)]
    body = "\n".join(got)
    found = sum(1 for p in expected if p in got)
    extra = sum(1 for p in got if p not in expected)
    kept = [b for b in want["boilerplate"] if norm(b) in body]
    return {
        "page": name,
        "expected": len(expected),
        "found": found,
        "extra": extra,
        "boilerplate_kept": len(kept),
        "boilerplate": len(want["boilerplate"]),
        "title": norm(title) == norm(want["title"]),
        "date": bool(date) and bool(want["published"]) and str(date)[:10] == want["published"][:10],
        "author": norm(author) == norm(want["author"]),
        "ms": seconds * 1000,
    }


def nghiquyet(binary, page, rounds):
    start = time.perf_counter()
    out = subprocess.run(
        [binary, "parse", "--html", "--jsonl"] + [str(page)] * rounds,
        check=True, capture_output=True,
    )
    seconds = (time.perf_counter() - start) / rounds
    a = json.loads(out.stdout.splitlines()[0])
    return a["paragraphs"], a.get("title"), a.get("published"), a.get("author"), seconds


def trafilatura_read(page, rounds):
    data = page.read_bytes()
    start = time.perf_counter()
    for _ in range(rounds):
        doc = trafilatura.bare_extraction(data, include_comments=False, with_metadata=True)
    seconds = (time.perf_counter() - start) / rounds
    if doc is None:
        return [], None, None, None, seconds
    get = (lambda k: doc.get(k)) if isinstance(doc, dict) else (lambda k: getattr(doc, k, None))
    text = get("text") or ""
    return text.split("\n"), get("title"), get("date"), get("author"), seconds


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", required=True)
    ap.add_argument("--rounds", type=int, default=200)
    ap.add_argument("pages", nargs="+", type=Path)
    args = ap.parse_args()
    rows = []
    for page in args.pages:
        want = json.loads(page.with_suffix(".json").read_text(encoding="utf-8"))
        rows.append(("nghiquyet", score(page.name, want, *nghiquyet(args.bin, page, args.rounds))))
        rows.append(("trafilatura " + trafilatura.__version__,
                     score(page.name, want, *trafilatura_read(page, args.rounds))))
    head = f"{'reader':<20} {'page':<28} {'paragraphs':>10} {'extra':>5} {'boilerplate':>11} {'title':>5} {'date':>4} {'author':>6} {'ms/page':>8}"
    print(head)
    print("-" * len(head))
    totals = {}
    for reader, r in rows:
        print(f"{reader:<20} {r['page']:<28} {r['found']:>4}/{r['expected']:<5} {r['extra']:>5} "
              f"{r['boilerplate_kept']:>4}/{r['boilerplate']:<6} {'yes' if r['title'] else 'no':>5} "
              f"{'yes' if r['date'] else 'no':>4} {'yes' if r['author'] else 'no':>6} {r['ms']:>8.2f}")
        t = totals.setdefault(reader, {"found": 0, "expected": 0, "extra": 0, "kept": 0, "boiler": 0, "ms": 0.0, "n": 0,
                                       "title": 0, "date": 0, "author": 0})
        t["found"] += r["found"]; t["expected"] += r["expected"]; t["extra"] += r["extra"]
        t["kept"] += r["boilerplate_kept"]; t["boiler"] += r["boilerplate"]; t["ms"] += r["ms"]; t["n"] += 1
        t["title"] += r["title"]; t["date"] += r["date"]; t["author"] += r["author"]
    print("-" * len(head))
    for reader, t in totals.items():
        print(f"{reader:<20} {'all ' + str(t['n']) + ' pages':<28} {t['found']:>4}/{t['expected']:<5} {t['extra']:>5} "
              f"{t['kept']:>4}/{t['boiler']:<6} {t['title']:>3}/{t['n']} {t['date']:>2}/{t['n']} {t['author']:>4}/{t['n']} {t['ms'] / t['n']:>8.2f}")


if __name__ == "__main__":
    main()
