"""Choose the article body: readability's pick, corrected by structural signals.

readability-lxml scores containers by their paragraphs; it sometimes takes a teaser <article>
beside the story, drops embedded posts (a blockquote classed "twitter-tweet" looks like page
chrome to it) and prepends the standfirst. We anchor the pick to the <article>/<main> that
holds the headline, keep one story per page, keep embedded quotations, leave the standfirst
out, and then remove boilerplate blocks (extract_clean). Each correction is a switch in
HEURISTICS so that the bench can measure what it contributes.
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

# The heuristics layered on readability's pick, each on by default; the bench turns them off
# one at a time to measure what each contributes (bench/extract_bench.py --ablate).
HEURISTICS: dict[str, bool] = {
    "headline_frame": True,
    "one_story": True,
    "keep_quotations": True,
    "skip_standfirst": True,
}


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
        frame = None
        if HEURISTICS["headline_frame"]:
            frame = headline_frame(self.html, best_candidate["elem"], self.headline)
        if frame is not None:
            self.redirected = True
            best_candidate = candidates.get(frame) or self.score_node(frame)
            candidates[frame] = best_candidate
        best = best_candidate["elem"]
        output = super().get_article(candidates, best_candidate, html_partial=html_partial)
        story = frame if frame is not None else own_article(best)
        if story is not None and HEURISTICS["one_story"]:
            keep_one_story(output, story)
        if HEURISTICS["skip_standfirst"]:
            drop_standfirsts(output, best)
        return output

    def get_editorial_leads(self, best_elem: etree._Element) -> list[Any]:
        """readability prepends the standfirst (class "dek", "subtitle"...) to the body; it
        belongs with the headline, not in the article text, so it is left out."""
        if HEURISTICS["skip_standfirst"]:
            return []
        leads: list[Any] = super().get_editorial_leads(best_elem)
        return leads

    def remove_unlikely_candidates(self) -> None:
        """readability's removal of containers named like chrome ("tweet", "comment",
        "header"...), sparing quotations: a <blockquote class="twitter-tweet"> is a post
        the author embedded in the story, not page furniture."""
        if not HEURISTICS["keep_quotations"]:
            super().remove_unlikely_candidates()
            return
        hidden = [
            (quote, quote.attrib.pop("class", None), quote.attrib.pop("id", None))
            for quote in self.html.iter("blockquote")
        ]
        super().remove_unlikely_candidates()
        for quote, class_name, quote_id in hidden:
            if class_name is not None:
                quote.set("class", class_name)
            if quote_id is not None:
                quote.set("id", quote_id)

    def get_preserved_elements(self, node: etree._Element) -> dict[Any, bool]:
        """readability's protected elements, plus wrappers of an embedded quotation
        (<div class="social-media-embed"><blockquote>...): their class weight is negative,
        but what they hold is the quotation itself."""
        allowed: dict[Any, bool] = super().get_preserved_elements(node)
        if HEURISTICS["keep_quotations"]:
            for wrapper in quotation_wrappers(node):
                allowed[wrapper] = True
        return allowed

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


def _text_length(element: etree._Element) -> int:
    return len("".join((element.text_content() or "").split()))


def quotation_wrappers(node: etree._Element) -> list[etree._Element]:
    """The containers in ``node`` whose text is nearly all <blockquote>s: embedded posts."""
    wrappers: list[etree._Element] = []
    seen: set[etree._Element] = set()
    for quote in node.iter("blockquote"):
        for ancestor in quote.iterancestors("div", "section", "figure"):
            if ancestor in seen:
                break
            seen.add(ancestor)
            if not is_quotation_wrapper(ancestor):
                break
            wrappers.append(ancestor)
            if ancestor is node:
                break
    return wrappers


def is_quotation_wrapper(element: etree._Element) -> bool:
    """An element whose text is nearly all in <blockquote>s (an embedded post's wrapper)."""
    total = _text_length(element)
    outer = [q for q in element.iter("blockquote") if not _inside_quote(q, element)]
    return total > 0 and sum(_text_length(q) for q in outer) >= 0.8 * total


def _inside_quote(quote: etree._Element, stop: etree._Element) -> bool:
    """Whether ``quote`` lies in another blockquote below ``stop`` (counted already)."""
    for ancestor in quote.iterancestors():
        if ancestor is stop:
            return False
        if ancestor.tag == "blockquote":
            return True
    return False


_STANDFIRST = re.compile(
    r"(?:^|[\s_-])(?:subhead|standfirst|dek|sub-?title|story[\s_-]*lead)"
    r"(?:$|[\s_-])",
    re.I,
)


def drop_standfirsts(output: etree._Element, best: etree._Element) -> None:
    """Remove the siblings readability appended that are marked as the standfirst (class
    "dek", "subtitle", "standfirst"...): it belongs with the headline, not in the body."""
    for child in list(output):
        if child is best or _contains(child, best):
            continue
        marker = f"{child.get('class') or ''} {child.get('id') or ''}"
        if _STANDFIRST.search(marker):
            child.drop_tree()


def own_article(element: etree._Element) -> etree._Element | None:
    """The <article> that is or holds ``element`` (the nearest), if any."""
    if element.tag == "article":
        return element
    return next(element.iterancestors("article"), None)


def keep_one_story(output: etree._Element, story: etree._Element) -> None:
    """Remove from readability's output every other <article>, and the siblings it appended
    that hold one: those are teasers and "more stories", not the rest of this story."""
    for child in list(output):
        if child is story or _contains(child, story):
            continue
        if child.tag == "article" or next(child.iter("article"), None) is not None:
            child.drop_tree()
    for other in list(output.iter("article")):
        if other is story or other.getparent() is None or _contains(other, story):
            continue
        other.drop_tree()


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


__all__ = ["HEURISTICS", "choose_content", "headline_frame", "readability_blocks"]
