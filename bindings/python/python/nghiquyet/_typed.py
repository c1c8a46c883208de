"""The package's functions, with their types in their signatures.

A native function's ``__text_signature__`` cannot hold annotations (inspect
refuses them), so ``help()`` and ``inspect.signature`` would show no types.
These thin Python functions carry the types and the documentation and call
the native ones in ``nghiquyet._nghiquyet``. ``typing.Union`` and
``Optional`` (not ``X | Y``) keep them valid on Python 3.9.
"""

import datetime
from typing import Iterable, List, Literal, Optional, Union, overload

from nghiquyet import _nghiquyet as _native
from nghiquyet._nghiquyet import Article, Digest, NghiquyetError, Target


def parse_article(text: Union[str, bytes], *, url: Optional[str] = None) -> Article:
    """Read an article in the scraped-page form from ``str`` or UTF-8 ``bytes``.

    The page is a kicker line ending in ":", a headline, an "updated"
    timestamp, body paragraphs, a byline and page chrome (dropped). ``url``
    is kept as ``Article.url``.

    Raises ``ParseError`` for input with no text (``kind == "empty"``), bytes
    that are not UTF-8 (``"invalid_utf8"``, with the byte ``offset``) or
    binary input (``"binary"``); ``TypeError`` for anything but ``str`` or
    ``bytes``. The GIL is released while parsing.

    >>> a = parse_article("Huyện Mẫu:\\nTin mới\\nThứ Hai, 12/10/2020, 08:00\\nĐoạn một.")
    >>> a.kicker, a.title, a.paragraphs
    ('Huyện Mẫu', 'Tin mới', ['Đoạn một.'])
    """
    return _native.parse_article(text, url=url)


@overload
def parse_many(
    texts: Iterable[Union[str, bytes]],
    *,
    threads: Optional[int] = None,
    errors: Literal["raise"] = "raise",
) -> List[Article]: ...
@overload
def parse_many(
    texts: Iterable[Union[str, bytes]],
    *,
    threads: Optional[int] = None,
    errors: Literal["collect"],
) -> List[Union[Article, NghiquyetError]]: ...
def parse_many(
    texts: Iterable[Union[str, bytes]],
    *,
    threads: Optional[int] = None,
    errors: Literal["raise", "collect"] = "raise",
) -> Union[List[Article], List[Union[Article, NghiquyetError]]]:
    """Read many articles in parallel, in order, with the GIL released.

    ``threads`` caps the number of threads (default: every core). With
    ``errors="raise"`` the first bad item raises ``ParseError`` with its
    ``index``; with ``errors="collect"`` a bad item comes back as its
    ``ParseError`` in its place. Items that are neither ``str`` nor ``bytes``
    raise ``TypeError`` in either mode.
    """
    return _native.parse_many(texts, threads=threads, errors=errors)  # type: ignore[call-overload, no-any-return]


def extract_targets(
    text: Union[str, bytes], *, published: Optional[datetime.date] = None
) -> List[Target]:
    """Every target stated in ``text`` (``str``, or UTF-8 ``bytes``), in order.

    ``text`` may be a whole article body or a single clause; give it NFC
    text, as ``Article.body`` is. Each target's ``span`` indexes ``text``:
    ``start``/``end`` in bytes of its UTF-8 form, ``char_start``/``char_end``
    in code points of the ``str`` (for ``bytes``, of the decoded ``str``).
    Bytes that are not UTF-8 raise ``ParseError`` (``kind == "invalid_utf8"``).

    ``published``, the day the text was published, reads figures tied to
    earlier years as reported results, as ``parse_article`` does with an
    article's own date.

    >>> [t.display_value() for t in extract_targets("phấn đấu 95% trở lên đảng viên hoàn thành tốt nhiệm vụ")]
    ['≥ 95%']
    """
    return _native.extract_targets(text, published=published)


def read_page(
    html: Union[str, bytes],
    *,
    url: Optional[str] = None,
    content_type: Optional[str] = None,
) -> Article:
    """Read a saved news page into an ``Article``, as ``nghiquyet ingest`` reads one.

    ``html`` is the page as ``bytes`` in any charset it declares (or
    ``content_type``, the HTTP header, declares), or as ``str``. The title,
    times, author and body paragraphs are read; navigation, related boxes,
    comments, share bars and the footer are left out, and a data table's rows
    read as sentences. ``url`` is kept as ``Article.url``.

    Raises ``ParseError`` for a page that is no article: ``kind`` is
    ``"no_article"``, ``"list_of_articles"`` (a section's page),
    ``"binary"``, ``"undecodable"``, ``"unknown_charset"`` or ``"too_deep"``.
    The GIL is released while reading.

    >>> page = ("<html><head><title>Tin</title></head><body><article><h1>Huyện Mẫu đặt mục tiêu</h1>"
    ...         "<p>Đến năm 2030, phấn đấu 100% xã đạt chuẩn nông thôn mới nâng cao.</p></article></body></html>")
    >>> [t.display_value() for t in read_page(page).targets]
    ['100%']
    """
    return _native.read_page(html, url=url, content_type=content_type)


def render_digest(articles: Iterable[Article], *, lang: str = "vi") -> Digest:
    """Render ``articles`` as a digest in ``lang`` (``"vi"`` or ``"en"``).

    The very templates the digest service sends: ``subject``, ``html`` and
    the plain-text alternative ``text``. Another ``lang`` raises
    ``ValueError``; an item that is not an ``Article`` raises ``TypeError``
    naming its index.
    """
    return _native.render_digest(articles, lang=lang)
