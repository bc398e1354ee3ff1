"""The status line: what the list shows, refresh progress, and the last refresh's outcome."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.content import Content
from textual.widgets import ProgressBar, Static


class StatusBar(Horizontal):
    """A one-line bar: a text on the left, a progress bar while refreshing."""

    DEFAULT_CSS = """
    StatusBar {
        height: 1;
        background: $panel;
        & > #status-text { width: 1fr; height: 1; padding: 0 1; }
        & > ProgressBar { width: auto; height: 1; display: none; }
        &.-busy > ProgressBar { display: block; }
    }
    """

    def compose(self) -> ComposeResult:
        yield Static(Content(""), id="status-text", markup=False)
        yield ProgressBar(total=None, show_eta=False, id="status-progress")

    @property
    def text(self) -> str:
        return str(self.query_one("#status-text", Static).content)

    def show(self, content: Content) -> None:
        """Replace the status text (callers build it with ui.safe helpers)."""
        self.query_one("#status-text", Static).update(content)

    def progress(self, done: int, total: int) -> None:
        """Show the progress bar at done/total."""
        self.add_class("-busy")
        bar = self.query_one("#status-progress", ProgressBar)
        bar.update(total=max(total, 1), progress=done)

    def idle(self) -> None:
        self.remove_class("-busy")
