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
import functools
import os
import signal
import threading
import time
from collections.abc import Callable, Collection, Iterator
from concurrent.futures import Executor, ProcessPoolExecutor, ThreadPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any, Literal, TypeVar

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
# From this many due feeds (CLI: forked at the start) or pages (App: started on demand), the
# work runs in worker processes, one per core: feeds are parsed and stored, pages cleaned.
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
def refresh_lock(paths: Paths) -> Iterator[int]:
    """An exclusive, non-blocking lock per store, so two refreshes never fetch the same feed.

    The kernel releases it when the process dies, so a killed refresh never leaves it stale.
    Yields the lock file's descriptor (forked workers close their copy).
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
        yield handle.fileno()
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


class StoreThread:
    """The pipeline's store on a thread of its own: SQLite releases the GIL while it works,
    so writes run beside the fetching on the event loop instead of stalling it."""

    def __init__(self, store_path: Path) -> None:
        self.path = store_path
        self.executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="termnews-store")
        self.store: Store = self.executor.submit(Store.open, store_path).result()

    async def call(self, func: Callable[..., T], *args: object, **kwargs: object) -> T:
        loop = asyncio.get_running_loop()
        work = functools.partial(func, self.store, *args, **kwargs)
        return await loop.run_in_executor(self.executor, work)

    def run(self, func: Callable[..., T], *args: object, **kwargs: object) -> T:
        """The same, from synchronous code (before and after the loop's work)."""
        return self.executor.submit(func, self.store, *args, **kwargs).result()

    def close(self) -> None:
        self.executor.submit(self.store.close).result()
        self.executor.shutdown(wait=True)


def _store_entries(
    store: Store, feed_id: int, parsed: ParsedFeed, now: int, fetch: dict[str, Any]
) -> list[int]:
    """A feed's new entries and the outcome of its fetch, in one trip to the store thread."""
    new_ids = store.add_entries(feed_id, parsed.entries, now)
    store.record_feed_fetch(
        feed_id,
        now=now,
        error=None,
        title=parsed.title,
        site_url=parsed.site_url,
        **fetch,
    )
    return new_ids


def _pages_wanted(store: Store, feed_id: int) -> list[tuple[int, str]]:
    """(id, url) of the feed's newest articles whose page is not stored yet."""
    rows = store.articles(feed_id=feed_id, limit=200)
    return store.pages_to_fetch([row.id for row in rows if not row.has_text and row.url])


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


_WORKER_STORES: dict[str, Store] = {}  # in a forked worker: its own connection per store
# Shared by the forked workers: one writes at a time, waiting on the lock instead of polling
# in SQLite's busy handler (which sleeps in steps of up to tens of milliseconds).
_WORKER_WRITE_LOCK: Any = None


def _parse_and_store_in_worker(
    db_file: str,
    feed_id: int,
    body: bytes,
    url: str,
    content_type: str | None,
    now: int,
    fetch: dict[str, Any],
) -> tuple[str | None, list[int]] | str:
    """In a worker process: parse a feed and store its entries with the worker's own
    connection; only the title and the new ids travel back. A parse error is its line."""
    try:
        parsed = parse_feed(body, url=url, content_type=content_type)
    except FeedParseError as exc:
        return _error_line(exc)
    store = _WORKER_STORES.get(db_file)
    if store is None:
        store = _WORKER_STORES[db_file] = Store.open(Path(db_file))
    with _WORKER_WRITE_LOCK or contextlib.nullcontext():
        return parsed.title, _store_entries(store, feed_id, parsed, now, fetch)


def _error_line(exc: BaseException) -> str:
    text = clean_line(str(exc), limit=200)
    return text or type(exc).__name__


class _Pipeline:
    """State of one refresh run: the store, the fetcher, counters and the event sink."""

    def __init__(
        self,
        store: StoreThread,
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
        self.feed_pool: Executor | None = None  # many feeds, forked workers: parse and store
        self.pool_broken = False
        self.pool_ready: asyncio.Future[None] | None = None  # a pool still starting
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

    async def db(self, func: Callable[..., T], *args: object, **kwargs: object) -> T:
        """Run ``func(store, ...)`` on the store's own thread (see StoreThread)."""
        return await self.store.call(func, *args, **kwargs)

    async def run_parse(self, func: Callable[..., T], *args: object) -> T:
        """Feed parsing (~1 ms a feed) in this process's CPU thread, when there are no forked
        workers (the App, a few feeds). Workers store what they parse themselves: sending the
        entries back here to store cost more than it saved (bench: 1.7 s against 1.5 s)."""
        return await self.loop.run_in_executor(self.cpu, func, *args)

    async def _in_pool(self, func: Callable[..., T], *args: object) -> T:
        """Run in the process pool if there is one; if it broke (a worker died, or processes
        cannot start here), carry on in this process's thread instead."""
        starting = self.pool_ready is not None and not self.pool_ready.done()
        if self.page_pool is not None and not starting:
            try:
                if self.pool_ready is not None:
                    self.pool_ready.result()  # raises if the workers never started
                return await self.loop.run_in_executor(self.page_pool, func, *args)
            except BrokenProcessPool:
                self._drop_broken_pool()
        return await self.loop.run_in_executor(self.cpu, func, *args)

    def _drop_broken_pool(self) -> None:
        """A worker died (or processes cannot start here): stop using the process pool, for
        feeds and pages alike, and carry on in this process."""
        self.pool_broken = True
        for pool in {pool for pool in (self.page_pool, self.feed_pool) if pool is not None}:
            pool.shutdown(wait=False, cancel_futures=True)
        self.page_pool = self.feed_pool = None

    async def run_page_cpu(self, func: Callable[..., T], *args: object) -> T:
        """Page cleaning: in threads for a handful of pages, in processes for many."""
        many = self.pages_total >= PROCESS_POOL_THRESHOLD and (os.cpu_count() or 1) > 1
        if many and self.page_pool is None and not self.pool_broken:
            self.start_pool()
        return await self._in_pool(func, *args)

    def start_pool(self) -> None:
        """Start the cleaning processes in the background: starting them blocks for a few
        hundred milliseconds, which must not stall the fetches on this loop. Until they are
        up, work runs in this process's thread."""
        pool = self.page_pool = _page_process_pool()
        self.pool_ready = self.loop.run_in_executor(None, _start_workers, pool)
        # A refresh may finish before the workers are up; never leave its outcome unread.
        self.pool_ready.add_done_callback(lambda done: done.cancelled() or done.exception())

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
            await self._feed_failed(feed, title, None, _error_line(exc))

    async def _handle_feed_result(self, feed: Feed, result: FetchResult) -> None:
        now = self.now()
        if result.moved_to and result.moved_to != feed.url:
            with contextlib.suppress(Exception):  # the new URL may already be subscribed
                await self.db(Store.set_feed_url, feed.id, result.moved_to)
        if result.error is not None:
            waiting = result.retry_at is not None and result.retry_at > now
            await self.db(
                Store.record_feed_fetch,
                feed.id,
                now=now,
                status=result.status,
                error=result.error,
                next_fetch_at=result.retry_at if waiting else None,
            )
            await self._feed_failed(
                feed, feed.display_title, result.status, result.error, record=False
            )
            return
        if result.not_modified:
            await self.db(
                Store.record_feed_fetch,
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
        fetch = dict(status=result.status, etag=result.etag, last_modified=result.last_modified)
        stored = await self._parse_and_store(feed.id, result, now, fetch)
        if isinstance(stored, str):
            await self._feed_failed(feed, feed.display_title, result.status, stored)
            return
        parsed_title, new_ids = stored
        self.summary.feeds += 1
        self.summary.new_articles += len(new_ids)
        self.feeds_done += 1
        title = clean_line(parsed_title or "") or feed.display_title
        self.emit("feed_done", feed_id=feed.id, feed_title=title, message=f"{len(new_ids)} new")
        await self._queue_pages(feed.id)

    async def _parse_and_store(
        self, feed_id: int, result: FetchResult, now: int, fetch: dict[str, Any]
    ) -> tuple[str | None, list[int]] | str:
        """Parse a feed's body and store its entries: (its title, the new ids), or the parse
        error's line. In forked workers when there are some (parsing and SQLite writes then
        run beside this process's fetching, on the other cores), else here."""
        body, url, content_type = result.body or b"", result.final_url, result.content_type
        if self.feed_pool is not None:
            try:
                return await self.loop.run_in_executor(
                    self.feed_pool,
                    _parse_and_store_in_worker,
                    str(self.store.path),
                    feed_id,
                    body,
                    url,
                    content_type,
                    now,
                    fetch,
                )
            except BrokenProcessPool:
                self._drop_broken_pool()
        try:
            parsed = await self.run_parse(_parse, body, url, content_type)
        except FeedParseError as exc:
            return _error_line(exc)
        return parsed.title, await self.db(_store_entries, feed_id, parsed, now, fetch)

    async def _feed_failed(
        self, feed: Feed, title: str, status: int | None, error: str, *, record: bool = True
    ) -> None:
        if record:
            with contextlib.suppress(Exception):
                await self.db(
                    Store.record_feed_fetch, feed.id, now=self.now(), status=status, error=error
                )
        self.summary.feeds_failed += 1
        self.summary.errors.append((title, error))
        self.feeds_done += 1
        self.emit("feed_error", feed_id=feed.id, feed_title=title, message=error)

    # ---- pages -----------------------------------------------------------------------------
    async def _queue_pages(self, feed_id: int) -> None:
        if not self.fetch_pages:
            return
        for article_id, url in await self.db(_pages_wanted, feed_id):
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
            await pipeline.db(Store.store_page, article_id, extracted, quotes, pipeline.now())
            return None
    except Exception as exc:  # ExtractError or worse: a broken page never stops the refresh
        error = _error_line(exc)
    with contextlib.suppress(Exception):
        await pipeline.db(Store.record_page_error, article_id, error, pipeline.now())
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
        initializer=_worker_start,
        initargs=(os.getpid(), -1),
    )


def _forked_pool(lock_fd: int) -> Executor | None:
    """Worker processes forked now, while this process has no other thread (forking a
    threaded process can deadlock), so parsing and cleaning use every core. None where that
    cannot be done (one core, other threads running, as in the App)."""
    cores = os.cpu_count() or 1
    if cores < 2 or threading.active_count() != 1:
        return None
    import multiprocessing

    context = multiprocessing.get_context("fork")
    pool = ProcessPoolExecutor(
        max_workers=cores,
        mp_context=context,
        initializer=_worker_start,
        initargs=(os.getpid(), lock_fd, context.Lock()),
    )
    try:
        pool.submit(_nothing, 0).result(timeout=30)  # forks every worker, before any thread
    except Exception:
        pool.shutdown(wait=False, cancel_futures=True)
        return None
    return pool


def _start_workers(pool: Executor) -> None:
    """Make every worker process start now (run in a thread: it blocks). A refresh that
    finished meanwhile has shut the pool down: then there is nothing to start."""
    with contextlib.suppress(RuntimeError):
        list(pool.map(_nothing, range(os.cpu_count() or 1)))


def _nothing(_: int) -> None:
    return None


def _worker_start(parent_pid: int, lock_fd: int, write_lock: Any = None) -> None:
    """In a worker process: leave Ctrl-C to the refresh, keep the write lock the forked feed
    workers share (None for page workers, which never write), drop an inherited copy of the
    refresh lock, and end when the refresh that started it is gone (killed, crashed), so no
    worker outlives it holding its stdout or the lock."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    global _WORKER_WRITE_LOCK
    _WORKER_WRITE_LOCK = write_lock
    if lock_fd >= 0:
        with contextlib.suppress(OSError):
            os.close(lock_fd)

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
    with refresh_lock(paths) as lock_fd:
        with Store.open(paths.db_file) as reader:
            feeds = [f for f in reader.feeds() if feed_ids is None or f.id in feed_ids]
        now = int(clock())
        due = [f for f in feeds if not f.next_fetch_at or f.next_fetch_at <= now]
        # Many feeds: workers forked now, before any thread or open database exists in this
        # process, parse and store feeds (and clean pages) on the other cores.
        forked = _forked_pool(lock_fd) if len(due) >= PROCESS_POOL_THRESHOLD else None
        store = StoreThread(paths.db_file)
        try:
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
                # One thread for parsing and cleaning a handful of pages: lxml and readability
                # never run in two threads of this process at once (many pages: processes).
                pipeline.cpu = ThreadPoolExecutor(max_workers=1, thread_name_prefix="termnews-cpu")
                pipeline.page_pool = forked  # already started; None: made on demand
                pipeline.feed_pool = forked
                try:
                    await asyncio.gather(*(pipeline.refresh_feed(feed) for feed in due))
                    while pipeline.page_tasks:
                        tasks, pipeline.page_tasks = pipeline.page_tasks, []
                        await asyncio.gather(*tasks)
                finally:
                    pipeline.close_pools()
            if settings.retention_days:
                store.run(Store.prune, settings.retention_days, int(clock()))
        finally:
            store.close()
        pipeline.emit("done", message=pipeline.summary.line())
        return pipeline.summary


async def fetch_article(
    paths: Paths, settings: Settings, article_id: int, *, offline: bool = False
) -> str | None:
    """Fetch, clean and scan one article now (``save``); returns an error line or None."""
    store = StoreThread(paths.db_file)
    try:
        article = store.run(Store.article, article_id)
        if article is None:
            return f"no article with id {article_id}"
        if not article.url:
            return "the article has no link to fetch"
        async with Fetcher(settings, offline=offline) as fetcher:
            pipeline = _Pipeline(store, fetcher, settings, None, True, time.time)
            pipeline.cpu = None  # the loop's default thread pool
            return await fetch_and_store_page(pipeline, article_id, article.url)
    finally:
        store.close()
