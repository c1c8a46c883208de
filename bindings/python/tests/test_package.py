"""The package: public names, private native module, typing files."""

from __future__ import annotations

import importlib.resources
import inspect

import pytest

import nghiquyet
import nghiquyet._nghiquyet as native

PUBLIC = {
    "Article", "Digest", "NghiquyetError", "ParseError", "Resolution", "Span", "Target", "Term",
    "__version__", "extract_targets", "parse_article", "parse_many", "render_digest",
}


def test_public_names_are_re_exported() -> None:
    assert set(nghiquyet.__all__) == PUBLIC
    for name in PUBLIC:
        assert getattr(nghiquyet, name) is getattr(native, name)


def test_classes_claim_the_public_module() -> None:
    for name in ("Article", "Digest", "Resolution", "Span", "Target", "Term", "NghiquyetError", "ParseError"):
        assert getattr(nghiquyet, name).__module__ == "nghiquyet"


def test_version() -> None:
    assert nghiquyet.__version__.count(".") == 2


def test_ships_stub_and_py_typed() -> None:
    files = importlib.resources.files("nghiquyet")
    assert files.joinpath("py.typed").is_file()
    stub = files.joinpath("_nghiquyet.pyi").read_text(encoding="utf-8")
    for name in PUBLIC - {"__version__"}:
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


def test_extract_targets_takes_str_only() -> None:
    with pytest.raises(TypeError, match="expected str"):
        nghiquyet.extract_targets(b"95%")  # type: ignore[arg-type]
    assert isinstance(nghiquyet.extract_targets("không có số liệu"), list)
