"""Choose the article body: readability's pick, checked against page-wide signals.

readability-lxml scores containers by their paragraphs; it sometimes takes one item of a
list article, a comment thread or a gallery caption. We compare its pick with the JSON-LD
articleBody and with <article>/<main>/itemprop containers, keep the best, and then remove
boilerplate blocks (bylines, credits, share prompts, "related" lists, copyright lines).
"""

from __future__ import annotations

import re
from typing import Any

from lxml import etree
from lxml.etree import tounicode
from readability import Document

from termnews.extract_blocks import RawBlock, tree_to_blocks
from termnews.extract_clean import remove_boilerplate
from termnews.extract_meta import PageMeta


class _Summary(str):
    """readability's summary HTML that also carries the element it was serialised from."""

    node: etree._Element


class _Readability(Document):  # type: ignore[misc]
    """readability-lxml that hands back its summary element instead of re-parsing HTML,
    and that overrules a pick lying outside the <article> that holds the page's headline."""

    candidates: dict[Any, dict[str, Any]]
    headline: str | None = None
    redirected: bool = False

    def get_article(
        self,
        candidates: dict[Any, dict[str, Any]],
        best_candidate: dict[str, Any],
        html_partial: bool = False,
    ) -> Any:
        frame = headline_frame(self.html, best_candidate["elem"], self.headline)
        if frame is not None:
            self.redirected = True
            best_candidate = candidates.get(frame) or self.score_node(frame)
            candidates[frame] = best_candidate
        best = best_candidate["elem"]
        output = super().get_article(candidates, best_candidate, html_partial=html_partial)
        if frame is not None:
            drop_other_articles(output, frame)
        elif best.tag == "article" or any(a.tag == "article" for a in best.iterancestors()):
            drop_teaser_siblings(output, best)
        return output

    def get_clean_html(self) -> _Summary:
        summary = _Summary(tounicode(self.html, method="html"))
        summary.node = self.html
        return summary


_FRAME_TAGS = ("article", "main")
_MIN_FRAME_TEXT = 200


def _key(text: str) -> str:
    return re.sub(r"\W+", "", text.casefold())


def headline_frame(
    root: etree._Element, best: etree._Element, headline: str | None
) -> etree._Element | None:
    """The <article>/<main> holding the headline <h1>, when readability's pick is elsewhere.

    A pick outside the headline's article is a sidebar, a "related posts" box or a teaser
    list; a pick around it that also holds other <article>s mixes the story with teasers.
    Either way the headline's article is the better frame.
    """
    if not headline:
        return None
    wanted = _key(headline)
    if not wanted:
        return None
    for h1 in root.iter("h1"):
        key = _key(h1.text_content())
        if not key or not (key == wanted or (len(key) > 15 and (key in wanted or wanted in key))):
            continue
        frame = next((a for a in h1.iterancestors() if a.tag in _FRAME_TAGS), None)
        if frame is None:
            return None
        if frame is best or _contains(frame, best):
            return None
        if _contains(best, frame) and not _holds_other_articles(best, frame):
            return None
        if len(frame.text_content().strip()) < _MIN_FRAME_TEXT:
            return None
        return frame
    return None


def drop_teaser_siblings(output: etree._Element, best: etree._Element) -> None:
    """Remove siblings readability appended to an <article> pick that are (or hold) other
    <article>s: those are teasers and "more stories", not the rest of this story."""
    for child in list(output):
        if child is best or _contains(child, best):
            continue
        if child.tag == "article" or next(child.iter("article"), None) is not None:
            child.drop_tree()


def drop_other_articles(output: etree._Element, frame: etree._Element) -> None:
    """Remove every <article> in the output except the headline's own (and its ancestors)."""
    for child in list(output.iter("article")):
        if child is frame or child.getparent() is None or _contains(child, frame):
            continue
        child.drop_tree()


def _holds_other_articles(container: etree._Element, frame: etree._Element) -> bool:
    """Whether ``container`` also holds <article>s outside ``frame`` (a teaser list)."""
    return any(
        other is not frame and not _contains(frame, other) and not _contains(other, frame)
        for other in container.iter("article")
    )


def _contains(outer: etree._Element, inner: etree._Element) -> bool:
    return any(ancestor is outer for ancestor in inner.iterancestors())


def readability_blocks(
    root: etree._Element, url: str | None, headline: str | None = None
) -> list[RawBlock]:
    """Run readability on (a copy of) the parsed page and convert its pick to blocks."""
    document = _Readability(root, url=url)
    document.headline = headline
    summary = document.summary(html_partial=True)
    node = getattr(summary, "node", None)
    if node is None:
        return []
    return tree_to_blocks(node)


def choose_content(root: etree._Element, meta: PageMeta, url: str | None) -> list[RawBlock]:
    """The article body of ``root`` as raw blocks (may be empty)."""
    return remove_boilerplate(readability_blocks(root, url, meta.title), meta)


__all__ = ["choose_content", "headline_frame", "readability_blocks"]
