"""parse_feed: RSS, Atom and JSON Feed normalised to Entry; hostile documents stay bounded."""

from __future__ import annotations

import calendar
import json
import resource
import time
from pathlib import Path

import pytest

from termnews.feeds.discover import find_feed_links, looks_like_feed
from termnews.feeds.parse import FeedParseError, html_to_text, parse_feed, strip_internal_subset
from termnews.sanitize import is_clean

URL = "https://news.example.com/feeds/city.xml"

RSS = b"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
     xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
  <title>City &amp; Hall</title>
  <link>/</link>
  <item>
    <title>Council &lt;b&gt;approves&lt;/b&gt; budget</title>
    <link>/2024/budget.html</link>
    <guid isPermaLink="false">budget-2024</guid>
    <dc:creator>Ana Ruiz</dc:creator>
    <pubDate>Tue, 02 Jan 2024 10:00:00 +0200</pubDate>
    <description>&lt;p&gt;The vote was &lt;i&gt;7-2&lt;/i&gt;.&lt;/p&gt;
      &lt;script&gt;alert(1)&lt;/script&gt;
      &lt;p&gt;&amp;ldquo;A good day,&amp;rdquo;   said the mayor.&lt;/p&gt;</description>
    <content:encoded><![CDATA[<p>Full <a href="/x">story</a>.</p>]]></content:encoded>
  </item>
  <item>
    <title>No guid here</title>
    <link>https://other.example.org/a?b=1</link>
    <description>plain</description>
  </item>
  <item>
    <title>Neither guid nor link</title>
    <description>only words</description>
    <pubDate>Sat, 01 Jan 0001 00:00:00 GMT</pubDate>
  </item>
  <item>
    <title>Bad scheme</title>
    <link>javascript:alert(1)</link>
    <guid isPermaLink="false">js</guid>
  </item>
</channel>
</rss>
"""

ATOM = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title type="html">Transit &lt;em&gt;Blog&lt;/em&gt;</title>
  <link rel="alternate" href="https://transit.example.org/"/>
  <id>urn:transit</id>
  <updated>2024-03-01T00:00:00Z</updated>
  <entry>
    <title type="text">Use the &lt;div&gt; tag</title>
    <link rel="alternate" href="posts/1"/>
    <id>urn:transit:1</id>
    <updated>2024-03-01T12:30:00+01:00</updated>
    <author><name>Ops Team</name></author>
    <summary type="html">&lt;p&gt;Line 4 &lt;b&gt;delayed&lt;/b&gt;&lt;/p&gt;</summary>
    <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Full text</p></div></content>
  </entry>
</feed>
"""


def test_rss_entries_are_normalised():
    feed = parse_feed(RSS, url=URL, content_type="application/rss+xml")
    assert feed.title == "City & Hall"
    assert feed.site_url == "https://news.example.com/"
    assert feed.bozo_reason is None
    first = feed.entries[0]
    assert first.guid == "budget-2024"
    assert first.url == "https://news.example.com/2024/budget.html"
    assert first.title == "Council approves budget"
    assert first.author == "Ana Ruiz"
    assert first.published == calendar.timegm((2024, 1, 2, 8, 0, 0))
    assert first.summary == "The vote was 7-2. “A good day,” said the mayor."
    assert first.content_html == '<p>Full <a href="/x">story</a>.</p>'


def test_guid_falls_back_to_link_then_hash_and_bad_links_are_dropped():
    entries = parse_feed(RSS, url=URL).entries
    assert entries[1].guid == "https://other.example.org/a?b=1"
    assert entries[2].url is None
    assert len(entries[2].guid) == len("sha1:") + 40 and entries[2].guid.startswith("sha1:")
    assert entries[2].guid == parse_feed(RSS, url=URL).entries[2].guid  # stable
    assert entries[2].published is None  # year 1 is absurd
    assert entries[3].url is None and entries[3].guid == "js"


def test_atom_title_types_links_dates_and_content():
    feed = parse_feed(ATOM, url="https://transit.example.org/feed/atom")
    assert feed.title == "Transit Blog"
    assert feed.site_url == "https://transit.example.org/"
    entry = feed.entries[0]
    assert entry.title == "Use the <div> tag"  # type="text": angle brackets are words
    assert entry.url == "https://transit.example.org/feed/posts/1"
    assert entry.published == calendar.timegm((2024, 3, 1, 11, 30, 0))
    assert entry.author == "Ops Team"
    assert entry.summary == "Line 4 delayed"
    assert entry.content_html is not None and "Full text" in entry.content_html


def test_json_feed_1_1():
    document = {
        "version": "https://jsonfeed.org/version/1.1",
        "title": "Schools\u001b[2J Weekly",
        "home_page_url": "https://schools.example.net/",
        "items": [
            {
                "id": "1",
                "url": "/news/1",
                "title": "Board meets",
                "content_html": "<p>The board <b>met</b>.</p>",
                "date_published": "2024-05-06T07:08:09-04:00",
                "authors": [{"name": "Lee Park"}],
            },
            {"id": 2, "content_text": "No title, just text.\n\nSecond paragraph."},
            "not an object",
        ],
    }
    feed = parse_feed(json.dumps(document).encode(), url="https://schools.example.net/feed.json")
    assert feed.title == "Schools Weekly"
    assert feed.site_url == "https://schools.example.net/"
    assert len(feed.entries) == 2
    first, second = feed.entries
    assert first.guid == "1" and first.url == "https://schools.example.net/news/1"
    assert first.summary == "The board met." and first.author == "Lee Park"
    assert first.published == calendar.timegm((2024, 5, 6, 11, 8, 9))
    assert second.guid == "2" and second.title == "No title, just text. Second paragraph."
    assert second.content_html == "<p>No title, just text.</p><p>Second paragraph.</p>"


def test_json_that_is_not_a_feed_is_an_error():
    with pytest.raises(FeedParseError, match="not a feed"):
        parse_feed(b'{"hello": "world"}', url=URL, content_type="application/json")
    with pytest.raises(FeedParseError, match="malformed feed: invalid JSON"):
        parse_feed(b'{"version": ', url=URL, content_type="application/feed+json")


def test_local_feeds_keep_file_links_remote_feeds_do_not(tmp_path: Path):
    body = (
        b'<rss version="2.0"><channel><title>L</title><item><title>a</title>'
        b"<link>pages/a.html</link></item><item><title>b</title>"
        b"<link>file:///etc/passwd</link></item></channel></rss>"
    )
    local = parse_feed(body, url=str(tmp_path / "feed.xml"))
    assert local.entries[0].url == (tmp_path / "pages" / "a.html").as_uri()
    assert local.entries[1].url == "file:///etc/passwd"
    by_uri = parse_feed(body, url=(tmp_path / "feed.xml").as_uri())
    assert by_uri.entries[0].url == local.entries[0].url
    remote = parse_feed(body, url=URL)
    assert remote.entries[0].url == "https://news.example.com/feeds/pages/a.html"
    assert remote.entries[1].url is None


def test_html_to_text_drops_scripts_and_keeps_words_apart():
    markup = "<div>one</div><div>two</div><script>var x = '<p>';</script>thr<b>ee</b> &amp; 4"
    assert " ".join(html_to_text(markup).split()) == "one two three & 4"
    assert html_to_text("a <script> never closed <p>x</p>") == "a "
    assert html_to_text("1 < 2 &lt; 3") == "1 < 2 < 3"


def test_strip_internal_subset():
    body = (
        b'<?xml version="1.0"?>\n<!DOCTYPE rss [\n <!ENTITY a "]>">\n'
        b' <!-- ]> --> <!ENTITY b SYSTEM "file:///etc/passwd">\n]>\n<rss version="2.0"/>'
    )
    stripped = strip_internal_subset(body)
    assert stripped == b'<?xml version="1.0"?>\n<!DOCTYPE rss>\n<rss version="2.0"/>'
    plain = b'<!DOCTYPE rss PUBLIC "-//Netscape//DTD RSS 0.91//EN" "x.dtd"><rss/>'
    assert strip_internal_subset(plain) == plain
    assert strip_internal_subset(b'<!ENTITY x "y"><rss/>') == b"<rss/>"


def test_internal_entities_are_not_expanded():
    big = b"x" * 50_000
    refs = b"&a;" * 2000
    body = (
        b'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "' + big + b'">]>'
        b'<rss version="2.0"><channel><title>t</title><item><title>i</title><description>'
        + refs
        + b"</description></item></channel></rss>"
    )
    started = time.monotonic()
    feed = parse_feed(body, url=URL)
    assert time.monotonic() - started < 2
    assert len(feed.entries) == 1
    assert "xxxxxxxxxx" not in feed.entries[0].summary


@pytest.mark.parametrize(
    ("body", "content_type", "message"),
    [
        (b"", None, "empty document"),
        (b"  \n ", None, "empty document"),
        (b"<!DOCTYPE html><html><body><p>Hi</p></body></html>", None, "looks like HTML"),
        (b"<html><body>Welcome</body></html>", "text/html", "looks like HTML"),
        (b"<?xml version='1.0'?><urlset><url/></urlset>", None, "not a feed"),
        (b"<rss version='2.0'><channel><title>x</ti", None, "malformed feed"),
    ],
)
def test_not_a_feed_is_a_one_line_error(body, content_type, message):
    with pytest.raises(FeedParseError, match=message) as caught:
        parse_feed(body, url=URL, content_type=content_type)
    assert "\n" not in str(caught.value)


def test_malformed_feed_with_entries_reports_bozo_reason():
    body = b"<rss version='2.0'><channel><title>T</title><item><title>kept</title></item>\x01</ch"
    feed = parse_feed(body, url=URL)
    assert [e.title for e in feed.entries] == ["kept"]
    assert feed.bozo_reason


def test_hostile_corpus_parses_cleanly_in_bounded_time_and_memory(shared_dir: Path):
    feeds = sorted((shared_dir / "corpora" / "hostile" / "feeds").iterdir())
    assert feeds, "hostile corpus is empty"
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    for path in feeds:
        started = time.monotonic()
        try:
            feed = parse_feed(path.read_bytes(), url="https://example.com/feed.xml")
        except FeedParseError as exc:
            assert "\n" not in str(exc) and str(exc)
            continue
        finally:
            assert time.monotonic() - started < 3, path.name
        texts = [feed.title or ""] + [t for e in feed.entries for t in (e.title, e.summary)]
        assert all(is_clean(text) and "\n" not in text for text in texts), path.name
        assert all(len(e.title) <= 1000 for e in feed.entries), path.name
        joined = " ".join(texts)
        assert "root:" not in joined and "lollollol" not in joined, path.name
    grown_mib = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024
    assert grown_mib < 200


def test_hostile_corpus_specific_outcomes(shared_dir: Path):
    folder = shared_dir / "corpora" / "hostile" / "feeds"
    latin1 = parse_feed((folder / "latin1-undeclared.xml").read_bytes(), url=URL)
    assert latin1.title == "Café news" and latin1.entries[0].title == "Señor Muñoz speaks"
    with pytest.raises(FeedParseError, match="looks like HTML"):
        parse_feed((folder / "not-a-feed.html").read_bytes(), url=URL)
    with pytest.raises(FeedParseError, match="empty document"):
        parse_feed((folder / "empty.xml").read_bytes(), url=URL)
    xss = parse_feed((folder / "html-xss-description.xml").read_bytes(), url=URL)
    assert "alert" not in xss.entries[0].summary and "ok" in xss.entries[0].summary
    controls = parse_feed((folder / "control-chars.xml").read_bytes(), url=URL)
    assert controls.entries[0].title == "Breaking news"


# ---- discovery (feeds/discover.py) ------------------------------------------------------------


def test_find_feed_links_in_page_order_and_absolute():
    page = b"""<html><head><base href="https://paper.example.com/news/">
    <link rel="stylesheet" href="/s.css">
    <link rel="alternate" type="application/atom+xml" href="atom.xml" title="Atom">
    <link rel="Alternate feed" type="application/rss+xml; charset=utf-8" href="/rss">
    <link rel="alternate" type="application/feed+json" href="https://cdn.example.com/f.json">
    <link rel="alternate" type="text/html" hreflang="fr" href="/fr/">
    <link rel="alternate" type="application/rss+xml" href="/rss">
    <link rel="alternate" type="application/rss+xml" href="javascript:alert(1)">
    </head><body></body></html>"""
    assert find_feed_links(page, "https://paper.example.com/") == [
        "https://paper.example.com/news/atom.xml",
        "https://paper.example.com/rss",
        "https://cdn.example.com/f.json",
    ]
    assert find_feed_links("<p>no head</p>", "https://x.example/") == []
    assert find_feed_links(b"", "https://x.example/") == []


def test_looks_like_feed():
    assert looks_like_feed(RSS, "text/html")
    assert looks_like_feed(ATOM, None)
    assert looks_like_feed(b'{"version": "https://jsonfeed.org/version/1"}', "application/json")
    assert looks_like_feed(b"anything", "application/rss+xml")
    assert not looks_like_feed(b"<!DOCTYPE html><html><body>rss</body></html>", "text/html")
    assert not looks_like_feed(b'{"a": 1}', "application/json")


def test_feed_served_as_text_html_still_parses():
    feed = parse_feed(RSS, url=URL, content_type="text/html; charset=utf-8")
    assert len(feed.entries) == 4 and feed.bozo_reason is None
