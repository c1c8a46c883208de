"""The package: public names, private native module, typed functions, typing
files, optional dependencies."""

from __future__ import annotations

import importlib.resources
import inspect
import pydoc
import subprocess
import sys

import pytest

import nghiquyet
import nghiquyet._nghiquyet as native

NATIVE = {
    "BOUNDS", "Article", "Digest", "NghiquyetError", "ParseError", "Resolution", "Span", "Target",
    "Term", "__version__",
}
FUNCTIONS = {"extract_targets", "parse_article", "parse_many", "read_page", "render_digest"}
FRAMES = {"targets_frame", "targets_table", "articles_frame", "articles_table"}
PUBLIC = NATIVE | FUNCTIONS | FRAMES


def test_public_names_are_re_exported() -> None:
    assert set(nghiquyet.__all__) == PUBLIC
    for name in NATIVE:
        assert getattr(nghiquyet, name) is getattr(native, name)
    for name in FUNCTIONS | FRAMES:
        assert getattr(nghiquyet, name).__module__ == "nghiquyet"


def test_bounds_are_the_bound_names() -> None:
    assert nghiquyet.BOUNDS == (
        "exact", "at_least", "above", "at_most", "below", "about", "range", "increase_by",
        "decrease_by",
    )  # fmt: skip


@pytest.mark.parametrize("name", sorted(FUNCTIONS | FRAMES))
def test_help_shows_types(name: str) -> None:
    fn = getattr(nghiquyet, name)
    sig = inspect.signature(fn)
    assert sig.return_annotation is not inspect.Signature.empty
    for p in sig.parameters.values():
        assert p.annotation is not inspect.Parameter.empty, f"{name}({p.name}) has no type"
    text = pydoc.plain(pydoc.render_doc(fn))
    assert f"{name}(" in text and "->" in text


def test_help_of_parse_article() -> None:
    text = pydoc.plain(pydoc.render_doc(nghiquyet.parse_article))
    assert "parse_article(text: Union[str, bytes], *, url: Optional[str] = None) -> nghiquyet.Article" in text
    assert "ParseError" in text


def test_imports_without_pandas_and_pyarrow() -> None:
    # A None entry in sys.modules makes `import pandas` raise ImportError.
    script = """
import sys
sys.modules["pandas"] = None
sys.modules["pyarrow"] = None
import nghiquyet
a = nghiquyet.parse_article("Một câu.")
for fn, extra in [
    (nghiquyet.targets_frame, "pandas"), (nghiquyet.articles_frame, "pandas"),
    (nghiquyet.targets_table, "arrow"), (nghiquyet.articles_table, "arrow"),
]:
    try:
        fn([a])
    except ImportError as e:
        assert f'pip install "nghiquyet[{extra}]"' in str(e), e
        assert fn.__name__ in str(e), e
    else:
        raise AssertionError(f"{fn.__name__} ran without its dependency")
print("ok")
"""
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "ok"


def test_classes_claim_the_public_module() -> None:
    for name in ("Article", "Digest", "Resolution", "Span", "Target", "Term", "NghiquyetError", "ParseError"):
        assert getattr(nghiquyet, name).__module__ == "nghiquyet"


def test_version() -> None:
    assert nghiquyet.__version__.count(".") == 2


def test_ships_stub_and_py_typed() -> None:
    files = importlib.resources.files("nghiquyet")
    assert files.joinpath("py.typed").is_file()
    stub = files.joinpath("_nghiquyet.pyi").read_text(encoding="utf-8")
    for name in NATIVE - {"__version__"}:
        assert f"{name}" in stub


def test_functions_have_docs_and_keyword_only_options() -> None:
    for fn in (nghiquyet.parse_article, nghiquyet.parse_many, nghiquyet.extract_targets):
        assert fn.__doc__
    assert "url" in str(inspect.signature(nghiquyet.parse_article))
    params = inspect.signature(nghiquyet.parse_many).parameters
    assert params["threads"].kind is inspect.Parameter.KEYWORD_ONLY
    assert params["errors"].default == "raise"


def test_classes_are_final() -> None:
    for cls in (nghiquyet.Article, nghiquyet.Target, nghiquyet.Span):
        with pytest.raises(TypeError):
            type("Sub", (cls,), {})


def test_extract_targets_takes_str_or_bytes_only() -> None:
    with pytest.raises(TypeError, match="expected str or bytes, got int"):
        nghiquyet.extract_targets(95)  # type: ignore[arg-type]
    assert isinstance(nghiquyet.extract_targets("không có số liệu"), list)


def test_docstring_examples_run() -> None:
    import doctest

    finder, runner = doctest.DocTestFinder(), doctest.DocTestRunner()
    tried = 0
    for name in sorted(FUNCTIONS | FRAMES):
        for test in finder.find(getattr(nghiquyet, name), name, globs=dict(vars(nghiquyet))):
            result = runner.run(test)
            assert result.failed == 0, name
            tried += result.attempted
    assert tried >= 3
