"""The exception hierarchy (src/error.rs): bad input raises ParseError,
never a Rust panic."""

from __future__ import annotations

import pickle

import pytest

import nghiquyet
from nghiquyet import NghiquyetError, ParseError


def test_hierarchy() -> None:
    assert issubclass(NghiquyetError, Exception)
    assert issubclass(ParseError, NghiquyetError)
    assert issubclass(ParseError, ValueError)
    assert ParseError.__module__ == NghiquyetError.__module__ == "nghiquyet"
    assert ParseError.offset is None and ParseError.index is None


@pytest.mark.parametrize(
    ("text", "kind", "offset"),
    [
        ("", "empty", None),
        (b"", "empty", None),
        (" \n\t\r\n ", "empty", None),
        ("Ý kiến bạn đọc Gửi ý kiến In trang này\nTìm kiếm:", "empty", None),
        (b"ok \xff bad", "invalid_utf8", 3),
        ("Đảng".encode() + b"\xc3(", "invalid_utf8", 7),
        (b"\xff\xfe" + "văn bản".encode("utf-16-le"), "invalid_utf8", 0),
        ("Đảng\x00bộ", "binary", 7),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "invalid_utf8", 0),
        (bytes(range(32)), "binary", 0),
        ("ab\ud800cd", "invalid_utf8", 2),
    ],
)
def test_bad_input_raises_parse_error(text: str | bytes, kind: str, offset: int | None) -> None:
    with pytest.raises(ParseError) as info:
        nghiquyet.parse_article(text)
    err = info.value
    assert isinstance(err, NghiquyetError) and isinstance(err, ValueError)
    assert err.kind == kind
    assert err.offset == offset
    assert err.index is None
    assert str(err) == err.message
    if offset is not None:
        assert f"at byte {offset}" in err.message


def test_catchable_as_value_error() -> None:
    with pytest.raises(ValueError, match="empty input"):
        nghiquyet.parse_article("")


def test_garbage_never_panics() -> None:
    import random

    rng = random.Random(0)
    for n in range(300):
        data = bytes(rng.randrange(256) for _ in range(rng.randrange(1, 200)))
        try:
            nghiquyet.parse_article(data)
        except ParseError:
            pass
        text = "".join(chr(rng.choice([rng.randrange(32, 0x2FF), rng.randrange(0x1E00, 0x1EFF), 10, 32])) for _ in range(n))
        try:
            nghiquyet.parse_article(text)
            nghiquyet.extract_targets(text)
        except ParseError:
            pass


def test_from_json_rejects_bad_values() -> None:
    with pytest.raises(ParseError, match="invalid value") as info:
        nghiquyet.Article.from_json("{not json")
    assert info.value.kind == "invalid"
    with pytest.raises(ParseError):
        nghiquyet.Article.from_dict({"id": "x"})
    with pytest.raises(ParseError):
        nghiquyet.Target.from_dict({"value": "95"})
    with pytest.raises(TypeError):
        nghiquyet.Term.from_dict({"start": {1, 2}})  # json cannot dump a set


def test_errors_pickle() -> None:
    with pytest.raises(ParseError) as info:
        nghiquyet.parse_article(b"\xff")
    again = pickle.loads(pickle.dumps(info.value))
    assert type(again) is ParseError and str(again) == str(info.value)
    assert (again.kind, again.offset, again.index, again.message) == ("invalid_utf8", 0, None, "invalid UTF-8 at byte 0")


def test_collected_errors_pickle_with_their_index() -> None:
    (err,) = nghiquyet.parse_many([""], errors="collect")
    assert isinstance(err, ParseError)
    again = pickle.loads(pickle.dumps(err))
    assert (again.kind, again.index, str(again)) == ("empty", 0, str(err))


def test_extract_targets_rejects_lone_surrogates() -> None:
    with pytest.raises(nghiquyet.ParseError) as info:
        nghiquyet.extract_targets("95% \ud800")
    assert info.value.kind == "invalid_utf8" and info.value.offset == 4


def test_extract_targets_rejects_bytes_that_are_not_utf8() -> None:
    with pytest.raises(nghiquyet.ParseError) as info:
        nghiquyet.extract_targets("95% đảng viên".encode() + b"\xff")
    assert info.value.kind == "invalid_utf8" and info.value.offset == len("95% đảng viên".encode())
