"""The refresh pipeline: fetch feeds -> parse -> store -> fetch pages -> clean -> quotes -> store.

Used by the CLI (``termnews refresh``) and by the App's worker alike. One failing feed or page
never stops the others; each failure is recorded on its feed or article as one line. Progress is
reported through ``on_event`` callbacks, called from the thread running the event loop.
"""

from __future__ import annotations

import asyncio
import contextlib
import errno
import fcntl
import os
import threading
import time
from collections.abc import Callable, Collection, Iterator
from concurrent.futures import Executor, ProcessPoolExecutor, ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import IO, Literal, TypeVar

from termnews.config import Settings
from termnews.feeds.fetch import Fetcher, FetchResult
from termnews.feeds.parse import FeedParseError, parse_feed
from termnews.models import Extracted, Feed, ParsedFeed, Quote
from termnews.paths import Paths
from termnews.resources import sample_feeds_dir
from termnews.sanitize import clean_line
from termnews.store import Store

T = TypeVar("T")
EventKind = Literal[
    "start",
    "feed_done",
    "feed_not_modified",
    "feed_error",
    "feed_waiting",
    "page_done",
    "page_error",
    "done",
]
SAMPLE_FOLDER = "Port Halden"
SAMPLE_SUFFIXES = (".xml", ".rss", ".atom", ".json")
# lxml, libxml2 and readability keep module-level parser state: in one process they run in one
# thread at a time (the App may refresh and save at once; each cleaning worker is a process).
_LXML_LOCK = threading.Lock()
# Above this many pages in one refresh, cleaning runs in worker processes (one per core).
PROCESS_POOL_THRESHOLD = 40


@dataclass(slots=True)
class RefreshEvent:
    """One step of progress, for a progress bar or a stderr line."""

    kind: EventKind
    done: int
    total: int
    feed_id: int | None = None
    feed_title: str | None = None
    article_id: int | None = None
    message: str | None = None


@dataclass(slots=True)
class RefreshSummary:
    """What a refresh did, for the CLI's summary line and the App's status."""

    feeds: int = 0
    feeds_failed: int = 0
    not_modified: int = 0
    waiting: int = 0
    new_articles: int = 0
    pages: int = 0
    pages_failed: int = 0
    errors: list[tuple[str, str]] = field(default_factory=list)

    def line(self) -> str:
        """The one-line summary printed by ``termnews refresh``."""
        parts = [
            f"{self.feeds} feeds refreshed",
            f"{self.new_articles} new articles",
            f"{self.not_modified} not modified",
            f"{self.feeds_failed} failed",
        ]
        if self.waiting:
            parts.append(f"{self.waiting} waiting (Retry-After)")
        if self.pages or self.pages_failed:
            parts.append(f"{self.pages} pages cleaned, {self.pages_failed} pages failed")
        return ", ".join(parts)


class RefreshBusy(Exception):
    """Another refresh holds the lock on this store."""


EventSink = Callable[[RefreshEvent], None]


@contextlib.contextmanager
def refresh_lock(paths: Paths) -> Iterator[None]:
    """An exclusive, non-blocking lock per store, so two refreshes never fetch the same feed.

    The kernel releases it when the process dies, so a killed refresh never leaves it stale.
    """
    paths.ensure()
    handle: IO[str] = open(paths.lock_file, "a+")  # noqa: SIM115 - held for the whole refresh
    try:
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            if exc.errno in (errno.EAGAIN, errno.EACCES):
                handle.seek(0)
                holder = handle.read().strip() or "another process"
                raise RefreshBusy(
                    f"another refresh is running on this store (pid {holder}); try again later"
                ) from None
            raise
        handle.seek(0)
        handle.truncate()
        handle.write(str(os.getpid()))
        handle.flush()
        yield
    finally:
        handle.close()


def subscribe_samples(store: Store) -> list[Feed]:
    """First run: subscribe to the embedded sample feeds (files read from disk, no network)."""
    directory = sample_feeds_dir()
    feeds: list[Feed] = []
    if not directory.is_dir():
        return feeds
    for path in sorted(directory.iterdir()):
        if path.suffix in SAMPLE_SUFFIXES and path.is_file():
            feeds.append(store.add_feed(path.resolve().as_uri(), folder=SAMPLE_FOLDER))
    return feeds


def clean_page(body: bytes, url: str, content_type: str | None) -> tuple[Extracted, list[Quote]]:
    """CPU work for one page: readability cleaning, then the quotation finder (picklable).

    Imported here, not at the top: a feeds-only refresh never pays for readability."""
    from termnews.extract import extract
    from termnews.quotes import find_quotes

    with _LXML_LOCK:
        extracted = extract(body, url=url, content_type=content_type)
    return extracted, find_quotes(extracted.text)


def _parse(body: bytes, url: str, content_type: str | None) -> ParsedFeed:
    with _LXML_LOCK:
        return parse_feed(body, url=url, content_type=content_type)


def _error_line(exc: BaseException) -> str:
    text = clean_line(str(exc), limit=200)
    return text or type(exc).__name__


class _Pipeline:
    """State of one refresh run: the store, the fetcher, counters and the event sink."""

    def __init__(
        self,
        store: Store,
        fetcher: Fetcher,
        settings: Settings,
        on_event: EventSink | None,
        fetch_pages: bool,
        clock: Callable[[], float],
    ) -> None:
        self.store = store
        self.fetcher = fetcher
        self.settings = settings
        self.on_event = on_event
        self.fetch_pages = fetch_pages
        self.clock = clock
        self.summary = RefreshSummary()
        self.feeds_total = 0
        self.feeds_done = 0
        self.pages_total = 0
        self.pages_done = 0
        self.page_tasks: list[asyncio.Task[None]] = []
        self.cpu: Executor | None = None  # feed parsing (and a few pages): threads
        self.page_pool: Executor | None = None  # many pages: processes, made on demand
        self.loop = asyncio.get_running_loop()

    def now(self) -> int:
        return int(self.clock())

    def emit(self, kind: EventKind, **details: object) -> None:
        if self.on_event is None:
            return
        if kind.startswith("page"):
            done, total = self.pages_done, self.pages_total
        else:
            done, total = self.feeds_done, self.feeds_total
        self.on_event(RefreshEvent(kind, done, total, **details))  # type: ignore[arg-type]

    async def run_cpu(self, func: Callable[..., T], *args: object) -> T:
        return await self.loop.run_in_executor(self.cpu, func, *args)

    async def run_page_cpu(self, func: Callable[..., T], *args: object) -> T:
        """Page cleaning: in threads for a handful of pages, in processes for many."""
        many = self.pages_total >= PROCESS_POOL_THRESHOLD and (os.cpu_count() or 1) > 1
        if many and self.page_pool is None:
            self.page_pool = _page_process_pool()
        executor = self.page_pool if self.page_pool is not None else self.cpu
        return await self.loop.run_in_executor(executor, func, *args)

    def close_pools(self) -> None:
        for executor in (self.cpu, self.page_pool):
            if executor is not None:
                executor.shutdown(wait=True, cancel_futures=True)

    # ---- feeds -----------------------------------------------------------------------------
    async def refresh_feed(self, feed: Feed) -> None:
        title = feed.display_title
        try:
            result = await self.fetcher.fetch(
                feed.url,
                etag=feed.etag,
                last_modified=feed.last_modified,
                max_bytes=self.settings.max_feed_bytes,
            )
            await self._handle_feed_result(feed, result)
        except Exception as exc:  # one broken feed never stops the others
            self._feed_failed(feed, title, None, _error_line(exc))

    async def _handle_feed_result(self, feed: Feed, result: FetchResult) -> None:
        now = self.now()
        if result.moved_to and result.moved_to != feed.url:
            with contextlib.suppress(Exception):  # the new URL may already be subscribed
                self.store.set_feed_url(feed.id, result.moved_to)
        if result.error is not None:
            waiting = result.retry_at is not None and result.retry_at > now
            self.store.record_feed_fetch(
                feed.id,
                now=now,
                status=result.status,
                error=result.error,
                next_fetch_at=result.retry_at if waiting else None,
            )
            self._feed_failed(feed, feed.display_title, result.status, result.error, record=False)
            return
        if result.not_modified:
            self.store.record_feed_fetch(
                feed.id,
                now=now,
                status=304,
                error=None,
                etag=result.etag,
                last_modified=result.last_modified,
            )
            self.summary.not_modified += 1
            self.feeds_done += 1
            self.emit("feed_not_modified", feed_id=feed.id, feed_title=feed.display_title)
            await self._queue_pages(feed.id)
            return
        try:
            parsed = await self.run_cpu(
                _parse, result.body or b"", result.final_url, result.content_type
            )
        except FeedParseError as exc:
            self._feed_failed(feed, feed.display_title, result.status, _error_line(exc))
            return
        new_ids = self.store.add_entries(feed.id, parsed.entries, now)
        self.store.record_feed_fetch(
            feed.id,
            now=self.now(),
            status=result.status,
            error=None,
            etag=result.etag,
            last_modified=result.last_modified,
            title=parsed.title,
            site_url=parsed.site_url,
        )
        self.summary.feeds += 1
        self.summary.new_articles += len(new_ids)
        self.feeds_done += 1
        title = clean_line(parsed.title) or feed.display_title
        self.emit("feed_done", feed_id=feed.id, feed_title=title, message=f"{len(new_ids)} new")
        await self._queue_pages(feed.id)

    def _feed_failed(
        self, feed: Feed, title: str, status: int | None, error: str, *, record: bool = True
    ) -> None:
        if record:
            self.store.record_feed_fetch(feed.id, now=self.now(), status=status, error=error)
        self.summary.feeds_failed += 1
        self.summary.errors.append((title, error))
        self.feeds_done += 1
        self.emit("feed_error", feed_id=feed.id, feed_title=title, message=error)

    # ---- pages -----------------------------------------------------------------------------
    async def _queue_pages(self, feed_id: int) -> None:
        if not self.fetch_pages:
            return
        rows = self.store.articles(feed_id=feed_id, limit=200)
        wanted = [row.id for row in rows if not row.has_text and row.url]
        for article_id, url in self.store.pages_to_fetch(wanted):
            self.pages_total += 1
            self.page_tasks.append(asyncio.create_task(self.refresh_page(article_id, url)))

    async def refresh_page(self, article_id: int, url: str) -> None:
        error = await fetch_and_store_page(self, article_id, url)
        self.pages_done += 1
        if error is None:
            self.summary.pages += 1
            self.emit("page_done", article_id=article_id)
        else:
            self.summary.pages_failed += 1
            self.emit("page_error", article_id=article_id, message=error)


async def fetch_and_store_page(pipeline: _Pipeline, article_id: int, url: str) -> str | None:
    """Fetch one article page, clean it, find its quotations, store; returns an error line."""
    try:
        result = await pipeline.fetcher.fetch(url, max_bytes=pipeline.settings.max_page_bytes)
        if result.error is not None or result.body is None:
            error = result.error or "empty response"
        else:
            extracted, quotes = await pipeline.run_page_cpu(
                clean_page, result.body, result.final_url, result.content_type
            )
            pipeline.store.store_page(article_id, extracted, quotes, pipeline.now())
            return None
    except Exception as exc:  # ExtractError or worse: a broken page never stops the refresh
        error = _error_line(exc)
    with contextlib.suppress(Exception):
        pipeline.store.record_page_error(article_id, error, pipeline.now())
    return error


def _page_process_pool() -> Executor:
    """One cleaning process per core, started by a fork server (never a fork of this
    threaded process) with the cleaning modules preloaded."""
    import multiprocessing

    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["termnews.refresh", "termnews.extract", "termnews.quotes"])
    return ProcessPoolExecutor(
        max_workers=os.cpu_count() or 1,
        mp_context=context,
        initializer=_exit_with_parent,
        initargs=(os.getpid(),),
    )


def _exit_with_parent(parent_pid: int) -> None:
    """In a cleaning worker: end when the refresh that started it is gone (killed, crashed),
    so no worker outlives it holding its stdout open."""

    def watch() -> None:
        while True:
            time.sleep(0.5)
            try:
                os.kill(parent_pid, 0)
            except ProcessLookupError:
                os._exit(0)
            except PermissionError:
                pass

    threading.Thread(target=watch, name="parent-watch", daemon=True).start()


async def refresh(
    paths: Paths,
    settings: Settings,
    *,
    offline: bool = False,
    fetch_pages: bool = True,
    feed_ids: Collection[int] | None = None,
    on_event: EventSink | None = None,
    clock: Callable[[], float] = time.time,
) -> RefreshSummary:
    """Refresh the feeds (all, or ``feed_ids``) of the store at ``paths``; see module doc."""
    with refresh_lock(paths), Store.open(paths.db_file) as store:
        now = int(clock())
        feeds = [f for f in store.feeds() if feed_ids is None or f.id in feed_ids]
        due = [f for f in feeds if not f.next_fetch_at or f.next_fetch_at <= now]
        async with Fetcher(settings, offline=offline) as fetcher:
            pipeline = _Pipeline(store, fetcher, settings, on_event, fetch_pages, clock)
            pipeline.feeds_total = len(due)
            pipeline.summary.waiting = len(feeds) - len(due)
            pipeline.emit("start")
            for feed in feeds:
                if feed not in due:
                    pipeline.emit(
                        "feed_waiting",
                        feed_id=feed.id,
                        feed_title=feed.display_title,
                        message="waiting for the server's Retry-After",
                    )
            # One thread for parsing and for cleaning a handful of pages: lxml and readability
            # are never run by two threads of this process at once (many pages: processes).
            pipeline.cpu = ThreadPoolExecutor(max_workers=1, thread_name_prefix="termnews-cpu")
            try:
                await asyncio.gather(*(pipeline.refresh_feed(feed) for feed in due))
                while pipeline.page_tasks:
                    tasks, pipeline.page_tasks = pipeline.page_tasks, []
                    await asyncio.gather(*tasks)
            finally:
                pipeline.close_pools()
        if settings.retention_days:
            store.prune(settings.retention_days, int(clock()))
        pipeline.emit("done", message=pipeline.summary.line())
        return pipeline.summary


async def fetch_article(
    paths: Paths, settings: Settings, article_id: int, *, offline: bool = False
) -> str | None:
    """Fetch, clean and scan one article now (``save``); returns an error line or None."""
    with Store.open(paths.db_file) as store:
        article = store.article(article_id)
        if article is None:
            return f"no article with id {article_id}"
        if not article.url:
            return "the article has no link to fetch"
        async with Fetcher(settings, offline=offline) as fetcher:
            pipeline = _Pipeline(store, fetcher, settings, None, True, time.time)
            pipeline.cpu = None  # the loop's default thread pool
            return await fetch_and_store_page(pipeline, article_id, article.url)
