"""The lxml fast path reads well-formed RSS 2.0 and Atom exactly as the feedparser path does."""

from __future__ import annotations

from pathlib import Path

import pytest

from termnews.feeds import parse as parse_module
from termnews.feeds.parse import parse_feed
from termnews.resources import sample_feeds_dir

SHARED = Path(__file__).resolve().parents[1].parent / "shared"

RSS_VARIANTS = b"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"
     xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Caf&#233; &amp; News</title><link>https://news.example/</link>
<item><title>AT&amp;T buys &lt;b&gt;Bold&lt;/b&gt; co</title><link>/a/1</link>
  <guid isPermaLink="false">id-1</guid><pubDate>Tue, 10 Nov 2026 08:00:00 EST</pubDate>
  <author>jo@news.example (Jo Smith)</author>
  <description>&lt;p&gt;First &lt;a href="x"&gt;para&lt;/a&gt;&lt;/p&gt;</description></item>
<item><title>Permalink guid</title><guid>https://news.example/b</guid>
  <dc:creator>Ana Lopez</dc:creator><dc:date>2026-11-09T10:00:00+01:00</dc:date>
  <content:encoded><![CDATA[<p>Full <em>text</em></p>]]></content:encoded></item>
<item><description>no title, only words</description></item>
</channel></rss>"""

ATOM_VARIANTS = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title type="html">A &amp;lt;b&amp;gt;feed</title>
<link href="https://atom.example/"/><author><name>Feed Author</name></author>
<entry><id>urn:1</id><title>Plain</title><link rel="alternate" href="/e/1"/>
  <updated>2026-11-08T12:00:00Z</updated>
  <summary type="html">&lt;p&gt;Hi &amp;amp; bye&lt;/p&gt;</summary></entry>
<entry><id>urn:2</id>
  <title type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">X <b>y</b></div></title>
  <link rel="self" href="/self"/><link href="/e/2"/><published>2026-11-07T12:00:00-05:00</published>
  <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Body</p></div></content></entry>
</feed>"""


def _documents() -> list[tuple[str, bytes, str]]:
    docs = [
        ("rss", RSS_VARIANTS, "https://news.example/feed"),
        ("atom", ATOM_VARIANTS, "https://atom.example/feed"),
    ]
    for path in sorted(sample_feeds_dir().iterdir()):
        if path.suffix in (".xml", ".atom"):
            docs.append((path.name, path.read_bytes(), path.resolve().as_uri()))
    return docs


@pytest.mark.parametrize(("name", "body", "url"), _documents(), ids=lambda v: str(v)[:20])
def test_fast_path_matches_feedparser(name: str, body: bytes, url: str, monkeypatch) -> None:
    fast = parse_feed(body, url=url)
    assert parse_module.parse_fast(body, url, None, parse_module._FAST_PATH_HELPERS) is not None
    monkeypatch.setattr(parse_module, "parse_fast", lambda *args: None)
    slow = parse_feed(body, url=url)
    assert fast.title == slow.title
    assert fast.site_url == slow.site_url
    assert len(fast.entries) == len(slow.entries) > 0
    for quick, reference in zip(fast.entries, slow.entries, strict=True):
        # feedparser resolves a relative guid against the feed URL; we keep ids verbatim.
        assert quick.guid == reference.guid or reference.guid.endswith("/" + quick.guid)
        assert quick.url == reference.url
        assert quick.title == reference.title
        # Intended differences: "jo@x (Jo Smith)" gives "Jo Smith", and Atom entries inherit
        # the feed's author; feedparser gives the raw string and None.
        if reference.author and "@" not in reference.author:
            assert quick.author == reference.author
        assert quick.published == reference.published
        assert quick.summary == reference.summary
        assert (quick.content_html or "").strip() == (reference.content_html or "").strip()


@pytest.mark.parametrize(
    "body",
    [
        b"<rss version='2.0'><channel><item><title>x</title>",  # truncated
        b'<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"/>',
        b"<rss version='2.0' xml:base='http://a/'><channel/></rss>",
        b"<rss version='2.0'><channel><item><pubDate>Mon, 1 Jan 01 0:0:0 GMT</pubDate>"
        b"</item></channel></rss>",
    ],
)
def test_unusual_documents_fall_back(body: bytes) -> None:
    assert (
        parse_module.parse_fast(body, "https://x.example/", None, parse_module._FAST_PATH_HELPERS)
        is None
    )


def test_fast_path_authors_are_names() -> None:
    rss = parse_feed(RSS_VARIANTS, url="https://news.example/feed").entries
    atom = parse_feed(ATOM_VARIANTS, url="https://atom.example/feed").entries
    assert [e.author for e in rss[:2]] == ["Jo Smith", "Ana Lopez"]
    assert atom[0].author == "Feed Author"
    assert rss[0].title == "AT&T buys Bold co" and rss[0].guid == "id-1"
    assert rss[1].url == "https://news.example/b"


def test_hostile_titles_take_the_fast_path_and_come_out_clean() -> None:
    hostile = SHARED / "corpora" / "hostile" / "feeds" / "hostile-titles.xml"
    if not hostile.exists():
        pytest.skip("../shared is absent")
    body = hostile.read_bytes()
    url = "https://hostile.example/feed"
    assert parse_module.parse_fast(body, url, None, parse_module._FAST_PATH_HELPERS) is not None
    for entry in parse_feed(body, url=url).entries:
        for value in (entry.title, entry.summary):
            assert not any(0x80 <= ord(c) <= 0x9F or ord(c) < 0x20 or c == "\x1b" for c in value)
