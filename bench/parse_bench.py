"""Parse cost: feedparser with its defaults vs termnews.feeds.parse.parse_feed.

Prints medians for a 500-item RSS feed, a 20-item RSS feed and a 20-item Atom feed, and the
ratio default/ours (above 1 means ours is faster). Parsing runs in a worker thread during
refresh, so every millisecond here is CPU taken from the UI.

    python3 bench/parse_bench.py [--runs N]
"""

from __future__ import annotations

import argparse
import io
import statistics
import time
from collections.abc import Callable
from email.utils import formatdate

import feedparser

from termnews.feeds.parse import parse_feed

URL = "https://news.example.com/feeds/city.xml"


def rss_feed(items: int) -> bytes:
    """A realistic RSS 2.0 feed: HTML descriptions, content:encoded, relative links."""
    parts = [
        '<?xml version="1.0" encoding="utf-8"?>\n'
        '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/"><channel>'
        "<title>City Desk</title><link>https://news.example.com/</link>"
        "<description>Local news</description>"
    ]
    for i in range(items):
        date = formatdate(1_700_000_000 - i * 3600, usegmt=True)
        parts.append(
            f"<item><title>Council votes on budget item {i} &amp; transit plan</title>"
            f'<link>/2024/01/story-{i}.html</link><guid isPermaLink="false">story-{i}</guid>'
            f"<dc:creator>Reporter {i % 7}</dc:creator><pubDate>{date}</pubDate>"
            "<description>&lt;p&gt;The council &lt;b&gt;voted&lt;/b&gt; 7-2 on Tuesday to approve"
            " the plan. &amp;ldquo;This is a good day,&amp;rdquo; the mayor said.&lt;/p&gt;"
            "&lt;img src=&quot;/img/a.jpg&quot;&gt;</description>"
            "<content:encoded><![CDATA[<p>The council <b>voted</b> 7-2 on Tuesday.</p>"
            + "<p>“We listened to residents,” said Council Member Ana Ruiz. More text here.</p>" * 6
            + '<p><a href="/related">Related</a></p>]]></content:encoded></item>'
        )
    parts.append("</channel></rss>")
    return "".join(parts).encode()


def atom_feed(items: int) -> bytes:
    parts = [
        '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
        '<title>Transit Blog</title><link href="https://transit.example.org/"/>'
        "<id>urn:transit</id><updated>2024-01-02T03:04:05Z</updated>"
    ]
    for i in range(items):
        parts.append(
            f'<entry><title type="html">Line {i} &lt;em&gt;delayed&lt;/em&gt;</title>'
            f'<link href="posts/{i}"/><id>urn:transit:{i}</id>'
            f"<updated>2024-01-02T03:{i % 60:02d}:05Z</updated><author><name>Ops</name></author>"
            '<content type="html">&lt;p&gt;Service is &lt;a href="/status"&gt;delayed&lt;/a&gt;.'
            "&lt;/p&gt;</content></entry>"
        )
    parts.append("</feed>")
    return "".join(parts).encode()


def median_ms(run: Callable[[], object], runs: int) -> float:
    run()  # warm up imports and caches
    samples = []
    for _ in range(runs):
        started = time.perf_counter()
        run()
        samples.append((time.perf_counter() - started) * 1000)
    return statistics.median(samples)


def compare(name: str, body: bytes, runs: int) -> None:
    default = median_ms(lambda: feedparser.parse(io.BytesIO(body)), runs)
    ours = median_ms(lambda: parse_feed(body, url=URL), runs)
    print(
        f"{name:<22} {len(body) / 1024:8.1f} KiB  feedparser default {default:8.2f} ms"
        f"  parse_feed {ours:8.2f} ms  ratio {default / ours:5.2f}x"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    print(f"median of {args.runs} runs each (after one warm-up)")
    compare("RSS, 500 items", rss_feed(500), max(3, args.runs // 3))
    compare("RSS, 20 items", rss_feed(20), args.runs * 4)
    compare("Atom, 20 items", atom_feed(20), args.runs * 4)


if __name__ == "__main__":
    main()
