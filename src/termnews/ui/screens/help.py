"""The ``?`` screen: every key, by pane, with the action id used to remap it in config.toml."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Static

from termnews.ui.safe import assemble, safe_line


@dataclass(frozen=True, slots=True)
class KeyHelp:
    """One line of help: the keys (after remapping), what they do, the id to remap them."""

    keys: str
    description: str
    action_id: str


def describe_bindings(bindings: Iterable[BindingType], keymap: dict[str, str]) -> list[KeyHelp]:
    """Group a BINDINGS list by id, showing the user's keys where they remapped one."""
    seen: dict[str, KeyHelp] = {}
    for binding in bindings:
        if not isinstance(binding, Binding) or not binding.id:
            continue
        keys = keymap.get(binding.id, binding.key)
        shown = ", ".join(_key_label(k.strip()) for k in keys.split(","))
        seen.setdefault(binding.id, KeyHelp(shown, binding.description, binding.id))
    return list(seen.values())


def _key_label(key: str) -> str:
    names = {"question_mark": "?", "slash": "/", "space": "space", "shift+tab": "shift+tab"}
    return names.get(key, key)


class HelpScreen(ModalScreen[None]):
    """A modal list of keys; any of escape, q or ? closes it."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q,question_mark", "dismiss_help", "Close", id="help_close"),
    ]

    DEFAULT_CSS = """
    HelpScreen {
        align: center middle;
        & > VerticalScroll {
            width: 80; max-width: 100%; height: auto; max-height: 90%;
            border: round $accent; background: $surface; padding: 0 1;
        }
    }
    """

    def __init__(self, sections: list[tuple[str, list[KeyHelp]]]) -> None:
        super().__init__()
        self.sections = sections

    def compose(self) -> ComposeResult:
        with VerticalScroll() as scroll:
            scroll.border_title = Content("Keys  (remap in config.toml [keys] by id)")
            yield Static(self._content(), markup=False, id="help-text")

    def _content(self) -> Content:
        lines: list[Content] = []
        for title, items in self.sections:
            lines.append(assemble((title, "bold underline")))
            for item in items:
                lines.append(
                    assemble(
                        (f"  {safe_line(item.keys, 24):<24}", "bold"),
                        f" {item.description:<26}",
                        (f" {item.action_id}", "dim"),
                    )
                )
            lines.append(Content(""))
        return Content("\n").join(lines)

    def action_dismiss_help(self) -> None:
        self.dismiss(None)
