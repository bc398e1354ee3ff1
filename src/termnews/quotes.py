"""Find direct quotations in an article's plain text and say who said them.

Pure Python, deterministic, no model: quotation marks are paired per paragraph, each span is
classed as speech or as a term (a title, nickname or scare quote), and speech is attributed
through the speech verb of its sentence ("said", "tells", "according to"...), else to the
speaker the passage continues. Names resolve to the full name first introduced; pronouns to
the last person of matching gender; "the authority" to the organisation named earlier.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from dataclasses import dataclass

from termnews.models import Quote
from termnews.quotes_lexicon import (
    ABBREVIATIONS,
    AUXILIARIES,
    COPULAS,
    CUE_WORD_SET,
    CUE_WORDS,
    DECLARING_VERBS,
    DOCUMENT_NOUNS,
    FINITE_VERBS,
    GENERIC_ORG_NOUNS,
    GROUP_NOUNS,
    INSCRIPTION_NOUNS,
    INVERTIBLE_VERBS,
    JUDGEMENT_WORDS,
    LABELLING_VERBS,
    NAME_STOPWORDS,
    NOUNS_LIKE_ADJECTIVES,
    NP_BOUNDARIES,
    NUMBER_WORDS,
    OBJECT_PRONOUNS,
    ORG_HEADS,
    PERSON_NOUN_GENDER,
    PREPOSITIONS_BEFORE_NAMES,
    SCHEME_NOUNS,
    SPEECH_NOUNS,
    TERM_CUES_CALLED,
    TERM_CUES_INSCRIBED,
    TERM_CUES_RATING,
    TERM_CUES_READING,
    TERM_CUES_STRONG,
    TERM_DETERMINERS,
    TERM_FUNCTION_WORDS,
    TERM_GLOSS_WORDS,
    TERM_LABEL_NOUNS,
    TERM_WORK_NOUNS,
    TITLE_CASE_SMALL,
    TITLE_WORDS,
)
from termnews.quotes_names import (
    NAME_OF,
    OPENING_PHRASE,
    POSSESSIVE_GENDER,
    POSSESSIVE_PRONOUNS,
    Entity,
    Kind,
    NounPhrase,
    Registry,
    is_name_stopword,
    is_person_noun,
    is_possessive,
    left_subject,
    right_subject,
    sentence_subject,
    split_title,
)

__all__ = ["find_quotes"]

MASK = "\x00"
# ``, '' or one mark. _MARKS and _SENTENCE_END open on a single character class (not an
# alternation or a repeat) so that the regex engine can skip ahead to it: 2-3 times faster.
_MARKS = re.compile(r"[`'“”\"«»„](?:(?<=`)`|(?<=')'|(?<=[“”\"«»„]))")
# Most texts use only curly double marks: each is then found by a literal search, far faster
# than a scan that tests every character against a class.
_CURLY_OPEN, _CURLY_CLOSE = re.compile("“"), re.compile("”")
_OTHER_MARK_GLYPHS = "`'\"«»„"  # with none of these in a text, _MARKS finds only “ and ”
_OPENERS = frozenset("“«„") | {"``"}
_CLOSERS = frozenset("”»") | {"''"}
_SINGLE_OPEN, _SINGLE_CLOSE = "‘", "’"
_SINGLE_MARKS = re.compile("[‘’]")
_SINGLE_CLOSE_FOLLOW = frozenset('.,;:!?)]}—–-…”"')
_LEFT_OPEN_CONTEXT = frozenset("([{—–-/‘'") | _OPENERS
_RIGHT_CLOSE_CONTEXT = frozenset(".,;:!?)]}—–-…’'") | _CLOSERS
# Every whitespace character (all lie below U+3001): one set lookup instead of ``isspace``.
_SPACES = frozenset(filter(str.isspace, map(chr, range(0x3001))))
_OPEN_BEFORE = _LEFT_OPEN_CONTEXT | _SPACES  # a character after which a mark opens
_CLOSE_AFTER = _RIGHT_CLOSE_CONTEXT | _SPACES  # a character before which a mark closes
_SENTENCE_END = re.compile(r"[.?!…][.?!…]*[”\"’')\]]*(?=\s+[\"“‘(\[A-Z0-9\x00]|\s*$|[ \t]*\n)")
# The same for a text whose only sentence-ending mark is the period (most, once quotations
# are masked): a literal first character lets the scan jump between periods.
_SENTENCE_END_PERIOD = re.compile(r"\.[.?!…]*[”\"’')\]]*(?=\s+[\"“‘(\[A-Z0-9\x00]|\s*$|[ \t]*\n)")
# Verbs that report speech only right after a quotation ("“Why Riverside?” Osei-Bonsu began"),
# never in narrative ("as the pitcher began his motion", "pressed the button").
_AFTER_QUOTE_ONLY = frozenset(("began", "begins", "pressed"))
_CUE_PHRASES = (
    "according_to in_the_words_of put_it pointed_out summed_up went_on chimed_in quotes quoted"
    " shot_back fired_back hit_back cut_in read reads " + CUE_WORDS
).split()
# A speech verb right after one of these is a noun ("in his notes", "her answer").
_NOUN_MARKERS = frozenset(("his", "her", "their", "its", "my", "our", "your", "the", "a", "an"))
# A cue in -s after one of these is a plural noun ("some states", "these claims"); "some said"
# keeps its verb.
_QUANTIFIERS = frozenset(
    ("some", "many", "most", "several", "few", "these", "those", "other", "such", "no", "any")
)
_DOCUMENT_VERBS = frozenset(("read", "reads"))  # "the statement read": only documents read
_NOUN_LIKE_CUES = frozenset(("note", "notes", "tweets", "replies", "states"))
_QUOTING_VERBS = frozenset(("quotes", "quoted"))  # "the affidavit quotes a detective as writing"
_ONE_OF_MANY = frozenset(("one", "one of them", "another"))


def _trie_pattern(words: list[str]) -> str:
    """One regular expression alternation shaped as a trie: far faster than a flat one."""
    tree: dict[str, dict] = {}
    for word in words:
        node = tree
        for char in word.replace("_", " "):
            node = node.setdefault(char, {})
        node[""] = {}

    def emit(node: dict[str, dict]) -> str:
        branches = [re.escape(k) + emit(v) for k, v in sorted(node.items()) if k]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 and "" not in node else f"(?:{'|'.join(branches)})"
        return body + ("?" if "" in node else "")

    return emit(tree)


# "According to", and "Said Osei’s neighbor, Lucia Ferreira:" opening a sentence.
_CUE_WORDS = (
    rf"(?:Accordin(?:g to)|Sa(?:id|ys)|{_trie_pattern([*_CUE_PHRASES, *_AFTER_QUOTE_ONLY])})\b"
)
# The cue words that make a sentence one of speech wherever they stand.
_SPEECH_CUE_WORDS = rf"(?:Accordin(?:g to)|Sa(?:id|ys)|{_trie_pattern(_CUE_PHRASES)})\b"
_CUE = re.compile(_CUE_WORDS)  # anchored with ``match`` at a word's start
# A cue after the character before it. Most such characters are not word characters, so the
# scan tests only them and not every letter: ~1.5 times faster than a leading \b. The mask is
# left out (a quotation's run of it would be tried character by character), and so is a
# masked run's end; ``_cue_matches`` reads those, the text's start, and drops a letter before.
_CUE_AFTER = re.compile(rf"[^\x00A-Za-z0-9_]({_CUE_WORDS})")
_MASK_RUN = re.compile("\x00+")
_PARAGRAPH_BREAK = re.compile(r"\n[ \t\r\f\v]*\n\s*")  # a blank line, maybe with spaces
_WINDOW = 200  # characters examined on either side of a cue for its speaker
_NEAR = 320  # a quotation's cues lie within this many characters of it
_CONTEXT_BEHIND, _CONTEXT_AHEAD = 400, 3000  # cues kept for resolving later quotations
_SPEECH_END = frozenset(",?!—–-…:;")


@dataclass(slots=True)
class _Span:
    """One quotation's place: the marks' extent and the words inside."""

    open_at: int  # first character of the opening mark
    start: int  # first character inside, after whitespace
    end: int  # one past the last character inside
    close_end: int  # one past the closing mark (or the paragraph end when unclosed)
    paragraph: int
    unclosed: bool
    continues: int | None = None  # index of the span it continues across a paragraph break


@dataclass(slots=True)
class _Cue:
    """A speech verb with its speaker phrase, found in the unquoted text."""

    verb: str
    start: int
    end: int
    np: NounPhrase
    sentence: tuple[int, int] = (0, 0)  # its sentence's extent

    def medium(self, masked: str) -> str | None:
        """The document its sentence names ("said in a statement"), if any."""
        found = _MEDIUM.search(masked, *self.sentence)
        return found.group(1) if found else None


def find_quotes(text: str) -> list[Quote]:
    """Return the direct quotations of ``text`` in order, with speakers where they can be told."""
    if not isinstance(text, str) or not text:
        return []
    if len(text) > _PART_CHARS:
        return _find_quotes_by_part(text)
    return _find_quotes_in(text)


# A book-length text is read in parts of whole paragraphs: the name registry's lookups grow
# with the names met, so one pass over a pasted book would slow down with its length.
_PART_CHARS = 100_000  # some 17,000 words, beyond any article
_CONTEXT_CHARS = 20_000  # read before and after a part, so its edges keep their speakers


def _find_quotes_by_part(text: str) -> list[Quote]:
    """``find_quotes`` over a book-length text, part by part, each read with the paragraphs
    around it; offsets in ``text``'s coordinates."""
    quotes: list[Quote] = []
    start = 0
    while start < len(text):
        end = _part_end(text, start)
        lead, tail = _context_before(text, start), _context_after(text, end)
        for quote in _find_quotes_in(text[lead:tail]):
            if start <= quote.start + lead < end:
                quote.start += lead
                quote.end += lead
                quotes.append(quote)
        start = end
    return quotes


def _context_before(text: str, start: int) -> int:
    """Where the paragraphs read before the part at ``start`` begin ("she" at its start still
    finds her): a paragraph's start some _CONTEXT_CHARS back."""
    if start == 0:
        return 0
    found = _PARAGRAPH_BREAK.search(text, max(0, start - _CONTEXT_CHARS), start)
    return found.end() if found is not None and found.end() < start else start


def _context_after(text: str, end: int) -> int:
    """Where the paragraphs read after a part ending at ``end`` stop (a cue in the next
    paragraph, a role named later): a paragraph's end some _CONTEXT_CHARS on."""
    if end >= len(text):
        return len(text)
    found = _PARAGRAPH_BREAK.search(text, min(len(text), end + _CONTEXT_CHARS))
    return found.start() if found is not None else len(text)


def _part_end(text: str, start: int) -> int:
    """Where the part from ``start`` ends: after the last paragraph break in its second half,
    else the first one after it; a text with neither stays whole."""
    if len(text) - start <= _PART_CHARS:
        return len(text)
    breaks = list(_PARAGRAPH_BREAK.finditer(text, start + _PART_CHARS // 2, start + _PART_CHARS))
    if breaks:
        return breaks[-1].end()
    following = _PARAGRAPH_BREAK.search(text, start + _PART_CHARS)
    return following.end() if following is not None else len(text)


def _find_quotes_in(text: str) -> list[Quote]:
    """``find_quotes`` over one article-sized text."""
    paragraphs = _paragraphs(text)
    spans = _pair_marks(text, paragraphs)
    if not spans:
        return []
    masked = _mask(text, spans)
    sentences = _sentence_starts(text, masked, paragraphs, spans)
    cues = _find_cues(masked, sentences, spans)
    return _attribute(text, masked, paragraphs, spans, sentences, cues)


# --- marks and spans -----------------------------------------------------------------------


def _paragraphs(text: str) -> list[tuple[int, int]]:
    """Paragraph extents: text separated by blank lines."""
    result: list[tuple[int, int]] = []
    start = 0
    for gap in _PARAGRAPH_BREAK.finditer(text):
        if gap.start() > start:
            result.append((start, gap.start()))
        start = gap.end()
    if start < len(text):
        result.append((start, len(text)))
    return result


def _mark_direction(text: str, start: int, end: int) -> int:
    """+1 for an opening mark, -1 for a closing one, 0 when only pairing can tell."""
    glyph = text[start:end]
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    opens_by_context = before in _OPEN_BEFORE
    closes_by_context = after in _CLOSE_AFTER
    if glyph in _OPENERS:
        return -1 if closes_by_context and not opens_by_context else 1
    if glyph in _CLOSERS:
        if glyph == "''" and before.isalpha() and after.isalpha():
            return 0
        return 1 if opens_by_context and not closes_by_context else -1
    if opens_by_context and not closes_by_context:
        return 1
    if closes_by_context and not opens_by_context:
        return -1
    return 0


def _pair_marks(text: str, paragraphs: list[tuple[int, int]]) -> list[_Span]:
    """Double and single (British) quotations, outermost first; continuations linked."""
    spans = _outermost(_pair_double_marks(text, paragraphs), _pair_single_marks(text, paragraphs))
    first_of_paragraph: dict[int, int] = {}
    for index, span in enumerate(spans):
        first_of_paragraph.setdefault(span.paragraph, index)
    for paragraph, first in first_of_paragraph.items():
        _link_continuation(spans, text, first, paragraphs[paragraph][0], paragraph)
    return spans


def _outermost(double: list[_Span], single: list[_Span]) -> list[_Span]:
    """Merge both styles: a quotation nested in another is part of it; on overlap, double wins."""
    if not single:
        return double
    merged = sorted(double + single, key=lambda s: (s.open_at, -s.close_end))
    kept: list[_Span] = []
    single_ids = {id(s) for s in single}
    for span in merged:
        if kept and span.open_at < kept[-1].close_end:
            if span.close_end <= kept[-1].close_end:
                continue  # nested: “no swimming” inside a ‘...’ quotation, or the reverse
            if id(span) in single_ids:
                continue
            if id(kept[-1]) in single_ids:
                kept.pop()
            else:
                continue
        kept.append(span)
    return kept


def _pair_single_marks(text: str, paragraphs: list[tuple[int, int]]) -> list[_Span]:
    """British-style ‘...’ quotations, telling closing marks from apostrophes by context.

    One pass per paragraph. A ’ closes when a space or punctuation follows it; “workers’ union”
    (a plural possessive) is ambiguous and closes only when no clearer closing mark comes
    before the next opening one. An unclosed ‘ counts only when it opens its paragraph.
    """
    if _SINGLE_OPEN in text:
        marks, ascii_marks = _SINGLE_MARKS, False
    elif _ascii_single_quoted(text):
        marks, ascii_marks = _ASCII_SINGLE, True  # 'British style' typed on a keyboard
    else:
        return []
    spans: list[_Span] = []
    for index, (p_start, p_end) in enumerate(paragraphs):
        open_at: int | None = None
        weak: int | None = None
        for mark in marks.finditer(text, p_start, p_end):
            at = mark.start()
            if ascii_marks:  # one mark for both: it opens unless it closes one open
                closes = open_at is not None and _closes_single(text, at)
                opening = not closes
            else:
                opening = mark.group() == _SINGLE_OPEN
                closes = not opening and open_at is not None and _closes_single(text, at)
            if opening:
                if _opens_single(text, at):
                    if open_at is not None and weak is not None:
                        _add_single(spans, text, open_at, weak, index)
                    open_at, weak = at, None
                continue
            if open_at is None or not closes:
                continue
            if _is_plural_possessive(text, at):
                weak = at if weak is None else weak
                continue
            _add_single(spans, text, open_at, at, index)
            open_at, weak = None, None
        if open_at is not None:
            if weak is not None:
                _add_single(spans, text, open_at, weak, index)
            elif not text[p_start:open_at].strip(" \t:—–-"):
                _add_span(spans, text, (open_at, open_at + 1), p_end, p_end, index, True)
    return spans


def _ascii_single_quoted(text: str) -> bool:
    """Whether a text with no curly marks quotes in straight single marks (' ... '): more
    of them open a quotation after a space than straight double marks appear at all."""
    if "“" in text or "”" in text or "’" in text:
        return False
    openings = len(_ASCII_SINGLE_OPENING.findall(text))
    return openings >= 2 and openings > text.count('"')


_ASCII_SINGLE = re.compile("'")
_ASCII_SINGLE_OPENING = re.compile(r"(?:^|(?<=[\s(—–-]))'(?=[A-Za-z])")


def _add_single(spans: list[_Span], text: str, open_at: int, close: int, paragraph: int) -> None:
    """Add a closed ‘...’ span unless it is the ‘n’ of rock ’n’ roll."""
    if close - open_at > 2:
        _add_span(spans, text, (open_at, open_at + 1), close, close + 1, paragraph, False)


def _opens_single(text: str, at: int) -> bool:
    """‘ opens a quotation after a space, a bracket or a dash, before a word (not ‘90s)."""
    before = text[at - 1] if at > 0 else " "
    after = text[at + 1] if at + 1 < len(text) else " "
    if not (before.isspace() or before in '([{—–-/"“'):
        return False
    return not after.isspace() and not after.isdigit()


def _closes_single(text: str, at: int) -> bool:
    """’ can close a quotation: a word or punctuation before it, a space or punctuation after."""
    before = text[at - 1] if at > 0 else " "
    after = text[at + 1] if at + 1 < len(text) else " "
    return not before.isspace() and (after.isspace() or after in _SINGLE_CLOSE_FOLLOW)


def _is_plural_possessive(text: str, at: int) -> bool:
    """“workers’ union”: an s, the mark, a space and a word."""
    return text[at - 1] in "sS" and text[at + 1 : at + 2] == " " and text[at + 2 : at + 3].isalnum()


def _pair_double_marks(text: str, paragraphs: list[tuple[int, int]]) -> list[_Span]:
    """Pair opening and closing marks within each paragraph; an unclosed quote runs to its end."""
    spans: list[_Span] = []
    marks = _mark_spans(text)  # one scan: none sits in a break
    at = 0
    count = len(marks)
    for index, (p_start, p_end) in enumerate(paragraphs):
        open_mark: tuple[int, int] | None = None
        while at < count and marks[at][0] < p_end:
            mark = marks[at]
            at += 1
            if mark[0] < p_start:
                continue
            direction = _mark_direction(text, *mark)
            if direction == 0:
                direction = -1 if open_mark else 1
            if direction > 0:  # a second opener restarts the quote: the first was stray
                open_mark = mark
            elif open_mark is not None:
                _add_span(spans, text, open_mark, mark[0], mark[1], index, False)
                open_mark = None
        if open_mark is not None:
            _add_span(spans, text, open_mark, p_end, p_end, index, True)
    return spans


def _mark_spans(text: str) -> list[tuple[int, int]]:
    """The extents of ``_MARKS``' matches in ``text``, in order."""
    if any(glyph in text for glyph in _OTHER_MARK_GLYPHS):
        return [mark.span() for mark in _MARKS.finditer(text)]
    opening = [mark.span() for mark in _CURLY_OPEN.finditer(text)]
    closing = [mark.span() for mark in _CURLY_CLOSE.finditer(text)]
    return sorted(opening + closing) if opening and closing else opening or closing


def _add_span(
    spans: list[_Span],
    text: str,
    open_mark: tuple[int, int],
    inner_end: int,
    close_end: int,
    paragraph: int,
    unclosed: bool,
) -> None:
    """Append the span between the marks, trimmed of whitespace, if it holds any word."""
    start, end = open_mark[1], inner_end
    while start < end and text[start] in _SPACES:
        start += 1
    while end > start and text[end - 1] in _SPACES:
        end -= 1
    if (start < end and text[start].isalnum()) or any(ch.isalnum() for ch in text[start:end]):
        spans.append(_Span(open_mark[0], start, end, close_end, paragraph, unclosed))


def _link_continuation(
    spans: list[_Span], text: str, first: int, p_start: int, paragraph: int
) -> None:
    """Mark a paragraph's opening quote as continuing the previous paragraph's unclosed one."""
    if first >= len(spans) or first == 0:
        return
    head, previous = spans[first], spans[first - 1]
    if (
        previous.unclosed
        and previous.paragraph == paragraph - 1
        and not text[p_start : head.open_at].strip()
    ):
        head.continues = first - 1


def _mask(text: str, spans: list[_Span]) -> str:
    """The text with every quotation (marks included) blanked, so cues are read outside quotes."""
    pieces: list[str] = []
    cursor = 0
    for span in spans:
        pieces.append(text[cursor : span.open_at])
        pieces.append(MASK * (span.close_end - span.open_at))
        cursor = span.close_end
    pieces.append(text[cursor:])
    return "".join(pieces)


# --- sentences and cues --------------------------------------------------------------------


def _sentence_starts(
    text: str, masked: str, paragraphs: list[tuple[int, int]], spans: list[_Span]
) -> list[int]:
    """Sorted offsets where sentences begin (at their first character, past the spaces after
    the previous one); quotations never split, but may end, a sentence."""
    starts = {p_start for p_start, _ in paragraphs}
    only_periods = "?" not in masked and "!" not in masked and "…" not in masked
    for match in (_SENTENCE_END_PERIOD if only_periods else _SENTENCE_END).finditer(masked):
        if not _is_abbreviation(masked, match.start()):
            starts.add(_past_spaces(masked, match.end()))
    for span in spans:
        if span.unclosed or span.end <= span.start or text[span.end - 1] not in ".?!…":
            continue
        rest = text[span.close_end : span.close_end + 3]
        stripped = rest.lstrip()
        if not stripped or (stripped[0] in '“"‘(' or stripped[0].isupper()):
            starts.add(_past_spaces(masked, span.close_end))
    return sorted(starts)


def _past_spaces(masked: str, at: int) -> int:
    """The first offset at or after ``at`` that is not a space."""
    while masked.startswith(" ", at):
        at += 1
    return at


def _is_abbreviation(text: str, period: int) -> bool:
    """Whether the period at ``period`` closes an abbreviation or an initial, not a sentence."""
    if text[period] != "." or (
        period >= _LONGEST_ABBREVIATION and text[period - _LONGEST_ABBREVIATION : period].isalpha()
    ):
        return False  # a word longer than every abbreviation is none
    space = text.rfind(" ", 0, period)
    nearest = max(space, 0)  # a newline or mask before the last space would not count
    word_start = (
        max(space, text.rfind("\n", nearest, period), text.rfind(MASK, nearest, period)) + 1
    )
    word = text[word_start : period + 1].lower().lstrip('("“')
    if word in ABBREVIATIONS:
        return True
    if _INITIALISM.fullmatch(word) and text[period - 1].isupper():  # "U.S.", not "p.m."
        # "the U.S. Fish and Wildlife Service": an initialism, unless a sentence's usual
        # first word follows ("... in the U.S. The agency said")
        following = text[period + 1 : period + 16].split(None, 1)
        return bool(following) and following[0].lower() not in NAME_STOPWORDS
    return len(word) == 2 and word[0].isalpha() and text[word_start].isupper()


_LONGEST_ABBREVIATION = max(len(a) for a in ABBREVIATIONS)  # letters and the period
_INITIALISM = re.compile(r"(?:[a-z]\.){2,4}")


def _find_cues(masked: str, sentences: list[int], spans: list[_Span]) -> list[_Cue]:
    """Speech verbs outside quotations, near enough to one to matter, with their speakers."""
    cues: list[_Cue] = []
    opens = [span.open_at for span in spans]
    reach = spans[-1].close_end + _NEAR + 24  # a cue further on attributes and explains nothing
    for at, end, word in _cue_matches(masked, reach, spans):
        nearby = bisect_left(opens, at - _CONTEXT_BEHIND)
        if nearby == len(opens) or opens[nearby] > at + _CONTEXT_AHEAD:
            continue  # no quotation close enough for this cue to attribute or explain
        verb = word.lower()
        if masked[at - 1 : at] == "-":
            continue  # "so-called", "self-described": part of a word, not a speech verb
        if verb.startswith("ask") and masked.startswith(" to ", end):
            continue  # "who asked to be identified only as Mateo": a request, not speech
        if _NAME_GIVEN_NEXT.match(masked, end):
            continue  # "who said his name was Gus": a name given, not words to quote
        if verb == "called" and _NAMED_SO.match(masked, end):
            continue  # "a regional chain called Prairie Lantern Media,": a name, not words
        if _CALLING_IT.match(masked, end):
            continue  # "“drop,” as the staff insist on calling it": a name used, not speech
        previous = _previous_word(masked, at)
        if verb == "written" and previous not in ("had", "has", "have"):
            continue  # "a 34-page written opinion", "written by": no one writing here
        if previous in _NOUN_MARKERS or (verb[-1] == "s" and previous in _QUANTIFIERS):
            continue  # "in his notes", "her answer", "some states": a noun, not a speech verb
        if (
            verb in _NOUN_LIKE_CUES
            and _previous_word(masked, at - len(previous) - 1) in _NOUN_MARKERS
        ):
            continue  # "on a lighter note": a determiner, an adjective, then the noun
        next_index = bisect_right(sentences, at)
        sentence_start = sentences[next_index - 1]
        sentence_end = sentences[next_index] if next_index < len(sentences) else len(masked)
        left_from = max(sentence_start, at - _WINDOW)
        right_to = min(sentence_end, end + _WINDOW)
        np: NounPhrase | None
        if verb == "according to" or verb == "in the words of":
            np = _cited_source(masked, end, right_to, sentence_end)
            if np is not None and np.text.lower() in _ONE_OF_MANY:
                np = _group_before(masked, sentence_start, at) or np
        elif verb in _QUOTING_VERBS:
            as_at = masked.find(" as ", end, right_to)
            if as_at < 0:
                continue
            np = right_subject(masked, end, as_at, inverted=False)
        elif verb in _DOCUMENT_VERBS:
            np = left_subject(masked, left_from, at)
            if np is None or np.text.split()[-1].lower() not in DOCUMENT_NOUNS:
                continue
        else:
            np = _pronoun_before(masked, at) or left_subject(masked, left_from, at)
            if np is not None and np.kind == "common" and np.title is not None:
                # "A man at the end of the counter, who said his name was Gus, argued"
                np = _given_name_after(masked, np) or np
            coordinated = np is None and _coordinated(masked, left_from, at)
            if coordinated:
                # "The letter called Varga “...” and said the passage of time “...”": the
                # sentence's subject, never the words after the second verb
                np = sentence_subject(masked, sentence_start, at) or _document_opening(
                    masked, sentence_start, at
                )
            if (
                np is None
                and not coordinated
                and verb.split()[0] in INVERTIBLE_VERBS
                and previous not in _PASSIVE
            ):
                np = right_subject(masked, end, right_to, inverted=True)
                if np is not None and _previous_word(masked, np.start) in _MEDIUM_PREPOSITIONS:
                    np = None  # "posted on Facebook": where, not who
                if np is not None and np.kind == "name":
                    np = _holder_after_body(masked, np) or np
                if np is not None and np.kind == "common":
                    np = _given_name_after(masked, np) or _name_apposed_after(masked, np) or np
        if (
            np is not None
            and verb.startswith("continue")
            and _previous_word(masked, np.start) in _SUBORDINATORS
        ):
            continue  # "while the trial continues": time, not speech
        if np is not None and (
            verb not in _AFTER_QUOTE_ONLY
            or masked[max(0, np.start - 3) : np.start].rstrip().endswith(MASK)
        ):
            cues.append(_Cue(verb, at, end, np, (sentence_start, sentence_end)))
    return cues


def _holder_after_body(masked: str, np: NounPhrase) -> NounPhrase | None:
    """The person a body's name and a lowercase role lead to ("said Vice Chair of the Board
    of County Commissioners and Budget Oversight Committee liaison Harold Quist")."""
    if not np.words or np.words[-1].lower() not in ORG_HEADS:
        return None
    found = _ROLE_THEN_NAME.match(masked, np.end)
    if found is None or not is_person_noun(found.group(1)):
        return None
    name = found.group(2)
    role = f"{np.title or ''} {np.text} {found.group(1)}".strip()
    return NounPhrase("name", name, found.start(2), found.end(2), name.split(), role)


_ROLE_THEN_NAME = re.compile(r" ([a-z]+) ([A-Z][\w’'\-]+(?: [A-Z][\w’'\-]+){1,2})\b")
_MEDIUM_PREPOSITIONS = frozenset(("on", "in", "to", "at", "via", "from"))


def _document_opening(masked: str, sentence_start: int, verb_at: int) -> NounPhrase | None:
    """The document a sentence opens on, for its second verb ("The order describes the
    seepage as “...” and warns that": the order)."""
    found = _DOCUMENT_SUBJECT.match(masked, _past_spaces(masked, sentence_start), verb_at)
    if found is None:
        return None
    return NounPhrase("common", found.group(1), found.start(1), found.end(1), [], None, "the")


def _cited_source(masked: str, end: int, right_to: int, sentence_end: int) -> NounPhrase | None:
    """Whom "according to" (ending at ``end``) cites: the phrase after it, or the author of the
    document it names ("according to a memo she sent to the board": hers)."""
    sender = _DOCUMENT_SENT.match(masked, end)
    if sender is not None:
        kind: Kind = "common" if sender.group(1).startswith("the ") else "pronoun"
        return NounPhrase(kind, sender.group(1), sender.start(1), sender.end(1))
    np = right_subject(masked, end, right_to, inverted=False)
    if np is None or np.kind != "common":
        return np
    return _document_issuer(masked, np, sentence_end)


def _document_issuer(masked: str, document: NounPhrase, sentence_end: int) -> NounPhrase:
    """Who put out the document a common phrase names ("a notice posted on the hospital’s
    website": the hospital; "a statement released last week by the Caldwell Springs
    Groundwater Conservation District": the district), else the phrase itself."""
    np = document
    owner = _POSTED_ON_OWNERS.match(masked, np.start, sentence_end)
    if owner is not None:
        np = NounPhrase("common", owner.group(1), owner.start(1), owner.end(1))
    issuer = _ISSUED_BY.match(masked, np.start, sentence_end)
    if issuer is None:
        body = _FROM_BODY.match(masked, np.start, sentence_end)
        if body is None or not _names_a_body(body.group(1).split()[-1]):
            return np  # ("a report from the time": no one)
        # "a news release from the township": the body named so, resolved like "the township"
        return NounPhrase("common", body.group(1), body.start(1), body.end(1), [], None, "the")
    if is_possessive(issuer.group(2)):
        return np
    name = issuer.group(2)
    if name.endswith(".") and name.rsplit(None, 1)[-1].lower() not in ABBREVIATIONS:
        name = name[:-1]  # the sentence's period
    start = issuer.start(2)
    the = "the" if issuer.group(1) else None
    return NounPhrase("name", name, start, start + len(name), name.split(), None, the)


_NAME_GIVEN_NEXT = re.compile(rf" {NAME_OF} (?:was|is)\b")


# "called Prairie Lantern Media," closed by punctuation: what a thing is called ("called
# Medicaid cuts “cruel”" goes on to the words said).
_NAMED_SO = re.compile(
    r" [A-Z][\w’'\-]*(?: (?:[A-Z][\w’'\-]*|of|the|and|&))*(?<!’s)(?<!'s)(?=[,.;])"
)
_CALLING_IT = re.compile(r" (?:on |to )?calling (?:it|them)\b")
_NAMING_COPULAS = frozenset(("is", "was", "are", "were"))
# "would be offered a voucher": a passive verb's object never speaks.
_PASSIVE = _NAMING_COPULAS | frozenset(("be", "been", "being", "get", "got"))


_DOCUMENT_NOUN = "|".join(sorted(DOCUMENT_NOUNS))  # "statement", "letter", "memo" ...
# "The order describes": a document opening its sentence, a lowercase verb after it.
_DOCUMENT_SUBJECT = re.compile(rf"([Tt]he (?:{_DOCUMENT_NOUN})) (?:[a-z]+(?:s|ed)|said|says)\b")
# "according to a memo she sent", "a letter the union later published": the document's
# author is the pronoun or the group named.
_DOCUMENT_SENT = re.compile(
    rf" (?:a|an|the) (?:[a-z\-]+ )?(?:{_DOCUMENT_NOUN}) (?:that )?"
    r"(he|she|they|the [a-z]+) (?:[a-z]+ )?"
    r"(?:sent|wrote|posted|issued|filed|signed|released|emailed|shared|published)\b"
)


# "a statement released last week by the Caldwell Springs Groundwater Conservation District"
_ISSUED_BY = re.compile(
    rf"(?:(?:a|an|the|its|their) )?(?:[\w\-]+ )?(?:{_DOCUMENT_NOUN})s? "
    r"(?:[a-z]+ ){1,6}?by (the )?"
    r"([A-Z][\w’'\-&.]*(?: (?:of |and |for |the )*[A-Z][\w’'\-&.]*)*)"
)


def _names_a_body(noun: str) -> bool:
    """Whether a lowercase noun stands for a body or a person ("township", "agency", "nurse")."""
    return noun in ORG_HEADS or noun in GENERIC_ORG_NOUNS or is_person_noun(noun)


# "a news release from the township": the document a body put out.
_FROM_BODY = re.compile(
    rf"(?:(?:a|an|the) )?(?:[\w\-]+ )?(?:{_DOCUMENT_NOUN})s? from (the [a-z]+)(?![\w’'\-])"
)


_POSTED_ON_OWNERS = re.compile(
    rf"(?:(?:a|an|the) )?(?:[\w\-]+ )?(?:{_DOCUMENT_NOUN}) (?:[a-z]+ ){{0,3}}?"
    r"(?:posted|published|put up) (?:on|to) ((?:the|its) [a-z]+)(?:’s|'s) "
    r"(?:website|site|web page|page|account|feed)\b"
)


def _cue_matches(masked: str, reach: int, spans: list[_Span]) -> list[tuple[int, int, str]]:
    """The cue phrases of ``masked[:reach]`` at word starts, in order: (start, end, words)."""
    found = [
        (match.start(1), match.end(), match[1])
        for match in _CUE_AFTER.finditer(masked, 0, reach)
        if not masked[match.start()].isalnum()  # "é" passes the scan's class but is a letter
    ]
    extra = [
        (match.start(), match.end(), match[0])
        for match in (_CUE.match(masked, at, reach) for at in _after_masks(masked, spans))
        if match is not None
    ]
    return sorted(found + extra) if extra else found


def _after_masks(masked: str, spans: list[_Span]) -> list[int]:
    """The text's start and every position right after a masked run (a quotation's, else a
    mask character the text held)."""
    if masked.count(MASK) == sum(span.close_end - span.open_at for span in spans):
        return [0, *(span.close_end for span in spans)]
    return [0, *(run.end() for run in _MASK_RUN.finditer(masked))]


# "in a statement", "through his lawyer's letter". Written to open on one character class (the
# preposition's first letter, then the word boundary checked behind it), not on \b, so that
# the search tests only those letters: 2-3 times faster.
_MEDIUM = re.compile(
    r"[IiOoVvTt](?<!\w.)(?:(?<=[Ii])n|(?<=[Oo])n|(?<=[Vv])ia|(?<=[Tt])hrough)"
    rf" (?:a|an|the|its|his|her|their) (?:[\w-]+ ){{0,3}}?({_DOCUMENT_NOUN})\b"
)


# "a woman who gave only her first name, Marisol": the name the unnamed speaker gave.
_GIVEN_NAME_AFTER = re.compile(
    r",? (?:an? [^,.;\x00]{0,60}? )?who [^,.;\x00]{0,50}?"
    rf"(?:\b{NAME_OF}(?:,| as| is| was| only as) "
    r"|identified (?:(?:him|her|them)sel(?:f|ves) )?(?:only )?as )"
    r"(?:(?:Mrs?|Ms|Dr|Miss)\.? )?"  # "only as Mrs. Feld": the name after the title
    r"([A-Z](?:\.[A-Z])+\.?|[A-Z][\w’'\-]+)"  # "K.J.", "Marisol"
)


def _given_name_after(masked: str, np: NounPhrase) -> NounPhrase | None:
    """The name an unnamed speaker right after the verb gave for themselves ("said a nurse who
    asked to be identified only by her first name, Tasha"), if any."""
    found = _GIVEN_NAME_AFTER.match(masked, np.end)
    if found is None:
        return None
    name = found.group(2)
    gender = POSSESSIVE_GENDER.get(found.group(1) or "")
    start, end = found.start(2), found.end(2)
    return NounPhrase("name", name, start, end, [name], None, None, gender, None)


# ", added his colleague, ranger Naledi Mokoena.": the name set after the common phrase.
_NAME_APPOSED_AFTER = re.compile(
    r", (?:[a-z][a-z\-]* ){0,3}((?:[A-Z][a-z]{1,5}\. )?[A-Z][\w’'\-]+(?: [A-Z][\w’'\-]+){1,3})"
    r"(?=[,.;:]|$)"
)


def _name_apposed_after(masked: str, np: NounPhrase) -> NounPhrase | None:
    """The name an inverted common speaker is apposed to ("added his colleague, ranger Naledi
    Mokoena"), its lowercase words the title."""
    found = _NAME_APPOSED_AFTER.match(masked, np.end)
    if found is None:
        return None
    title, words = split_title(found.group(1).split())  # ", state Sen. Adaeze Nwankwo-Fischer,"
    role = " ".join([*masked[found.start() + 2 : found.start(1)].split(), *title]) or None
    return _name_ending_at(found.end(1), words, role)


def _name_ending_at(end: int, words: list[str], role: str | None) -> NounPhrase:
    """A name's speaker phrase, its words ending at ``end`` (a title cut from before them)."""
    name = " ".join(words)
    return NounPhrase("name", name, end - len(name), end, words, role)


_PRONOUN_BEFORE = re.compile(r"(?:^|(?<=[^\w’'.\-]))([Hh]e|[Ss]he|[Tt]hey|[Ii]t|[Ww]e|I) $")


def _pronoun_before(masked: str, verb_at: int) -> NounPhrase | None:
    """The fast path of the commonest subject, a pronoun right before the verb ("she said")."""
    if verb_at < 2 or masked[verb_at - 1] != " " or masked[verb_at - 2] not in "eytI":
        return None  # no pronoun ends right before: he, she, we, they, it, I
    found = _PRONOUN_BEFORE.search(masked, max(0, verb_at - 6), verb_at)
    if found is None:
        return None
    return NounPhrase("pronoun", found.group(1), found.start(1), found.end(1))


# Conjunctions opening a subordinate clause: a speech verb there reports no one who goes on.
_SUBORDINATORS = frozenset(
    ("when", "after", "before", "while", "since", "until", "because", "if", "although", "once")
)


def _previous_word(masked: str, at: int) -> str:
    """The lowercase word just before ``at`` ("" at a boundary)."""
    space = masked.rfind(" ", max(0, at - 16), at - 1)
    return masked[space + 1 : at].strip().lower() if space >= 0 else ""


_PLURAL_WORD = re.compile(r"\b([a-z]{3,}[^s\W’']s)\b")


def _group_before(masked: str, lo: int, hi: int) -> NounPhrase | None:
    """The plural noun "one" picks a member of ("opponents describe, in the words of one")."""
    found = None
    for match in _PLURAL_WORD.finditer(masked, lo, hi):
        if match.group(1) not in NP_BOUNDARIES and match.group(1) not in AUXILIARIES:
            found = match
    if found is None:
        return None
    return NounPhrase("common", found.group(1), found.start(1), found.end(1))


def _coordinated(masked: str, lo: int, verb_at: int) -> bool:
    """Whether the verb is a second predicate ("Raman warned ..., but said")."""
    words = masked[max(lo, verb_at - 40) : verb_at].split()
    while words and words[-1].lower() in AUXILIARIES:
        words.pop()
    return bool(words) and words[-1].lower() in ("and", "but")


# --- terms ---------------------------------------------------------------------------------


def _is_term(
    text: str,
    masked: str,
    span: _Span,
    cue_after: bool,
    sentence_cue: bool,
    sentence: tuple[int, int],
) -> bool:
    """A title, nickname or scare quote: short, named by "called"/"titled"/"the", no speaker.

    ``sentence`` is the extent of the quotation's sentence in ``masked``."""
    if span.unclosed or span.continues is not None:
        return False
    inner = text[span.start : span.end]
    if not inner or len(inner) > 120:
        return False
    words = inner.rstrip(".,").split()
    if not words:
        return False
    before = masked[max(0, span.open_at - 64) : span.open_at].split()
    if before and before[-1] in ("A:", "Q:"):
        before = []  # "A: “Constantly,” Rosalind said": an answer opens, not the article "a"
    previous = before[-1].strip("(,;:").lower() if before else ""
    governed = _governed(before)  # a speech verb just before makes the words someone's
    following = _next_word(masked, span.close_end)
    if len(inner.strip(".,;:!?")) == 1 and not cue_after:
        return True  # a second “l” after the “e.”: a letter talked about ("“I,” she said": hers)
    if len(words) <= 8 and following in INSCRIPTION_NOUNS:
        return True  # hand-lettered “Still Open!” signs: what the signs say
    if _names_a_scheme(masked, span, words, previous, before):
        return True  # a “talent bridge” program, a “keeper for a week” rental program
    if _a_kind_of(words, before):
        return True  # the kind of “tropical night” that meteorologists say is now routine
    prior = before[-2].strip("(,;:").lower() if len(before) > 1 else ""
    if (
        previous in ("a", "an")
        and prior != "as"  # what he described as a “form letter”: his judgement
        and prior not in TERM_CUES_CALLED
        and 2 <= len(words) <= 5
        and inner[-1].isalnum()
        and (words[-1].lower() in _NOTICE_NOUNS or words[-1].lower() in DOCUMENT_NOUNS)
    ):
        return True  # issued a “special air quality statement”: the notice's kind, named
    if len(words) <= 20 and (
        _written_on(before) or _slogan_named(previous, prior) or _named_after(masked, span)
    ):
        return True  # signs reading “Where’s My Bus?”, a chant of “Clean water now!”
    if inner[-1] in "!?;:":
        # "a talk titled “Who Left the Light On?”", "the documentary “What Did You Do in the
        # War, Grandma?”": a title may end as a question
        return (
            inner[-1] in "!?"
            and (previous in TERM_CUES_STRONG or previous in TERM_WORK_NOUNS)
            and _is_title_case(words)
        )
    if len(words) <= 12 and _CASE_NAME.match(inner):
        return True  # “Bismarck Public School District No. 1 v. State,”: a court case
    if (
        (
            previous in TERM_LABEL_NOUNS
            # "the defense called the motion “a fishing expedition”": a judgement of it
            and not any(w.lower() in _JUDGING_VERBS for w in before[-4:-1])
        )
        or (previous == "line" and prior == "subject")
    ):
        return len(words) <= 20  # "under the slogan “Write it down. Keep it forever.”"
    if len(words) > 12:  # no rule below takes so many words
        return False
    # it ends its clause: the mark inside (“...,”), or, in British style, outside (“...”.)
    punctuated = inner[-1] in ".," or masked[span.close_end : span.close_end + 1] in (".", ",")
    title_case = _is_title_case(words)
    reach = _words_in_reach(before)
    naming = (
        previous in TERM_CUES_STRONG
        or (previous in _KNOWN_AS_ENDS and _known_as(masked, span.open_at))
        or (previous in TERM_WORK_NOUNS and title_case)
        or (
            (words[0].lower() == "the" or previous == "the")
            and len(words) <= 3
            # "have taken to calling the conference room where the committee meets “the
            # bunker.”", "taken to calling, with a mix of hope, the “Lantern study.”": a name
            # a group uses, its object a clause long
            and _TAKEN_TO_CALLING.search(masked, max(0, span.open_at - 120), span.open_at)
            is not None
        )
        or (
            words[0].lower() == "the"
            and len(words) <= 3
            and _called_before(before)
            # what she called “the streaming effect”: her words ("what planners call": a name)
            and not (_what_called(before) and (punctuated or _person_calls(before)))
        )
        or (
            previous in TERM_DETERMINERS
            and (prior in TERM_CUES_STRONG or prior in TERM_CUES_CALLED)
        )
        or (
            title_case
            and (prior in TERM_CUES_CALLED or prior in DECLARING_VERBS)
            and previous in OBJECT_PRONOUNS
        )
        or (
            # "They called it “the Plough in exile”": "the" and a capitalised word name a
            # thing ("called it “the most ...”", a judgement, opens on a lowercase word)
            previous in OBJECT_PRONOUNS
            and prior in TERM_CUES_CALLED
            and 2 <= len(words) <= 5
            and words[0].lower() == "the"
            and words[1][:1].isupper()
        )
        or _calls_it_their(before, previous)
        or (not reach.isdisjoint(TERM_CUES_STRONG) and _naming_reaches(before))
    )
    if (
        (
            previous in ("the", "this")
            or (is_possessive(previous) and previous.islower())
            # "the much-touted “$35 cap” applies", "the October-to-December “short rains” were"
            or (prior in ("the", "this") and "-" in previous)
        )
        and len(words) <= 3
        and inner[-1] not in ".,!?;:"
        and (following in FINITE_VERBS or following in _MENTION_VERBS)
    ):
        # said the “five days” referred only to ...; the “raise” is offset; a countdown on
        # the attackers’ “leak site” had begun
        return True
    if (
        previous in ("a", "an")
        and len(words) == 1
        and inner[-1] not in ".!?"
        and words[0].islower()
        and _ATTRIBUTED_AFTER.search(masked, span.close_end, sentence[1]) is None
        and prior not in COPULAS  # "The plan was a “disaster”": a judgement
        and not governed
    ):
        return True  # a “project” the chairman had promised: one word held at arm's length
    if (
        len(words) == 1
        and words[0].islower()
        and inner[-1] not in ".,!?;:"
        and _LOWER_WORD.fullmatch(following or "-")
        and _LOWER_WORD.fullmatch(previous)
        # "the ban on overnight “camping”": a modifier after a preposition or determiner, not
        # a verb's object ("the rules create “chaos”")
        and (prior in PREPOSITIONS_BEFORE_NAMES or prior in TERM_DETERMINERS)
        and previous not in _VERB_COMPANIONS
        and not previous.endswith("ed")
        and not governed  # "said that “nobody” is safe": her word
        and not any(w.lower() in _JUDGING_VERBS for w in before[-6:])
    ):
        return True  # the city's ban on overnight “camping” in parks: a word held at arm's length
    if (
        (previous in ("is", "was") or (previous == "not" and prior in ("is", "was")))
        and len(words) <= 4
        and any(w.lower() in _WORDS_FOR_WORDS for w in before[-8:-1])
    ):
        return True  # The word that has stuck with him is “consistent.”: a word talked about
    if (
        previous == "as"
        and prior in _COUNTING_VERBS
        and len(words) <= 3
        and not title_case
        and any(w.lower() in ("which", "what", "whatever", "whether") for w in before[-6:-2])
    ):
        return True  # which delays count as “controllable.”: a category asked about
    if (
        len(words) <= 3
        # (an adjective between: "14 rural", never a plural noun: "all 38 recommendations")
        and (
            _counts(previous)
            or (_counts(prior) and _LOWER_WORD.fullmatch(previous) and previous[-1] != "s")
        )
        and inner[-1] not in "!?"
        and all(_LOWER_WORD.fullmatch(w.rstrip(".,")) for w in words)
        # (a count is no one's words, even after "add": "would add two “grab-and-go” carts")
    ):
        return True  # "14 rural “transition zones.”", "two “grab-and-go” carts": counted kinds
    if previous == "on" and prior in ("pun", "play", "riff") and len(words) <= 3:
        return True  # "a pun on ‘grizzly’": a word played with
    if previous in TERM_GLOSS_WORDS and len(words) <= 6 and not before[-1].endswith(":"):
        return True  # "Xiao Yun," which means “little cloud,”; the word “unabated,”
    # "described as a “...”", "sometimes described as the “poetry Booker,”"
    labelled = before[:-1] if previous in ("a", "an", "the") else before
    if (
        len(labelled) >= 3
        and labelled[-1].lower() == "as"
        and len(words) <= (4 if labelled[-2].lower() in LABELLING_VERBS else 6)
        and _labelled_passively(labelled)  # ("known as": ``naming`` below)
        and masked[span.close_end : span.close_end + 4] != " by "
    ):
        # Drugs of this type are sometimes described as “smart bombs,”; what can only be
        # described as a “mosh pit,”
        return True
    if (
        previous == "or"
        and len(words) <= 3
        and len(before) >= 2
        and before[-2].endswith(",")
        and not title_case
        and inner[-1] == ","
    ):
        return True  # a rock wall, or “revetment,” along the base: another name for it
    if previous == "as" and len(words) <= 6 and _habitual_label(before):
        return True  # Health officials often describe that threshold as “herd immunity,”
    if title_case and previous == "of" and prior in _MAKERS:
        return True  # author of “Iron Debts: Convict Leasing and the New South Railroad,”
    if (
        previous == "as"
        and len(words) <= 6
        and any(w.lower() in _REFERRING for w in before[-12:-2])
        and "to" in before[-12:-2]
    ):
        return True  # Pilots refer to the highest-risk zone, where ..., as “the red box.”
    if title_case and len(words) <= 3 and previous in _PROPOSING_VERBS:
        return True  # The band has suggested “Riverhawks,”: a name put forward
    if title_case and len(words) <= 4 and previous in PREPOSITIONS_BEFORE_NAMES:
        return True  # submissions for “Panda McPandaface,”; votes for “Kevin.”
    if (
        title_case
        and len(words) <= 4
        and _LOWER_WORD.fullmatch(previous)
        and previous not in CUE_WORD_SET
        and prior not in CUE_WORD_SET  # "told reporters “No Comment.”": their words
        and previous not in OBJECT_PRONOUNS  # "told him “Good Night.”"
        and previous not in _CLAUSE_WORDS
        and not before[-1].endswith((",", ":"))
        and previous not in _NAMING_COPULAS
    ):
        return True  # whose family runs the taco truck “La Güerita,”; who owns “Smoke Signals,”
    copula = previous in _NAMING_COPULAS or (
        previous in _NAMING_ADVERBS and prior in _NAMING_COPULAS
    )
    if title_case and len(words) <= 3 and copula and not sentence_cue:
        return True  # The largest bell is “Great Patrick.”; she is simply “Miss Mags.”
    if (
        not sentence_cue
        and not title_case
        and len(words) <= 4
        and inner[-1] not in ".!?"
        and previous in PREPOSITIONS_BEFORE_NAMES
    ):
        return True  # commit to “mobilizing” $300 billion: wording, with no one speaking
    if naming:
        # right after "nicknamed", "dubbed", "so-called": a name a little longer still
        # ("long nicknamed “the frying pan of Andalusia,”")
        return title_case or len(words) <= (6 if previous in TERM_CUES_STRONG else 4)
    if _defined_after(masked, span, words, inner[-1]) and (inner[-1] == "," or not governed):
        return True  # “prevented planting,” a provision that ...; “overvotes,” in which ...
    last = before[-1].lower() if before else ""  # unstripped: "the bakery’s," owns nothing
    if _glossed_after_dash(masked, span, words, inner[-1], last, governed):
        return True  # the restaurant’s “family meal” — the staff dinner ... — was
    if title_case and len(words) <= 8 and _apposed_to_noun(before):
        return True  # whose debut, “Monsoon Ledger,” was; the third part, “Ebb,” in which
    if (
        previous == "the"
        and len(words) <= 3
        and not sentence_cue
        and not cue_after
        and all(_LOWER_WORD.fullmatch(w) for w in words)
        and _apposed_to_noun(before[:-1])
    ):
        return True  # introduced a timed tiebreaker, the “spell-off.”: its name
    if (
        title_case
        and len(words) <= 6
        and any(w.lower() in DECLARING_VERBS for w in before[-4:-1])
        and before[-1][:1].isupper()
        and not before[-1].endswith((",", ":"))
    ):
        return True  # "has declared Saturday “Kowalczyk’s Bakery Day.”": a name given
    if title_case and len(words) <= 10 and _WORK_APPOSED.match(masked, span.close_end):
        return True  # close the set with “Low Water at Cold Spring,” the song he wrote
    if (
        len(words) == 1
        and words[0].islower()
        and previous in ("its", "their")
        and prior == "as"
        and not any(_ends_sentence(w) for w in words)
        and any(w.lower() in LABELLING_VERBS for w in before[-8:-2])
    ):
        return True  # Veridane had described the drug internally as its “moonshot”
    if (
        len(words) == 1
        and len(before) >= 3
        and before[-3].lower() in ("calls", "call")
        and before[-2].lower() in ("its", "their")
        and words[0].islower()
        and words[0].endswith("s")
        and inner[-1].isalpha()
    ):
        return True  # Copperline, which calls its employees “partners”: a name it gives them
    if _named_by_calling(before, words, title_case, inner[-1]):
        return True  # employees call the all-hands “Donuts and Disasters.”
    if _classified_as(before, words):
        return True  # the Coast Guard had declared the structure “excess property,”
    if (
        len(words) <= 3
        and inner[-1] == ","
        and not title_case
        and _is_adjective(previous)
        and (prior in TERM_DETERMINERS or is_possessive(prior))
    ):
        return True  # Its online “price estimator,” investigators found, returned ...
    if len(words) <= 3 and not reach.isdisjoint(TERM_CUES_RATING):
        return True  # "rates the bridge’s superstructure “poor”": a grade, not a remark
    if not reach.isdisjoint(TERM_CUES_INSCRIBED):
        return True  # "painted above the whiteboard: “Measure twice”", "they sing “...”"
    if (
        title_case
        and len(words) <= 10
        and _named_in_passing(masked, span, words, before, inner[-1])
    ):
        return True
    if previous in TERM_CUES_CALLED:
        # "a stew she called “Monday soup”": naming; "what he called “bloat.”" and "which he
        # called “the number that matters most”" (a judgement with a verb): his words.
        return (
            len(words) <= 8
            and (
                title_case
                or (
                    len(words) <= 5
                    # "what planners call “gentle density”" names a thing; "what he called
                    # “bloat.”" (the quote ends his sentence) is his word
                    and not (
                        punctuated
                        and not _group_calls(before)  # "what researchers call": a name
                        and (
                            _what_called(before)
                            or (_person_calls(before) and words[0].lower() != "the")
                        )
                    )
                    and not _is_judgement(words)
                    # "a move the group called “another kick in the teeth”": a name never
                    # opens on "a"; a judgement does
                    and words[0].lower() not in ("a", "an", "another")
                    and not any(w.endswith((",", ";")) for w in words[:-1])  # a remark's clauses
                )
            )
        )
    if previous in TERM_CUES_READING:
        return title_case and len(words) <= 8
    if title_case and len(words) <= 8 and _BY_AUTHOR.match(masked, span.close_end):
        return True  # “The Orchard Gate” by Mary Finch: a work and its maker
    if (
        len(words) <= 4
        and not title_case
        and (
            masked.startswith(": the ", span.open_at - 6)
            or (masked.startswith((": ", "— "), span.open_at - 2) and words[0].lower() == "the")
            # "Researchers have a name for places like this: “pharmacy deserts.”"
            or (masked.startswith(": ", span.open_at - 2) and inner[-1] not in "!?")
        )
        and _NAME_FOR.search(masked, sentence[0], span.open_at) is not None
    ):
        # Paramedics have a name for the stretch ...: the “dead zone.”; nurses have their own
        # name for the hour ...: “the witching hour”; staff had a name for it — “the penalty box”
        return True
    if (
        not sentence_cue
        and not title_case
        and (len(words) <= 3 or (len(words) == 4 and is_possessive(previous)))
        # a period ends a remark, unless the phrase is owned: the storm’s “cone of uncertainty.”
        and (inner[-1] not in ".!?" or (inner[-1] == "." and is_possessive(previous)))
        and (_LOWER_WORD.fullmatch(previous) or is_possessive(previous))
        and not _speech_word_near(masked, sentence)
    ):
        return True  # a short lowercase phrase in a sentence where nobody speaks: wording
    if cue_after:
        return False
    if _dated_work(masked, span.close_end):
        return True  # “Kitchen, 6 a.m.” (1997): a work and its year
    if title_case and _names_a_work(masked, span, words, inner[-1], sentence_cue):
        return True
    if len(words) > 4:
        return False
    if (
        not title_case
        and len(words) <= 3
        and _noun_phrase_term(masked, span, before, previous, inner[-1], sentence_cue)
    ):
        return True
    if len(words) == 1 and not punctuated and previous in _SCARE_PREPOSITIONS:
        cue_near = any(word.lower() in CUE_WORD_SET for word in before[-3:])
        if not cue_near and _LOWER_WORD.fullmatch(words[0]):
            return True  # "the plan’s promise of “flexibility”": a scare quote
    if title_case:
        return not punctuated or previous in TERM_DETERMINERS
    if len(words) > 3:
        return False
    if (
        not punctuated
        and is_possessive(previous)
        and _modifies_next_word(masked, span.close_end)
        # "what she called the government's “boilerplate” filing": her word
        and not any(w.lower() in _JUDGING_VERBS for w in before[-4:])
    ):
        return True  # said the company’s “captive audience” meetings had backfired
    if not governed and _names_a_kind(masked, span, before, inner[-1], sentence_cue):
        return True
    if not punctuated and not governed:
        owned = previous in TERM_DETERMINERS or previous == "own" or is_possessive(previous)
        if (owned or len(words) == 1) and _modifies_next_word(masked, span.close_end):
            # a “conflict zone” marking, its own “crime is down” talking point, selling
            # “sensitive” information: the quoted words name or qualify a kind of thing
            return True
        if (
            _is_adjective(previous)
            and (prior in TERM_DETERMINERS or is_possessive(prior) or _AMOUNT.fullmatch(prior))
            # "the hospital “stands behind” its surgeon": a verb phrase, the hospital's words
            and following not in TERM_DETERMINERS
        ):
            return True  # the department's controversial “gang database”; $85 monthly “fee”
    return previous in TERM_DETERMINERS and len(words) <= 2 and not punctuated and not sentence_cue


def _a_kind_of(words: list[str], before: list[str]) -> bool:
    """Whether a few lowercase words follow "the kind of", "a sort of": a kind of thing
    named, unless a speech verb governs the clause ("said libraries act as a kind of “...”";
    a verb set off by commas, "the agency noted, the kind of", governs nothing)."""
    if len(before) < 2 or before[-1] != "of" or before[-2].lower() not in _KIND_WORDS:
        return False
    if len(words) > 3 or not all(_LOWER_WORD.fullmatch(w.rstrip(",.")) for w in words):
        return False
    return not any(w.lower() in CUE_WORD_SET for w in before[-12:-2])


_KIND_WORDS = frozenset(("kind", "sort", "type", "form", "version", "brand"))


# Verbs by which a surface carries words ("a sign reading", "stickers that say").
_CARRYING_VERBS = TERM_CUES_READING | frozenset(
    ("say", "says", "saying", "asking", "asked", "asks", "proclaiming", "proclaimed",
     "proclaims", "declaring", "demanding", "bearing", "bore")
)  # fmt: skip
_CARRYING_ADVERBS = frozenset(("simply", "only", "just", "boldly", "plainly", "still"))
_CARRYING_WORDS = _CARRYING_VERBS | _CARRYING_ADVERBS


def _counts(word: str) -> bool:
    """A number ("14", "two", "a 10-minute"): what follows it is a kind of thing counted."""
    return (
        word in NUMBER_WORDS
        or _AMOUNT.fullmatch(word) is not None
        or (word[:1].isdigit() and "-" in word)
    )


def _labelled_passively(labelled: list[str]) -> bool:
    """Whether a passive labelling verb governs the "as" that ends ``labelled`` ("are
    sometimes described as", "was billed at the time as"), no comma between."""
    for k in range(len(labelled) - 2, max(0, len(labelled) - 6), -1):
        word = labelled[k]
        if word.endswith((",", ";", ":")) or MASK in word:
            return False
        if word.lower() in LABELLING_VERBS:
            return any(w.lower() in _PASSIVE for w in labelled[max(0, k - 3) : k]) or (
                # "and sometimes described as": a participle a habit governs, no copula
                word.lower().endswith("ed") and labelled[k - 1].lower() in _HABIT_ADVERBS
            )
    return False


_HABIT_ADVERBS = frozenset(
    ("sometimes", "often", "widely", "long", "commonly", "usually", "frequently", "variously")
)


def _written_on(before: list[str]) -> bool:
    """Whether the quotation is what a surface carries: a verb of reading or saying right
    before it whose subject is a sign, banner or sticker ("held a hand-lettered sign reading
    “Que se vayan todos”", "bumper stickers that say “Ask Naomi.”"). A sign says nothing."""
    if not before or before[-1].strip(",:").lower() not in _CARRYING_WORDS:
        return False  # (most quotations: no verb of carrying right before)
    k = len(before) - 1
    while k >= 0 and before[k].strip(",:").lower() in _CARRYING_ADVERBS:
        k -= 1
    if k < 1 or before[k].strip(",:").lower() not in _CARRYING_VERBS:
        return False
    for word in reversed(before[max(0, k - 10) : k]):
        bare = word.strip("(,;:").lower()
        if MASK in word or bare in CUE_WORD_SET or word.endswith((".", ";")):
            return False
        if bare in INSCRIPTION_NOUNS:
            return True
        if bare in DOCUMENT_NOUNS or bare in SPEECH_NOUNS:
            return False  # "a letter reading", "a message saying": someone's words
    return False


def _slogan_named(previous: str, prior: str) -> bool:
    """Whether a slogan's noun introduces the quotation: "a chant of “Clean water now!”",
    "the program’s rallying cry, “Louder, Westfield!”", "led the chant “Keep the Axe!”"."""
    if previous == "of":
        previous, prior = prior, ""
    return previous in _SLOGAN_NOUNS or (previous == "cry" and prior in ("rallying", "battle"))


_SLOGAN_NOUNS = frozenset(("chant", "chants", "mantra"))
_NOTICE_NOUNS = frozenset(("warning", "watch", "alert", "advisory", "order", "notice"))
# After a quotation standing alone: a sentence naming it as a slogan or inscription ("“Less
# screen. More life.” The slogan filled the wall"), or a group's name for a thing ("“Hallway
# medicine,” as clinicians call the practice", "the “internet roof,” as the family still
# calls the shed").
_NAMED_AFTER = re.compile(
    r"[,.]? (?:(?:The|That|This|Such) (?:[\w’'\-]+ )?"
    r"(?:slogan|chant|motto|banner|sign|signs|placard|placards|headline|hashtag|catchphrase)\b"
    r"|(?:The|That|This) (?:question|message|phrase|line|words?) (?:was|were|is|are) "
    r"(?:printed|painted|written|stenciled|scrawled|emblazoned|carved|etched)\b"
    r"|as (?!(?:he|she|I|we|you)\b)(?:[\w’'\-]+ ){1,4}(?:call|calls|dub|dubs|nickname|nicknames)"
    r" [\w’'\-]+)"
)


def _named_after(masked: str, span: _Span) -> bool:
    """Whether the words after a quotation say it is a slogan, an inscription or a group's
    name for something (see ``_NAMED_AFTER``)."""
    tail = masked[span.close_end : span.close_end + 6]
    if "T" not in tail and "as " not in tail:
        return False  # (most quotations: neither "The ..." nor "as ..." follows)
    return _NAMED_AFTER.match(masked, span.close_end) is not None


def _names_a_scheme(
    masked: str, span: _Span, words: list[str], previous: str, before: list[str]
) -> bool:
    """Whether a few lowercase words between an article and a scheme's noun are its name
    ("described a “talent bridge” program", "floated a “keeper for a week” rental program"),
    not someone's judgement ("called it a “deeply cynical” plan", "was a “good” deal")."""
    if previous not in ("a", "an", "the") or len(words) > 5 or not words[-1].isalnum():
        return False
    if not all(_LOWER_WORD.fullmatch(w) for w in words):
        return False
    if _is_adjective(words[0]) and (len(words) == 1 or words[1] in ("and", "or", "but")):
        return False  # a “reckless” plan, a “dangerous and cynical” scheme: a judgement
    if words[0].endswith("ly") or words[0] in _DEGREE_WORDS:
        return False
    prior = before[-2].lower() if len(before) > 1 else ""
    if prior in COPULAS or prior in TERM_CUES_CALLED or prior in ("it", "them", "this"):
        return False
    following = _TWO_WORDS_AFTER.match(masked, span.close_end)
    return following is not None and (
        following.group(1) in SCHEME_NOUNS or following.group(2) in SCHEME_NOUNS
    )


_TWO_WORDS_AFTER = re.compile(r" ([a-z]+)\b(?: ([a-z]+)\b)?")
_DEGREE_WORDS = frozenset(("very", "so", "too", "most", "more", "less", "least", "quite"))


def _habitual_label(before: list[str]) -> bool:
    """Whether the words before "as" say that a group habitually labels something so
    ("officials often describe that threshold as", "geologists sometimes describe as")."""
    for k in range(len(before) - 2, max(1, len(before) - 6), -1):
        if before[k].lower() in LABELLING_VERBS or before[k].lower() in ("describe", "label"):
            adverb, group = before[k - 1].lower(), before[k - 2]
            return adverb in _HABITUALLY and group.islower() and group.endswith("s")
    return False


def _governed(before: list[str]) -> bool:
    """Whether a speech verb among the last four words governs the quotation; a passive one
    ("had been offered $1,500 “stay bonuses”") governs nothing."""
    for k in range(len(before) - 1, max(-1, len(before) - 5), -1):
        word = before[k].lower()
        if word in ("and", "but") and k > 0 and before[k - 1].endswith(","):
            return False  # "Redcloud said, and a monthly “dirt club”": a new clause
        if word.strip(",;:") in CUE_WORD_SET and (k == 0 or before[k - 1].lower() not in _PASSIVE):
            return True
    return False


def _next_word(masked: str, at: int) -> str:
    """The lowercase word right after ``at`` ("" if none)."""
    words = masked[at : at + 24].split(None, 1)
    return words[0].strip(",.;:").lower() if words else ""


def _speech_word_near(masked: str, sentence: tuple[int, int]) -> bool:
    """Whether a speech verb or "according to" sits anywhere in the quotation's sentence
    (including verbs whose subject the finder could not read)."""
    lo, hi = sentence
    return _SPEECH_WORD.search(masked, lo, hi) is not None


# Nouns and verbs of saying that the cue list leaves out (their subject is not a speaker, or
# they are not verbs), which still make a quotation someone's words.
_SPEECH_WORD = re.compile(
    rf"\b(?:{_SPEECH_CUE_WORDS}|"
    r"(?:calling|calls|cautions|describes|describing|found|finds|statement|interview|email|"
    r"letter|post|"
    r"tweet|testimony|remarks?|speech|wants?|wanted|demand(?:s|ed)?|"
    r"pledg(?:e|es|ed)|promis(?:e|es|ed)|vow(?:s|ed)?)\b)"
)


# Verbs that put a name forward ("has suggested “Riverhawks,”", "picked “Mochi”").
_PROPOSING_VERBS = frozenset(
    ("suggested", "suggests", "proposed", "proposes", "picked", "chose", "submitted", "nominated")
)
# Verbs a phrase talked about takes as its subject ("the “five days” referred to ...").
_MENTION_VERBS = frozenset(
    ("referred", "refers", "means", "meant", "covers", "covered", "applies", "applied",
     "includes", "included", "excludes", "excluded")
)  # fmt: skip
_NAMING_ADVERBS = frozenset(("simply", "just", "still", "now", "always", "officially"))
# Words after which a capitalised quotation may open a sentence of speech ("that “We ...”").
_CLAUSE_WORDS = frozenset(("that", "and", "but", "or", "then", "simply", "only", "just"))


def _defined_after(masked: str, span: _Span, words: list[str], ending: str) -> bool:
    """A short lowercase quotation that the sentence goes on to define: a comma inside the
    marks, then "a provision that", "in which", "which means"; or, with no comma, what the
    thing does ("a pilot “rotation lottery” that would assign spaces") — jargon, not a
    remark."""
    if len(words) > 4 or words[0][:1].isupper():
        return False
    rest = masked[span.close_end : span.close_end + 48]
    if ending != "," and rest.startswith(","):  # British style: ‘tropical’, the agency’s term
        ending, rest = ",", rest[1:]
    if ending != ",":
        return (
            ending.isalpha()
            and len(words) <= 3
            and words[0].lower() not in ("a", "an", "the")
            and _WHAT_IT_DOES.match(rest) is not None
        )
    return _DEFINITION.match(rest) is not None


# "a “rotation lottery” that would assign", "a “beginner mode” that limits": what it does
_WHAT_IT_DOES = re.compile(
    r" (?:that|which) (?:would|will|could|can|lets|allows|[a-z]{3,}[^s\W’']s)\b"
)


_DEFINITION = re.compile(
    # “the keeper talk,” a half-hour history lesson she gives; “public safety power
    # shutoff,” the precautionary outages it uses
    # (not “job killer,” a phrase he repeated: words said again)
    r" (?:(?:a|an) (?:[a-z\-]+ ){1,3}(?:that|which|in which|where|for|of|at|used|meant)\b"
    r"|(?:a|an) (?!(?:phrase|line|remark|comment|quip|word|refrain|sentiment|point)\b)"
    r"(?:[a-z\-]+ ){1,3}(?:she|he|they|it|we)\b"
    r"|the (?:[a-z\-]+ ){1,3}(?:that|which|it|they)\b"
    r"|in which\b"
    # ‘tropical’, the agency’s term for nights ...; “sign-language cinema,” a label she finds
    r"|(?:the|its|their) (?:[\w’'\-]+ ){0,2}(?:term|word|name|shorthand|slang) for\b"
    r"|an? (?:label|nickname|moniker)\b"
    # the “dirty side,” in forecasters’ shorthand; the “cone,” as meteorologists call it
    r"|in (?:[\w’'\-]+ ){0,2}(?:shorthand|parlance|jargon|lingo|terminology|slang|vernacular)\b"
    # ("drop,” as the staff insist on calling it)
    r"|as (?:[\w’'\-]+ ){1,5}(?:call|calls|called|calling) it\b)"
)


def _glossed_after_dash(
    masked: str, span: _Span, words: list[str], ending: str, previous: str, governed: bool
) -> bool:
    """A short lowercase quotation glossed after a dash ("The Courier’s “morgue” — roughly
    6,000 bound volumes"): jargon explained, unless a speech verb just before governs a bare
    word ("said the vote was “rigged” — a word she repeated")."""
    if len(words) > 3 or ending in ".,!?;:" or not words[0][:1].islower():
        return False
    if not masked.startswith((" — ", "—"), span.close_end):
        return False
    owned = previous in TERM_DETERMINERS or is_possessive(previous)  # the bakery’s “staff loaf”
    return owned or not governed  # "said the vote was “rigged” — a word": his


def _apposed_to_noun(before: list[str]) -> bool:
    """Whether the quotation stands in apposition to a noun just before ("his debut,",
    "the third part,", "a solo,"): a determiner, up to two words, a lowercase noun, a comma."""
    if not before or not before[-1].endswith(",") or len(before) < 2:
        return False
    noun = before[-1][:-1]
    if not _LOWER_WORD.fullmatch(noun) or noun in CUE_WORD_SET or noun.endswith(("ed", "ly")):
        return False
    for word in before[-4:-1]:
        lowered = word.lower()
        if lowered in TERM_DETERMINERS or lowered == "whose" or is_possessive(lowered):
            return True
    return False


def _named_by_calling(before: list[str], words: list[str], title_case: bool, ending: str) -> bool:
    """ "call the weekly all-hands she runs “Donuts and Disasters”", "called the case the
    “Tollgate Road stalking”": a naming verb a few words back, its object between, and a
    name after it (Title Case, or short after "the")."""
    recent = before[-9:-1]
    if not recent or len(words) > 8:
        return False
    calls = next(
        (k for k in range(len(recent) - 1, -1, -1) if recent[k].lower() in TERM_CUES_CALLED),
        None,
    )
    if calls is None or any(w.endswith((",", ";", ":")) for w in recent[calls:]):
        return False
    if any(MASK in w for w in recent[calls:]) or MASK in before[-1]:
        return False  # "calling the play “the Phantom Timeout.” “We’ll take it,”": another's
    after_verb = [w.lower() for w in recent[calls + 1 : calls + 3]]
    if after_verb[:1] in (["it"], ["them"]) and after_verb[1:] in (["a"], ["an"]):
        after_verb = after_verb[1:]  # "Critics have called it a textbook “engine move”"
    if after_verb and after_verb[0] not in _OBJECT_STARTS:
        return False  # "called him": a person is called, the quotation is what was said
    if title_case:
        return True
    if len(words) > 4:
        return False
    if before[-1].lower() == "the":
        return True  # "calling the new bills the “water tax.”": a name, even ending a sentence
    back = calls - 1
    while back >= 0 and (
        recent[back].lower() in AUXILIARIES or recent[back].lower() in _CALL_AUXILIARIES
    ):
        back -= 1  # "The hospital has called", "Dancers took to calling": the subject
    subject = recent[back] if back >= 0 else ""
    # "called the case the “Tollgate Road stalking”"; "flyers call the gatherings “laundry room
    # democracy”" (a group names it; "he called the plan “a mess”" is his remark, and a
    # sentence it ends is a remark too)
    group = (subject.endswith("s") and subject.isalpha() and subject.islower()) or (
        subject.lower() in GROUP_NOUNS  # "Critics have called"
    )
    return group and ending != "."


def _classified_as(before: list[str], words: list[str]) -> bool:
    """ "declared the structure “excess property,”", "designated the site a “priority
    zone”": an official class given to a thing, a short lowercase label."""
    if len(words) > 3 or not words[0][:1].islower():
        return False
    recent = [w.lower() for w in before[-5:-1]]
    verb = next((k for k, w in enumerate(recent) if w in _CLASSIFYING_VERBS), None)
    if verb is None or any(w.endswith((",", ";", ":")) for w in recent[verb:]):
        return False
    after = recent[verb + 1 : verb + 2]
    return bool(after) and after[0] in _OBJECT_STARTS


# Words after which a quoted word is what someone said it would do or be ("would
# “revisit”", "had “agonized”"), not a word held at arm's length.
_VERB_COMPANIONS = frozenset(
    (
        "would", "will", "had", "has", "have", "could", "should", "might", "may", "can", "must",
        "to", "was", "were", "is", "are", "be", "been", "being", "not", "never", "also", "that",
    )
)  # fmt: skip
_JUDGING_VERBS = TERM_CUES_CALLED | frozenset(("described", "describing"))
_NAME_FOR = re.compile(r"\b(?:a|their|its|his|her|the) (?:own )?(?:nick)?name for\b")
# ", according to Ann Lee", ", Ann Lee said": the sentence's words are someone's.
_ATTRIBUTED_AFTER = re.compile(
    r", (?:according to\b|(?:[A-Z][\w’'\-]+ ){1,3}(?:said|says|added|wrote|told)\b)"
)
# Who made a work: "author of “...”", "the director of “...”".
_MAKERS = frozenset(
    (
        "author",
        "co-author",
        "coauthor",
        "director",
        "creator",
        "co-creator",
        "composer",
        "producer",
        "host",
        "editor",
        "writer",
        "illustrator",
    )
)
_REFERRING = frozenset(("refer", "refers", "referred", "referring"))
_HABITUALLY = frozenset(("often", "sometimes", "usually", "commonly", "typically", "generally"))
_COUNTING_VERBS = frozenset(
    ("count", "counts", "counted", "qualify", "qualifies", "qualified", "classified", "rated")
)
_CLASSIFYING_VERBS = frozenset(
    ("declared", "deemed", "designated", "classified", "labeled", "labelled", "listed")
)


# An object after "call" starts with a determiner or a possessive ("call the class", "call
# their all-hands"), not a person ("called him"): the quotation that follows names it.
_OBJECT_STARTS = frozenset(
    ("the", "a", "an", "this", "that", "these", "those", "its", "their", "our", "his", "her")
)


# Endings of adjectives ("controversial", "infamous", "new"): an adjective before a short
# quotation in a noun phrase makes the quotation the thing's name.
_ADJECTIVE_ENDINGS = (
    *("al", "ive", "ous", "ful", "ic", "ed", "ent", "ant", "ary", "ible", "able"),
    *("less", "new", "old", "own", "latest", "popular"),
    *("monthly", "weekly", "daily", "yearly", "nightly", "online"),
)  # ("official", "digital", "annual" end in "al"; "proposed" in "ed")


def _is_adjective(word: str) -> bool:
    """A lowercase word with an adjective's ending ("controversial", "monthly", "online")."""
    return (
        _LOWER_WORD.fullmatch(word) is not None
        and word.endswith(_ADJECTIVE_ENDINGS)
        and word not in NOUNS_LIKE_ADJECTIVES
    )


_AMOUNT = re.compile(r"[$€£]?\d[\d,.]*")


def _names_a_kind(
    masked: str, span: _Span, before: list[str], ending: str, sentence_cue: bool
) -> bool:
    """A short lowercase quotation used as a noun for a kind of thing: counted (three “fare
    clinics”), defined by an apposition (“fare capping,” a system used in ...), or brought in
    by "a" as an object (hold a “community check-in”) — not a remark, unless a speech verb
    governs it."""
    if not (ending.isalnum() or ending in ",.’'"):
        return False  # a question or an exclamation is someone's words
    previous = before[-1].lower() if before else ""
    prior = before[-2].lower() if len(before) > 1 else ""
    if previous in NUMBER_WORDS or _AMOUNT.fullmatch(previous):  # three, 40, $1,500
        return ending != "."
    if ending == "," and _follower(masked, span, True) == "appositive":
        return True
    return (
        previous in ("a", "an")
        and not sentence_cue  # "said ... was caused by a “sudden gas-dynamic event”": theirs
        and ending not in ".,"
        and prior not in COPULAS
        and not prior.endswith("ly")  # "was clearly a “mistake”"
    )


def _calls_it_their(before: list[str], previous: str) -> bool:
    """ "People call this your “comeback record”": a name some call a thing, not a person's
    remark ("she called it her “worst mistake”" stays hers)."""
    if previous not in TERM_DETERMINERS or len(before) < 4:
        return False
    verb, subject = before[-3].lower(), before[-4].lower()
    named = (
        (  # "Mensah called it her": a person; "Fans call", "People call": a group
            before[-4][:1].isupper() and before[-4][-1:].isalpha() and subject[-1] != "s"
        )
        and subject != "people"
    )
    return verb in TERM_CUES_CALLED and subject not in _PERSONAL_PRONOUNS and not named


_PERSONAL_PRONOUNS = frozenset(("he", "she", "i", "we"))


def _what_called(before: list[str]) -> bool:
    """ "what he called": the quoted words are his characterisation, not a thing's name."""
    return "what" in (w.lower() for w in before[-6:])


def _group_calls(before: list[str]) -> bool:
    """Whether a plural group calls the quotation so ("what researchers sometimes call"):
    a name in use, not one person's characterisation."""
    back = _call_verb_back(before)
    if back is None:
        return False
    k = len(before) - back - 1
    while k > 0 and (
        before[k] in _CALL_ADVERBS or before[k] in _CALL_AUXILIARIES or before[k].endswith("ly")
    ):
        k -= 1  # "sometimes", "often", "usually"; "have taken to calling"
    subject = before[k]
    if subject == "they" and k > 0 and before[k - 1].lower() == "what":
        return True  # "what they call “space magic,”": a name a group uses
    if not subject.isalpha() or not subject.islower() or subject in _NOT_GROUPS:
        return False
    if (subject.endswith("s") and not subject.endswith(("ss", "us"))) or subject in GROUP_NOUNS:
        return True  # "researchers", "staff", not "the boss" or "the actress"
    # "what the diocese calls": a body, not a person, names it
    return k > 0 and before[k - 1].lower() == "the" and not is_person_noun(subject)


def _call_verb_back(before: list[str]) -> int | None:
    """How many words back (1 or 2) "call" stands before the quotation, with a word before
    it to be its subject; None if it does not."""
    for back in (1, 2):
        if len(before) > back and before[-back].lower() in TERM_CUES_CALLED:
            return back
    return None


_CALL_ADVERBS = frozenset(("sometimes", "often", "still", "also", "even"))  # ("-ly": any)
_WORDS_FOR_WORDS = frozenset(
    ("word", "term", "phrase", "nickname", "slogan", "motto", "catchphrase")
)
# Words between a group and its naming verb: "have taken to calling", "began calling".
_CALL_AUXILIARIES = frozenset(
    ("to", "took", "taken", "began", "begun", "started", "come", "came", "have", "had", "now")
)
_NOT_GROUPS = frozenset(("this", "has", "was", "is", "its", "his", "as", "us", "does", "less"))


def _person_calls(before: list[str]) -> bool:
    """Whether a person is the subject of the "called" just before the quotation ("a move
    Mensah called", "which he called"): then the quoted words are that person's."""
    back = _call_verb_back(before)
    if back is None:
        return False
    subject = before[-back - 1]
    if subject.lower() in _PERSONAL_PRONOUNS:
        return True
    return subject[:1].isupper() and subject[-1:].isalpha() and subject != "The"


def _words_in_reach(before: list[str]) -> frozenset[str]:
    """The words that may govern the quotation from up to eight words back: up to the first
    speech verb or clause break, that word included ("has branded the opening weekend
    “Purple Pride,”"). A naming verb among them makes the quotation a name."""
    reach = []
    for back, word in enumerate(reversed(before[-8:])):
        bare = word.strip("(,;:").lower()
        reach.append(bare)
        if (
            bare in CUE_WORD_SET
            or bare in LABELLING_VERBS  # "survival rates she describes as": no rating
            or MASK in word
            or word[-1:] in ".;"
            or (word[-1:] == ":" and back)
        ):
            break  # (a colon right before the quotation introduces it: read on)
    return frozenset(reach)


_NEXT_QUOTE = re.compile(r"(?:,|,? (?:and|or))? ?\x00")
_PREVIOUS_QUOTE = re.compile(r"\x00(?:,|,? (?:and|or))? ?$")


def _naming_reaches(before: list[str]) -> bool:
    """Whether the last naming word before the quotation still governs it: no comma comes
    between ("a catfish named Whiskers, would “...”" names the catfish, not the words)."""
    for word in reversed(before[-8:-1]):
        if word.strip("(,;:").lower() in TERM_CUES_STRONG:
            return True
        if word.endswith(","):
            return False
    return True


def _named_in_passing(
    masked: str, span: _Span, words: list[str], before: list[str], ending: str
) -> bool:
    """A Title-Case quotation that names rather than says: a nickname inside a name (Wendell
    “Dutch” Pruitt), one title of a list (“Slow Burn,” “Sweet Talk” and ...), a name led by a
    lowercase "the" (“the Widowmaker.”), or one a possessive or determiner owns (its “Volcano
    Noodles”)."""
    last = before[-1] if before else ""
    follows = masked[span.close_end : span.close_end + 2]
    punctuated = ending in ".,"
    if (
        not punctuated
        and len(words) <= 2
        and last[:1].isupper()
        and last[-1:].isalpha()
        and follows[:1] == " "
        and follows[1:].isupper()
    ):
        return True  # a nickname between a first name and a surname
    if _NEXT_QUOTE.match(masked, span.close_end) or _PREVIOUS_QUOTE.search(
        masked, max(0, span.open_at - 8), span.open_at
    ):
        return True  # titles listed one after another
    if words[0] in ("the", "a") and len(words) <= 4:
        return not any(word.strip(",;:").lower() in CUE_WORD_SET for word in before[-3:])
    previous = last.strip("(,;:").lower()
    # its “Volcano Noodles,” (a comma that belongs to the sentence) is still a name
    return ending != "." and (previous in TERM_DETERMINERS or is_possessive(previous))


def _is_judgement(words: list[str]) -> bool:
    """ "the number that matters most": a clause or a superlative, so a statement."""
    return len(words) >= 3 and any(w.lower().strip(",.") in JUDGEMENT_WORDS for w in words)


_BY_AUTHOR = re.compile(r",?[ \u00a0]by [A-Z][\w’'\-]+ [A-Z]")
_DATED = re.compile(r",?[ \u00a0]?\((?:\d{4}|\d{4}[-–]\d{2,4})\)")


def _dated_work(masked: str, close_end: int) -> bool:
    """A year in parentheses right after the closing mark: a work's title ("(1997)")."""
    return masked.startswith(("(", " (", ", ("), close_end) and bool(
        _DATED.match(masked, close_end)
    )


# After a quotation: an appositive noun phrase ("“Full House,” a 12-foot-wide painting"), a
# relative clause ("“Stairwell,” which Salo painted") or a lowercase word ("“Empty Rooms”
# opens Saturday").
_FOLLOWER = re.compile(r"(,?)[ \u00a0](?:(a|an|the|one) |(which|that) |([a-z]+)\b)")


def _follower(masked: str, span: _Span, comma_inside: bool) -> str | None:
    """What follows the closing mark: "appositive" (a comma, then a noun phrase that is not
    a remark), "relative" (which/that), "word" (a lowercase word) or None."""
    found = _FOLLOWER.match(masked, span.close_end)
    if found is None:
        return None
    if found.group(2) is not None:
        if not (comma_inside or found.group(1)):
            return "word"  # “papers over” the vacancy problem: an object, no apposition
        head = masked[found.end() : found.end() + 40].split()[:3]
        if any(word.strip(",.").lower() in SPEECH_NOUNS for word in head):
            return None
        return "appositive"
    return "relative" if found.group(3) is not None else "word"


_CASE_NAME = re.compile(r"[A-Z][\w’'.\- ]* vs?\. [A-Z]")
# “Low Water at Cold Spring,” the song his great-uncle wrote: a work's name, then what it is.
_WORK_APPOSED = re.compile(
    r",? (?:the|a|an|his|her|their|its) (?:[\w’'\-]+ ){0,2}?"
    rf"(?:{'|'.join(sorted(TERM_WORK_NOUNS))})\b"
)


def _names_a_work(
    masked: str, span: _Span, words: list[str], ending: str, sentence_cue: bool
) -> bool:
    """Whether a Title-Case quotation is a name by what surrounds it, not by a cue before it."""
    if ending not in ".,":
        return True  # “Empty Rooms, Full Houses: Ingrid Salo, 1994-2024” opens Saturday
    if len(words) >= 2 and _follower(masked, span, ending == ",") in ("appositive", "relative"):
        return True
    # “Where the Red Fern Grows.” with no speech verb in its sentence: a title, not a sentence
    # (“Never. Not Once.”, several sentences, is speech).
    if sentence_cue or sum(1 for w in words if w[:1].isupper()) < 3:
        return False
    return not any(_ends_sentence(w) for w in words[:-1])


def _ends_sentence(word: str) -> bool:
    """Whether a word inside a quotation ends a sentence ("Never." but not "Mrs." or "J.")."""
    if word[-1] in "!?":
        return True
    return word[-1] == "." and len(word) > 2 and word.lower() not in ABBREVIATIONS


_RELATIVE_OBJECT = re.compile(
    r"[ \u00a0](?:that|which) (?:[A-Z][\w’'\-]+|he|she|they|we|I|the [a-z]+) (?:[a-z]+ )?[a-z]+"
)


def _noun_phrase_term(
    masked: str, span: _Span, before: list[str], previous: str, ending: str, sentence_cue: bool
) -> bool:
    """A short lowercase quotation used as a noun: a possessive or determiner before it and an
    appositive after (Salo’s “signature window,” a tall rectangle), or the object of a relative
    clause after it (“clams casino” that Ferrante has rebuilt)."""
    owner = previous in TERM_DETERMINERS or is_possessive(previous)
    if owner and _follower(masked, span, ending == ",") == "appositive":
        return not any(
            word.lower() in CUE_WORD_SET for word in before[-4:]
        )  # "described her “...”"
    if ending in ".," or sentence_cue:
        return False
    # a list item or a preposition's object ("and “clams casino” that Ferrante rebuilt"), not
    # a verb's object ("residents want “real answers” that the city has not given")
    listed = previous in ("and", "or", "") or previous in _SCARE_PREPOSITIONS
    return listed and _RELATIVE_OBJECT.match(masked, span.close_end) is not None


_SCARE_PREPOSITIONS = frozenset(
    ("of", "for", "about", "on", "in", "with", "into", "from", "by", "over", "against")
)
_LOWER_WORD = re.compile(r"[a-z][a-z\-]*")
_NEXT_WORD = re.compile(r"[ \u00a0]([a-z][a-z\-]+)\b")


def _modifies_next_word(masked: str, close_end: int) -> bool:
    """Whether a content word follows the closing mark directly (“road diet” plan)."""
    match = _NEXT_WORD.match(masked, close_end)
    return match is not None and match.group(1) not in TERM_FUNCTION_WORDS


_TAKEN_TO_CALLING = re.compile(
    r"\b(?:taken to|took to|started|began|come to|came to) calling,?(?: [\w’'\-,]+){1,14} $"
)


def _called_before(before: list[str]) -> bool:
    """Whether "call" governs the quotation ("his father used to call the grounds “the
    pantry”", "growers call the hottest stretch of summer “the push,”"), no clause between."""
    if any(word.lower() in TERM_CUES_CALLED for word in before[-5:]):
        return True  # "Staff call it, half-jokingly, “the ghost wall.”"
    for word in reversed(before[-8:]):
        if word.lower() in TERM_CUES_CALLED:
            return True
        if word[-1:] in ",;:." or MASK in word:
            return False
    return False


_KNOWN_AS = re.compile(
    r"\b(?:known|billed|refer(?:s|red|ring)?(?: \w+){0,4}? to|remembered)(?: \w+){0,8} as"
    r"(?: the| an?)?$"
    r"|\bthe words$"
    r"|so-called$"
    r"|\bname (?:is|was)$"
)


_KNOWN_AS_ENDS = frozenset(
    ("as", "the", "a", "an", "words", "so-called", "is", "was")
)  # its last words


def _known_as(masked: str, at: int) -> bool:
    """Whether "known as" (or "known to everyone as", "billed as", "so-called") precedes ``at``."""
    return _KNOWN_AS.search(masked[max(0, at - 64) : at].lower().rstrip()) is not None


def _is_title_case(words: list[str]) -> bool:
    """Every significant word capitalised ("State of the Harbor", "Vision Zero")."""
    seen = False
    for word in words:
        letters = word.strip("‘’'\"()-–—")
        if not letters or not letters[0].isalpha():
            continue
        if letters.lower() in TITLE_CASE_SMALL:
            continue
        if not letters[0].isupper():
            return False
        seen = True
    return seen


# --- attribution ---------------------------------------------------------------------------


@dataclass(slots=True)
class _Pending:
    """A speech span with the cue chosen for it, before names are resolved."""

    span: _Span
    cue: _Cue | None
    sentence: int


def _attribute(
    text: str,
    masked: str,
    paragraphs: list[tuple[int, int]],
    spans: list[_Span],
    sentences: list[int],
    cues: list[_Cue],
) -> list[Quote]:
    """Choose each quotation's cue, then resolve speakers in reading order."""
    cue_starts = [cue.start for cue in cues]
    cue_sentences = [bisect_right(sentences, start) - 1 for start in cue_starts]

    quotes: list[Quote] = []
    pending: list[_Pending | None] = []
    terms: set[str] = set()  # the words of the terms met so far
    after_previous: _Cue | None = None  # the cue right after the previous quotation
    for span in spans:
        sentence = bisect_right(sentences, span.open_at) - 1
        near = range(
            bisect_left(cue_starts, span.open_at - _NEAR),
            bisect_right(cue_starts, span.close_end + _NEAR),
        )
        local = [cues[i] for i in near if cue_sentences[i] == sentence]
        if local and _ECHOED.match(masked, span.close_end):
            # "“industry-standard de-identification,” a phrase Beaumont repeated": whoever
            # echoes the words after them did not say them first
            local = [c for c in local if c.start < span.close_end]
        if (
            not local
            and text[span.end - 1 : span.end] in ("?", "!")
            and sentence + 1 < len(sentences)
            and sentences[sentence + 1] <= span.close_end + 1
        ):
            # "“How many were granted?” Pfeiffer asked.": the question ended a sentence, and a
            # short "Name asked." opening the next one is still its cue ("Tom Hart said the
            # timing was set" is a sentence of its own)
            local = [
                cues[i]
                for i in near
                if cue_sentences[i] == sentence + 1 and _closes_attribution(masked, cues[i])
            ]
        after = _cue_after(masked, span, local)
        bounds = (
            sentences[sentence],
            max(
                span.close_end,
                sentences[sentence + 1] if sentence + 1 < len(sentences) else len(masked),
            ),
        )
        joined = bool(quotes) and _joined(masked, spans[len(quotes) - 1], span)
        if (
            _is_term(text, masked, span, after is not None, bool(local), bounds)
            or (
                # the words of a term met before, with no cue of their own, are that term
                # again: "any stop involving a “box-in.”" after "a maneuver officers call a
                # “box-in.”"
                after is None
                and terms
                and _term_key(text, span) in terms
                and not _introduced_by(masked, span, local)
            )
            # listed with a term, or glossing it: "labeled “closed”, “guided” and “open”",
            # "banners reading “Sin maestros no hay mañana” — “Without teachers ...”"
            or (after is None and joined and quotes[-1].kind == "term")
            or _modifies_noun(text, masked, span)
        ):
            if (
                joined
                and after_previous is None
                and quotes[-1].kind == "speech"
                and _same_kind_of_phrase(text, spans[len(quotes) - 1], span)
            ):
                # "into “small dog” and “large dog” sections": the list's items are alike
                quotes[-1].kind, pending[-1] = "term", None
            quotes.append(Quote(span.start, span.end, text[span.start : span.end], None, "term"))
            pending.append(None)
            terms.add(_term_key(text, span))
            after_previous = after
            continue
        after_previous = after
        if after is None and masked.startswith("as ", span.open_at - 3):
            governing = _describing_cue(masked, span, sentences[sentence], local)
            if governing is not None:
                local.append(governing)
        elif not local:
            participle = _participle_cue(masked, span, sentences[sentence])
            if participle is not None:
                local.append(participle)
        cue = _choose_cue(text, masked, span, local, after)
        if cue is not None and (_is_inscription(cue.np) or _a_groups_label(text, span, cue)):
            quotes.append(Quote(span.start, span.end, text[span.start : span.end], None, "term"))
            pending.append(None)
            continue
        pending.append(_Pending(span, cue, sentence))
        quotes.append(Quote(span.start, span.end, text[span.start : span.end], None, "speech"))

    _resolve_speakers(text, masked, paragraphs, sentences, cues, cue_starts, pending, quotes)
    return quotes


_JOINING = re.compile(r"(?:,|,? (?:and|or)| [—–]| ?\(| /) ?")


def _joined(masked: str, first: _Span, second: _Span) -> bool:
    """Whether only a comma, "and", "or", a dash or a parenthesis outside the marks lies
    between two quotations: items of one list, or a phrase and its gloss ("“the Monument,” “a
    brown slab”", the comma inside, joins nothing)."""
    if first.paragraph != second.paragraph:
        return False
    return _JOINING.fullmatch(masked, first.close_end, second.open_at) is not None


# Words that make a short phrase before a noun an amount or a manner someone gave ("“several
# thousand” calls", "“strongly discourages” victims"), not a compound name for the noun.
_NOT_MODIFIER_WORDS = frozenset(
    ("and", "or", "but", "not", "no", "never", "than", "several", "dozen", "hundred", "thousand",
     "million", "maybe", "probably", "about", "nearly", "almost", "some", "few", "fewer", "many",
     "more", "less", "least", "most", "just", "very", "so", "too", "all", "every", "each",
     "would", "will", "can", "could", "should", "may", "might", "must", "is", "are", "was")
)  # fmt: skip
_AFTER_NOUN = re.compile(r" ([a-z][a-z\-]*)(?:([,.;:)—–])| ([a-z]+)\b|$)")


def _modifies_noun(text: str, masked: str, span: _Span) -> bool:
    """A two- or three-word lowercase name set before a noun it classifies ("a trackside
    “hot box” detector about", "claimed “personal belief” exemptions,"): a term."""
    if span.end - span.start > 40 or not masked[span.close_end + 1 : span.close_end + 2].islower():
        return False  # (most quotations: long, or no lowercase word right after)
    words = text[span.start : span.end].split()
    if not 2 <= len(words) <= 3 or not all(_LOWER_WORD.fullmatch(w) for w in words):
        return False
    if words[0].endswith("ly") or any(
        w in _NOT_MODIFIER_WORDS
        or w in _INSIDE_PHRASE_WORDS
        or w.endswith("ed")
        or (w.endswith("ing") and w is not words[-1])  # "phantom braking": a noun
        for w in words
    ):
        return False  # "“still completing” tests", "“put at risk” negotiations": a verb's
    found = _AFTER_NOUN.match(masked, span.close_end)
    if found is None:
        return False
    noun, stop, next_word = found.groups()
    if (
        noun in _NOT_MODIFIER_WORDS
        or noun in _INSIDE_PHRASE_WORDS
        or noun in FINITE_VERBS
        or noun in PREPOSITIONS_BEFORE_NAMES
        or noun in TERM_DETERMINERS
        or noun in _CLAUSE_WORDS
        or noun.endswith(("ed", "ly"))
    ):
        return False
    return stop is not None or next_word is None or next_word in _AFTER_NOUN_WORDS


_AFTER_NOUN_WORDS = PREPOSITIONS_BEFORE_NAMES | frozenset(
    ("and", "or", "that", "which", "at", "by", "in", "since", "after", "before", "during", "until")
)
_INSIDE_PHRASE_WORDS = (
    PREPOSITIONS_BEFORE_NAMES
    | TERM_DETERMINERS
    | frozenset(("as", "at", "in", "by", "if", "when", "then", "still", "already", "even", "also"))
)


def _same_kind_of_phrase(text: str, first: _Span, second: _Span) -> bool:
    """Whether two short quotations read alike (both lowercase, or both Title Case, and no
    sentence ended): items of one list of names."""
    one, two = text[first.start : first.end], text[second.start : second.end]
    if one[-1:] in ".!?" or len(one.split()) > 4 or len(two.split()) > 4:
        return False
    return one[:1].islower() == two[:1].islower()


def _introduced_by(masked: str, span: _Span, local: list[_Cue]) -> bool:
    """Whether a cue ends within three words before the quotation ("answered with one word:
    “Enough.”"): the quotation is what it says, not a term met before."""
    return any(
        cue.end <= span.open_at and len(masked[cue.end : span.open_at].split()) <= 3
        for cue in local
    )


def _term_key(text: str, span: _Span) -> str:
    """A quotation's words as a term is known by: lowercase, without closing punctuation."""
    return text[span.start : span.end].rstrip(".,;:!?").lower()


# Verbs that judge something "as" a quoted phrase ("dismissed her work as “Hopper without the
# people”"): the judge is the speaker, whatever speech verb comes later in the sentence.
_DESCRIBING = re.compile(
    r"\b(dismissed|derided|mocked|ridiculed|hailed|praised|lauded|branded|blasted|slammed"
    r"|criticized|criticised|condemned|denounced|characterized|characterised|welcomed|panned"
    r"|summarized|summarised|attacked|rejected|describes|described)\b(?: [\w’'\-]+){0,4} as $"
)


def _describing_cue(
    masked: str, span: _Span, sentence_start: int, local: list[_Cue]
) -> _Cue | None:
    """A cue made of a judging verb that takes the quotation through "as", when no speech verb
    before the quotation governs it."""
    if any(cue.end <= span.open_at for cue in local):
        return None
    lo = max(sentence_start, span.open_at - 80)
    found = _DESCRIBING.search(masked, lo, span.open_at)
    if found is None:
        return None
    verb_at = found.start(1)
    np = left_subject(masked, max(sentence_start, verb_at - _WINDOW), verb_at)
    if np is None:
        return None
    if found.group(1).startswith("describ") and np.text.rsplit(None, 1)[-1].lower() in _PAGES:
        return None  # "The game’s Steam page describes it as": whose page, the text must say
    sentence_end = span.close_end  # only its own quotation uses it
    return _Cue(found.group(1), verb_at, found.end(1), np, (sentence_start, sentence_end))


_PAGES = DOCUMENT_NOUNS | frozenset(("page", "sheet", "website", "site", "listing", "profile"))


# ", arguing that it", "issued a statement calling the bill": a participle clause says what
# the main clause's subject said.
_PARTICIPLE = re.compile(
    r"(?:,|\band|\bby|\bbefore"
    r"|\b(?:statement|letter|post|memo|release|email|note)(?: [\w’'\-]+){0,5}) "
    r"(arguing|saying|adding|noting|insisting|warning|claiming|contending|explaining"
    r"|writing|stating|declaring|asserting|complaining|predicting|vowing|telling|calling|citing"
    r"|answering|replying|responding)"
    r"(?: [\w’'\-]+){0,8}[,:]? $"
)


# "with the union’s convenor warning that", "with its chair promising that": who says it
_WITH_PARTICIPLE = re.compile(
    r"\bwith ((?:the|its|their|his|her) (?:[\w’'\-]+ ){0,3}?[a-z][\w\-]+) "
    r"(warning|saying|promising|insisting|arguing|claiming|predicting|vowing|adding|noting)"
    r"(?: [\w’'\-,]+){0,12} $"
)


_SENT_DOCUMENT = re.compile(
    r"\b(?:sent|issued|released|posted|published|filed) (?:a|an|the|its|their) "
    rf"(?:[\w\-]+ ){{0,2}}(?:{_DOCUMENT_NOUN})\b"
)


def _participle_cue(masked: str, span: _Span, sentence_start: int) -> _Cue | None:
    """A cue made of a speech verb's participle right before the quotation ("The District
    Attorneys Association opposed the measure, arguing that it “shifts the burden”"), its
    speaker the subject the sentence opens on."""
    lo = max(sentence_start, span.open_at - 140)
    with_subject = _WITH_PARTICIPLE.search(masked, lo, span.open_at)
    if with_subject is not None:
        # "..., with the union’s convenor warning that the dispute could run “...”"
        phrase = with_subject.group(1)
        determiner = phrase.split()[0].lower()
        subject = NounPhrase(
            "common", phrase, with_subject.start(1), with_subject.end(1), [], None, determiner
        )
        verb, verb_at, verb_end = with_subject.group(2), with_subject.start(2), with_subject.end(2)
        return _Cue(verb, verb_at, verb_end, subject, (sentence_start, span.close_end))
    found = _PARTICIPLE.search(masked, lo, span.open_at)
    if found is None:
        return None
    sent = _SENT_DOCUMENT.search(masked, sentence_start, found.start(1))
    if sent is not None:
        # "In March, Verdance’s largest investor, the fund Harrow Ridge Capital, sent a letter
        # ... warning that": whoever sent it
        np = left_subject(masked, max(sentence_start, sent.start() - _WINDOW), sent.start())
    else:
        np = _main_clause_subject(masked, sentence_start, found.start())
    if np is None:
        return None
    verb_at = found.start(1)
    return _Cue(found.group(1), verb_at, found.end(1), np, (sentence_start, span.close_end))


def _main_clause_subject(masked: str, lo: int, hi: int) -> NounPhrase | None:
    """The name or pronoun a sentence opens on, "The state District Attorneys Association"
    included: the name before the first lowercase word after it."""
    np = sentence_subject(masked, lo, hi)
    if np is not None and np.kind == "name" and np.words and np.words[-1].lower() in TITLE_WORDS:
        # "Nigeria’s Minister of Art, Culture and Tourism, Chief Olufemi Adeyinka-Bassey,
        # welcomed": the person the title is apposed to
        return _name_closing_title(masked, np, hi) or np
    if np is not None:
        return np
    opening = OPENING_PHRASE.match(masked, lo, hi)
    body = _BODY_SUBJECT.match(masked, opening.end() if opening else lo, hi)
    if body is not None:  # "In a post on its page, the foundation thanked donors, writing"
        return NounPhrase("common", body.group(1), body.start(1), body.end(1), [], None, "the")
    linking = _LINKING_VERB.search(masked, lo, min(hi, lo + 120))
    if linking is not None:
        # "Variety’s reviewer, Dev Okafor, was cooler, calling it “...”": the name before
        # the sentence's first "was"
        np = left_subject(masked, lo, linking.start(1))
        if np is not None and np.kind == "name":
            return np
    if not masked.startswith("The ", lo):
        return None
    for verb in _VERB_AFTER_NAME.finditer(masked, lo, min(hi, lo + 120)):
        if verb.group(1) not in _NAME_INNER_WORDS:  # "Department of Marine Resources"
            return left_subject(masked, lo, verb.start(1))
    return None


def _name_closing_title(masked: str, title: NounPhrase, hi: int) -> NounPhrase | None:
    """The name set off by commas after a title and its remit, before the sentence's verb."""
    found = _APPOSED_NAME_THEN_VERB.match(masked, title.end, hi)
    if found is None:
        return None
    words = split_title(found.group(1).split())[1]  # "Chief Olufemi Adeyinka-Bassey"
    np = _name_ending_at(found.end(1), words, None)
    np.title = masked[title.start : np.start].rstrip(", ")  # the title, remit and all
    return np


# " of Art, Culture, Tourism and the Creative Economy, Chief Olufemi Adeyinka-Bassey, welcomed"
_APPOSED_NAME_THEN_VERB = re.compile(
    r"[^.;:\x00]{0,120}?, ((?:[A-Z][\w’'\-.]* ){1,3}[A-Z][\w’'\-]+), [a-z]+ed\b"
)
_LINKING_VERB = re.compile(r" (was|were|is|are|seemed|sounded|remained)\b")
_BODY_SUBJECT = re.compile(r"([Tt]he [a-z]+) (?:[a-z]+ed|[a-z]+[^s\W]s)\b")
_NAME_INNER_WORDS = frozenset(("of", "and", "for", "the", "de", "del", "la", "on", "at", "in"))
_VERB_AFTER_NAME = re.compile(r"(?<![\w’'\-])(?!The )[A-Z][\w’'\-]* ([a-z]+)\b")


def _a_groups_label(text: str, span: _Span, cue: _Cue) -> bool:
    """ "Several spectators grumbled about quick “grandmaster draws”", "what prosecutors
    described as “pill mills”": a short lowercase phrase an unnamed group uses is a label,
    not anyone's remark."""
    words = text[span.start : span.end].rstrip(",").split()
    if not words or len(words) > 3 or not words[0][:1].islower() or text[span.end - 1] in ".!?":
        return False
    if cue.np.kind != "common":
        return False
    head = cue.np.text.lower().split()[-1]
    return head.endswith("s") and head.isalpha() and not head.endswith("ss")


def _is_inscription(np: NounPhrase) -> bool:
    """ "The sign, for the record, says “Sunday service suspended”": a sign does not speak."""
    if np.kind != "common":
        return False
    words = np.text.lower().split()
    cut = next((n for n, w in enumerate(words) if w in _SCARE_PREPOSITIONS and n), len(words))
    return words[cut - 1] in INSCRIPTION_NOUNS  # "a placard on the gate": its head, placard


def _closes_attribution(masked: str, cue: _Cue) -> bool:
    """Whether a cue opens its sentence with its speaker and ends the clause ("Pfeiffer
    asked.", "Sky Sports reporter Aisha Brennan asked.", "she said, laughing"): an
    attribution, not a report of its own."""
    opens = cue.np.start <= cue.sentence[0] + 1 or _role_before_name(
        masked[cue.sentence[0] : cue.np.start], cue.np
    )
    return opens and masked[cue.end : cue.end + 1] in (".", ",")


def _cue_after(masked: str, span: _Span, local: list[_Cue]) -> _Cue | None:
    """A cue attached right after the quotation (“...,” Sessions said / said Ana Lopez)."""
    for cue in local:
        if cue.start < span.close_end:
            continue
        between = masked[span.close_end : cue.start]
        if MASK in between or len(between) > 160:
            continue
        gap = masked[span.close_end : min(cue.np.start, cue.start)].strip(" ,—–-\u00a0")
        # (a name's "the" lies before its start: "“Fair point,” the CFO replied"; so may its
        # role: "“Is there a shortlist?” Sky Sports reporter Aisha Brennan asked")
        speaker_first = cue.np.start >= span.close_end and (
            gap in ("", cue.np.determiner) or _role_before_name(gap, cue.np)
        )
        verb_first = not between.strip(" ,—–-\u00a0") or cue.verb in ("according to",)
        if speaker_first or verb_first:
            return cue
    return None


def _role_before_name(gap: str, np: NounPhrase) -> bool:
    """Whether ``gap``, the words between a quotation and the name that speaks, is the
    name's role ("Sky Sports reporter", "city council member")."""
    words = gap.split()
    return (
        np.kind == "name"
        and 1 <= len(words) <= 5
        and is_person_noun(words[-1].lower())
        and all(w.replace("’", "").replace("'", "").isalpha() for w in words)
    )


def _choose_cue(
    text: str, masked: str, span: _Span, local: list[_Cue], after: _Cue | None
) -> _Cue | None:
    """Pick the cue of the quotation's own sentence: attached after, then before, then nearest."""
    if not local:
        return None
    inner_end = text[span.end - 1] if span.end > span.start else ""
    local = [c for c in local if not _in_closed_relative(masked, c, span.open_at)]
    if not local:
        return None
    before = [
        c for c in local if c.end <= span.open_at and MASK not in masked[c.end : span.open_at]
    ]
    medium_only = before and after is not None and after.verb == "according to"
    if (
        after is not None
        and inner_end in _SPEECH_END
        and not (medium_only and _names_a_document(after.np))
    ):
        return after
    if before:
        return _governing(masked, before, span.open_at)
    if after is not None:
        return after
    return min(local, key=lambda c: abs(c.start - span.open_at))


# ", a phrase ...", ", words ...": the quotation's words named again by whoever echoes them.
_ECHOED = re.compile(r",? (?:an? |the )?(?:phrase|expression|words?|term|line|slogan) ")


def _in_closed_relative(masked: str, cue: _Cue, quote_at: int) -> bool:
    """Whether the cue sits in a relative clause closed before the quotation ("The letter,
    which Two Ravens posted on its page, demands ..., calling it “...”"): not its frame."""
    comma = masked.rfind(",", cue.sentence[0], cue.np.start)
    return (
        comma >= 0
        and masked.startswith((", which ", ", who ", ", whom "), comma)
        and "," in masked[cue.end : quote_at]
    )


def _names_a_document(np: NounPhrase) -> bool:
    """ "a statement posted on its website": the medium, not the speaker, when one is named."""
    return any(word.lower() in DOCUMENT_NOUNS for word in np.text.split()[:4])


def _governing(masked: str, before: list[_Cue], span_open: int) -> _Cue:
    """The main clause's cue: a later cue whose subject sits inside an earlier cue's reported
    clause ("said the crossing the state had promised was", "added that Chile would insist")
    reports someone else's words through the earlier speaker."""
    chosen = before[-1]
    if (
        chosen.np.start >= 2
        and masked.startswith(", ", chosen.np.start - 2)
        and masked.startswith(",", chosen.end)
    ):
        return chosen  # "The school has promised ..., she said, and ...": she tells it all
    if chosen.verb.startswith("call") and not masked[chosen.end : span_open].strip():
        # "Musicians say the plan is what Sissoko called “...”", "terms she called “...”":
        # the words are the caller's, whoever frames the sentence
        return chosen
    for earlier in reversed(before[:-1]):
        if (
            chosen.np.start < earlier.end
            or earlier.verb == "according to"  # a source, never a reported clause's frame
            # "When she reported it, the complaint says, Pellerin told her she should “...”":
            # a document's aside set off by commas frames nothing ("she said," does)
            or (
                earlier.np.kind == "common"
                and masked.startswith(", ", earlier.np.start - 2)
                and masked.startswith(", ", earlier.end)
                and _previous_word(masked, earlier.np.start - 2) not in ("said", "says")
            )
            or _CLAUSE_JOIN.search(masked, earlier.end, chosen.np.start) is not None
            or _in_opening_phrase(masked, earlier, chosen)
            # "..., an idea Quintero-Haynes said she was “open to”": a noun set off after
            # the reported clause, and its own relative clause's speaker
            or _APPOSED_NOUN_BEFORE.search(
                masked, max(earlier.end, chosen.np.start - 40), chosen.np.start
            )
            is not None
        ):
            break
        chosen = earlier
    return chosen


# ", an idea ", ", a plan that ": a noun set off by a comma, its relative clause next.
_APPOSED_NOUN_BEFORE = re.compile(r", (?:an?|the) (?:[\w\-]+ ){0,2}?[a-z]+ (?:that |which )?$")
# ", and the association posted": a new clause with its own speaker, not a reported one.
_CLAUSE_JOIN = re.compile(r", (?:and|but|while|whereas|which|who) |;")


def _in_opening_phrase(masked: str, earlier: _Cue, later: _Cue) -> bool:
    """Whether ``earlier`` sits in the sentence's opening prepositional phrase, closed by a
    comma before ``later``'s speaker ("In a letter posted on its website, Price wrote")."""
    return (
        OPENING_PHRASE.match(masked, earlier.sentence[0]) is not None
        and "," in masked[earlier.end : later.np.start]
    )


def _resolve_speakers(
    text: str,
    masked: str,
    paragraphs: list[tuple[int, int]],
    sentences: list[int],
    cues: list[_Cue],
    cue_starts: list[int],
    pending: list[_Pending | None],
    quotes: list[Quote],
) -> None:
    """Walk the article in order, registering names and filling each speech quote's speaker.

    Cues that introduce no quotation are resolved too: they keep pronouns and "the
    statement" pointing at whoever spoke last.
    """
    registry = Registry(masked, breaks=[end for _, end in paragraphs[:-1]], text=text)
    used = {item.cue.start for item in pending if item is not None and item.cue is not None}
    events = [(item.span.open_at, 0, i) for i, item in enumerate(pending) if item is not None]
    last_quote = events[-1][0] if events else -1
    events += [
        (cue.start, 1, i)
        for i, cue in enumerate(cues)
        if cue.start not in used and cue.start < last_quote  # later ones change nothing
    ]
    events += [  # "she spelled “chiaroscurist”": a term's pronoun subject keeps her in focus
        (found.start(1), 2, i)
        for i, item in enumerate(pending)
        if item is None
        and quotes[i].start < last_quote
        and (
            found := _PRONOUN_VERB_BEFORE.search(
                masked, max(0, quotes[i].start - 40), quotes[i].start
            )
        )
    ]
    events.sort()
    read_to = events[-1][0] if events else 0  # later names change no quotation's speaker
    mentions = registry.scan_mentions(sentences, read_to)
    cursor = 0
    last: tuple[str | None, int, int] = (None, -1, -1)  # speaker, paragraph, position
    resolved: list[str | None] = [None] * len(pending)
    by_cue: dict[int, str | None] = {}

    issuers = _Issuers(masked)
    interview = _Interview(masked, paragraphs, cue_starts)
    exchange = _Exchange(paragraphs)

    def speaker_of(cue: _Cue) -> str | None:
        if cue.start not in by_cue:
            if cue.verb in _DOCUMENT_VERBS:
                head = cue.np.text.split()[-1].lower()
                named: str | None = (
                    issuers.get(head) or registry.document_sender(cue.np) or cue.np.text
                )
            else:
                words = cue.np.text.lower().split()
                issued = None
                if cue.np.kind == "common" and len(words) == 2 and words[1] in DOCUMENT_NOUNS:
                    # "... said in a statement. ¶ “...,” the statement said": whoever said so
                    # in it
                    issued = issuers.get(words[1])
                named = issued or registry.resolve(cue.np, cue.start)
                unresolved = named is not None and named.lower() in (
                    cue.np.text.lower(),
                    " ".join(words[1:]),  # "a spokesperson": "spokesperson"
                )
                if unresolved and (
                    _speaks_for_an_org(cue, masked)
                    # "“...,” the statement said" with no issuer read: the organisation in focus
                    or (cue.np.kind == "common" and words[0] == "the" and words[-1] in _FEEDS)
                ):
                    named = registry.salient_org(cue.start) or named
            by_cue[cue.start] = named
            if named is not None and cue.np.kind == "name":
                # "the museum’s curator, Ottilie X, said", "gallery curator Ottilie X said"
                role = cue.np.title or _previous_word(masked, cue.np.start)
                if cue.np.title or is_person_noun(role):
                    registry.note_roles(named, role)
            if named is not None:
                registry.last_cue_speaker, registry.last_cue_at = named, cue.start
                if (
                    registry.is_named(named)
                    or _names_an_org(cue.np)
                    # "Harlan County said in a statement": a place's government issues it (a
                    # cue without a document is dropped when the issuers are read)
                    or cue.np.kind == "name"
                ):
                    issuers.note(cue, named)
        return by_cue[cue.start]

    for position, is_cue, index in events:
        cursor = registry.consume(mentions, cursor, position)
        if is_cue == 2:
            pronoun = masked[position : masked.index(" ", position)]
            named = registry.resolve(NounPhrase("pronoun", pronoun, position, position), position)
            if named is not None:
                registry.touch(named, position)
            continue
        if is_cue:
            if _previous_word(masked, cues[index].np.start) in _SUBORDINATORS:
                continue  # "said she had doubts when Brandvold first described it": no new voice
            named = speaker_of(cues[index])
            if named is not None:
                registry.note_speaker(named, position)
                if cues[index].verb.startswith("ask") and _ASKS_WHAT.match(masked, cues[index].end):
                    # "Okafor asked how many ...": a question put without quotation marks
                    exchange.note_asked(named, position)
            continue
        item = pending[index]
        assert item is not None
        quote = quotes[index]
        if item.cue is not None:
            speaker = speaker_of(item.cue)
            if item.cue.np.kind == "pronoun":  # "she ... gave only her first name, Lorraine,"
                given = _given_before(masked, registry, item.cue, item.span.open_at)
                speaker = given or speaker
            if item.cue.np.kind != "name":
                speaker = _as_introduced(speaker, last[0])
            quote.cue = item.cue.verb
            quote.speaker_title = item.cue.np.title
            quote.from_pronoun = item.cue.np.pronoun is not None
            interview.note_answer(item.span, speaker)
        else:
            speaker = (
                exchange.turn(item.span, text, registry)
                or interview.answerer(item.span, registry, last[0])
                or _continued_speaker(
                    text, masked, registry, pending, resolved, index, last, paragraphs
                )
            )
        exchange.note(item.span, speaker, item.cue.verb if item.cue else None, text)
        quote.speaker = speaker
        resolved[index] = speaker
        if speaker is not None:
            last = (speaker, item.span.paragraph, item.span.open_at)
            registry.touch(speaker, item.cue.start if item.cue else item.span.open_at)
    _fill_forward(pending, resolved, quotes, masked)
    _roles_named_later(registry, quotes, sentences, read_to)
    written: dict[str, str] = {}
    for quote in quotes:
        if quote.speaker is not None and quote.speaker[-1:].isalpha():
            if quote.speaker not in written:
                written[quote.speaker] = _as_written(quote.speaker, masked)
            quote.speaker = written[quote.speaker]


# Verbs that only speak ("recalls", "called" may be nouns or name things after a possessive).
_PLAIN_SPEECH_VERBS = frozenset(
    ("said", "says", "added", "adds", "told", "tells", "wrote", "writes", "posted", "announced",
     "stated", "tweeted", "confirmed", "warned", "argued", "explained", "insisted")
)  # fmt: skip


def _as_written(speaker: str, masked: str) -> str:
    """A name as the text writes it when names are read without a possessive "’s" the name
    itself carries: "Christie’s said" is Christie’s, "Greenhalgh’s Brewery" keeps its "’s"."""
    article, _, name = speaker.partition(" ") if speaker.startswith("the ") else ("", "", speaker)
    if not name[:1].isupper():
        return speaker
    written = _owned_and_speaking(name, masked)
    if written is None and name not in masked:
        written = next((v for v in _inner_possessives(name) if v in masked), None)
    if written is None:
        return speaker
    return f"{article} {written}" if article else written


def _inner_possessives(name: str) -> Iterator[str]:
    """The name with "’s" after one of its words but the last ("Greenhalgh’s Brewery" for
    "Greenhalgh Brewery", as names are read without a possessive)."""
    words = name.split()
    for k in range(len(words) - 1):
        for mark in ("’s", "'s"):
            yield " ".join([*words[:k], words[k] + mark, *words[k + 1 :]])


def _owned_and_speaking(name: str, masked: str) -> str | None:
    """The name with its "’s" when the text has it speak so ("“...,” Christie’s said")."""
    for mark in ("’s", "'s"):
        owned = f"{name}{mark} "
        at = masked.find(owned)
        while at >= 0:
            if at == 0 or not masked[at - 1].isalnum():
                verb = masked[at + len(owned) : at + len(owned) + 12].split(None, 1)
                if verb and verb[0].strip(",.") in _PLAIN_SPEECH_VERBS:
                    return owned[:-1]
            at = masked.find(owned, at + 1)
    return None


def _as_introduced(speaker: str | None, last_speaker: str | None) -> str | None:
    """The last speaker's fuller description when a pronoun or "the spokesman" comes back to
    them as a bare role: "A spokesman for the fire service said ... ¶ He added": still the
    "spokesman for the fire service"."""
    if speaker is None or last_speaker is None or " " in speaker or not speaker.islower():
        return speaker
    return last_speaker if last_speaker.lower().startswith(speaker + " ") else speaker


def _roles_named_later(
    registry: Registry, quotes: list[Quote], sentences: list[int], read_to: int
) -> None:
    """Give a quotation's unnamed role ("the union’s convenor") to the person the next
    paragraphs introduce in it, reading the names past ``read_to`` when needed."""
    speech = [quote for quote in quotes if quote.kind == "speech"]
    for index, quote in enumerate(speech):
        speaker = quote.speaker
        if speaker is None:
            continue
        role = _UNNAMED_ROLE.fullmatch(speaker)
        head = role.group(1).lower() if role is not None else ""
        if role is None or not is_person_noun(head) or registry.is_named(speaker):
            continue
        reach = quote.end + _ROLE_REACH
        if reach > read_to:
            registry.consume(registry.scan_mentions(sentences, reach, read_to), 0, reach)
            read_to = reach
        named = registry.introduced_as(head, quote.end, reach)
        following = speech[index + 1] if index + 1 < len(speech) else None
        if (
            named is None
            and head not in ORG_HEADS  # "The department": no person
            and following is not None
            and following.speaker is not None
            and registry.introduced_next(
                following.speaker, head, quote.end, following.start, speaker
            )
        ):
            named = following.speaker  # the role, then its holder named as they speak
        if named is not None:
            quote.speaker = named


# "the union’s convenor", "its chair", "a veteran guide": a role with no name yet.
_UNNAMED_ROLE = re.compile(
    r"(?:[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Aa]n?) (?:[\w’'\-]+ ){0,4}?([a-z][\w\-]+)"
)
_ROLE_REACH = 1500  # characters after the quotation in which the role's holder is named


# "gave only her first name, Lorraine,": the name a pronoun's speaker gives for herself.
_GIVES_NAME = re.compile(
    rf"\b{NAME_OF},? (?:only |simply |just )?(?:as |is |was )?([A-Z][\w’'\-]+)"
)
_POSSESSIVE_OF = {pronoun: owner for owner, pronoun in POSSESSIVE_PRONOUNS.items()}


def _matched_name(found: re.Match[str], group: int) -> NounPhrase:
    """The name a regular expression's group matched, as a speaker phrase to resolve."""
    name = found.group(group)
    return NounPhrase("name", name, found.start(group), found.end(group), name.split())


def _given_before(masked: str, registry: Registry, cue: _Cue, hi: int) -> str | None:
    """The name a speaker gives for herself between her pronoun's cue and the quotation
    ("she ... gave only her first name, Lorraine,"; never "giving his name as Luis")."""
    found = _GIVES_NAME.search(masked, cue.end, hi)
    if found is None or found.group(1) != _POSSESSIVE_OF.get(cue.np.text.lower()):
        return None
    return registry.resolve(_matched_name(found, 2), found.start(2))


class _Exchange:
    """Questions and answers in alternating quoted paragraphs (a cross-examination, a
    broadcast interview): a bare turn is the asker's when it asks, else the other party's
    than the turn before. A cued turn after anyone else's question, or a question naming its
    addressee ("Is that your signature, Mr. Okafor?"), opens the exchange."""

    def __init__(self, paragraphs: list[tuple[int, int]]) -> None:
        self.paragraphs = paragraphs
        self.starts = [start for start, _ in paragraphs]  # for the paragraph of a position
        self.asker: str | None = None
        self.answerer: str | None = None  # both set while an exchange runs
        self.last: tuple[str | None, int, bool] | None = None  # the last speech turn:
        # its speaker, paragraph, and whether it asked
        self.voices: list[tuple[str, int]] = []  # every speech turn's speaker and paragraph
        self.question: tuple[int, int] = (0, 0)  # the last question's words
        self.asked_aside: tuple[str, int] | None = None  # an unquoted question's asker, paragraph
        self.former_answerer: str | None = None  # who answered the last exchange
        self.replied = False  # whether the last turn's cue was "replied", "answered" ...

    def turn(self, span: _Span, text: str, registry: Registry) -> str | None:
        """The speaker of a cue-less quotation opening its paragraph in an exchange."""
        if self.last is None or span.continues is not None:
            return None
        speaker, paragraph, asked = self.last
        if speaker is None or paragraph != span.paragraph - 1:
            return None
        if span.open_at != self.paragraphs[span.paragraph][0]:
            return None
        if self.asker is None:
            if _addresses(text, span, registry.entity(speaker)):
                # "“But you are telling us it doesn’t apply,” Castellanos said. ¶ “I’m telling
                # you, Chief Justice, that ...”": who is spoken to does not speak
                other = self._other_voice(speaker, span.paragraph)
                if other is not None:
                    self.asker, self.answerer = speaker, other  # the two take turns on
                    return other
            if self.replied:
                # "“..., ” Hollings replied. ¶ “The price paid by whom, counsel?”": the one
                # he replied to speaks again, and the two take turns
                other = self._other_voice(speaker, span.paragraph)
                if other is not None:
                    self.asker, self.answerer = other, speaker
                    return other
            if not asked or _asks(text, span):
                return None
            # the answer to a question: the person it names, else (when the question was the
            # whole turn, not a remark ending in one) the last other voice
            addressee = _addressee(text, self.question, registry)
            if (
                addressee is None
                and self._single_turn(paragraph)
                # "People told me it was risky. I said, risky for whom?": a remark of its
                # own that ends in a question
                and ". " not in text[self.question[0] : self.question[1]]
            ):
                addressee = self._other_voice(speaker, span.paragraph)
            if addressee is None or addressee == speaker:
                return None
            self.asker, self.answerer = speaker, addressee
            return addressee
        if _asks(text, span):
            return self.asker
        return self.answerer if speaker == self.asker else self.asker

    def note(self, span: _Span, speaker: str | None, verb: str | None, text: str) -> None:
        """Record a speech turn (``verb``: its cue's, if any); a gap, or a cued third voice,
        ends the exchange."""
        cued = verb is not None
        asked = _asks(text, span)
        previous = self.last
        # a reply goes on through its paragraph ("“...,” Hollings replied. “...”")
        same_turn = previous is not None and previous[:2] == (speaker, span.paragraph)
        self.replied = verb in _REPLY_VERBS or (not cued and same_turn and self.replied)
        gap = previous is None or span.paragraph > previous[1] + 1 or speaker is None
        third_voice = cued and self.asker is not None and speaker not in (self.asker, self.answerer)
        aside = self.asked_aside
        if gap or third_voice:
            self.former_answerer = self.answerer or self.former_answerer
            self.asker = self.answerer = None
        if cued and self.asker is None:
            if aside is not None and aside[1] == span.paragraph - 1 and aside[0] != speaker:
                # "Rep. Okafor asked how many ... ¶ “The majority,” Quintero-Baptiste said."
                self.asker, self.answerer = aside[0], speaker
            elif (
                previous is not None
                and span.paragraph == previous[1] + 1
                and previous[2]  # a cued answer to someone else's question
                and previous[0] not in (None, speaker)
            ):
                self.asker, self.answerer = previous[0], speaker
        if asked:
            self.question = (span.start, span.end)
        self.last = (speaker, span.paragraph, asked)
        if speaker is not None:
            self.voices.append((speaker, span.paragraph))

    def note_asked(self, asker: str, position: int) -> None:
        """An unquoted question ("Okafor asked how many ..."): a cued reply in the next
        paragraph opens an exchange between the two."""
        self.asked_aside = (asker, bisect_right(self.starts, position) - 1)

    def _single_turn(self, paragraph: int) -> bool:
        """Whether ``paragraph`` holds one speech turn only."""
        return sum(1 for _, at in self.voices[-3:] if at == paragraph) == 1

    def _other_voice(self, speaker: str, paragraph: int) -> str | None:
        """The last speaker other than ``speaker`` within the few paragraphs before; the one
        who answered the last exchange first, when they spoke there (a hearing's witness)."""
        first = None
        for voice, at in reversed(self.voices):
            if paragraph - at > _EXCHANGE_REACH:
                break
            if voice == speaker:
                continue
            if voice == self.former_answerer:
                return voice
            first = first or voice
        return first


_REPLY_VERBS = frozenset(("replied", "answered", "responded", "countered", "replies", "answers"))
_EXCHANGE_REACH = 8  # paragraphs back that the other party of a question may have spoken


# What an unquoted question asks: "asked how many", "asked Quintero-Baptiste whether".
_ASKS_WHAT = re.compile(
    r" (?:[A-Z][\w’'\-]+(?: [A-Z][\w’'\-]+)* )?(?:whether|how|what|why|if|when|who|where|which)\b"
)


def _asks(text: str, span: _Span) -> bool:
    """Whether a quotation's words end in a question mark."""
    return span.end > span.start and text[span.end - 1] == "?"


# "Is that your signature, Mr. Okafor?": the person a question is put to.
_VOCATIVE_TITLES = (
    r"(?:Mr|Mrs|Ms|Dr|Miss|Judge|Senator|Professor|Officer|Detective|Chief|Mayor|Governor"
    r"|Coach|Sheriff|Commissioner)"
)
_VOCATIVE = re.compile(rf", (?:{_VOCATIVE_TITLES}\.? )?([A-Z][\w’'\-]+(?: [A-Z][\w’'\-]+)?)\?$")


# "Senator, are you leaving?", "Dr. Ruiz, why now?": the addressee opening a question.
_VOCATIVE_FIRST = re.compile(rf"({_VOCATIVE_TITLES})\.?(?: ([A-Z][\w’'\-]+))?, ")


def _addresses(text: str, span: _Span, person: Entity | None) -> bool:
    """Whether the quotation speaks to ``person`` by name or title set off by commas ("I’m
    telling you, Chief Justice, that", "..., Justice Nakamura.")."""
    if person is None or person.kind != "person" or "‘" in text[span.start : span.end]:
        return False  # (a name inside a quotation it quotes is spoken to by someone else)
    known = set(person.words) | person.roles
    for found in _VOCATIVE_INSIDE.finditer(text, span.start, span.end):
        words = [w.lower().rstrip(".") for w in found.group(1).split()]
        if words and all(w in known or w in _COURTESY_TITLES for w in words):
            return True
    return False


# ", Chief Justice,", ", Justice Nakamura.", ", Mr. Okafor,": a name or title spoken to.
_VOCATIVE_INSIDE = re.compile(r", ((?:[A-Z][\w’'\-]*\.? ){0,2}[A-Z][\w’'\-]+)[,.?!]")
_COURTESY_TITLES = frozenset(("mr", "mrs", "ms", "dr", "miss"))


def _addressee(text: str, question: tuple[int, int], registry: Registry) -> str | None:
    """The known person a question (its words' extent) names as its addressee, by name at
    its end or by name or title at its start."""
    start, end = question
    found = _VOCATIVE.search(text, max(start, end - 60), end)
    if found is not None:
        at, phrase = found.start(1), _matched_name(found, 1)
    elif (found := _VOCATIVE_FIRST.match(text, start)) is not None:
        if found.group(2):
            at, phrase = found.start(2), _matched_name(found, 2)
        else:  # "Senator, ...": whoever holds the title
            at, name = found.start(1), f"the {found.group(1).lower()}"
            phrase = NounPhrase("common", name, at, found.end(1), [], None, "the")
    else:
        return None
    if phrase.kind == "name" and not registry.met(phrase.words[-1]):
        return None  # "Paris, Texas?", a "Maria?" never met: no one in the story
    named = registry.resolve(phrase, at)
    return named if named is not None and registry.is_person(named) else None


# Verbs that issue a document of their own: "the athletic department posted a photo on X.
# “...,” the post read".
_POSTING_VERBS = {"posted": "post", "tweeted": "tweet"}
_FEEDS = frozenset(("statement", "post", "notice", "advisory", "bulletin", "release"))
_ACCOUNTS = frozenset(("page", "account", "feed", "channel", "handle", "site", "website"))


class _Issuers:
    """Who issued each document a named speaker's sentence names ("said in a statement"),
    for the document that speaks later ("the statement read"). The documents are read only
    when one is asked for: most articles never ask."""

    def __init__(self, masked: str) -> None:
        self.masked = masked
        self.by_document: dict[str, str] = {}
        self.pending: list[tuple[_Cue, str]] = []  # in reading order

    def note(self, cue: _Cue, speaker: str) -> None:
        """``speaker`` issued whatever document ``cue``'s sentence names, if any."""
        self.pending.append((cue, speaker))

    def get(self, noun: str) -> str | None:
        """The latest issuer of a document called ``noun``."""
        for cue, speaker in self.pending:
            medium = cue.medium(self.masked) or (
                # (not "the Boosters’ Facebook page posted": a page is nobody)
                _POSTING_VERBS.get(cue.verb)
                if cue.np.text.rsplit(None, 1)[-1].lower() not in _ACCOUNTS
                else None
            )
            if medium:
                self.by_document[medium] = speaker
        self.pending.clear()
        return self.by_document.get(noun)


_INTERVIEWED = re.compile(
    r"\b(?:spoke|spoken|talked|speaks|talks|sat down) (?:with|to) "
    r"([A-Z][\w’'\-]+(?: [A-Z][\w’'\-]+){0,2})"
    r"|\binterview(?:ed)? (?:with )?([A-Z][\w’'\-]+(?: [A-Z][\w’'\-]+){0,2})"
)


# "On his first viral clip: ": a topic line an interview write-up answers in the same paragraph.
_TOPIC_LINE = re.compile(r"On [^\x00.!?]{1,100}: ")
_CAPITALISED = re.compile(r"(?<=[ \u00a0])[A-Z][\w’'\-]+")
_OPENING_NAME = re.compile(r"[A-Z][\w’'\-]+")


class _Interview:
    """A Q&A write-up: questions or topic lines ("On why a podcast:") each followed by a
    quoted answer with no cue. Every answer is the interviewee's, the person the write-up
    says it spoke with, else whoever spoke last before the first question."""

    def __init__(
        self, masked: str, paragraphs: list[tuple[int, int]], cue_starts: list[int]
    ) -> None:
        self.masked = masked
        self.paragraphs = paragraphs
        self.cue_starts = cue_starts  # sorted: where speech verbs with a subject sit
        self.interviewee: str | None = None

    def is_prompt(self, paragraph: int) -> bool:
        """A short unquoted paragraph ending in "?" or ":": a question or a topic line. One
        ending in ":" with a speaker and a speech verb ("a letter that X had written to the
        guard:") introduces that speaker's words instead."""
        lo, hi = self.paragraphs[paragraph]
        body = self.masked[lo:hi].rstrip()
        if not (0 < len(body) <= 200 and body[-1] in "?:" and MASK not in body):
            return False
        return body[-1] == "?" or bisect_left(self.cue_starts, lo) == bisect_left(
            self.cue_starts, hi
        )

    def answers(self, span: _Span) -> bool:
        """Whether ``span`` opens the paragraph right after a prompt, or follows a topic line
        opening its own paragraph ("On his first viral clip: “...”")."""
        index = span.paragraph
        lo, hi = self.paragraphs[index]
        if span.open_at != lo:
            uncued = bisect_left(self.cue_starts, lo) == bisect_left(self.cue_starts, hi)
            return uncued and _TOPIC_LINE.fullmatch(self.masked, lo, span.open_at) is not None
        return index > 0 and self.is_prompt(index - 1)

    def note_answer(self, span: _Span, speaker: str | None) -> None:
        """A cued answer ("“Once,” she says.") names the interviewee for the ones after it."""
        if self.interviewee is None and speaker is not None and self.answers(span):
            self.interviewee = speaker

    def answerer(self, span: _Span, registry: Registry, last: str | None) -> str | None:
        """The interviewee when ``span`` opens the paragraph right after a prompt."""
        if not self.answers(span):
            return None
        index = span.paragraph
        lo = self.paragraphs[index][0]
        if self.interviewee is None:
            self.interviewee = (
                self._named_before(index - 1, registry)
                or self._introduced_before(index - 1, registry)
                # an interview's highlights under topic lines: whom the article is about
                or (registry.most_named(span.open_at) if span.open_at != lo else None)
                or last
            )
        return self.interviewee

    def _introduced_before(self, prompt: int, registry: Registry) -> str | None:
        """The known person the first question names ("What does Tolliver miss?"), else
        the person who opens a sentence of the unquoted paragraph introducing the questions
        ("Valdessi-Moore, who starts at the state university, agreed to ..."), else the first
        person that paragraph names."""
        lo, hi = self.paragraphs[prompt]
        opener = _OPENING_NAME.match(self.masked, lo, hi)  # "Quintanilla-Oduya traces ...:"
        words = [opener] if opener is not None and not is_name_stopword(opener[0]) else []
        for word in [*words, *_CAPITALISED.finditer(self.masked, lo + 1, hi)]:
            if not registry.knows([word[0]]):
                continue  # "Letters to whom?": a sentence's first word, no one met
            phrase = NounPhrase("name", word[0], word.start(), word.end(), [word[0]])
            named = registry.resolve(phrase, word.start())
            # (a person: "Quintanilla-Oduya traces it to a camp in the Texas Hill Country:")
            if named is not None and registry.is_person(named):
                return named
        if prompt == 0 or self.is_prompt(prompt - 1):
            return None
        lo, hi = self.paragraphs[prompt - 1]
        if MASK in self.masked[lo:hi]:
            return None  # a quoted paragraph: whoever spoke there is no introduction
        # "The solo belongs to Mariana Castillo-Ferreira, a senior. We talked ...": the person
        # it opens a sentence on, else the first one it names
        return registry.salient_since(lo, hi) or registry.person_named_first(lo, hi)

    def _named_before(self, prompt: int, registry: Registry) -> str | None:
        """The person an introduction names ("We spoke with Ostrowska about the work.")."""
        for paragraph in range(prompt - 1, max(-1, prompt - 3), -1):
            lo, hi = self.paragraphs[paragraph]
            found = _INTERVIEWED.search(self.masked, lo, hi)
            if found is not None:
                group = 1 if found.group(1) else 2
                name = found.group(group)
                phrase = NounPhrase(
                    "name", name, found.start(group), found.end(group), name.split()
                )
                return registry.resolve(phrase, found.start(group))
        return None


# A subject pronoun and its verb right before a term's opening mark ("she spelled “...”").
_PRONOUN_VERB_BEFORE = re.compile(r"\b([Hh]e|[Ss]he) [a-z]+ \S?$")


_SPOKES_WORDS = frozenset(("spokesperson", "spokeswoman", "spokesman", "representative"))


def _speaks_for_an_org(cue: _Cue, masked: str) -> bool:
    """ "the grid operator said in a statement posted to its website": an unnamed speaker
    with a definite article who issues documents is the organisation met before."""
    words = cue.np.text.lower().split()
    if cue.np.kind == "common" and len(words) == 2 and words[1] in _SPOKES_WORDS:
        return True  # "a spokesperson said in a statement": for the body just named
    return (
        cue.np.kind == "common"
        and len(words) <= 3
        and words[0] == "the"
        and words[-1] not in PERSON_NOUN_GENDER
        and not words[-1].endswith("s")  # "the ministers": people, not one body
        and words[-1] not in ORG_HEADS  # "the ferry authority" is one, named or not
        and words[-1] not in DOCUMENT_NOUNS
        and cue.medium(masked) is not None
    )


def _names_an_org(np: NounPhrase) -> bool:
    """ "The sheriff's office", "the city's water department": an organisation, unnamed."""
    return np.kind == "common" and np.text.rsplit(None, 1)[-1].lower() in ORG_HEADS


def _continued_speaker(
    text: str,
    masked: str,
    registry: Registry,
    pending: list[_Pending | None],
    resolved: list[str | None],
    index: int,
    last: tuple[str | None, int, int],
    paragraphs: list[tuple[int, int]],
) -> str | None:
    """The speaker a cue-less quotation continues: its chain, the salient person, the last one."""
    item = pending[index]
    assert item is not None
    span = item.span
    if span.continues is not None and resolved[span.continues] is not None:
        return resolved[span.continues]
    beat = _beat_after(text, masked, span, paragraphs)
    if beat is not None and (
        beat.kind != "name"
        or registry.knows(beat.words)
        or _CUE.match(masked, beat.end + 1) is not None  # "CurbPay posted on X"
    ):
        named = registry.resolve(beat, beat.start)
        if named is not None:
            return named
    speaker, paragraph, position = last
    salient = registry.salient_since(
        max(position, paragraphs[max(0, span.paragraph - 1)][0]), span.open_at
    )
    if salient is not None:
        return salient
    introduced = _introduced_in_lead_in(masked, registry, span, paragraphs, position)
    if introduced is not None:
        return introduced
    if speaker is not None and span.paragraph - paragraph <= 1:
        return speaker
    # Nothing closer: the quotation is someone's, so the lead-in's "she", the person who
    # opened a sentence in the last two paragraphs, or whoever spoke last
    return (
        _pronoun_lead_in(masked, registry, span, paragraphs)
        or registry.salient_since(paragraphs[max(0, span.paragraph - 2)][0], span.open_at)
        or (speaker if span.paragraph - paragraph <= _LAST_SPEAKER_REACH else None)
    )


_LAST_SPEAKER_REACH = 4  # paragraphs after which whoever spoke last no longer goes on


# A subject pronoun and its verb ("she talks about the decision"), inside a paragraph.
_PRONOUN_SUBJECT = re.compile(r"(?:^|(?<=[.,;:—] )|(?<=\n))([Hh]e|[Ss]he) [a-z]+")


def _introduced_in_lead_in(
    masked: str,
    registry: Registry,
    span: _Span,
    paragraphs: list[tuple[int, int]],
    last_spoke: int,
) -> str | None:
    """The person an unquoted lead-in paragraph ends by introducing ("The last person to
    speak was Eleanor Castellanos, 79, a retired teacher." then “I taught ...”), when no one
    spoke since."""
    lead_in = _unquoted_lead_in(masked, span, paragraphs)
    if lead_in is None or last_spoke >= lead_in[0]:
        return None
    return registry.person_named_last(*lead_in)


def _unquoted_lead_in(
    masked: str, span: _Span, paragraphs: list[tuple[int, int]]
) -> tuple[int, int] | None:
    """The extent of the paragraph before a quotation that opens its own, when it quotes
    no one (a quoted paragraph's speaker goes on, or not, by other rules)."""
    if span.paragraph == 0 or span.open_at != paragraphs[span.paragraph][0]:
        return None
    lo, hi = paragraphs[span.paragraph - 1]
    return None if MASK in masked[lo:hi] else (lo, hi)


def _pronoun_lead_in(
    masked: str, registry: Registry, span: _Span, paragraphs: list[tuple[int, int]]
) -> str | None:
    """The person a cue-less quotation's lead-in paragraph is about, by its last subject
    pronoun ("Sitting at table six, she talks about the decision ..." then “My knees ...”)."""
    lead_in = _unquoted_lead_in(masked, span, paragraphs)
    if lead_in is None:
        return None
    found = list(_PRONOUN_SUBJECT.finditer(masked, *lead_in))
    if not found:
        return None
    last = found[-1]
    pronoun = NounPhrase("pronoun", last.group(1), last.start(1), last.end(1))
    return registry.resolve(pronoun, last.start(1))


def _beat_after(
    text: str, masked: str, span: _Span, paragraphs: list[tuple[int, int]]
) -> NounPhrase | None:
    """The person acting right after a quoted sentence (“Once.” She paused.): its speaker."""
    if span.unclosed or span.end <= span.start or text[span.end - 1] not in ".?!…":
        return None
    p_end = paragraphs[span.paragraph][1]
    if not masked.startswith(" ", span.close_end) or span.close_end + 1 >= p_end:
        return None
    return sentence_subject(masked, span.close_end + 1, p_end)


def _fill_forward(
    pending: list[_Pending | None], resolved: list[str | None], quotes: list[Quote], masked: str
) -> None:
    """A cue-less quotation with no earlier speaker takes the next one it runs straight into."""
    for index in range(len(pending) - 1, -1, -1):
        item = pending[index]
        if item is None or resolved[index] is not None or item.cue is not None:
            continue
        for later in range(index + 1, len(pending)):
            other = pending[later]
            if other is None:
                continue
            gap = masked[item.span.close_end : other.span.open_at]
            chained = other.span.continues == index
            if (chained or not gap.strip()) and resolved[later] is not None:
                resolved[index] = resolved[later]
                quotes[index].speaker = resolved[later]
            break
