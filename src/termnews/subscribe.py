"""``termnews add``: turn what the user typed into a feed URL, finding the feed of a web page."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

from termnews.config import Settings
from termnews.feeds.discover import find_feed_links
from termnews.feeds.fetch import Fetcher, FetchResult
from termnews.feeds.parse import FeedParseError, parse_feed
from termnews.sanitize import clean_line

MAX_CANDIDATES = 4


class SubscribeError(Exception):
    """The URL cannot be subscribed to; ``status`` 2 for input that is not a URL at all."""

    def __init__(self, message: str, status: int = 1) -> None:
        super().__init__(message)
        self.status = status


def normalise_location(raw: str) -> str:
    """An http(s) or file URL, or a path to an existing file turned into a file URL."""
    text = raw.strip()
    parts = urlsplit(text)
    if parts.scheme in ("http", "https"):
        if not parts.netloc or " " in text:
            raise SubscribeError(f"not a URL: {clean_line(raw, limit=80)!r}", 2)
        return text
    if parts.scheme == "file":
        return text
    path = Path(text).expanduser()
    if text and path.is_file():
        return path.resolve().as_uri()
    if "." in text and " " not in text and not parts.scheme and "/" not in text.split(".")[0]:
        return "https://" + text  # "example.com/feed" as people type it
    raise SubscribeError(f"not a URL: {clean_line(raw, limit=80)!r}", 2)


def _parses(result: FetchResult) -> str | None:
    """The feed's title if ``result`` holds a feed, else None."""
    try:
        parsed = parse_feed(
            result.body or b"", url=result.final_url, content_type=result.content_type
        )
    except FeedParseError:
        return None
    return parsed.title or ""


async def discover_feed(
    raw: str, settings: Settings, *, offline: bool = False
) -> tuple[str, str | None]:
    """(feed URL, title) for ``raw``: a feed URL, or a page whose <link rel=alternate> names one."""
    url = normalise_location(raw)
    if offline and not url.startswith("file:"):
        return url, None  # subscribed unchecked; the next refresh will tell
    async with Fetcher(settings, offline=offline) as fetcher:
        result = await fetcher.fetch(url, max_bytes=settings.max_feed_bytes)
        if result.error is not None:
            raise SubscribeError(f"cannot fetch {url}: {result.error}")
        title = _parses(result)
        if title is not None:
            return result.moved_to or url, title or None
        candidates = find_feed_links(result.body or b"", result.final_url)
        for candidate in candidates[:MAX_CANDIDATES]:
            found = await fetcher.fetch(candidate, max_bytes=settings.max_feed_bytes)
            if found.error is None:
                title = _parses(found)
                if title is not None:
                    return found.moved_to or candidate, title or None
    if candidates:
        raise SubscribeError(f"{url} links to feeds, but none of them could be read")
    raise SubscribeError(f"{url} is neither a feed nor a page that links to one")
