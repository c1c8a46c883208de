"""The scripts in examples/python, run on the test fixtures."""

from __future__ import annotations

import csv
import runpy
import shutil
from pathlib import Path
from typing import Any

import pytest

import nghiquyet

EXAMPLES = Path(__file__).resolve().parents[3] / "examples" / "python"

pytestmark = pytest.mark.skipif(not EXAMPLES.is_dir(), reason="examples/python is not next to these tests")


def load(name: str) -> dict[str, Any]:
    return runpy.run_path(str(EXAMPLES / name), run_name=f"example_{name[:-3]}")


def test_targets_to_csv(data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "articles"
    shutil.copytree(data_dir, folder)
    (folder / "broken.txt").write_bytes(b"\xff\xfe not text")
    out = tmp_path / "targets.csv"
    status = load("targets_to_csv.py")["main"]([str(folder), str(out)])
    assert status == 1, "a file that cannot be read makes the exit status 1"
    assert "broken.txt: " in capsys.readouterr().err
    with open(out, encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    expected = sum(
        len(nghiquyet.parse_article(p.read_bytes()).targets) for p in sorted(data_dir.glob("*.txt"))
    )
    assert len(rows) == expected
    for row in rows:
        assert row["file"].endswith(".txt") and row["bound"] and row["text"]


def test_preview_digest(data_dir: Path, tmp_path: Path) -> None:
    main = load("preview_digest.py")["main"]
    out = tmp_path / "digest.html"
    assert main([str(data_dir), str(out), "--lang", "en"]) == 0
    page = out.read_text(encoding="utf-8")
    assert "<table" in page
    assert "Thông qua nghị quyết về phát triển nông thôn mới" in page
