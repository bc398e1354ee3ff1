"""The quote pane: each spoken quotation of the article with its speaker, in order."""

from __future__ import annotations

from typing import ClassVar

from textual.binding import Binding, BindingType
from textual.content import Content
from textual.geometry import Size
from textual.reactive import Reactive
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from termnews.models import Quote
from termnews.ui.messages import QuoteChosen
from termnews.ui.safe import assemble, safe_content
from termnews.ui.widgets.reader import UNKNOWN_SPEAKER, speaker_colours

QUOTE_LIMIT = 400


class QuotePane(OptionList):
    """Speech quotations (terms are left to the reader, dimmed); choosing one posts QuoteChosen
    with its index into ``article.quotes``."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j", "cursor_down", "Down", id="quotes_down", show=False),
        Binding("k", "cursor_up", "Up", id="quotes_up", show=False),
    ]

    # Rebuilding the options sets the virtual size; as a plain reactive that would re-arrange
    # the whole screen on every article. Here only the scrollbars are updated (a layout pass
    # only when one appears or goes).
    virtual_size: Reactive[Size] = Reactive(Size(0, 0), layout=False, repaint=True)

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes, markup=False)
        self.quote_indexes: list[int] = []  # option index -> index into article.quotes
        self._empty_shown = ""

    def show_quotes(self, quotes: list[Quote], empty: str = "") -> None:
        """Replace the options with this article's speech quotations; with none, a dim
        ``empty`` line says why (our own text, never a feed's)."""
        colours = speaker_colours(quotes)
        indexes = [i for i, q in enumerate(quotes) if q.kind == "speech"]
        if not indexes and not self.quote_indexes and empty == self._empty_shown:
            return  # still empty: skip the rebuild (and its layout pass)
        self.quote_indexes = indexes
        self._empty_shown = "" if indexes else empty
        options = [Option(quote_prompt(quotes[i], colours)) for i in self.quote_indexes]
        if not options and empty:
            self.set_options([Option(Content.styled(empty, "dim italic"), disabled=True)])
        else:
            self.set_options(with_dividers(options))
        self.highlighted = None
        self.border_subtitle = f"{len(options)}" if options else ""

    def watch_virtual_size(self, size: Size) -> None:
        if not self.is_mounted or not self.container_size:
            return
        shown = self.show_vertical_scrollbar
        self._scroll_update(size)
        if self.show_vertical_scrollbar != shown:
            self.refresh(layout=True)

    def select_quote(self, quote_index: int | None) -> None:
        """Highlight the option showing article quote ``quote_index`` (None clears)."""
        if quote_index in self.quote_indexes:
            self.highlighted = self.quote_indexes.index(quote_index)
        else:
            self.highlighted = None

    def step(self, direction: int) -> int | None:
        """Move to the next (1) or previous (-1) quotation, wrapping; its article quote index."""
        if not self.quote_indexes:
            return None
        if self.highlighted is None:
            position = 0 if direction > 0 else len(self.quote_indexes) - 1
        else:
            position = (self.highlighted + direction) % len(self.quote_indexes)
        self.highlighted = position
        return self.quote_indexes[position]

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if 0 <= event.option_index < len(self.quote_indexes):
            self.post_message(QuoteChosen(self.quote_indexes[event.option_index]))


def with_dividers(options: list[Option]) -> list[Option | None]:
    """A rule between options (None is OptionList's divider) so long items stand apart."""
    spaced: list[Option | None] = []
    for option in options:
        if spaced:
            spaced.append(None)
        spaced.append(option)
    return spaced


def quote_prompt(quote: Quote, colours: dict[str | None, str]) -> Content:
    """“Quoted words” and, below, — Speaker, title (in the speaker's colour)."""
    colour = colours.get(quote.speaker, UNKNOWN_SPEAKER)
    words = safe_content(quote.quote, limit=QUOTE_LIMIT)
    speaker = safe_content(quote.speaker, f"bold {colour}", limit=80) if quote.speaker else None
    title = safe_content(quote.speaker_title, "dim", limit=120) if quote.speaker_title else None
    parts: list[Content | tuple[str, str] | str] = [("“", colour), words, ("”", colour), "\n  — "]
    parts.append(speaker if speaker is not None else ("unattributed", "dim italic"))
    if title is not None:
        parts += [", ", title]
    if quote.from_pronoun:
        parts.append((" (by pronoun)", "dim"))
    return assemble(*parts)
