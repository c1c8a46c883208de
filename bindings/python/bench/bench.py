#!/usr/bin/env python3
"""Measure the Python bindings against the Rust core.

    python bindings/python/bench/bench.py            # both measurements
    python bindings/python/bench/bench.py --no-rust  # Python side only

1. Per-call overhead of ``parse_article`` from Python: the same article is
   parsed by ``nghiquyet.parse_article`` (as ``str`` and as ``bytes``) and by
   ``nghiquyet_core::parse_article`` in Rust (the ``parse_timing`` example of
   this crate, built with ``cargo run --release``); the difference is what the
   binding adds per call (argument conversion, GIL release, wrapping the result).
2. ``parse_many`` speed-up: a few thousand generated articles parsed with
   ``threads=1`` and with ``threads=2`` (and the default, every core), against
   a plain loop of ``parse_article``.

Timings are the best of several rounds. Run it on an otherwise idle machine.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Callable

import nghiquyet

HERE = Path(__file__).resolve().parent
SAMPLE = HERE.parent / "tests" / "data" / "dang_bo_huyen_ven_song.txt"

PLACES = ["Bắc Ninh", "Lào Cai", "Nghệ An", "Quảng Nam", "Bình Định", "Đắk Lắk", "Long An", "Cà Mau"]
BODIES = ["Đảng bộ tỉnh", "Đảng bộ huyện", "Đảng bộ thành phố", "HĐND tỉnh"]


def article(i: int) -> str:
    """A generated article of a few paragraphs, like the tests' ones."""
    rng = random.Random(i)
    issuer = f"{rng.choice(BODIES)} {rng.choice(PLACES)}"
    start = rng.choice([2015, 2020, 2025])
    paragraphs = [
        f"Trong hai ngày {rng.randint(1, 27)} và {rng.randint(2, 28)}/10, {issuer} tổ chức Đại hội "
        f"đại biểu lần thứ {rng.choice(['XV', 'XX', 'XXII'])}, nhiệm kỳ {start}-{start + 5}.",
        f"Nghị quyết Đại hội {issuer} nhiệm kỳ {start}-{start + 5} đề ra mục tiêu phấn đấu: "
        f"{rng.randint(80, 99)}% trở lên đảng viên hoàn thành tốt nhiệm vụ; tốc độ tăng trưởng "
        f"bình quân {rng.randint(5, 9)},{rng.randint(0, 9)}%/năm; thu ngân sách đạt "
        f"{rng.randint(1, 30)}.{rng.randint(100, 999)} tỷ đồng.",
        "Đại hội đã bầu Ban Chấp hành gồm " + str(rng.randint(25, 55)) + " đồng chí. " * rng.randint(1, 6),
    ]
    return "\n\n".join(
        [f"{issuer}:", f"Đại hội {issuer} (bài {i})", "Cập nhật: Thứ Hai 12/10/2020 - 08:00", *paragraphs,
         "Minh Khang", "Ý kiến bạn đọc Gửi ý kiến In trang này"]
    )


def best_of(rounds: int, fn: Callable[[], object]) -> float:
    """The fastest of `rounds` runs of fn, in seconds."""
    best = float("inf")
    for _ in range(rounds):
        start = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - start)
    return best


def per_call_ns(fn: Callable[[], object], iterations: int) -> float:
    for _ in range(iterations // 10 + 1):
        fn()

    def loop() -> None:
        for _ in range(iterations):
            fn()

    return best_of(5, loop) * 1e9 / iterations


def rust_ns(text_path: Path, iterations: int) -> float | None:
    cmd = ["cargo", "run", "--quiet", "--release", "-p", "nghiquyet-python", "--example", "parse_timing",
           "--", str(text_path), str(iterations)]
    try:
        out = subprocess.run(cmd, check=True, capture_output=True, text=True, cwd=HERE.parent)
    except (OSError, subprocess.CalledProcessError) as e:
        print(f"(Rust side skipped: {e})", file=sys.stderr)
        return None
    return float(json.loads(out.stdout.strip().splitlines()[-1])["ns_per_call"])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--iterations", type=int, default=2000, help="calls per round for the per-call timing")
    parser.add_argument("--articles", type=int, default=5000, help="articles for the parse_many timing")
    parser.add_argument("--no-rust", action="store_true", help="skip the Rust side")
    args = parser.parse_args()

    print(f"nghiquyet {nghiquyet.__version__}, Python {sys.version.split()[0]}, "
          f"{os.cpu_count()} cores, load average {os.getloadavg()[0]:.2f}")

    samples = [
        (SAMPLE.name, SAMPLE.read_text(encoding="utf-8")),
        ("a one-line text", "Đảng bộ phấn đấu hoàn thành tốt nhiệm vụ."),
    ]
    for name, text in samples:
        data = text.encode()
        py_str = per_call_ns(lambda: nghiquyet.parse_article(text), args.iterations)
        py_bytes = per_call_ns(lambda: nghiquyet.parse_article(data), args.iterations)
        print(f"\nparse_article on {name} ({len(data)} bytes):")
        print(f"  Python, str    {py_str / 1000:9.2f} µs/call")
        print(f"  Python, bytes  {py_bytes / 1000:9.2f} µs/call")
        if args.no_rust:
            continue
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "article.txt"
            path.write_bytes(data)
            rust = rust_ns(path, args.iterations)
        if rust is not None:
            print(f"  Rust           {rust / 1000:9.2f} µs/call")
            print(f"  overhead (str) {(py_str - rust) / 1000:9.2f} µs/call ({(py_str - rust) / rust:+.1%})")

    texts = [article(i) for i in range(args.articles)]
    size = sum(len(t.encode()) for t in texts) / 1e6
    print(f"\nparse_many on {len(texts)} generated articles ({size:.1f} MB):")
    loop = best_of(3, lambda: [nghiquyet.parse_article(t) for t in texts])
    print(f"  loop of parse_article  {loop * 1000:8.1f} ms")
    one = best_of(3, lambda: nghiquyet.parse_many(texts, threads=1))
    print(f"  threads=1              {one * 1000:8.1f} ms")
    for threads in (2, None):
        t = best_of(3, lambda: nghiquyet.parse_many(texts, threads=threads))
        print(f"  threads={threads!s:<15}{t * 1000:8.1f} ms  speed-up {one / t:.2f}x over threads=1")
    return 0


if __name__ == "__main__":
    sys.exit(main())
