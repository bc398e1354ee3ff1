"""OPML import/export: folders survive a round trip; malformed or hostile files are OpmlError."""

from __future__ import annotations

import time

import pytest

from termnews.feeds.opml import OpmlError, OpmlOutline, parse_opml, write_opml
from termnews.models import Feed

FEEDS = [
    Feed(id=1, url="https://city.example.com/rss", title="City Hall", folder="Local"),
    Feed(
        id=2,
        url="https://transit.example.org/atom",
        title="Transit & Trains",
        folder="Local/Transit",
    ),
    Feed(
        id=3, url="https://blog.example.net/feed", title=None, site_url="https://blog.example.net/"
    ),
    Feed(
        id=4,
        url="https://schools.example.net/f.json",
        title='Schools "Weekly" <news>',
        folder="Local",
    ),
]


def test_round_trip_keeps_urls_titles_and_nested_folders():
    text = write_opml(FEEDS, title="My subscriptions")
    assert text.startswith('<?xml version="1.0" encoding="UTF-8"?>')
    outlines = parse_opml(text.encode("utf-8"))
    by_url = {o.url: o for o in outlines}
    assert set(by_url) == {f.url for f in FEEDS}
    assert by_url["https://city.example.com/rss"] == OpmlOutline(
        "https://city.example.com/rss", "City Hall", "Local"
    )
    assert by_url["https://transit.example.org/atom"].folder == "Local/Transit"
    assert by_url["https://transit.example.org/atom"].title == "Transit & Trains"
    assert by_url["https://blog.example.net/feed"].folder is None
    assert by_url["https://blog.example.net/feed"].title == "https://blog.example.net/feed"
    assert by_url["https://schools.example.net/f.json"].title == 'Schools "Weekly" <news>'


def test_parse_real_world_shapes():
    data = b"""<?xml version="1.0"?>
<opml version="1.0"><head><title>export</title></head><body>
  <outline text="News">
    <outline text="Papers"><outline text="Daily" xmlUrl="https://daily.example/rss"/></outline>
    <outline title="Radio" type="rss" xmlurl=" https://radio.example/feed "/>
  </outline>
  <outline text="Dup" xmlUrl="https://daily.example/rss"/>
  <outline text="Bad" xmlUrl="javascript:alert(1)"/>
  <outline text="Empty folder"/>
  <outline text="Top" xmlUrl="https://top.example/atom"/>
</body></opml>"""
    assert parse_opml(data) == [
        OpmlOutline("https://daily.example/rss", "Daily", "News/Papers"),
        OpmlOutline("https://radio.example/feed", "Radio", "News"),
        OpmlOutline("https://top.example/atom", "Top", None),
    ]


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "empty OPML file"),
        (b"<opml><body><outline text='x'></body></opml>", "malformed OPML"),
        (b"<rss version='2.0'><channel/></rss>", "not an OPML file"),
        (b"<opml version='2.0'><head/></opml>", "no <body>"),
        (b"\x00\x01garbage", "malformed OPML"),
    ],
)
def test_malformed_opml_is_a_one_line_error(data, message):
    with pytest.raises(OpmlError, match=message) as caught:
        parse_opml(data)
    assert "\n" not in str(caught.value)


def test_entities_are_neither_expanded_nor_fetched():
    laughs = b"".join(
        b'<!ENTITY l%d "%s">' % (i, b"".join(b"&l%d;" % (i - 1) for _ in range(10)))
        for i in range(1, 10)
    )
    data = (
        b'<?xml version="1.0"?><!DOCTYPE opml [<!ENTITY l0 "lol">'
        + laughs
        + b'<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
        b'<opml version="2.0"><body><outline text="&l9;&xxe;" xmlUrl="https://a.example/rss"/>'
        b"</body></opml>"
    )
    started = time.monotonic()
    try:
        outlines = parse_opml(data)
    except OpmlError:
        outlines = []
    assert time.monotonic() - started < 1
    for outline in outlines:
        assert "lol" not in (outline.title or "") and "root:" not in (outline.title or "")


def test_write_opml_drops_control_characters():
    feed = Feed(id=1, url="https://x.example/rss", title="Bad\x1b[2J\x07 title", folder="A\x00/B")
    text = write_opml([feed])
    assert "\x1b" not in text and "\x07" not in text and "\x00" not in text
    [outline] = parse_opml(text.encode())
    assert outline.title == "Bad title" and outline.folder == "A/B"
