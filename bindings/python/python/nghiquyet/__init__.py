"""Read Vietnamese news articles about resolutions (nghị quyết) and the
targets (chỉ tiêu) they set.

A thin layer over the Rust crate ``nghiquyet-core``::

    >>> import nghiquyet
    >>> article = nghiquyet.parse_article(text, url="https://example.vn/a")
    >>> article = nghiquyet.read_page(open("page.html", "rb").read())  # a saved web page
    >>> [t.display_value() for t in article.targets]
    >>> nghiquyet.targets_frame(articles)       # pandas, one row per target

The classes come from the private native module ``nghiquyet._nghiquyet``;
the functions are typed Python fronts of its functions (``_typed``), and the
DataFrame and Arrow helpers (``_frames``) need the optional extras
``nghiquyet[pandas]`` or ``nghiquyet[arrow]``.
"""

from nghiquyet._frames import articles_frame, articles_table, targets_frame, targets_table
from nghiquyet._nghiquyet import (
    BOUNDS,
    Article,
    Digest,
    NghiquyetError,
    ParseError,
    Resolution,
    Span,
    Target,
    Term,
    __version__,
)
from nghiquyet._typed import extract_targets, parse_article, parse_many, read_page, render_digest

# help() and tracebacks name the package, where users find these functions.
for _fn in (
    articles_frame, articles_table, targets_frame, targets_table,
    extract_targets, parse_article, parse_many, read_page, render_digest,
):  # fmt: skip
    _fn.__module__ = __name__
del _fn

__all__ = [
    "BOUNDS",
    "Article",
    "Digest",
    "NghiquyetError",
    "ParseError",
    "Resolution",
    "Span",
    "Target",
    "Term",
    "__version__",
    "articles_frame",
    "articles_table",
    "extract_targets",
    "parse_article",
    "parse_many",
    "read_page",
    "render_digest",
    "targets_frame",
    "targets_table",
]
