"""Many articles as one table: pandas DataFrames and Arrow tables.

pandas and pyarrow are optional (``pip install "nghiquyet[pandas]"``,
``"nghiquyet[arrow]"`` or ``"nghiquyet[all]"``): they are imported when a
function here is called, and a missing one raises ``ImportError`` naming the
extra to install.

The native module reads the articles in one pass and hands over one plain
list per column (``_target_columns``, ``_article_columns``); this module gives
the columns their types:

- ``published``: timezone-aware timestamps. A column holds one zone: the
  articles' UTC offset when they all share one (+07:00 for Vietnamese
  portals), else UTC. Missing dates are ``NaT``/null.
- numbers: nullable ``Int64``/``Float64`` in pandas, int64/float64 with
  nulls in Arrow;
- ``bound``: a categorical (an Arrow dictionary) whose categories are every
  bound, ``nghiquyet.BOUNDS``, used or not;
- text: pandas' ``string`` dtype, Arrow ``string``.
"""

import datetime
import importlib
from typing import TYPE_CHECKING, Any, Dict, Iterable, List, Optional, Tuple

from nghiquyet._nghiquyet import BOUNDS, Article, _article_columns, _target_columns

if TYPE_CHECKING:  # for the annotations only (stubtest-allowlist.txt)
    import pandas
    import pyarrow

#: The columns of ``targets_frame`` and ``targets_table``, in order.
TARGET_COLUMNS: Tuple[str, ...] = (
    "article_id", "url", "published", "kicker", "title",
    "issuer", "resolution_number", "congress", "term_start", "term_end",
    "value", "value_max", "unit", "per", "bound",
    "subject", "criterion", "baseline", "achieved", "deadline_year",
    "text", "char_start", "char_end", "resolution_subject",
)  # fmt: skip

#: The columns of ``articles_frame`` and ``articles_table``, in order.
ARTICLE_COLUMNS: Tuple[str, ...] = (
    "article_id", "url", "published", "kicker", "title", "author",
    "issuer", "resolution_count", "target_count", "body",
)  # fmt: skip

_INTEGERS = {
    "congress", "term_start", "term_end", "deadline_year", "char_start", "char_end",
    "resolution_count", "target_count",
}  # fmt: skip
_FLOATS = {"value", "value_max", "achieved"}

_EXTRA = {"pandas": "pandas", "pyarrow": "arrow"}


def _require(module: str, caller: str) -> Any:
    """Import an optional dependency, or say which extra brings it."""
    try:
        return importlib.import_module(module)
    except ImportError as e:
        raise ImportError(
            f"nghiquyet.{caller}() needs {module}, an optional dependency: "
            f'pip install "nghiquyet[{_EXTRA[module]}]"'
        ) from e


def _zone(offsets: List[Optional[int]]) -> datetime.timezone:
    """The articles' common UTC offset, else UTC."""
    seen = {o for o in offsets if o is not None}
    if len(seen) == 1:
        return datetime.timezone(datetime.timedelta(seconds=seen.pop()))
    return datetime.timezone.utc


def _arrow_zone(zone: datetime.timezone) -> str:
    """A zone as Arrow writes it: "UTC" or "+07:00"."""
    if zone is datetime.timezone.utc:
        return "UTC"
    minutes = int((zone.utcoffset(None) or datetime.timedelta()).total_seconds()) // 60
    sign = "-" if minutes < 0 else "+"
    return f"{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def _pandas_frame(columns: Dict[str, List[Any]], names: Tuple[str, ...], caller: str) -> "pandas.DataFrame":
    pd = _require("pandas", caller)
    np = importlib.import_module("numpy")  # a dependency of pandas
    data: Dict[str, Any] = {}
    for name in names:
        if name == "published":
            nat = np.iinfo(np.int64).min  # numpy's NaT
            micros = np.array(
                [nat if v is None else v for v in columns["published_us"]], dtype=np.int64
            ).view("datetime64[us]")
            utc = pd.DatetimeIndex(micros).tz_localize("UTC")
            data[name] = pd.Series(utc.tz_convert(_zone(columns["published_offset"])))
        elif name == "bound":
            codes = [-1 if c is None else c for c in columns["bound"]]
            data[name] = pd.Categorical.from_codes(codes, categories=list(BOUNDS))
        elif name in _INTEGERS:
            data[name] = pd.array(columns[name], dtype="Int64")
        elif name in _FLOATS:
            data[name] = pd.array(columns[name], dtype="Float64")
        else:
            data[name] = pd.array(columns[name], dtype="string")
    return pd.DataFrame(data, columns=list(names))


def _arrow_table(columns: Dict[str, List[Any]], names: Tuple[str, ...], caller: str) -> "pyarrow.Table":
    pa = _require("pyarrow", caller)
    arrays = []
    for name in names:
        if name == "published":
            zone = _arrow_zone(_zone(columns["published_offset"]))
            arrays.append(pa.array(columns["published_us"], type=pa.timestamp("us", tz=zone)))
        elif name == "bound":
            arrays.append(
                pa.DictionaryArray.from_arrays(
                    pa.array(columns["bound"], type=pa.int8()), pa.array(list(BOUNDS), type=pa.string())
                )
            )
        elif name in _INTEGERS:
            arrays.append(pa.array(columns[name], type=pa.int64()))
        elif name in _FLOATS:
            arrays.append(pa.array(columns[name], type=pa.float64()))
        else:
            arrays.append(pa.array(columns[name], type=pa.string()))
    return pa.Table.from_arrays(arrays, names=list(names))


def targets_frame(articles: Iterable[Article]) -> "pandas.DataFrame":
    """The targets of ``articles`` as a pandas DataFrame, one row per target.

    Columns, in this order: ``article_id, url, published, kicker, title,
    issuer, resolution_number, congress, term_start, term_end, value,
    value_max, unit, per, bound, subject, criterion, baseline, achieved,
    deadline_year, text, char_start, char_end, resolution_subject``.

    ``issuer``, ``resolution_number``, ``congress`` and
    ``resolution_subject`` (what it is about) are those of the
    resolution that set the target (``Article.resolution_of``): the
    article's resolution of the target's term, else the last one mentioned
    before the target, else the first one. ``term_start``/``term_end`` are
    the target's term, else that resolution's. ``char_start``/``char_end``
    index ``Article.body`` as a Python ``str``.

    ``published`` is timezone-aware ``datetime64``, numbers are nullable
    ``Int64``/``Float64``, ``bound`` is categorical over ``nghiquyet.BOUNDS``,
    text is ``string``. Needs pandas (``pip install "nghiquyet[pandas]"``).
    """
    return _pandas_frame(_target_columns(articles), TARGET_COLUMNS, "targets_frame")


def targets_table(articles: Iterable[Article]) -> "pyarrow.Table":
    """The targets of ``articles`` as a ``pyarrow.Table``: the columns of
    ``targets_frame``, as Arrow arrays (``published`` a ``timestamp[us, tz]``,
    ``bound`` a dictionary), so polars (``polars.from_arrow``) and DuckDB
    read it without a copy. Needs pyarrow (``pip install "nghiquyet[arrow]"``).
    """
    return _arrow_table(_target_columns(articles), TARGET_COLUMNS, "targets_table")


def articles_frame(articles: Iterable[Article]) -> "pandas.DataFrame":
    """``articles`` as a pandas DataFrame, one row per article.

    Columns: ``article_id, url, published, kicker, title, author, issuer``
    (the first resolution's issuer), ``resolution_count, target_count,
    body``, typed as in ``targets_frame``; join it to ``targets_frame`` on
    ``article_id``. Needs pandas (``pip install "nghiquyet[pandas]"``).
    """
    return _pandas_frame(_article_columns(articles), ARTICLE_COLUMNS, "articles_frame")


def articles_table(articles: Iterable[Article]) -> "pyarrow.Table":
    """``articles`` as a ``pyarrow.Table`` with the columns of
    ``articles_frame``. Needs pyarrow (``pip install "nghiquyet[arrow]"``).
    """
    return _arrow_table(_article_columns(articles), ARTICLE_COLUMNS, "articles_table")
