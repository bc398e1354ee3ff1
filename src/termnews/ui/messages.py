"""Messages that flow up from widgets and workers to the App ("attributes down, messages up")."""

from __future__ import annotations

from typing import Any

from textual.message import Message


class ArticleHighlighted(Message):
    """The list cursor rests on an article (or on nothing: ``article_id`` None)."""

    def __init__(self, article_id: int | None, index: int) -> None:
        super().__init__()
        self.article_id = article_id
        self.index = index


class ArticleOpened(Message):
    """The user pressed enter (or double-clicked) on an article row."""

    def __init__(self, article_id: int) -> None:
        super().__init__()
        self.article_id = article_id


class QuoteChosen(Message):
    """A quotation was chosen in the quote pane: scroll the reader to it."""

    def __init__(self, index: int) -> None:
        super().__init__()
        self.index = index


class RefreshProgress(Message):
    """One event from the refresh pipeline, posted from the worker thread."""

    def __init__(self, event: Any) -> None:
        super().__init__()
        self.event = event


class RefreshFinished(Message):
    """The refresh worker ended: a summary, or a one-line reason it could not run."""

    def __init__(self, summary: Any | None, error: str | None = None) -> None:
        super().__init__()
        self.summary = summary
        self.error = error


class PageFetched(Message):
    """``fetch_article`` finished for one article (error is a one-line reason or None)."""

    def __init__(self, article_id: int, error: str | None, then_save: bool) -> None:
        super().__init__()
        self.article_id = article_id
        self.error = error
        self.then_save = then_save
