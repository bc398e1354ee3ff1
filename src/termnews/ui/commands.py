"""The command palette provider: every termnews action, searchable by name."""

from __future__ import annotations

from collections.abc import Iterator
from functools import partial

from textual.binding import Binding
from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.content import Content


class ActionsProvider(Provider):
    """Offers each App binding (and a few palette-only actions) as a command."""

    def _commands(self) -> Iterator[tuple[str, str, str]]:
        """(title, action, help) for every action the App declares."""
        app = self.app
        keymap: dict[str, str] = getattr(app, "_keymap", {})
        for binding in app.BINDINGS:
            if not isinstance(binding, Binding) or not binding.id:
                continue
            keys = keymap.get(binding.id, binding.key)
            yield binding.description, binding.action, f"key: {keys}  ·  id: {binding.id}"
        yield from getattr(app, "PALETTE_ONLY", ())

    async def discover(self) -> Hits:
        for title, action, help_text in self._commands():
            yield DiscoveryHit(
                Content(title), partial(self.app.run_action, action), text=title, help=help_text
            )

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for title, action, help_text in self._commands():
            score = matcher.match(title)
            if score > 0:
                yield Hit(
                    score,
                    matcher.highlight(title),
                    partial(self.app.run_action, action),
                    text=title,
                    help=help_text,
                )
