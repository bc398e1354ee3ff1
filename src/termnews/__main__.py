"""The command line: parses arguments, builds Settings and Store, runs a command or the App.

Exit status: 0 on success, 2 on bad arguments, 1 on failure, with one clear line on stderr and
never a traceback for bad input. See DESIGN.md's CLI contract; scripts depend on it.
"""

from __future__ import annotations

import argparse
import asyncio
import gzip
import json
import os
import sys
from collections.abc import Callable, Coroutine, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, NoReturn, TextIO, TypeVar

from termnews import __version__
from termnews.config import Settings, SettingsError, load_settings
from termnews.paths import Paths, resolve_paths

EXIT_OK, EXIT_FAILURE, EXIT_USAGE = 0, 1, 2
T = TypeVar("T")
MAX_ROW_ID = 2**63 - 1  # SQLite's largest integer: a bigger number is no id at all


class CliError(Exception):
    """A failure with a one-line message and an exit status."""

    def __init__(self, message: str, status: int = EXIT_FAILURE) -> None:
        super().__init__(message)
        self.status = status


class _Parser(argparse.ArgumentParser):
    """argparse that reports bad arguments as one line and exit status 2."""

    def error(self, message: str) -> NoReturn:
        raise CliError(f"{message} (see '{self.prog} --help')", EXIT_USAGE)


# ---- small helpers ------------------------------------------------------------------------
def run_async(coroutine: Coroutine[Any, Any, T]) -> T:
    """Run a command's network work on uvloop where it is installed (a refresh of 200 feeds:
    ~15% less wall time than asyncio's own loop), else on asyncio's."""
    try:
        import uvloop
    except ImportError:
        return asyncio.run(coroutine)
    return uvloop.run(coroutine)


def iso_time(timestamp: int | None) -> str | None:
    """Unix seconds -> ISO 8601 in UTC, as the JSON outputs carry it."""
    if timestamp is None:
        return None
    return datetime.fromtimestamp(timestamp, UTC).isoformat().replace("+00:00", "Z")


def short_date(timestamp: int | None) -> str:
    if timestamp is None:
        return "----------"
    return datetime.fromtimestamp(timestamp, UTC).strftime("%Y-%m-%d")


def write_json(value: Any, out: TextIO) -> None:
    json.dump(value, out, ensure_ascii=False, indent=None)
    out.write("\n")


def parse_id(value: str) -> int:
    """An article id as typed; anything SQLite could not hold is bad input (exit 2)."""
    try:
        number = int(value)
    except ValueError:
        raise CliError(f"not an article id: {value!r}", EXIT_USAGE) from None
    if not 0 < number <= MAX_ROW_ID:
        raise CliError(f"not an article id: {value!r}", EXIT_USAGE)
    return number


class Context:
    """What every command needs: locations, settings, and (lazily) the store."""

    def __init__(self, paths: Paths, settings: Settings, offline: bool) -> None:
        self.paths = paths
        self.settings = settings
        self.offline = offline
        self._store: Any = None

    @property
    def store(self) -> Any:
        if self._store is None:
            from termnews.store import Store, StoreError

            self.paths.ensure()
            try:
                self._store = Store.open(self.paths.db_file)
            except StoreError as exc:
                raise CliError(str(exc)) from None
        return self._store

    def close(self) -> None:
        if self._store is not None:
            self._store.close()


# ---- commands -----------------------------------------------------------------------------
def cmd_add(ctx: Context, args: argparse.Namespace) -> int:
    from termnews.subscribe import SubscribeError, discover_feed

    try:
        url, title = run_async(discover_feed(args.url, ctx.settings, offline=ctx.offline))
    except SubscribeError as exc:
        raise CliError(str(exc), exc.status) from None
    feed = ctx.store.add_feed(url, title=title, folder=args.folder)
    print(f"subscribed to {feed.display_title} <{feed.url}> (feed {feed.id})")
    return EXIT_OK


def cmd_import(ctx: Context, args: argparse.Namespace) -> int:
    from termnews.feeds.opml import OpmlError, parse_opml

    try:
        data = Path(args.file).read_bytes()
    except OSError as exc:
        raise CliError(f"cannot read {args.file}: {exc.strerror}") from None
    try:
        outlines = parse_opml(data)
    except OpmlError as exc:
        raise CliError(f"{args.file}: {exc}") from None
    known = {feed.url for feed in ctx.store.feeds()}
    for outline in outlines:
        ctx.store.add_feed(outline.url, title=outline.title, folder=outline.folder)
    new = sum(1 for outline in outlines if outline.url not in known)
    print(f"imported {len(outlines)} feeds ({new} new)")
    return EXIT_OK


def cmd_export(ctx: Context, args: argparse.Namespace) -> int:
    from termnews.feeds.opml import write_opml

    document = write_opml(ctx.store.feeds())
    if args.file:
        try:
            Path(args.file).write_text(document, encoding="utf-8")
        except OSError as exc:
            raise CliError(f"cannot write {args.file}: {exc.strerror}") from None
        print(f"exported {len(ctx.store.feeds())} feeds to {args.file}", file=sys.stderr)
    else:
        sys.stdout.write(document)
    return EXIT_OK


def ensure_subscriptions(ctx: Context) -> None:
    """First run: an empty store subscribes to the embedded sample feeds (and says so)."""
    from termnews.refresh import subscribe_samples

    if ctx.store.is_empty():
        feeds = subscribe_samples(ctx.store)
        print(
            f"termnews: first run: subscribed to the {len(feeds)} embedded sample feeds",
            file=sys.stderr,
        )


def cmd_refresh(ctx: Context, args: argparse.Namespace) -> int:
    from termnews.refresh import RefreshBusy, RefreshEvent, refresh
    from termnews.sanitize import clean_line

    ensure_subscriptions(ctx)
    ctx.close()  # the pipeline opens its own connection
    ctx._store = None
    tty = sys.stderr.isatty()

    def progress(event: RefreshEvent) -> None:
        if event.kind in ("feed_error", "feed_waiting"):
            name = clean_line(event.feed_title, limit=60)
            print(f"  {name}: {clean_line(event.message, limit=160)}", file=sys.stderr)
        elif event.kind == "page_error" and args.verbose:
            print(f"  article {event.article_id}: {event.message}", file=sys.stderr)
        elif tty and event.kind in ("feed_done", "feed_not_modified", "page_done"):
            phase = "pages" if event.kind == "page_done" else "feeds"
            print(f"\r  {phase} {event.done}/{event.total}\x1b[K", end="", file=sys.stderr)
        if tty and event.kind == "done":
            print("\r\x1b[K", end="", file=sys.stderr)

    try:
        summary = run_async(
            refresh(
                ctx.paths,
                ctx.settings,
                offline=ctx.offline,
                fetch_pages=ctx.settings.fetch_pages and not args.no_pages,
                on_event=progress,
            )
        )
    except RefreshBusy as exc:
        raise CliError(str(exc)) from None
    print(summary.line())
    everything_failed = summary.feeds_failed and not (summary.feeds or summary.not_modified)
    return EXIT_FAILURE if everything_failed else EXIT_OK


def _resolve_feed(ctx: Context, key: str | None) -> int | None:
    if key is None:
        return None
    feed = ctx.store.find_feed(key)
    if feed is None:
        raise CliError(f"no feed matches {key!r}")
    return int(feed.id)


def _row_json(row: Any) -> dict[str, Any]:
    from termnews.sanitize import clean_line

    return {
        "id": row.id,
        "feed": clean_line(row.feed_title),
        "title": clean_line(row.title),
        "url": row.url,
        "published": iso_time(row.published),
        "read": bool(row.read),
        "saved": bool(row.saved),
    }


def _print_rows(rows: Sequence[Any], as_json: bool) -> None:
    from termnews.sanitize import clean_line

    if as_json:
        write_json([_row_json(row) for row in rows], sys.stdout)
        return
    for row in rows:
        flags = ("S" if row.saved else " ") + (" " if row.read else "N")
        feed = clean_line(row.feed_title, limit=20)
        title = clean_line(row.title, limit=200)
        print(f"{row.id:>7} {flags} {short_date(row.published)}  {feed:<20}  {title}")


def cmd_list(ctx: Context, args: argparse.Namespace) -> int:
    from termnews.sanitize import clean_line

    feed_id = _resolve_feed(ctx, args.feed)
    rows = ctx.store.articles(
        feed_id=feed_id, unread=args.unread, saved=args.saved, limit=args.limit
    )
    _print_rows(rows, args.json)
    if not args.json:
        for feed in ctx.store.feeds():
            if feed.error and (feed_id is None or feed.id == feed_id):
                name = clean_line(feed.display_title, limit=60)
                print(f"feed {name}: {clean_line(feed.error, limit=160)}", file=sys.stderr)
    return EXIT_OK


def cmd_feeds(ctx: Context, args: argparse.Namespace) -> int:
    from termnews.sanitize import clean_line

    feeds = ctx.store.feeds()
    if args.json:
        write_json(
            [
                {
                    "id": f.id,
                    "url": f.url,
                    "title": clean_line(f.title) or None,
                    "folder": f.folder,
                    "unread": f.unread,
                    "total": f.total,
                    "last_status": f.last_status,
                    "error": f.error,
                }
                for f in feeds
            ],
            sys.stdout,
        )
        return EXIT_OK
    for f in feeds:
        status = f"error: {clean_line(f.error, limit=120)}" if f.error else "ok"
        folder = f"[{clean_line(f.folder)}] " if f.folder else ""
        title = clean_line(f.display_title, limit=60)
        print(f"{f.id:>5} {folder}{title}  {f.unread}/{f.total} unread  {status}")
    return EXIT_OK


def _article_or_fail(ctx: Context, raw_id: str) -> Any:
    article = ctx.store.article(parse_id(raw_id))
    if article is None:
        raise CliError(f"no article with id {raw_id}")
    return article


def cmd_show(ctx: Context, args: argparse.Namespace) -> int:
    from termnews.sanitize import clean_line, clean_text

    article = _article_or_fail(ctx, args.id)
    print(clean_line(article.title))
    meta = [clean_line(article.feed_title)]
    if article.author:
        meta.append(clean_line(article.author))
    if article.published:
        meta.append(iso_time(article.published) or "")
    print(" · ".join(m for m in meta if m))
    if article.url:
        print(article.url if article.url.isprintable() else clean_line(article.url))
    print()
    if article.text:
        print(clean_text(article.text))
    else:
        print(clean_text(article.summary))
        note = article.page_error or "not fetched yet"
        print(f"\n[full text not stored: {clean_line(note)}]")
    return EXIT_OK


def _needs_network(url: str | None) -> bool:
    """True for http(s) URLs (file:// pages, like the embedded samples, read offline)."""
    return bool(url) and str(url).lower().startswith(("http://", "https://"))


def cmd_save(ctx: Context, args: argparse.Namespace) -> int:
    from termnews.refresh import fetch_article

    article = _article_or_fail(ctx, args.id)
    if args.command == "unsave":
        ctx.store.set_saved(article.id, False)
        print(f"article {article.id} is no longer saved")
        return EXIT_OK
    ctx.store.set_saved(article.id, True)
    if article.text is None and ctx.offline and _needs_network(article.url):
        # Saved as asked; the page waits for the next online refresh (not a failure).
        print(
            f"termnews: offline: the page of article {article.id} will be fetched by the next "
            "refresh",
            file=sys.stderr,
        )
    elif article.text is None:
        error = run_async(fetch_article(ctx.paths, ctx.settings, article.id, offline=ctx.offline))
        if error is not None:
            print(
                f"termnews: saved article {article.id}, but its page could not be fetched: {error}",
                file=sys.stderr,
            )
            return EXIT_FAILURE
    print(f"saved article {article.id}")
    return EXIT_OK


def cmd_search(ctx: Context, args: argparse.Namespace) -> int:
    query = " ".join(args.query).strip()
    if not query:
        raise CliError("search needs some words", EXIT_USAGE)
    rows = ctx.store.search(query, limit=args.limit or 200)
    _print_rows(rows, args.json)
    return EXIT_OK


# ---- extract and quotes on files ------------------------------------------------------------
def _read_source(source: str, ctx: Context) -> tuple[bytes, str | None, str | None]:
    """Bytes of a path (.html, .html.gz, .txt) or URL, with its URL and content type."""
    if source.startswith(("http://", "https://")):
        from termnews.feeds.fetch import Fetcher

        async def get() -> Any:
            async with Fetcher(ctx.settings, offline=ctx.offline) as fetcher:
                return await fetcher.fetch(source, max_bytes=ctx.settings.max_page_bytes)

        result = run_async(get())
        if result.error is not None or result.body is None:
            raise CliError(result.error or "empty response")
        return result.body, result.final_url, result.content_type
    path = Path(source)
    try:
        data = path.read_bytes()
    except IsADirectoryError:
        raise CliError("is a directory") from None
    except OSError as exc:
        raise CliError(exc.strerror or "cannot read") from None
    if path.suffix == ".gz":
        try:
            data = gzip.decompress(data)
        except (OSError, EOFError) as exc:
            raise CliError(f"not a valid gzip file ({exc})") from None
    return data, None, None


def _extract_source(source: str, ctx: Context) -> Any:
    from termnews.extract import ExtractError, extract

    data, url, content_type = _read_source(source, ctx)
    try:
        return extract(data, url=url, content_type=content_type)
    except ExtractError as exc:
        raise CliError(str(exc)) from None
    except RecursionError:
        raise CliError("page is nested too deeply to clean") from None


def _for_each_source(
    args: argparse.Namespace,
    work: Callable[[str], dict[str, Any]],
    print_text: Callable[[dict[str, Any]], None],
) -> int:
    """Run ``work`` on every source; a failed one is an {"source","error"} item and the others
    go on. Prints JSONL as it goes, a JSON list, or text; exit 1 if any source failed."""
    results, failures = [], 0
    for source in args.sources:
        try:
            item = {"source": source, **work(source)}
        except CliError as exc:
            failures += 1
            item = {"source": source, "error": str(exc)}
            print(f"termnews: {source}: {exc}", file=sys.stderr)
        if args.jsonl:
            write_json(item, sys.stdout)
            sys.stdout.flush()
        results.append(item)
    if args.json:
        write_json(results, sys.stdout)
    elif not args.jsonl:
        for item in results:
            if "error" in item:
                continue
            if len(results) > 1:
                print(f"==> {item['source']} <==")
            print_text(item)
    return EXIT_FAILURE if failures else EXIT_OK


def print_extracted(item: dict[str, Any]) -> None:
    from termnews.sanitize import clean_text

    if item["title"]:
        print(clean_text(item["title"]))
        print()
    print(clean_text(item["text"]))


def print_found_quotes(item: dict[str, Any]) -> None:
    from termnews.sanitize import clean_line

    for q in item["quotes"]:
        who = clean_line(q["speaker"]) or ("(term)" if q["kind"] == "term" else "?")
        print(f"{q['start']:>6}-{q['end']:<6} {who}: “{clean_line(q['quote'])}”")


def cmd_extract(ctx: Context, args: argparse.Namespace) -> int:
    def one(source: str) -> dict[str, Any]:
        extracted = _extract_source(source, ctx)
        item: dict[str, Any] = {
            "title": extracted.title,
            "byline": extracted.byline,
            "published": iso_time(extracted.published),
            "text": extracted.text,
        }
        if args.json:
            item["lang"] = extracted.lang
            item["blocks"] = [
                {"kind": b.kind, "start": b.start, "end": b.end, "text": b.text}
                for b in extracted.blocks
            ]
        return item

    return _for_each_source(args, one, print_extracted)


def _quote_json(quote: Any) -> dict[str, Any]:
    return {
        "quote": quote.quote,
        "start": quote.start,
        "end": quote.end,
        "speaker": quote.speaker,
        "kind": quote.kind,
    }


def _print_quotes(quotes: Sequence[Any]) -> None:
    from termnews.sanitize import clean_line

    for quote in quotes:
        who = (
            clean_line(quote.speaker)
            if quote.speaker
            else ("(term)" if quote.kind == "term" else "?")
        )
        print(f"{quote.start:>6}-{quote.end:<6} {who}: “{clean_line(quote.quote)}”")


def _text_for_quotes(source: str, ctx: Context) -> str:
    """A .txt file's text exactly as read (UTF-8); any other input is extracted first."""
    is_url = source.startswith(("http://", "https://"))
    if not is_url and source.lower().endswith((".txt", ".text")):
        try:
            data = Path(source).read_bytes()
        except OSError as exc:
            raise CliError(exc.strerror or "cannot read") from None
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError:
            raise CliError("not UTF-8 text") from None
    return str(_extract_source(source, ctx).text)


def cmd_quotes(ctx: Context, args: argparse.Namespace) -> int:
    from termnews.quotes import find_quotes

    if args.article is not None:
        article = _article_or_fail(ctx, args.article)
        quotes = ctx.store.quotes_for(article.id)
        if args.json:
            write_json([_quote_json(q) for q in quotes], sys.stdout)
        else:
            _print_quotes(quotes)
        return EXIT_OK
    if args.speaker is not None:
        return _quotes_by_speaker(ctx, args)
    if not args.sources:
        raise CliError("quotes needs PATH..., --article ID or --speaker NAME", EXIT_USAGE)

    def one(source: str) -> dict[str, Any]:
        text = _text_for_quotes(source, ctx)
        # Carriage returns become newlines (same length) so paragraphs split; offsets hold.
        found = find_quotes(text.replace("\r", "\n"))
        return {"quotes": [{**_quote_json(q), "quote": text[q.start : q.end]} for q in found]}

    return _for_each_source(args, one, print_found_quotes)


def _quotes_by_speaker(ctx: Context, args: argparse.Namespace) -> int:
    from termnews.sanitize import clean_line

    name = args.speaker.strip()
    if not name:
        raise CliError("--speaker needs a name", EXIT_USAGE)
    hits = ctx.store.quotes_by_speaker(name)
    if args.json:
        write_json(
            [
                {
                    **_quote_json(hit.quote),
                    "article": hit.article_id,
                    "title": clean_line(hit.article_title),
                    "feed": clean_line(hit.feed_title),
                    "published": iso_time(hit.published),
                }
                for hit in hits
            ],
            sys.stdout,
        )
        return EXIT_OK
    if not hits:
        print(f"no quotations by {clean_line(name)}", file=sys.stderr)
    for hit in hits:
        title = clean_line(hit.article_title, limit=70)
        print(f"{short_date(hit.published)}  [{hit.article_id}] {title}")
        print(f"    {clean_line(hit.quote.speaker)}: “{clean_line(hit.quote.quote)}”")
    return EXIT_OK


# ---- the parser ---------------------------------------------------------------------------
def build_parser() -> _Parser:
    parser = _Parser(prog="termnews", description="A keyboard-first terminal news reader.")
    parser.add_argument("--version", action="version", version=f"termnews {__version__}")
    parser.add_argument("--home", metavar="DIR", help="keep config, data and cache under DIR")
    parser.add_argument("--offline", action="store_true", help="never touch the network")
    sub = parser.add_subparsers(dest="command", parser_class=_Parser, metavar="COMMAND")

    p = sub.add_parser("add", help="subscribe to a feed (or a page that links to one)")
    p.add_argument("url")
    p.add_argument("--folder")
    p.set_defaults(func=cmd_add)

    p = sub.add_parser("import", help="subscribe to the feeds of an OPML file")
    p.add_argument("file")
    p.set_defaults(func=cmd_import)

    p = sub.add_parser("export", help="write subscriptions as OPML (stdout or FILE)")
    p.add_argument("file", nargs="?")
    p.set_defaults(func=cmd_export)

    p = sub.add_parser("refresh", help="fetch feeds and pages without the App")
    p.add_argument("--no-pages", action="store_true", help="do not fetch and clean pages")
    p.add_argument("-v", "--verbose", action="store_true", help="report page errors too")
    p.set_defaults(func=cmd_refresh)

    p = sub.add_parser("list", help="list articles, newest first")
    group = p.add_mutually_exclusive_group()
    group.add_argument("--unread", action="store_true")
    group.add_argument("--saved", action="store_true")
    p.add_argument("--feed", metavar="F", help="feed id, URL or title")
    p.add_argument("--limit", type=_positive_int, metavar="N")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_list)

    p = sub.add_parser("feeds", help="list subscriptions with unread counts and errors")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_feeds)

    p = sub.add_parser("show", help="print an article's cleaned text")
    p.add_argument("id")
    p.set_defaults(func=cmd_show)

    for name, text in (
        ("save", "keep an article forever (fetches its page now)"),
        ("unsave", "stop keeping an article"),
    ):
        p = sub.add_parser(name, help=text)
        p.add_argument("id")
        p.set_defaults(func=cmd_save)

    p = sub.add_parser("search", help="full-text search over titles and bodies")
    p.add_argument("query", nargs="+")
    p.add_argument("--limit", type=_positive_int, metavar="N")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_search)

    p = sub.add_parser("extract", help="clean web pages (.html, .html.gz or URLs) into text")
    _add_output_flags(p)
    p.add_argument("sources", nargs="+", metavar="PATH_OR_URL")
    p.set_defaults(func=cmd_extract)

    p = sub.add_parser("quotes", help="find quotations and speakers (files, an article, a person)")
    _add_output_flags(p)
    p.add_argument("--article", metavar="ID")
    p.add_argument("--speaker", metavar="NAME")
    p.add_argument("sources", nargs="*", metavar="PATH")
    p.set_defaults(func=cmd_quotes)
    return parser


def _add_output_flags(parser: argparse.ArgumentParser) -> None:
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--json", action="store_true", help="one JSON document")
    group.add_argument("--jsonl", action="store_true", help="one JSON object per input line")


def _positive_int(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {value!r}") from None
    if number < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1: {value!r}")
    return min(number, MAX_ROW_ID)  # a huge --limit means "all", not an SQLite overflow


def run(argv: Sequence[str] | None = None) -> int:
    """Parse ``argv`` and run; returns the exit status (never raises for bad input)."""
    try:
        args = build_parser().parse_args(argv)
        paths = resolve_paths(args.home)
        try:
            settings = load_settings(paths.config_file)
        except SettingsError as exc:
            raise CliError(str(exc), EXIT_USAGE) from None
        if args.command is None:
            from termnews.ui.app import run_app

            run_app(settings, paths, offline=args.offline)
            return EXIT_OK
        ctx = Context(paths, settings, args.offline)
        try:
            return int(args.func(ctx, args))
        finally:
            ctx.close()
    except CliError as exc:
        print(f"termnews: {exc}", file=sys.stderr)
        return exc.status
    except KeyboardInterrupt:
        print("termnews: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        _silence_stdout()
        return EXIT_OK
    except Exception as exc:  # a bug, or a failure nobody foresaw: one line, not a traceback
        if os.environ.get("TERMNEWS_DEBUG"):
            raise
        from termnews.sanitize import clean_line

        detail = clean_line(str(exc), limit=300)
        print(f"termnews: unexpected error: {type(exc).__name__}: {detail}", file=sys.stderr)
        return EXIT_FAILURE


def _silence_stdout() -> None:
    """After a closed pipe (``termnews list | head``), send the rest of stdout nowhere."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())


def main() -> None:
    status = run()
    try:
        sys.stdout.flush()
    except BrokenPipeError:
        _silence_stdout()
    raise SystemExit(status)


if __name__ == "__main__":
    main()
