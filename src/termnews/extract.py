"""The article cleaner: page bytes -> title, byline, date, language, blocks and one plain text.

Decodes the bytes itself (BOM, HTTP charset, <meta>, then strict UTF-8 / a detector), parses
once with lxml, reads metadata (JSON-LD, OpenGraph, <time>), asks readability-lxml for the
main content and converts it to blocks; checks the result against page-wide signals
(JSON-LD articleBody, <article>/<main>) and falls back to a better container when
readability picked too little.
"""

from __future__ import annotations

import codecs
import re

from lxml import etree
from lxml.html import HtmlElement

from termnews.extract_blocks import RawBlock, assemble
from termnews.extract_content import choose_content
from termnews.extract_meta import PageMeta, read_meta
from termnews.models import Extracted
from termnews.sanitize import clean_text

__all__ = ["ExtractError", "decode_html", "extract"]


class ExtractError(Exception):
    """The input cannot be turned into an article; the message is one line for the user."""


_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_HEADER_CHARSET = re.compile(r"""charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.I)
_META_CHARSET = re.compile(
    rb"""<meta[^>]{0,500}?charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.I | re.S
)
_LATIN1_FAMILY = {"latin-1", "iso8859-1", "ascii", "cp1252", "iso8859-15"}
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*>", re.I)
_TAG = re.compile(r"<[A-Za-z!/?]")
_META_SCAN_BYTES = 32 * 1024


def _codec_name(label: str | None) -> str | None:
    """Python's codec name for a charset label, or None if unknown."""
    if not label:
        return None
    label = label.strip().strip("\"'").lower()
    if label in ("x-user-defined", "unicode", "utf-16", "utf-16le", "utf-16be"):
        return "utf-8"  # WHATWG: a <meta> claiming UTF-16 in an 8-bit stream means UTF-8
    try:
        name = codecs.lookup(label).name
    except LookupError:
        return None
    if name in ("latin-1", "iso8859-1", "ascii"):
        return "cp1252"  # WHATWG: these labels mean windows-1252
    return name


def _charset_from_header(content_type: str | None) -> str | None:
    if not content_type:
        return None
    match = _HEADER_CHARSET.search(content_type)
    return _codec_name(match.group(1)) if match else None


def _charset_from_meta(data: bytes) -> str | None:
    match = _META_CHARSET.search(data[:_META_SCAN_BYTES])
    return _codec_name(match.group(1).decode("ascii", "replace")) if match else None


def _strict_utf8(data: bytes) -> str | None:
    """Decode as UTF-8 if the bytes are UTF-8 (a sequence cut at the very end is allowed)."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        if exc.start >= len(data) - 3 and exc.reason == "unexpected end of data":
            return data.decode("utf-8", "replace")
        return None


def _detect(data: bytes) -> str:
    """Undeclared and not UTF-8: ask charset_normalizer, falling back to windows-1252."""
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(data[:65536]).best()
    except Exception:  # the detector is a nicety; never fail decoding because of it
        best = None
    encoding = _codec_name(best.encoding) if best is not None else None
    return data.decode(encoding or "cp1252", "replace")


def decode_html(data: bytes, content_type: str | None = None) -> str:
    """Bytes of a page to text: BOM, then HTTP charset, then <meta>, then UTF-8 or a detector.

    A Latin-1/windows-1252 declaration on bytes that are valid multi-byte UTF-8 is overruled:
    that pairing is nearly always a wrong server default, and trusting it makes mojibake.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data[len(bom) :].decode(encoding, "replace")
    declared = _charset_from_header(content_type) or _charset_from_meta(data)
    if declared and declared not in _LATIN1_FAMILY and declared != "utf-8":
        return data.decode(declared, "replace")
    as_utf8 = _strict_utf8(data)
    if as_utf8 is not None:
        return as_utf8
    if declared == "utf-8":
        return data.decode("utf-8", "replace")
    if declared:
        return data.decode(declared, "replace")
    return _detect(data)


# Markup nested past libxml2's cap (255) is hostile; flatten it hard so that readability's
# per-ancestor text scans stay cheap on what remains.
_FLATTEN_DEPTH = 40
_VOID_TAGS = frozenset(
    [
        "area",
        "base",
        "br",
        "col",
        "embed",
        "hr",
        "img",
        "input",
        "link",
        "meta",
        "param",
        "source",
        "track",
        "wbr",
    ]
)
_CONTAINER_TAGS = frozenset(
    [
        "div",
        "span",
        "section",
        "article",
        "main",
        "aside",
        "header",
        "footer",
        "nav",
        "font",
        "center",
        "b",
        "i",
        "u",
        "em",
        "strong",
        "small",
        "big",
        "a",
        "table",
        "tbody",
        "thead",
        "tfoot",
        "tr",
        "td",
        "th",
        "ul",
        "ol",
        "dl",
        "form",
        "fieldset",
        "label",
    ]
)
_TAG_TOKEN = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9]*)\b[^>]*?(/?)>")


def _flatten_deep_nesting(html: str, limit: int = _FLATTEN_DEPTH) -> str:
    """Drop container tags nested deeper than ``limit`` so their text survives lxml's cap.

    Paragraphs, headings and list items keep their tags (up to a margin), so the text keeps
    its block structure.
    """
    out: list[str] = []
    stack: list[tuple[str, bool]] = []
    depth = 0  # open elements kept
    last = 0
    for match in _TAG_TOKEN.finditer(html):
        closing, name, self_closing = match.group(1), match.group(2).lower(), match.group(3)
        keep = True
        if closing:
            if stack and stack[-1][0] == name:
                keep = stack.pop()[1]
                depth -= keep
        elif name not in _VOID_TAGS and not self_closing:
            limit_here = limit if name in _CONTAINER_TAGS else limit + 20
            keep = depth < limit_here
            stack.append((name, keep))
            depth += keep
        if not keep:
            out.append(html[last : match.start()])
            out.append(" ")
            last = match.end()
    out.append(html[last:])
    return "".join(out)


def _new_parser() -> etree.HTMLParser:
    """A fresh parser per page: its error log tells us about depth overflow, thread-safely."""
    return etree.HTMLParser(remove_comments=True, remove_pis=True, no_network=True)


def _parse(text: str) -> tuple[HtmlElement | None, bool]:
    """Parse text; also says whether libxml2 hit its nesting limit and dropped content."""
    from lxml.html import HtmlElementClassLookup

    parser = _new_parser()
    parser.set_element_class_lookup(HtmlElementClassLookup())
    try:
        root = etree.fromstring(text, parser)
    except (etree.ParserError, etree.XMLSyntaxError, ValueError):
        return None, False
    too_deep = any("depth" in entry.message.lower() for entry in parser.error_log)
    return root, too_deep


def parse_html(text: str) -> HtmlElement:
    """Parse decoded HTML into an lxml tree (markup nested past lxml's limit flattened first)."""
    text = _XML_DECLARATION.sub("", text, count=1).replace("\x00", "")
    root, too_deep = _parse(text)
    if too_deep:
        root, _ = _parse(_flatten_deep_nesting(text))
    if root is None:
        raise ExtractError("the page is empty")
    return root


def _looks_like_html(text: str) -> bool:
    head = text[:4096].lstrip().lower()
    if head.startswith(("%pdf", "{", "[")) and "<html" not in head:
        return False
    return bool(_TAG.search(text[:65536]))


def _is_binary(data: bytes) -> bool:
    sample = data[:4096]
    return sample.count(b"\x00") > len(sample) // 10 and not sample.startswith(
        (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
    )


def extract(
    html: bytes | str, url: str | None = None, content_type: str | None = None
) -> Extracted:
    """Clean one page into an ``Extracted`` article; raises ExtractError if nothing usable."""
    if isinstance(html, bytes):
        if _is_binary(html):
            raise ExtractError("the input is binary, not an HTML page")
        text = decode_html(html, content_type)
    else:
        text = html
    if not text.strip():
        raise ExtractError("the page is empty")
    if not _looks_like_html(text):
        raise ExtractError("the input is not an HTML page")
    root = parse_html(text)
    meta = read_meta(root, url)
    raw_blocks = choose_content(root, meta, url)
    raw_blocks = [block for block in raw_blocks if block.text]
    if not raw_blocks:
        raise ExtractError("no article text found on the page")
    return _build(meta, raw_blocks)


def _build(meta: PageMeta, raw_blocks: list[RawBlock]) -> Extracted:
    article_text, blocks = assemble(raw_blocks)
    return Extracted(
        title=meta.title,
        byline=meta.byline,
        published=meta.published,
        lang=meta.lang,
        blocks=blocks,
        text=clean_text(article_text),
    )
