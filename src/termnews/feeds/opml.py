"""OPML import and export: subscriptions with their folders (nested folders as "a/b").

Parsing is safe against hostile files: internal DTD subsets are cut out first and lxml runs
with entity resolution, DTD loading and network access all off.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from urllib.parse import urlsplit
from xml.sax.saxutils import quoteattr

from lxml import etree

from termnews.feeds.parse import strip_internal_subset
from termnews.models import Feed
from termnews.sanitize import clean_line

_URL_ATTRIBUTES = ("xmlUrl", "xmlurl", "xmlURL", "XMLURL", "url")
_ACCEPTED_SCHEMES = ("http", "https", "file")
_MAX_DEPTH = 32  # folders deeper than this are flattened into their ancestor


@dataclass(slots=True)
class OpmlOutline:
    """One subscription from an OPML file."""

    url: str
    title: str | None
    folder: str | None


class OpmlError(Exception):
    """The file is not usable OPML; the message is one line for the user."""


def parse_opml(data: bytes) -> list[OpmlOutline]:
    """Every feed outline in document order (first occurrence of each URL), with its folder."""
    if not data or not data.strip():
        raise OpmlError("empty OPML file")
    parser = etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        huge_tree=False,
        remove_comments=True,
        remove_pis=True,
    )
    try:
        root = etree.fromstring(strip_internal_subset(data), parser=parser)
    except etree.XMLSyntaxError as exc:
        raise OpmlError(f"malformed OPML: {_one_line(str(exc))}") from None
    if root is None or not isinstance(root.tag, str) or _local(root.tag).lower() != "opml":
        raise OpmlError("not an OPML file (no <opml> root)")
    body = next((c for c in root if isinstance(c.tag, str) and _local(c.tag) == "body"), None)
    if body is None:
        raise OpmlError("malformed OPML: no <body>")
    outlines: list[OpmlOutline] = []
    seen: set[str] = set()
    _collect(body, [], outlines, seen)
    return outlines


def _collect(
    parent: etree._Element, folders: list[str], out: list[OpmlOutline], seen: set[str]
) -> None:
    for element in parent:
        if not isinstance(element.tag, str) or _local(element.tag) != "outline":
            continue
        label = clean_line(element.get("title") or element.get("text"), 200) or None
        url = _feed_url(element)
        if url is not None:
            if url not in seen:
                seen.add(url)
                out.append(OpmlOutline(url=url, title=label, folder="/".join(folders) or None))
            continue
        if len(element):
            name = (label or "").replace("/", "-").strip()
            nested = [*folders, name] if name and len(folders) < _MAX_DEPTH else folders
            _collect(element, nested, out, seen)


def _feed_url(element: etree._Element) -> str | None:
    for attribute in _URL_ATTRIBUTES:
        value = element.get(attribute)
        if value and value.strip():
            url = clean_line(value)
            scheme = urlsplit(url).scheme.lower()
            return url if scheme in _ACCEPTED_SCHEMES else None
    return None


def write_opml(feeds: Sequence[Feed], title: str = "termnews subscriptions") -> str:
    """OPML 2.0 text: feeds without a folder at the top, then each folder (nested by "/")."""
    tree: _Folder = _Folder()
    for feed in feeds:
        node = tree
        for part in _folder_parts(feed.folder):
            node = node.children.setdefault(part, _Folder())
        node.feeds.append(feed)
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<opml version="2.0">',
        "  <head>",
        f"    <title>{_escape_text(clean_line(title))}</title>",
        "  </head>",
        "  <body>",
    ]
    _write_folder(tree, lines, depth=2)
    lines += ["  </body>", "</opml>", ""]
    return "\n".join(lines)


@dataclass(slots=True)
class _Folder:
    feeds: list[Feed] = field(default_factory=list)
    children: dict[str, _Folder] = field(default_factory=dict)


def _write_folder(folder: _Folder, lines: list[str], depth: int) -> None:
    pad = "  " * depth
    for feed in folder.feeds:
        text = clean_line(feed.title) or clean_line(feed.url)
        attributes = [
            ("type", "rss"),
            ("text", text),
            ("title", text),
            ("xmlUrl", clean_line(feed.url)),
        ]
        if feed.site_url:
            attributes.append(("htmlUrl", clean_line(feed.site_url)))
        lines.append(f"{pad}<outline {_attrs(attributes)}/>")
    for name, child in folder.children.items():
        lines.append(f"{pad}<outline {_attrs([('text', name), ('title', name)])}>")
        _write_folder(child, lines, depth + 1)
        lines.append(f"{pad}</outline>")


def _folder_parts(folder: str | None) -> list[str]:
    return [part for part in (clean_line(p) for p in (folder or "").split("/")) if part]


def _attrs(pairs: list[tuple[str, str]]) -> str:
    return " ".join(f"{name}={_xml_attr(value)}" for name, value in pairs)


def _xml_attr(value: str) -> str:
    return quoteattr(value, {"\n": "&#10;", "\t": "&#9;", "\r": "&#13;"})


def _escape_text(value: str) -> str:
    return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _one_line(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= 200 else text[:199] + "…"
