"""Read Vietnamese news articles about resolutions (nghị quyết) and the
targets (chỉ tiêu) they set.

A thin layer over the Rust crate ``nghiquyet-core``::

    >>> import nghiquyet
    >>> article = nghiquyet.parse_article(text, url="https://example.vn/a")
    >>> [t.display_value() for t in article.targets]

Everything here comes from the private native module ``nghiquyet._nghiquyet``.
"""

from nghiquyet._nghiquyet import (
    Article,
    Digest,
    NghiquyetError,
    ParseError,
    Resolution,
    Span,
    Target,
    Term,
    __version__,
    extract_targets,
    parse_article,
    parse_many,
    render_digest,
)

__all__ = [
    "Article",
    "Digest",
    "NghiquyetError",
    "ParseError",
    "Resolution",
    "Span",
    "Target",
    "Term",
    "__version__",
    "extract_targets",
    "parse_article",
    "parse_many",
    "render_digest",
]
