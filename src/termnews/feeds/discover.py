"""Find a site's feeds: ``<link rel="alternate">`` in a page, and sniffing a body for a feed.

Used by ``termnews add URL`` when the URL is a web page rather than a feed.
"""

from __future__ import annotations

import re
from urllib.parse import urljoin, urlsplit

import lxml.html
from lxml import etree

FEED_TYPES = frozenset(
    {
        "application/rss+xml",
        "application/atom+xml",
        "application/rdf+xml",
        "application/feed+json",
        "application/json",
        "application/x.atom+xml",
        "application/x-atom+xml",
        "application/x-rss+xml",
    }
)
_FEED_ROOT = re.compile(rb"<(?:[a-z0-9_-]+:)?(?:rss|feed|RDF)[\s>]", re.IGNORECASE)
_HTML_ROOT = re.compile(rb"<(?:!doctype\s+html|html)[\s>]", re.IGNORECASE)
_PROLOG_NOISE = re.compile(
    rb"\A(?:\s+|<\?.*?\?>|<!--.*?-->|<!DOCTYPE[^>\[]*(?:\[.*?\])?\s*>)*", re.S | re.I
)
_JSON_FEED = re.compile(rb'"version"\s*:\s*"https?://jsonfeed\.org/version/', re.IGNORECASE)
_HEAD_LIMIT = 512 * 1024  # feed links live in <head>; never parse a huge page for them


def find_feed_links(html: bytes | str, base_url: str) -> list[str]:
    """Absolute URLs of the page's feed links, in page order, without duplicates."""
    if not html or not html.strip():
        return []
    document = _parse_html(html[:_HEAD_LIMIT])
    if document is None:
        return []
    base = base_url
    for element in document.iter("base"):
        href = (element.get("href") or "").strip()
        if href:
            base = urljoin(base_url, href)
        break
    links: list[str] = []
    for element in document.iter("link"):
        rel = (element.get("rel") or "").lower().split()
        kind = (element.get("type") or "").split(";", 1)[0].strip().lower()
        href = (element.get("href") or "").strip()
        if "alternate" not in rel or kind not in FEED_TYPES or not href:
            continue
        url = urljoin(base, href)
        if urlsplit(url).scheme.lower() in ("http", "https") and url not in links:
            links.append(url)
    return links


def looks_like_feed(body: bytes, content_type: str | None) -> bool:
    """True when the content type names a feed, or the body starts like RSS, Atom, RDF or
    a JSON Feed (servers often say text/html or text/plain for feeds)."""
    kind = (content_type or "").split(";", 1)[0].strip().lower()
    if kind in FEED_TYPES - {"application/json"}:
        return True
    head = body[:4096].lstrip(b"\xef\xbb\xbf \t\r\n")
    if head[:1] == b"{":
        return bool(_JSON_FEED.search(head))
    prolog = _PROLOG_NOISE.match(head)
    rest = head[prolog.end() if prolog else 0 :]
    if _HTML_ROOT.match(rest):
        return False
    return bool(_FEED_ROOT.match(rest))


def _parse_html(html: bytes | str) -> etree._Element | None:
    """lxml's forgiving HTML parser, with no network and no entity expansion."""
    parser = lxml.html.HTMLParser(no_network=True, remove_comments=True, recover=True)
    try:
        return lxml.html.document_fromstring(html, parser=parser)
    except ValueError:
        if isinstance(html, str):  # a str with an XML encoding declaration: give lxml bytes
            return _parse_html(html.encode("utf-8"))
        return None
    except (etree.ParserError, etree.XMLSyntaxError):
        return None
