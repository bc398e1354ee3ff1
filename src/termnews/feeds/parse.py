"""Parse feed bytes into normalised entries: RSS/Atom through feedparser, JSON Feed by hand.

feedparser always gets ``io.BytesIO(body)`` (a bytes argument that looks like a path is read
as a file) with its HTML sanitiser and relative-URI rewriting off (they cost ~2.7x and we reduce
everything to plain text ourselves). DOCTYPE internal subsets are cut out first: feedparser and
expat expand internal entities, and a 66 KB feed can become 300 M characters.
"""

from __future__ import annotations

import calendar
import hashlib
import html
import io
import json
import re
import time
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any
from urllib.parse import urljoin, urlsplit

from termnews.dates import from_iso8601
from termnews.feeds.fastparse import parse_fast
from termnews.models import Entry, ParsedFeed
from termnews.sanitize import clean_line

TITLE_LIMIT = 1000  # characters; a 1 MB title is an attack, not a headline
SUMMARY_LIMIT = 20_000
GUID_LIMIT = 512  # longer ids are replaced by their sha1
MIN_DATE = calendar.timegm((1980, 1, 1, 0, 0, 0))
FUTURE_SLACK = 366 * 24 * 3600  # a date more than a year ahead is a mistake, not news
_JSON_FEED_VERSION = "https://jsonfeed.org/version/"
# feedparser's bozo exceptions that do not make the data suspect.
_BENIGN_BOZO = ("CharacterEncodingOverride", "NonXMLContentType")


class FeedParseError(Exception):
    """The document is not a usable feed; the message is one line for the user."""


# ---- entity-bomb guard ----------------------------------------------------------------------

_DECLARATION = re.compile(rb"<!(?:DOCTYPE|ENTITY)", re.IGNORECASE)
# Tokens inside a DOCTYPE: quoted literals, comments and PIs are skipped whole so a "]>" inside
# them cannot end the subset early.
_DTD_TOKEN = re.compile(
    rb'"[^"]*"|\'[^\']*\'|<!--.*?-->|<\?.*?\?>|\[|\]|>|[^"\'\[\]<>]+|<', re.DOTALL
)


def strip_internal_subset(body: bytes) -> bytes:
    """Remove ``<!DOCTYPE name [ ... ]>`` internal subsets and any stray ``<!ENTITY>``
    declarations, keeping ``<!DOCTYPE name ...>`` itself (feedparser reads the version from it)."""
    match = _DECLARATION.search(body)
    if match is None:
        return body
    out: list[bytes] = []
    position = 0
    while match is not None:
        start = match.start()
        is_doctype = body[start + 2 : start + 3] in (b"D", b"d")
        end, subset = _declaration_extent(body, start + len(match.group()), is_doctype)
        out.append(body[position:start])
        if is_doctype and subset is not None:
            out.append(body[start:subset].rstrip() + b">")  # "<!DOCTYPE rss" + ">"
        elif is_doctype:
            out.append(body[start:end])  # no internal subset: keep as is
        position = end
        match = _DECLARATION.search(body, position)
    out.append(body[position:])
    return b"".join(out)


def _declaration_extent(body: bytes, position: int, is_doctype: bool) -> tuple[int, int | None]:
    """(end of the declaration, start of its ``[`` subset or None). An unterminated
    declaration runs to the end of the document."""
    subset_start: int | None = None
    depth = 0
    for token in _DTD_TOKEN.finditer(body, position):
        text = token.group()
        if text == b"[" and is_doctype:
            if depth == 0 and subset_start is None:
                subset_start = token.start()
            depth += 1
        elif text == b"]" and depth:
            depth -= 1
        elif text == b">" and depth == 0:
            return token.end(), subset_start
    return len(body), subset_start


# ---- plain text from HTML -------------------------------------------------------------------

_INVISIBLE = ("script", "style", "template", "noscript", "head", "title")
_BLOCK_TAG = re.compile(
    r"<(?:/?(?:p|div|br|li|ul|ol|dl|dt|dd|h[1-6]|tr|td|th|table|blockquote|pre|hr|section"
    r"|article|header|footer|figure|figcaption|aside|nav|main|address)\b)[^>]*>",
    re.IGNORECASE,
)
_ANY_TAG = re.compile(r"<(?:[a-zA-Z/!?][^>]*)>|<!--.*?-->", re.DOTALL)


def html_to_text(markup: str) -> str:
    """Tags out (script/style bodies too), entities decoded; block tags become spaces.
    Linear time: no backtracking regex over unclosed tags."""
    if "<" not in markup:
        return html.unescape(markup) if "&" in markup else markup
    text = _drop_invisible(markup)
    text = _BLOCK_TAG.sub(" ", text)
    text = _ANY_TAG.sub("", text)
    return html.unescape(text) if "&" in text else text


def _drop_invisible(markup: str) -> str:
    lowered = markup.lower()
    if not any(f"<{name}" in lowered for name in _INVISIBLE):
        return markup
    pieces: list[str] = []
    position = 0
    pattern = re.compile(r"<(" + "|".join(_INVISIBLE) + r")\b")
    for match in pattern.finditer(lowered):
        if match.start() < position:
            continue
        close = lowered.find(f"</{match.group(1)}", match.end())
        pieces.append(markup[position : match.start()])
        if close == -1:
            return "".join(pieces)  # unclosed: nothing after it is visible text
        end = lowered.find(">", close)
        position = len(markup) if end == -1 else end + 1
    pieces.append(markup[position:])
    return "".join(pieces)


def _plain(value: str | None, kind: str | None, limit: int) -> str:
    """A feed text construct as one clean line; HTML types have their markup removed."""
    if not value:
        return ""
    if len(value) > limit * 8:
        value = value[: limit * 8]  # no point cleaning a megabyte we will cut anyway
    if kind is None or "html" in kind:
        value = html_to_text(value)
    return clean_line(value, limit)


# ---- parse_feed ------------------------------------------------------------------------------


def parse_feed(body: bytes, *, url: str, content_type: str | None = None) -> ParsedFeed:
    """Parse RSS, Atom or JSON Feed bytes fetched from ``url`` (its final URL, for links)."""
    if not body or not body.strip():
        raise FeedParseError("empty document")
    base = _base_url(url)
    if _is_json(body, content_type):
        return _parse_json_feed(body, base)
    data = strip_internal_subset(body)
    fast = parse_fast(data, base, content_type, _FAST_PATH_HELPERS)
    if fast is not None:
        return fast
    headers = {"content-location": base}
    if content_type:
        headers["content-type"] = content_type
    import feedparser  # only for documents the fast path leaves to it (~20 ms to import)

    try:
        result = feedparser.parse(
            io.BytesIO(data),
            response_headers=headers,
            sanitize_html=False,
            resolve_relative_uris=False,
        )
    except RecursionError:
        raise FeedParseError("malformed feed: nested too deeply") from None
    except Exception as exc:  # feedparser has odd corners; one line, never a traceback
        raise FeedParseError(f"malformed feed: {_one_line(exc)}") from None
    return _from_feedparser(result, body, base, content_type)


def _from_feedparser(result: Any, body: bytes, base: str, content_type: str | None) -> ParsedFeed:
    version = result.get("version") or ""
    raw_entries = result.get("entries") or []
    bozo = _bozo_reason(result)
    if not version and not raw_entries:
        if _looks_like_html(body, content_type):
            raise FeedParseError("not a feed (looks like HTML)")
        raise FeedParseError(f"malformed feed: {bozo}" if bozo else "not a feed")
    if not raw_entries and bozo:
        raise FeedParseError(f"malformed feed: {bozo}")
    feed = result.get("feed") or {}
    allow_file = _is_local(base)
    entries = [_entry(raw, base, allow_file) for raw in raw_entries]
    return ParsedFeed(
        title=_plain(feed.get("title"), _detail_type(feed, "title_detail"), TITLE_LIMIT) or None,
        site_url=_absolute(feed.get("link"), base, allow_file),
        entries=_unique(entries),
        bozo_reason=bozo,
    )


def _entry(entry: Mapping[str, Any], base: str, allow_file: bool) -> Entry:
    raw = dict(entry)  # plain dict lookups: FeedParserDict's own cost 25% of this function
    published = _timestamp(raw.get("published_parsed")) or _timestamp(raw.get("updated_parsed"))
    return make_entry(
        identifier=raw.get("id"),
        title=raw.get("title"),
        title_type=_detail_type(raw, "title_detail"),
        summary=raw.get("summary"),
        summary_type=_detail_type(raw, "summary_detail"),
        link=_absolute(raw.get("link"), base, allow_file),
        content=_content_html(raw.get("content")),
        author=raw.get("author"),
        published=published,
    )


def make_entry(
    *,
    identifier: Any,
    title: str | None,
    title_type: str | None,
    summary: str | None,
    summary_type: str | None,
    link: str | None,
    content: str | None,
    author: str | None,
    published: int | None,
) -> Entry:
    """One normalised Entry from raw fields; shared by the feedparser and lxml paths."""
    title_text = _plain(title, title_type, TITLE_LIMIT)
    summary_text = _plain(summary, summary_type, SUMMARY_LIMIT)
    if not summary_text and content:
        summary_text = _plain(content, "text/html", SUMMARY_LIMIT)
    if not title_text:
        title_text = clean_line(summary_text, 120) or "(untitled)"
    return Entry(
        guid=_guid(identifier, link, title_text, summary_text),
        url=link,
        title=title_text,
        author=_plain(author, "text/plain", 200) or None,
        published=_sane_time(published),
        summary=summary_text,
        content_html=content,
    )


def _sane_time(value: int | None) -> int | None:
    if value is None:
        return None
    return value if MIN_DATE <= value <= time.time() + FUTURE_SLACK else None


def _content_html(contents: Any) -> str | None:
    """The entry's full content (content:encoded, Atom content), HTML types preferred."""
    if not contents:
        return None
    best = None
    for item in contents:
        value = dict.get(item, "value") or ""
        if not value.strip():
            continue
        kind = dict.get(item, "type") or "text/html"
        if "html" in kind:
            return value
        best = best or "<p>" + html.escape(value) + "</p>"
    return best


def _detail_type(mapping: Mapping[str, Any], key: str) -> str | None:
    detail = dict.get(mapping, key) if isinstance(mapping, dict) else mapping.get(key)
    return dict.get(detail, "type") if isinstance(detail, dict) else None


def _timestamp(parsed: Any) -> int | None:
    """A feedparser UTC struct_time as Unix seconds; None when absent or absurd."""
    if not parsed:
        return None
    try:
        value = calendar.timegm(parsed)
    except (TypeError, ValueError, OverflowError):
        return None
    return _sane_time(value)


def _guid(identifier: Any, link: str | None, title: str, summary: str) -> str:
    """id/guid, else the link, else a hash of title + summary."""
    if isinstance(identifier, str):
        cleaned = clean_line(identifier)
        if cleaned:
            if len(cleaned) > GUID_LIMIT:
                return "sha1:" + hashlib.sha1(cleaned.encode()).hexdigest()
            return cleaned
    if link:
        return link if len(link) <= GUID_LIMIT else "sha1:" + _sha1(link)
    return "sha1:" + _sha1(title + "\n" + summary)


def _sha1(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()


def _unique(entries: list[Entry]) -> list[Entry]:
    """Drop later entries repeating a guid (feeds do that; the store keys on guid)."""
    seen: set[str] = set()
    unique: list[Entry] = []
    for entry in entries:
        if entry.guid not in seen:
            seen.add(entry.guid)
            unique.append(entry)
    return unique


def _absolute(link: Any, base: str, allow_file: bool) -> str | None:
    """``link`` made absolute against ``base``; only http(s), and file:// for local feeds."""
    if not isinstance(link, str):
        return None
    link = clean_line(link)
    if not link:
        return None
    if link.startswith(("https://", "http://")) and "/." not in link and " " not in link:
        return link  # already absolute and normal: what urljoin would return, without its cost
    try:
        absolute = urljoin(base, link)
        parts = urlsplit(absolute)
    except ValueError:
        return None
    scheme = parts.scheme.lower()
    if scheme in ("http", "https"):
        return absolute
    if scheme == "file" and allow_file:
        if parts.netloc not in ("", "localhost"):
            # feedparser folds "file:///a/b" to "file://a/b"; file URLs never name a host here.
            return "file:///" + absolute[len("file://") :]
        return absolute
    return None


def _base_url(url: str) -> str:
    """The feed's URL as a base for relative links; a plain path becomes a file:// URI."""
    scheme = urlsplit(url).scheme.lower()
    if scheme and len(scheme) > 1:
        return url
    try:
        return Path(url).expanduser().resolve().as_uri()
    except (OSError, ValueError):
        return url


def _is_local(base: str) -> bool:
    return base.lower().startswith("file:")


def _bozo_reason(result: Any) -> str | None:
    if not result.get("bozo"):
        return None
    exc = result.get("bozo_exception")
    if exc is None:
        return "malformed document"
    if type(exc).__name__ in _BENIGN_BOZO:
        return None
    return _one_line(exc) or type(exc).__name__


def _looks_like_html(body: bytes, content_type: str | None) -> bool:
    if content_type and "html" in content_type.lower() and "xhtml" not in content_type.lower():
        return True
    head = body[:1024].lstrip().lower()
    return head.startswith((b"<!doctype html", b"<html")) or b"<html" in head


def _is_json(body: bytes, content_type: str | None) -> bool:
    if content_type and "json" in content_type.lower():
        return True
    return body[:64].lstrip(b"\xef\xbb\xbf \t\r\n")[:1] == b"{"


def _one_line(exc: BaseException) -> str:
    text = " ".join(str(exc).split())
    return text if len(text) <= 200 else text[:199] + "…"


# ---- JSON Feed 1.0 / 1.1 ---------------------------------------------------------------------


def _parse_json_feed(body: bytes, base: str) -> ParsedFeed:
    """JSON Feed (https://jsonfeed.org/version/1.1); feedparser 6.0 does not read it."""
    try:
        document = json.loads(body.decode("utf-8-sig", errors="replace"))
    except RecursionError:
        raise FeedParseError("malformed feed: JSON nested too deeply") from None
    except ValueError as exc:
        raise FeedParseError(f"malformed feed: invalid JSON ({_one_line(exc)})") from None
    if not isinstance(document, dict):
        raise FeedParseError("not a feed (JSON but not a JSON Feed)")
    version = document.get("version")
    items = document.get("items")
    is_json_feed = isinstance(version, str) and version.startswith(_JSON_FEED_VERSION)
    if not is_json_feed and not isinstance(items, list):
        raise FeedParseError("not a feed (JSON but not a JSON Feed)")
    allow_file = _is_local(base)
    entries = [
        _json_entry(item, base, allow_file)
        for item in _dicts(items if isinstance(items, list) else [])
    ]
    return ParsedFeed(
        title=_plain(_str(document.get("title")), "text/plain", TITLE_LIMIT) or None,
        site_url=_absolute(document.get("home_page_url"), base, allow_file),
        entries=_unique(entries),
        bozo_reason=None if is_json_feed else "no JSON Feed version",
    )


def _json_entry(item: Mapping[str, Any], base: str, allow_file: bool) -> Entry:
    link = _absolute(item.get("url"), base, allow_file) or _absolute(
        item.get("external_url"), base, allow_file
    )
    content_html = _str(item.get("content_html")) or None
    content_text = _str(item.get("content_text"))
    if content_html is None and content_text:
        content_html = "<p>" + html.escape(content_text).replace("\n\n", "</p><p>") + "</p>"
    summary = _plain(_str(item.get("summary")), "text/plain", SUMMARY_LIMIT)
    if not summary:
        summary = _plain(content_text, "text/plain", SUMMARY_LIMIT) or _plain(
            content_html, "text/html", SUMMARY_LIMIT
        )
    title = _plain(_str(item.get("title")), "text/plain", TITLE_LIMIT)
    if not title:
        title = clean_line(summary, 120) or "(untitled)"
    published = _iso_timestamp(item.get("date_published")) or _iso_timestamp(
        item.get("date_modified")
    )
    identifier = item.get("id")
    if isinstance(identifier, int | float) and not isinstance(identifier, bool):
        identifier = str(identifier)  # 1.0 feeds sometimes use numbers
    return Entry(
        guid=_guid(identifier, link, title, summary),
        url=link,
        title=title,
        author=_json_author(item) or None,
        published=published,
        summary=summary,
        content_html=content_html,
    )


def _json_author(item: Mapping[str, Any]) -> str:
    authors = item.get("authors")
    names: list[str] = []
    if isinstance(authors, list):
        names = [_str(a.get("name")) for a in _dicts(authors)]
    elif isinstance(item.get("author"), dict):  # JSON Feed 1.0
        names = [_str(item["author"].get("name"))]
    return _plain(", ".join(n for n in names if n), "text/plain", 200)


def _iso_timestamp(value: Any) -> int | None:
    if not isinstance(value, str) or not value:
        return None
    return _sane_time(from_iso8601(value))


def _dicts(values: list[Any]) -> Iterator[dict[str, Any]]:
    return (value for value in values if isinstance(value, dict))


def _str(value: Any) -> str:
    return value if isinstance(value, str) else ""


_FAST_PATH_HELPERS: dict[str, Any] = {
    "entry": make_entry,
    "absolute": _absolute,
    "is_local": _is_local,
    "plain": _plain,
    "unique": _unique,
    "title_limit": TITLE_LIMIT,
}
