"""The "who said what" screen: pick a speaker, see every quotation by them across the archive."""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Footer, OptionList, Static
from textual.widgets.option_list import Option

from termnews.models import QuoteHit
from termnews.store import Store
from termnews.ui.safe import assemble, safe_content
from termnews.ui.widgets.quote_pane import with_dividers

QUOTE_LIMIT = 300


@dataclass(frozen=True, slots=True)
class QuoteTarget:
    """Where to go when a quotation is chosen: the article and the quotation's offsets."""

    article_id: int
    start: int
    end: int


class SpeakersScreen(Screen[QuoteTarget | None]):
    """Speakers (most quoted first) on the left, their quotations on the right."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,w", "close", "Back", id="speakers_close"),
        Binding("tab", "focus_next", "Next pane", show=False),
        Binding("shift+tab", "focus_previous", "Previous pane", show=False),
    ]

    DEFAULT_CSS = """
    SpeakersScreen {
        & > #speakers-title { height: 1; padding: 0 1; background: $panel; text-style: bold; }
        & Horizontal { height: 1fr; }
        & OptionList {
            height: 1fr;
            border: round $panel-lighten-2;
            border-title-color: $text-muted;
            background: $surface;
            scrollbar-size-vertical: 1;
            &:focus { border: round $accent; border-title-color: $text; border-title-style: bold; }
        }
        & #speakers { width: 1fr; min-width: 24; max-width: 40; text-wrap: nowrap; }
        & #speakers { text-overflow: ellipsis; }
        & #hits { width: 3fr; }
    }
    """

    def __init__(self, store: Store) -> None:
        super().__init__()
        self._store = store
        self._hits: list[QuoteHit] = []
        self._names: list[str] = []

    def compose(self) -> ComposeResult:
        yield Static(
            Content("Who said what  ·  enter opens a quotation in the reader  ·  escape returns"),
            id="speakers-title",
        )
        with Horizontal():
            yield OptionList(id="speakers", markup=False)
            yield OptionList(id="hits", markup=False)
        yield Footer()

    def on_mount(self) -> None:
        speakers = self._store.speakers()
        self._names = [name for name, _ in speakers]
        options = self.query_one("#speakers", OptionList)
        options.border_title = Content(f"Speakers · {len(speakers):,}")
        width = len(f"{max((c for _, c in speakers), default=0):,}")
        options.set_options(
            Option(assemble((f"{count:>{width},} ", "dim"), safe_content(name, limit=60)))
            for name, count in speakers
        )
        if not speakers:
            options.add_option(Option(Content("No quotations stored yet."), disabled=True))
        else:
            options.highlighted = 0
        options.focus()

    @property
    def speaker_names(self) -> list[str]:
        return list(self._names)

    @property
    def hits(self) -> list[QuoteHit]:
        return list(self._hits)

    @on(OptionList.OptionHighlighted, "#speakers")
    def _speaker_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        if 0 <= event.option_index < len(self._names):
            self.show_speaker(self._names[event.option_index])

    @on(OptionList.OptionSelected, "#speakers")
    def _speaker_selected(self, event: OptionList.OptionSelected) -> None:
        self.query_one("#hits", OptionList).focus()

    @on(OptionList.OptionSelected, "#hits")
    def _hit_selected(self, event: OptionList.OptionSelected) -> None:
        if 0 <= event.option_index < len(self._hits):
            hit = self._hits[event.option_index]
            self.dismiss(QuoteTarget(hit.article_id, hit.quote.start, hit.quote.end))

    def show_speaker(self, name: str) -> None:
        """List every quotation by ``name``, newest article first."""
        self._hits = self._store.quotes_by_speaker(name)
        hits = self.query_one("#hits", OptionList)
        noun = "quotation" if len(self._hits) == 1 else "quotations"
        hits.border_title = assemble(safe_content(name, limit=40), f" · {len(self._hits):,} {noun}")
        hits.set_options(with_dividers([Option(_hit_prompt(hit)) for hit in self._hits]))
        hits.highlighted = 0 if self._hits else None

    def action_close(self) -> None:
        self.dismiss(None)


def _hit_prompt(hit: QuoteHit) -> Content:
    """The quotation, then (dimmed, on its own line) the article's title, date and feed."""
    when = time.strftime("%-d %b %Y", time.localtime(hit.published)) if hit.published else ""
    return assemble(
        ("“", "$accent"),
        safe_content(hit.quote.quote, limit=QUOTE_LIMIT),
        ("”", "$accent"),
        "\n",
        safe_content(hit.article_title, "dim bold", limit=120),
        (f" · {when}" if when else "", "dim"),
        (" · ", "dim"),
        safe_content(hit.feed_title, "dim", limit=60),
    )
