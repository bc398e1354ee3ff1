"""Page metadata for the extractor: headline, byline, publication time, language, JSON-LD body.

Reads schema.org JSON-LD, OpenGraph / article meta tags, <time>, <h1> and <title>. Pure
functions over a parsed lxml tree; never raises on malformed input.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from lxml import etree

from termnews.dates import from_iso8601, from_rfc2822
from termnews.sanitize import clean_line

ARTICLE_TYPES = re.compile(r"article|blogposting|newsarticle|report|posting|story", re.I)
TITLE_SEPARATORS = (" | ", " - ", " – ", " — ", " :: ", " / ", " · ", " • ", " « ", " » ", ": ")
_MAX_JSON = 2_000_000


@dataclass(slots=True)
class PageMeta:
    """What the page says about itself, before the body is extracted."""

    title: str | None = None
    byline: str | None = None
    published: int | None = None
    lang: str | None = None
    body: str | None = None  # schema.org articleBody, as plain text
    site_name: str | None = None


def _text_of(element: etree._Element) -> str:
    return clean_line(element.text_content())


def _meta_content(root: etree._Element, *keys: str) -> str | None:
    """The first non-empty <meta property|name|itemprop=KEY content> among ``keys``."""
    wanted = {key.lower() for key in keys}
    found: dict[str, str] = {}
    for meta in root.iter("meta"):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").lower()
        if key in wanted and key not in found:
            content = clean_line(meta.get("content"))
            if content:
                found[key] = content
    for key in keys:
        if key.lower() in found:
            return found[key.lower()]
    return None


def _json_ld_objects(root: etree._Element) -> list[dict[str, Any]]:
    """Every JSON object in the page's ld+json scripts, @graph members flattened."""
    objects: list[dict[str, Any]] = []
    for script in root.iter("script"):
        if "ld+json" not in (script.get("type") or "").lower():
            continue
        raw = (script.text or "").strip()
        if not raw or len(raw) > _MAX_JSON:
            continue
        try:
            data = json.loads(raw, strict=False)
        except ValueError:
            continue
        stack: list[Any] = [data]
        while stack and len(objects) < 200:
            item = stack.pop()
            if isinstance(item, list):
                stack.extend(reversed(item))
            elif isinstance(item, dict):
                objects.append(item)
                graph = item.get("@graph")
                if isinstance(graph, list | dict):
                    stack.append(graph)
    return objects


def _types(obj: dict[str, Any]) -> str:
    kind = obj.get("@type", "")
    if isinstance(kind, list):
        return " ".join(str(k) for k in kind)
    return str(kind)


def _article_object(objects: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The JSON-LD object describing the article (longest articleBody wins ties)."""
    articles = [obj for obj in objects if ARTICLE_TYPES.search(_types(obj))]
    if not articles:
        articles = [obj for obj in objects if "headline" in obj or "articleBody" in obj]
    if not articles:
        return None
    return max(
        articles, key=lambda obj: (len(str(obj.get("articleBody") or "")), "headline" in obj)
    )


def _names(value: Any) -> list[str]:
    """Author names from a JSON-LD author value (string, Person, or a list of them)."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        name = value.get("name")
        return [name] if isinstance(name, str) else []
    if isinstance(value, list):
        return [name for item in value[:10] for name in _names(item)]
    return []


def parse_date(value: str | None) -> int | None:
    """ISO 8601 (with or without zone) or RFC 2822 text to Unix seconds; naive means UTC."""
    if not value:
        return None
    text = value.strip()
    if not text:
        return None
    iso = text if "T" in text else text.replace(" ", "T", 1)
    iso = iso.replace("Z", "+00:00")
    iso = re.sub(r"([+-]\d\d)(\d\d)$", r"\1:\2", iso)  # +0100 -> +01:00
    iso = re.sub(r"(\.\d{1,6})\d*", r"\1", iso)  # too many fraction digits
    stamp = from_iso8601(iso)
    if stamp is None:
        stamp = from_rfc2822(text)
    return stamp if stamp is not None and 0 < stamp < 32503680000 else None


def _strip_site_name(title: str, site_names: list[str]) -> str:
    """Remove a " | Site" (or "Site | ") part when it names the site."""
    lowered = [name.lower() for name in site_names if name]
    for separator in TITLE_SEPARATORS:
        if separator not in title:
            continue
        head, _, tail = title.rpartition(separator)
        if tail.strip().lower() in lowered or _looks_like_site(tail, lowered):
            return head.strip()
        first, _, rest = title.partition(separator)
        if first.strip().lower() in lowered:
            return rest.strip()
    return title


def _looks_like_site(part: str, site_names: list[str]) -> bool:
    """A short part that contains (or is contained in) a known site name or host."""
    candidate = re.sub(r"[^a-z0-9]", "", part.lower())
    if not candidate or len(part.split()) > 5:
        return False
    for name in site_names:
        squeezed = re.sub(r"[^a-z0-9]", "", name)
        if squeezed and (candidate in squeezed or squeezed in candidate):
            return True
    return False


def _title_from_tag(title: str, h1s: list[str], site_names: list[str]) -> str:
    """The <title> text with a site suffix removed, preferring an <h1> it contains."""
    lowered = title.lower()
    for h1 in h1s:
        if len(h1) >= 10 and h1.lower() in lowered:
            return h1
    stripped = _strip_site_name(title, site_names)
    if stripped != title:
        return stripped
    for separator in (" | ", " - ", " – ", " — ", " :: "):
        if separator in title:
            head, _, _ = title.rpartition(separator)
            if len(head.split()) >= 3:
                return head.strip()
    return title


def _host_names(url: str | None) -> list[str]:
    if not url:
        return []
    host = (urlsplit(url).hostname or "").lower()
    parts = [part for part in host.split(".") if part not in ("www", "com", "org", "net", "co")]
    return [part for part in parts if len(part) > 2]


def _first_time(root: etree._Element) -> int | None:
    for element in root.iter("time"):
        stamp = parse_date(element.get("datetime"))
        if stamp:
            return stamp
    return None


def _byline_from_markup(root: etree._Element) -> str | None:
    for element in root.iter("a", "span", "div", "p", "address"):
        rel = (element.get("rel") or "").lower()
        marker = f"{element.get('class') or ''} {element.get('itemprop') or ''} {rel}".lower()
        if "author" in marker or "byline" in marker:
            text = _text_of(element)
            text = re.sub(r"^(by|von|par|por)\s+", "", text, flags=re.I)
            if 2 < len(text) <= 80:
                return text
    return None


def read_meta(root: etree._Element, url: str | None = None) -> PageMeta:
    """Collect title, byline, date, language and JSON-LD body from a parsed page."""
    meta = PageMeta()
    article = _article_object(_json_ld_objects(root))
    site_name = _meta_content(root, "og:site_name", "application-name", "twitter:site")
    meta.site_name = site_name
    site_names = [name for name in (site_name, *_host_names(url)) if name]
    if site_name and site_name.startswith("@"):
        site_names.append(site_name[1:])
    if article is not None and isinstance(article.get("publisher"), dict):
        publisher = article["publisher"].get("name")
        if isinstance(publisher, str):
            site_names.append(publisher)

    h1s = [_text_of(h1) for h1 in root.iter("h1")][:5]
    headline = None
    if article is not None and isinstance(article.get("headline"), str):
        headline = clean_line(article["headline"])
    og_title = _meta_content(root, "og:title", "twitter:title")
    title_tag = next((_text_of(t) for t in root.iter("title")), "")
    if headline:
        meta.title = headline
    elif og_title:
        meta.title = _strip_site_name(og_title, site_names)
    elif h1s and h1s[0]:
        meta.title = h1s[0]
    elif title_tag:
        meta.title = _title_from_tag(title_tag, h1s, site_names)
    meta.title = clean_line(meta.title, 500) or None

    names = _names(article.get("author")) if article is not None else []
    names = [clean_line(name) for name in names if clean_line(name)]
    if names:
        meta.byline = ", ".join(dict.fromkeys(names))
    else:
        meta.byline = _meta_content(
            root, "author", "article:author", "parsely-author", "dc.creator", "sailthru.author"
        )
        if meta.byline and meta.byline.lower().startswith(("http://", "https://")):
            meta.byline = None
        meta.byline = meta.byline or _byline_from_markup(root)
    meta.byline = clean_line(meta.byline, 200) or None

    date_text = str(article.get("datePublished") or "") if article is not None else ""
    meta.published = parse_date(date_text) or parse_date(
        _meta_content(
            root,
            "article:published_time",
            "datePublished",
            "parsely-pub-date",
            "sailthru.date",
            "dc.date",
            "dc.date.issued",
            "date",
            "pubdate",
            "publish-date",
        )
    )
    if meta.published is None:
        meta.published = _first_time(root)

    lang = root.get("lang") or root.get("{http://www.w3.org/XML/1998/namespace}lang")
    if not lang:
        lang = _meta_content(root, "content-language", "og:locale", "language")
    lang = clean_line(lang, 35).replace("_", "-")
    meta.lang = lang if re.fullmatch(r"[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*", lang) else None

    if article is not None:
        body = article.get("articleBody")
        if isinstance(body, str) and body.strip():
            meta.body = body
    return meta
