"""Change a ScrollView's virtual size without a full-screen layout pass when possible.

Assigning ``virtual_size`` is a layout-refreshing reactive: every article shown would re-arrange
the whole screen (~20-40 ms at 120x40). When the scrollbars stay as they are, updating them and
repainting the widget is enough.
"""

from __future__ import annotations

from textual.geometry import Size
from textual.widget import Widget


def set_virtual_size(widget: Widget, size: Size) -> None:
    """Set ``widget.virtual_size``; a layout pass only if a scrollbar appears or goes."""
    if size == widget.virtual_size:
        return
    if not widget.is_mounted or not widget.container_size:
        widget.virtual_size = size
        return
    shown = (widget.show_vertical_scrollbar, widget.show_horizontal_scrollbar)
    widget.set_reactive(Widget.virtual_size, size)
    widget._scroll_update(size)
    if (widget.show_vertical_scrollbar, widget.show_horizontal_scrollbar) != shown:
        widget.refresh(layout=True)
    else:
        widget.refresh()
