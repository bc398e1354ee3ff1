"""The termnews App: list, reader and quote panes over the local store.

Settings and paths come in through the constructor; the App opens its own Store on the main
thread (queries are sub-millisecond) and hands network work to thread workers that report back
by message. Every feed or page string reaches a widget through ``termnews.ui.safe``.
"""

from __future__ import annotations

import asyncio
import shlex
import subprocess
import time
from collections.abc import Callable
from typing import Any, ClassVar

from textual import on, work
from textual.app import App, ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Container, Horizontal, Vertical
from textual.content import Content
from textual.timer import Timer
from textual.widgets import Footer, Input

from termnews.config import Settings
from termnews.models import Article
from termnews.paths import Paths
from termnews.resources import styles_dir
from termnews.store import Store
from termnews.ui.commands import ActionsProvider
from termnews.ui.messages import (
    ArticleHighlighted,
    ArticleOpened,
    PageFetched,
    QuoteChosen,
    RefreshFinished,
    RefreshProgress,
)
from termnews.ui.safe import assemble, safe_content, safe_line, safe_url
from termnews.ui.screens.help import HelpScreen, KeyHelp, describe_bindings
from termnews.ui.screens.speakers import QuoteTarget, SpeakersScreen
from termnews.ui.views import FixedRows, StoreRows, ViewQuery
from termnews.ui.widgets.article_list import ArticleList
from termnews.ui.widgets.quote_pane import QuotePane
from termnews.ui.widgets.reader import Reader
from termnews.ui.widgets.source_list import SourceList
from termnews.ui.widgets.status import StatusBar

LIVE_RELOAD_INTERVAL = 0.5  # seconds between list reloads while a refresh streams in
ERRORS_SHOWN = 5
_NOTHING = object()  # no article load pending


class TermnewsApp(App[None]):
    """A keyboard-first news reader: feeds and articles, the reader, and who said what."""

    CSS_PATH = str(styles_dir() / "app.tcss")
    TITLE = "termnews"
    COMMANDS = App.COMMANDS | {ActionsProvider}
    HORIZONTAL_BREAKPOINTS = [  # noqa: RUF012 - Textual's own attribute, a plain list
        (0, "-narrow"),
        (120, "-wide"),
        (160, "-xwide"),
    ]

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("q", "quit", "Quit", id="quit"),
        Binding("question_mark", "help", "Keys", id="help"),
        Binding("tab", "focus_next", "Next pane", id="next_pane", show=False),
        Binding("shift+tab", "focus_previous", "Previous pane", id="prev_pane", show=False),
        Binding("n", "next_quote", "Next quote", id="next_quote"),
        Binding("p", "previous_quote", "Previous quote", id="prev_quote", show=False),
        Binding("space", "page_down", "Page reader down", id="page_down", show=False),
        Binding("b", "page_up", "Page reader up", id="page_up", show=False),
        Binding("s", "save", "Save", id="save"),
        Binding("u", "toggle_read", "Read/unread", id="toggle_read"),
        Binding("A", "mark_all_read", "All read", id="mark_all_read", show=False),
        Binding("r", "refresh", "Refresh", id="refresh"),
        Binding("slash", "search", "Search", id="search"),
        Binding("o", "open_browser", "Open in browser", id="open_browser", show=False),
        Binding("y", "copy_link", "Copy link", id="copy_link", show=False),
        Binding("S", "saved_only", "Saved only", id="saved_only", show=False),
        Binding("w", "who_said_what", "Who said what", id="who_said_what"),
        Binding("escape", "back", "Back", id="back", show=False),
    ]
    # Actions only the command palette offers: (title, action, help).
    PALETTE_ONLY: ClassVar[list[tuple[str, str, str]]] = [
        ("Show all articles", "show_all", "the All view"),
        ("Show saved articles", "show_saved", "the Saved view"),
    ]
    _MAIN_SCREEN_ONLY: ClassVar[frozenset[str]] = frozenset(
        b.action for b in BINDINGS if isinstance(b, Binding) and b.id not in ("quit", "help")
    )

    def __init__(
        self,
        settings: Settings,
        paths: Paths,
        *,
        offline: bool = False,
        clock: Callable[[], float] = time.time,
    ) -> None:
        super().__init__()
        self.settings = settings
        self.paths = paths
        self.offline = offline
        self.clock = clock
        self.store: Store | None = None
        self.view = ViewQuery()
        self.saved_only = False
        self.search_query: str | None = None
        self.refreshing = False
        self.refresh_errors: list[tuple[str, str]] = []
        self._search_return: tuple[ViewQuery, int] | None = None
        self._read_timer: Timer | None = None
        self._live_reload_at = 0.0
        self._live_reload_timer: Timer | None = None
        self._fetching: set[int] = set()
        self._pending_article: object = _NOTHING
        self.sources = SourceList(id="sources", classes="pane")
        self.articles = ArticleList(id="articles", classes="pane", clock=clock)
        self.reader = Reader(id="reader", classes="pane", offline=offline)
        self.quotes = QuotePane(id="quotes", classes="pane")
        self.status = StatusBar(id="status")

    # ---- layout ------------------------------------------------------------------------
    def compose(self) -> ComposeResult:
        with Horizontal(id="main"):
            with Vertical(id="left"):
                yield Input(placeholder="words in titles and text…", id="search")
                yield self.sources
                yield self.articles
            with Container(id="right"):
                yield self.reader
                yield self.quotes
        yield self.status
        yield Footer()

    def on_mount(self) -> None:
        self._apply_keymap()
        self.paths.ensure()
        self.store = Store.open(self.paths.db_file)
        self.sources.border_title = Content("Feeds")
        self.reader.border_title = Content("Reader")
        self.quotes.border_title = Content("Quotes")
        first_run = self.store.is_empty()
        if first_run:
            self._subscribe_samples()
        self._refresh_counts()
        self._show_view(self.view)
        self.articles.focus()
        if first_run:
            self.articles.empty_message = "Loading the sample feeds…"
            self.articles.empty_hint = ""
            self.start_refresh()

    def on_unmount(self) -> None:
        if self._read_timer is not None:
            self._read_timer.stop()
        if self.store is not None:
            self.store.close()
            self.store = None

    def _apply_keymap(self) -> None:
        """settings.keys {action id: key} remaps bindings; unknown ids are reported once."""
        if not self.settings.keys:
            return
        self.set_keymap(dict(self.settings.keys))
        known = {b.id for b in self._all_bindings() if b.id}
        unknown = sorted(set(self.settings.keys) - known)
        if unknown:
            self.notify(
                "Unknown key ids in settings: " + safe_line(", ".join(unknown), 200),
                severity="warning",
                markup=False,
            )

    def _all_bindings(self) -> list[Binding]:
        every: list[BindingType] = [
            *self.BINDINGS,
            *ArticleList.BINDINGS,
            *Reader.BINDINGS,
            *SourceList.BINDINGS,
            *QuotePane.BINDINGS,
        ]
        return [b for b in every if isinstance(b, Binding)]

    def _subscribe_samples(self) -> None:
        try:
            from termnews.refresh import subscribe_samples
        except ImportError:
            self.notify("The refresh pipeline is not available.", severity="error", markup=False)
            return
        assert self.store is not None
        subscribe_samples(self.store)

    # ---- views -------------------------------------------------------------------------
    def _effective_query(self) -> ViewQuery:
        return self.view.with_saved(self.view.saved or self.saved_only)

    def _show_view(self, view: ViewQuery, cursor: int = 0) -> None:
        """Point the list at a store view (leaving search mode)."""
        assert self.store is not None
        self.view = view
        self.search_query = None
        self._search_return = None
        self.articles.set_source(StoreRows(self.store, self._effective_query()), cursor=cursor)
        self._update_list_title()

    def _update_list_title(self) -> None:
        count = self.articles.count
        if self.search_query is not None:
            title = assemble(
                "Search “", safe_content(self.search_query, limit=40), f"” · {count:,}"
            )
        else:
            suffix = " · saved only" if self.saved_only and not self.view.saved else ""
            title = assemble(safe_content(self.view.label, limit=40), f" · {count:,}{suffix}")
        self.articles.border_title = title
        self.articles.border_subtitle = self._feed_error_line()
        self._set_empty_state(count)
        self._update_status()

    def _feed_error_line(self) -> Content:
        """The list pane's subtitle: the shown feed's last refresh error, or how many of the
        view's feeds are failing; empty when all is well (or in search results)."""
        if self.search_query is not None:
            return Content("")
        failing = self.sources.failing_feeds(self.view)
        if not failing:
            return Content("")
        if self.view.feed_id is not None:
            return assemble(("! ", "bold $text-error"), safe_content(failing[0].error, limit=200))
        noun = "feed" if len(failing) == 1 else "feeds"
        return assemble(("! ", "bold $text-error"), f"{len(failing)} {noun} failing")

    def _set_empty_state(self, count: int) -> None:
        """What an empty list says, and what to do about it."""
        if count:
            return
        hint = ""
        if self.search_query is not None:
            message, hint = "Nothing matches.", "escape returns to the list"
        elif self.refreshing:
            message = "Refreshing…"
        elif self._effective_query().saved:
            message, hint = "No saved articles yet.", "s on an article keeps it, offline too"
        elif self.view.feed_id is not None and (feed := self.sources.feed(self.view.feed_id)):
            message = "No articles from this feed yet."
            if feed.error:
                message = "Last refresh failed:"
                hint = safe_line(feed.error, 200)
            elif not self.offline:
                hint = "r refreshes"
        else:
            message = "No articles here yet."
            hint = "" if self.offline else "r refreshes your feeds"
        self.articles.empty_message = message
        self.articles.empty_hint = hint

    def _update_status(self, extra: str | None = None) -> None:
        parts = [f"{self.articles.count:,} articles"]
        if self.offline:
            parts.append("offline")
        if extra:
            parts.append(extra)
        elif self.search_query is None and self.view.feed_id is not None:
            feed = self.sources.feed(self.view.feed_id)
            if feed is not None and feed.error:
                parts.append("last refresh failed: " + safe_line(feed.error, 200))
        self.status.show(Content(" · ".join(parts)))

    def _refresh_counts(self) -> None:
        """Re-read the feeds pane (unread counts); cheap enough to call after each change."""
        assert self.store is not None
        feeds = self.store.feeds()
        saved = self.store.count_articles(saved=True)
        self.sources.show_feeds(feeds, saved, self.view)

    @on(SourceList.OptionHighlighted, "#sources")
    def _source_highlighted(self, event: SourceList.OptionHighlighted) -> None:
        query = self.sources.query_at(event.option_index)
        if query is None or self.search_query is not None:
            return
        if (query.feed_id, query.folder, query.saved) == (
            self.view.feed_id,
            self.view.folder,
            self.view.saved,
        ):
            return
        self._show_view(query)

    @on(SourceList.OptionSelected, "#sources")
    def _source_selected(self, event: SourceList.OptionSelected) -> None:
        self.articles.focus()

    # ---- the selected article ----------------------------------------------------------
    def on_article_highlighted(self, message: ArticleHighlighted) -> None:
        """The list moved: paint the list first, then load the article after that frame;
        a held key queues many moves, and only the last one is loaded."""
        self._start_read_timer(message.article_id)
        scheduled = self._pending_article is not _NOTHING
        self._pending_article = message.article_id
        if not scheduled:
            self.call_after_refresh(self._load_pending_article)

    def _load_pending_article(self) -> None:
        article_id, self._pending_article = self._pending_article, _NOTHING
        if article_id is _NOTHING or self.store is None:
            return
        if article_id != self.reader.article_id or article_id is None:
            self._show_article(article_id)  # type: ignore[arg-type]

    def on_article_opened(self, message: ArticleOpened) -> None:
        self._pending_article = _NOTHING
        if self.reader.article_id != message.article_id:
            self._show_article(message.article_id)
        self.reader.focus()

    def _show_article(self, article_id: int | None, *, keep_scroll: bool = False) -> None:
        """Load one article into the reader and the quote pane."""
        assert self.store is not None
        article = self.store.article(article_id) if article_id is not None else None
        self.reader.show_article(article, keep_scroll=keep_scroll)
        if article is not None and article.id in self._fetching:
            self.reader.fetching = True
            self.reader.show_article(article, keep_scroll=True)
        current = self.reader.current_quote
        self.quotes.show_quotes(article.quotes if article else [], _no_quotes_line(article))
        if keep_scroll and current is not None:
            self.quotes.select_quote(current)

    def _start_read_timer(self, article_id: int | None) -> None:
        if self._read_timer is not None:
            self._read_timer.stop()
            self._read_timer = None
        if article_id is None:
            return
        self._read_timer = self.set_timer(
            self.settings.mark_read_delay, lambda: self._mark_read_after_dwell(article_id)
        )

    def _mark_read_after_dwell(self, article_id: int) -> None:
        if self.store is None:  # the timer fired while the App was closing
            return
        row = self.articles.current
        if row is None or row.id != article_id or row.read:
            return
        self._set_read(article_id, True)

    def _set_read(self, article_id: int, read: bool) -> None:
        assert self.store is not None
        self.store.set_read([article_id], read)
        self.articles.update_row(article_id, read=read)
        if self.reader.article is not None and self.reader.article.id == article_id:
            self.reader.article.read = read
        self._refresh_counts()

    # ---- quotations --------------------------------------------------------------------
    def on_quote_chosen(self, message: QuoteChosen) -> None:
        self.reader.show_quote(message.index)

    def action_next_quote(self) -> None:
        self._load_pending_article()
        self.reader.show_quote(self.quotes.step(1))

    def action_previous_quote(self) -> None:
        self._load_pending_article()
        self.reader.show_quote(self.quotes.step(-1))

    def action_page_down(self) -> None:
        self._load_pending_article()
        self.reader.page(1)

    def action_page_up(self) -> None:
        self._load_pending_article()
        self.reader.page(-1)

    # ---- article actions ---------------------------------------------------------------
    def action_toggle_read(self) -> None:
        self._load_pending_article()
        article = self.reader.article
        if article is None:
            return
        if self._read_timer is not None:
            self._read_timer.stop()
            self._read_timer = None
        self._set_read(article.id, not article.read)

    def action_save(self) -> None:
        """Toggle saved; saving fetches and cleans the page first when the text is missing."""
        self._load_pending_article()
        assert self.store is not None
        article = self.reader.article
        if article is None:
            return
        if article.saved:
            self._set_saved(article.id, False)
            self.notify("Removed from saved.", markup=False)
        elif article.text is None and article.url:
            if article.id in self._fetching:
                return
            self._fetching.add(article.id)
            self._show_article(article.id, keep_scroll=True)
            self.notify("Fetching the full text to save it…", markup=False)
            self._fetch_page(article.id, then_save=True)
        else:
            self._set_saved(article.id, True)
            self.notify("Saved.", markup=False)

    def _set_saved(self, article_id: int, saved: bool) -> None:
        assert self.store is not None
        self.store.set_saved(article_id, saved)
        self.articles.update_row(article_id, saved=saved)
        if self.reader.article is not None and self.reader.article.id == article_id:
            self.reader.article.saved = saved
        self._refresh_counts()

    @work(thread=True, group="fetch")
    def _fetch_page(self, article_id: int, then_save: bool) -> None:
        """Fetch, clean and quote one page now (its own Store and event loop, this thread)."""
        try:
            from termnews.refresh import fetch_article

            error = asyncio.run(
                fetch_article(self.paths, self.settings, article_id, offline=self.offline)
            )
        except Exception as exc:  # one line for the user; the App carries on
            error = f"{type(exc).__name__}: {exc}"
        self.post_message(PageFetched(article_id, error, then_save))

    def on_page_fetched(self, message: PageFetched) -> None:
        if self.store is None:
            return
        self._fetching.discard(message.article_id)
        if message.then_save:
            self._set_saved(message.article_id, True)
        if message.error:
            self.notify(
                "Saved; the page could not be fetched: " + safe_line(message.error, 200),
                severity="warning",
                markup=False,
            )
        else:
            self.notify("Saved with its full text.", markup=False)
        if self.reader.article_id == message.article_id:
            self._show_article(message.article_id, keep_scroll=True)

    def action_mark_all_read(self) -> None:
        assert self.store is not None
        if self.search_query is not None:
            ids = [row.id for row in self.articles.source.fetch(0, self.articles.count)]
            self.store.set_read(ids, True)
            changed = len(ids)
        else:
            query = self._effective_query()
            changed = self.store.mark_all_read(
                feed_id=query.feed_id, folder=query.folder, saved=query.saved
            )
        self.articles.mark_cached_rows(read=True)
        if self.reader.article is not None:
            self.reader.article.read = True
        self._refresh_counts()
        self.notify(f"Marked {changed:,} read.", markup=False)

    def _current_link(self) -> str | None:
        """The current article's http(s) link, or None after saying there is none."""
        self._load_pending_article()
        article = self.reader.article
        url = safe_url(article.url) if article is not None else None
        if url is None:
            self.notify("This article has no web link.", severity="warning", markup=False)
        return url

    def action_open_browser(self) -> None:
        url = self._current_link()
        if url is None:
            return
        if self.settings.browser:
            try:
                subprocess.Popen(
                    [*shlex.split(self.settings.browser), url],
                    stdin=subprocess.DEVNULL,
                    stdout=subprocess.DEVNULL,
                    stderr=subprocess.DEVNULL,
                    start_new_session=True,
                )
            except (OSError, ValueError) as exc:
                self.notify(
                    "Cannot start the browser: " + safe_line(str(exc), 200),
                    severity="error",
                    markup=False,
                )
                return
        else:
            self.open_url(url)
        self.notify("Opened in the browser.", markup=False)

    def action_copy_link(self) -> None:
        url = self._current_link()
        if url is None:
            return
        self.copy_to_clipboard(url)
        self.notify("Link copied.", markup=False)

    # ---- views, search and screens -----------------------------------------------------
    def action_saved_only(self) -> None:
        self.saved_only = not self.saved_only
        if self.search_query is None:
            self._show_view(self.view)
        self.notify("Saved articles only." if self.saved_only else "All articles.", markup=False)

    def action_show_all(self) -> None:
        self.saved_only = False
        self._show_view(ViewQuery())
        self._refresh_counts()

    def action_show_saved(self) -> None:
        self._show_view(ViewQuery(saved=True, label="Saved"))
        self._refresh_counts()

    def action_search(self) -> None:
        box = self.query_one("#search", Input)
        box.border_title = Content("Search")
        box.border_subtitle = Content("enter · esc cancels")
        box.add_class("-visible")
        box.value = self.search_query or ""
        box.focus()

    @on(Input.Submitted, "#search")
    def _search_submitted(self, event: Input.Submitted) -> None:
        assert self.store is not None
        text = event.value.strip()
        box = self.query_one("#search", Input)
        box.remove_class("-visible")
        if not text:
            self.action_back()
            return
        if self._search_return is None:
            self._search_return = (self.view, self.articles.cursor)
        back = self._search_return
        rows = self.store.search(text)
        self.search_query = text
        self._search_return = back
        self.articles.set_source(FixedRows(rows))
        self._update_list_title()
        self.articles.focus()

    def action_back(self) -> None:  # type: ignore[override]  # ours is synchronous
        """Escape: close the search box, or leave search results for the view before."""
        box = self.query_one("#search", Input)
        if box.has_class("-visible"):
            box.remove_class("-visible")
            self.articles.focus()
            return
        if self._search_return is not None:
            view, cursor = self._search_return
            self._show_view(view, cursor=cursor)
            self.articles.focus()

    def action_help(self) -> None:
        keymap = dict(self.settings.keys)
        sections = [
            ("Everywhere", describe_bindings(self.BINDINGS, keymap)),
            ("Article list", describe_bindings(ArticleList.BINDINGS, keymap)),
            ("Reader", describe_bindings(Reader.BINDINGS, keymap)),
            ("Command palette", [_palette_help()]),
        ]
        self.push_screen(HelpScreen(sections))

    def action_who_said_what(self) -> None:
        assert self.store is not None
        self.push_screen(SpeakersScreen(self.store), callback=self._open_quote_target)

    def _open_quote_target(self, target: QuoteTarget | None) -> None:
        if target is None:
            return
        self._show_article(target.article_id)
        article = self.reader.article
        if article is None:
            return
        for index, quote in enumerate(article.quotes):
            if (quote.start, quote.end) == (target.start, target.end):
                self.quotes.select_quote(index)
                self.reader.show_quote(index)
                break
        self.reader.focus()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Article actions only apply on the main screen (not under help or who-said-what)."""
        return not (action in self._MAIN_SCREEN_ONLY and len(self.screen_stack) > 1)

    # ---- refresh -----------------------------------------------------------------------
    def action_refresh(self) -> None:
        if self.offline:
            self.notify("Offline: refresh is off.", severity="warning", markup=False)
            return
        if self.refreshing:
            self.notify("Already refreshing.", markup=False)
            return
        self.start_refresh()

    def start_refresh(self) -> None:
        """Run the refresh pipeline in a worker thread; progress arrives as messages."""
        self.refreshing = True
        self.refresh_errors = []
        self.status.progress(0, 0)
        self._update_status("refreshing…")
        self._refresh_worker()

    @work(thread=True, exclusive=True, group="refresh")
    def _refresh_worker(self) -> None:
        try:
            from termnews.refresh import RefreshBusy, RefreshEvent, refresh
        except ImportError as exc:
            self.post_message(RefreshFinished(None, f"refresh unavailable: {exc}"))
            return

        def report(event: RefreshEvent) -> None:
            self.post_message(RefreshProgress(event))

        try:
            summary = asyncio.run(
                refresh(
                    self.paths,
                    self.settings,
                    offline=self.offline,
                    fetch_pages=self.settings.fetch_pages,
                    on_event=report,
                )
            )
        except RefreshBusy as exc:
            self.post_message(RefreshFinished(None, str(exc) or "another refresh is running"))
        except Exception as exc:  # reported as one line; the App carries on
            self.post_message(RefreshFinished(None, f"refresh failed: {type(exc).__name__}: {exc}"))
        else:
            self.post_message(RefreshFinished(summary))

    def on_refresh_progress(self, message: RefreshProgress) -> None:
        if self.store is None:
            return
        event: Any = message.event
        self.status.progress(event.done, event.total)
        label = safe_line(event.feed_title, 40) if event.feed_title else ""
        phase = "pages" if event.kind.startswith("page") else "feeds"
        self._update_status(f"refreshing {phase} {event.done}/{event.total} {label}".rstrip())
        if event.kind == "feed_error":
            self.refresh_errors.append((event.feed_title or "feed", event.message or "error"))
        if event.kind in ("feed_done", "page_done"):
            self._schedule_live_reload()
        if event.kind == "page_done" and event.article_id == self.reader.article_id:
            self._show_article(event.article_id, keep_scroll=True)

    def _schedule_live_reload(self) -> None:
        """Reload the list at most every LIVE_RELOAD_INTERVAL while articles stream in."""
        if self._live_reload_timer is not None:
            return
        wait = max(0.0, self._live_reload_at + LIVE_RELOAD_INTERVAL - time.monotonic())
        self._live_reload_timer = self.set_timer(wait, self._live_reload)

    def _live_reload(self) -> None:
        self._live_reload_timer = None
        if self.store is None:
            return
        self._live_reload_at = time.monotonic()
        self._reload_list()

    def _reload_list(self) -> None:
        """Re-read counts and rows, keeping the article under the cursor where it is."""
        self._refresh_counts()
        if self.search_query is None:
            keep = self.articles.current.id if self.articles.current else None
            self.articles.reload(keep)
            self._update_list_title()

    def on_refresh_finished(self, message: RefreshFinished) -> None:
        self.refreshing = False
        if self.store is None:
            return
        self.status.idle()
        if self._live_reload_timer is not None:
            self._live_reload_timer.stop()
            self._live_reload_timer = None
        self._reload_list()
        article = self.reader.article
        if article is not None and article.text is None:
            self._show_article(article.id, keep_scroll=True)
        if message.summary is None:
            line = safe_line(message.error, 200) or "refresh failed"
            self._update_status(line)
            self.notify(line, severity="error", markup=False)
            return
        self._report_summary(message.summary)

    def _report_summary(self, summary: Any) -> None:
        parts = [f"{summary.feeds} feeds", f"{summary.new_articles} new"]
        if summary.feeds_failed:
            parts.append(f"{summary.feeds_failed} failed")
        if summary.pages_failed:
            parts.append(f"{summary.pages_failed} pages failed")
        line = "refreshed " + ", ".join(parts)
        self._update_status(line)
        errors = list(summary.errors) or self.refresh_errors
        if errors:
            shown = [f"{safe_line(t, 40)}: {safe_line(r, 100)}" for t, r in errors[:ERRORS_SHOWN]]
            if len(errors) > ERRORS_SHOWN:
                shown.append(f"… and {len(errors) - ERRORS_SHOWN} more")
            self.notify("\n".join(shown), title=line, severity="warning", markup=False, timeout=8)
        else:
            self.notify(line, markup=False)


def _no_quotes_line(article: Article | None) -> str:
    """What the quote pane says when an article has no spoken quotation."""
    if article is None:
        return ""
    if article.text is None:
        return "Quotations come with the full text."
    return "No quotations in this article."


def _palette_help() -> KeyHelp:
    return KeyHelp("ctrl+p", "Every action, searchable", "command_palette")


def run_app(settings: Settings, paths: Paths, *, offline: bool = False) -> None:
    """Run the App in the terminal until the user quits."""
    TermnewsApp(settings, paths, offline=offline).run()
