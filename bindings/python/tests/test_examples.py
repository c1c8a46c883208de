"""The scripts in examples/python, run on the test fixtures."""

from __future__ import annotations

import csv
import runpy
import shutil
from pathlib import Path
from typing import Any

import pytest

import nghiquyet

from conftest import Generated

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


def test_targets_by_issuer_draws_a_png(
    data_dir: Path, generated: list[Generated], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import matplotlib.image
    import numpy as np

    folder = tmp_path / "articles"
    shutil.copytree(data_dir, folder)
    for i, g in enumerate(generated[:30]):
        (folder / f"generated-{i:02d}.txt").write_text(g.text, encoding="utf-8")
    out = tmp_path / "chart.png"
    example = load("targets_by_issuer.py")
    assert example["main"]([str(folder), str(out)]) == 0
    # A real PNG: the signature, then a picture matplotlib decodes, not blank.
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    pixels = matplotlib.image.imread(str(out))
    assert pixels.ndim == 3 and pixels.shape[0] > 200 and pixels.shape[1] > 500
    assert float(np.std(pixels)) > 0.05
    # The printed table groups every target by issuer and term.
    articles = nghiquyet.parse_many(p.read_bytes() for p in sorted(folder.glob("*.txt")))
    targets = nghiquyet.targets_frame(articles)
    table = example["by_issuer_and_term"](targets)
    assert int(table["targets"].sum()) == len(targets) > 30
    assert table.index.names == ["issuer", "term"]
    printed = capsys.readouterr().out
    for issuer in targets["issuer"].dropna().unique():
        assert issuer in printed


def test_targets_by_issuer_without_targets(tmp_path: Path) -> None:
    (tmp_path / "note.txt").write_text("Không có số liệu.", encoding="utf-8")
    out = tmp_path / "none.png"
    assert load("targets_by_issuer.py")["main"]([str(tmp_path), str(out)]) == 1
    assert not out.exists()


def test_readme_snippets_run(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    """The README's first examples run as written, from the repository root."""
    import re

    readme = Path(__file__).resolve().parents[1] / "README.md"
    blocks = re.findall(r"```python\n(.*?)```", readme.read_text(encoding="utf-8"), re.S)
    monkeypatch.chdir(Path(__file__).resolve().parents[3])
    namespace: dict[str, Any] = {}
    for code in blocks[:3]:
        exec(compile(code, str(readme), "exec"), namespace)
    out = capsys.readouterr().out
    assert "≥ 95% đảng viên at_least" in out
    assert "[100.0]" in out
