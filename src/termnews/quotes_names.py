"""Speaker phrases and names for ``termnews.quotes``.

Reads the phrase beside a speech verb (a name with its title or apposition, a pronoun, "the
authority"), keeps a registry of the people and organisations an article introduces, and
resolves later references (surnames, pronouns, "the authority") to the name first introduced.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Literal, NamedTuple

from termnews.quotes_lexicon import (
    ABBREVIATIONS,
    AUXILIARIES,
    CORPORATE_MARKS,
    CUE_WORD_SET,
    DEMONYMS,
    DETERMINERS,
    DOCUMENT_NOUNS,
    FEMALE_NAMES,
    FINITE_VERBS,
    GENERIC_ORG_NOUNS,
    GROUP_NOUNS,
    INVERTED_STOPS,
    KIN_NOUNS,
    LEGAL_MARKS,
    MALE_NAMES,
    MONTHS,
    NAME_CONNECTORS,
    NAME_STOPWORDS,
    NAME_SUFFIXES,
    NOT_ORG_ACRONYMS,
    NOT_PERSON_NOUNS,
    NP_BOUNDARIES,
    NUMBER_WORDS,
    OPENING_PARTICIPLES,
    OPENING_PREPOSITIONS,
    ORG_DESCRIPTORS,
    ORG_HEADS,
    PERSON_NOUN_GENDER,
    PERSON_NOUNS,
    PLACE_WORDS,
    PRONOUN_GENDER,
    ROLE_WORDS,
    SUBJECT_PRONOUNS,
    TIME_WORDS,
    TITLE_GENDER,
    TITLE_WORDS,
)

MASK = "\x00"
_FIRST_NAMES = MALE_NAMES | FEMALE_NAMES
_ORG_WORDS = ORG_HEADS | CORPORATE_MARKS  # a word that makes a name an organisation's
_PREPOSITIONS = frozenset(("from", "in", "at", "of", "to", "for", "on", "near", "into", "with"))
# Word characters, with a period or colon inside only before a letter ("U.S.", "5:30"),
# written as unrolled loops: a repeated character class runs far faster in ``re`` than a
# repeated alternation.
# Words come first: the commonest token, tried first (the three start on different characters).
_TOKEN = re.compile(r"[^\W_][\w’'\-]*(?:[.:&–](?=\w)[\w’'\-]*)*\.?|\x00+|[,;:()—–&]")
_UPPER = "A-ZÀ-ÖØ-Þ"
# "U.S.", "AT&T", "Glengarry–Prescott–Russell" (an en dash inside a word joins it)
_CAP_WORD = rf"[{_UPPER}][\w’'\-]*(?:[.&–](?=[A-Za-z])[\w’'\-]*)*\.?"
# A quoted nickname inside a name ("Clement “Clem” Dufresne") is masked: the run reads past it.
_NICKNAME_MAX = 16  # characters of a masked quotation that may be a nickname
_CAP_RUN = re.compile(
    rf"{_CAP_WORD}(?:[ \u00a0](?:(?:of(?: the)?|de|da|del|della|van|von|der|den|la|le|du|bin|al|&)"
    rf"[ \u00a0]|\x00{{3,{_NICKNAME_MAX}}}[ \u00a0])?{_CAP_WORD})*"
)
Kind = Literal["name", "pronoun", "common"]


class Token(NamedTuple):
    """A word or punctuation mark of the unquoted text, with its offsets.

    Its lowercase form and first-character tests are stored, not computed on each use: the
    phrase readers ask them tens of thousands of times an article, a tuple field is read in C.
    """

    text: str
    start: int
    end: int
    lower: str
    is_word: bool
    is_capitalised: bool


@dataclass(slots=True)
class NounPhrase:
    """The speaker phrase of a cue: a name (title split off), a pronoun or a common noun."""

    kind: Kind
    text: str
    start: int
    end: int
    words: list[str] = field(default_factory=list)  # the name's words, title removed
    title: str | None = None
    determiner: str | None = None
    gender: str | None = None
    org_head: str | None = None  # "company" in "utility company Eversource"

    @property
    def pronoun(self) -> str | None:
        return self.text.lower() if self.kind == "pronoun" else None


def tokenize(text: str, lo: int, hi: int) -> list[Token]:
    """Words and punctuation of ``text[lo:hi]``; a run of masked quotation is one token."""
    return [
        _new_token(Token, (w, m.start(), m.end(), w.lower(), w[0].isalnum(), w[0].isupper()))
        for m in _TOKEN.finditer(text, lo, hi)
        if (w := m[0])
    ]


# ``tuple.__new__`` builds a token in C: calling the class runs a generated Python ``__new__``.
_new_token = tuple.__new__


def _clean_word(word: str) -> str:
    """A name word without a sentence-final period or a possessive ending."""
    if word[-1:] not in _CLEANED_ENDINGS:
        return word  # the common case: nothing to strip
    if word.endswith((".",)) and word.lower() not in ABBREVIATIONS and not _is_initial(word):
        word = word[:-1]
    if word.endswith(("’s", "'s")):
        word = word[:-2]
    elif word.endswith(("s’", "s'")):
        word = word[:-1]
    return word


_CLEANED_ENDINGS = frozenset(".s’'")  # the last characters ``_clean_word`` may strip


def _is_initial(word: str) -> bool:
    return (len(word) == 2 and word[0].isupper() and word[1] == ".") or "." in word[:-1]


_ROLE_ABBREVIATIONS = {
    "sen.": "senator",
    "gov.": "governor",
    "rep.": "representative",
    "capt.": "captain",
    "lt.": "lieutenant",
    "sgt.": "sergeant",
    "det.": "detective",
    "supt.": "superintendent",
    "prof.": "professor",
    "gen.": "general",
    "col.": "colonel",
    "maj.": "major",
    "adm.": "admiral",
    "cmdr.": "commander",
    "atty.": "attorney",
    "insp.": "inspector",
    "ofc.": "officer",
    "cllr": "councillor",
}


def role_names(words: Iterable[str]) -> set[str]:
    """Lowercase role words with their abbreviations spelled out ("Sen." -> "senator")."""
    roles: set[str] = set()
    for word in words:
        lower = word.lower()
        roles.add(lower)
        if lower in _ROLE_ABBREVIATIONS:
            roles.add(_ROLE_ABBREVIATIONS[lower])
    return roles


def split_title(words: list[str]) -> tuple[list[str], list[str]]:
    """Split "Boston Mayor Marty Walsh" into (["Boston", "Mayor"], ["Marty", "Walsh"])."""
    last_title = -1
    body = words[-1].lower() in ORG_HEADS  # "Tamarack County Republican Committee"
    for index, word in enumerate(words[:-1]):
        lower = word.lower()
        if lower in TITLE_WORDS and not (body and lower in _PARTY_WORDS):
            last_title = index
    title, name = words[: last_title + 1], words[last_title + 1 :]
    if title and len(name) > 2 and name[0].lower() in ("of", "for"):
        # "Vice Minister of Emergency Situations and Industrial Safety Yerlan Tokbergenov":
        # the title's remit runs on to the given name that opens the person's name
        cut = 1 + _remit_name_start([w.lower() for w in name[1:]])
        title, name = words[: last_title + 1 + cut], name[cut:]
    return title, name


_PARTY_WORDS = frozenset(("democrat", "republican"))  # "Republican Dale Brennerman"


def _pronoun_phrase(token: Token) -> NounPhrase | None:
    """The pronoun a token is or opens ("she", "She’d"), as a speaker phrase."""
    pronoun = _contracted_pronoun(token.lower)
    if pronoun is None:
        return None
    return NounPhrase(
        "pronoun", token.text[: len(pronoun)], token.start, token.start + len(pronoun)
    )


def is_name_stopword(word: str) -> bool:
    """A capitalised word that opens a sentence without naming anyone ("The", "But",
    "She’d", "You’ve")."""
    lower = word.lower()
    if lower in NAME_STOPWORDS:
        return True
    # "She’d", "You’ve": a stopword contracted (the subject pronouns are stopwords too)
    return ("’" in word or "'" in word) and _CONTRACTION.sub("", lower) in NAME_STOPWORDS


def _contracted_pronoun(word: str) -> str | None:
    """The subject pronoun a lowercase word is, with any contraction cut ("she’d" -> "she")."""
    if word in SUBJECT_PRONOUNS:
        return word
    stem = _CONTRACTION.sub("", word)
    return stem if stem != word and stem in SUBJECT_PRONOUNS else None


_CONTRACTION = re.compile(r"[’'](?:d|s|ll|re|ve)$")


def _strip_leading_stopwords(words: list[str]) -> list[str]:
    return words[_name_start(words) :]


@lru_cache(maxsize=8192)
def _run_name_words(raw: tuple[str, ...]) -> tuple[tuple[str, ...], bool]:
    """A capitalised run's name words (periods, possessives, leading stopwords, an age and a
    birthplace cut) and whether "the" opened it. Cached: names and sentence openers recur, in
    an article and across articles, and only the lexicons decide this."""
    words = _cleaned_words(list(raw))
    lead = _name_start(words)
    the_first = lead > 0 and words[0].lower() == "the"
    words = [w for w in words[lead:] if w]
    while words and "-" in words[0] and _AGE_WORD.fullmatch(words[0]):
        words = words[1:]  # "Nine-year-old Priya Raman": Priya Raman
    return tuple(_after_birthplace(words)), the_first


def _name_start(words: list[str]) -> int:
    """Where a name starts among its run's words: after "The", "But" and the like, keeping a
    count word that opens a company's name."""
    index = 0
    while index < len(words) and words[index].lower() in NAME_STOPWORDS:
        index += 1
    return _counted_name_start(words, index)


def _cleaned_words(raw: list[str]) -> list[str]:
    """A run's words without sentence periods or possessive endings (``_clean_word``)."""
    return [  # most words end in none of the characters ``_clean_word`` strips: kept as they are
        w if w[-1:] not in _CLEANED_ENDINGS or _kept_possessive(raw, k) else _clean_word(w)
        for k, w in enumerate(raw)
    ]


def _counted_name_start(words: list[str], index: int) -> int:
    """Where a name starts once its leading stopwords are cut: a count word stays when a
    company's name follows ("Two Ravens Brewing Co.", "Five Guys Holdings")."""
    if (
        1 <= index < len(words)
        and words[index - 1].lower() in NUMBER_WORDS
        and _is_org(words[index:])
    ):
        return index - 1
    return index


_VOWEL_KO = re.compile(r"[aeiou]ko$")  # "Hiroko", "Akiko" (but "Marko", "Darko" are men)


def _gender(title: list[str], name: list[str]) -> str | None:
    for word in title:
        if word.lower() in TITLE_GENDER:
            return TITLE_GENDER[word.lower()]
    if (len(name) >= 2 or (name and title)) and (title or not _is_org(name)):
        # (a name's first word tells no organisation's gender: "Colorado Climbing Federation")
        first = name[0].lower()
        if first in MALE_NAMES:
            return "m"
        if first in FEMALE_NAMES:
            return "f"
        if len(first) > 3 and name[-1] != name[0] and "-" not in first:  # not "Hyun-joo"
            if first.endswith(("ette", "elle", "ine")) or _VOWEL_KO.search(first):
                # "Evangeline", "Annette", "Hiroko", "Keiko": most such given names are women's
                return "f"
            if first.endswith(("us", "o")):
                return "m"  # "Lucius", "Anselmo"
    return None


def _name_phrase(
    tokens: list[Token], role: list[Token], determiner: str | None, appositive: str | None
) -> NounPhrase | None:
    """A capitalised run (with any role words before it) as a speaker phrase."""
    raw = _cleaned_words([t.text for t in tokens if t.text[0] != MASK])  # no nickname
    words = _after_birthplace([w for w in _strip_leading_stopwords(raw) if w])
    if not words:
        return None
    if determiner is None and len(words) < len(raw) and raw[0].lower() == "the":
        determiner = "the"
    title, name = split_title(words)
    quoted = max((k for k, t in enumerate(role) if t.text[0] == MASK), default=-1)
    role = role[quoted + 1 :]  # a title read back past a quotation starts after it
    role_text = " ".join(t.text for t in role).replace(" , ", ", ")
    title_text = " ".join(filter(None, [role_text, " ".join(title)])) or None
    if appositive:
        title_text = appositive if not title_text else f"{title_text}; {appositive}"
    gender = _gender(title, name) or _role_gender(role)
    org_head = next((t.lower for t in role if t.lower in ORG_DESCRIPTORS), None) if role else None
    return NounPhrase(
        "name",
        " ".join(words),
        tokens[0].start,
        tokens[-1].end,
        name,
        title_text,
        determiner,
        gender,
        org_head,
    )


_BASED_ENDINGS = ("-based", "-headquartered")


def _after_birthplace(words: list[str]) -> list[str]:
    """The name after a birthplace adjective ("South African-born Nomvula Dlamini-Park")."""
    for k, word in enumerate(words[:3]):
        if word.endswith("-born"):
            return words[k + 1 :]
    return words


def _role_gender(role: list[Token]) -> str | None:
    for token in role:
        if token.lower in TITLE_GENDER:
            return TITLE_GENDER[token.lower]
    return None


def left_subject(masked: str, lo: int, hi: int) -> NounPhrase | None:
    """The subject just before a speech verb ("Bianca Bersani, researcher at X, tells").

    Skips auxiliaries ("has also said", "used to say"), a parenthesis, and up to three
    comma-set appositions ("Alicia Moreno, a manager at X, which owns Y, said").
    """
    short_lo = hi - _SHORT_WINDOW
    if short_lo > lo:  # most subjects sit close to their verb: try a short window first
        tokens = tokenize(masked, short_lo, hi)
        if len(tokens) > _SAFE_TOKENS:
            phrase = _subject_of_tokens(masked, tokens, whole=False)
            if (
                phrase is not None
                and phrase.start >= tokens[_SAFE_TOKENS].start
                # a long title read back to the window's first token may go on before it
                and not (phrase.title and phrase.title.startswith(tokens[0].text))
            ):
                return phrase  # found well inside the window: the full one gives the same
        if len(tokens) > 1:
            # From its second token on (the first may be a word's tail), the short window's
            # tokens are the full window's: only the text before them is read again.
            head = tokenize(masked, lo, tokens[1].start)
            return _subject_of_tokens(masked, head + tokens[1:])
    return _subject_of_tokens(masked, tokenize(masked, lo, hi))


_SHORT_WINDOW = 100  # characters
_SAFE_TOKENS = 9  # a phrase starting past this many tokens never looked beyond the window


def _subject_of_tokens(masked: str, tokens: list[Token], whole: bool = True) -> NounPhrase | None:
    """``left_subject`` over the tokens of its window (``whole``: from the sentence's start or
    the full window, not a short window whose first tokens may not be the subject's)."""
    i = _skip_to_subject(tokens, len(tokens) - 1)
    if i < 0:
        return None
    if i >= 2 and tokens[i].lower in ("who", "which") and tokens[i - 1].text == ",":
        # "the state arts council, which described him": the relative's antecedent
        if _PARTY_TAG.fullmatch(tokens[i - 2].text):
            return None  # "Sen. Maria Delgado, D-N.M., who wrote the bill": no speech cue
        if tokens[i].lower == "which":  # a thing: the nearest noun phrase ("an award from
            for k in range(i - 2, max(-1, i - 12), -1):  # the state arts council, which")
                if tokens[k].lower in DETERMINERS:
                    return _head_phrase(masked, tokens[k : i - 1], i - 2 - k, None)
        phrase = _head_phrase(masked, tokens, i - 2, None)
        if tokens[i].lower == "who" and (
            (
                i >= 3
                and (phrase is None or _object_of_preposition(tokens, phrase.start))
                and _in_role_apposition(tokens, i - 2)
            )
            # "Tomasz Wierzbicki, a researcher in Gdańsk, Poland, who tracks the group,
            # wrote": the country ends the apposition, the person opens it
            or (phrase is not None and phrase.kind == "name" and _after_place(masked, phrase.start))
        ):
            # "Dev Raghunathan, vice president for public policy at Zoomly, who told": who
            # is the person the apposition belongs to, read as a comma's apposition
            i -= 1
        else:
            # "Lior Ben-Ami, the concertmaster of the city's symphony, who described": the name
            return _name_apposed_to(tokens, phrase) or phrase
    if i >= 1 and tokens[i].lower == "who" and tokens[i - 1].is_word:
        # "Walter Yoon, 81, a retired letter carrier who said": the name the role is apposed
        # to ("a man who said" alone names no one)
        return _name_apposed_to(tokens, _head_phrase(masked, tokens, i - 1, None))
    if tokens[i].text != ",":
        return _head_phrase(masked, tokens, i, None)
    last_comma = comma = i
    # A phrase the commas may hide a better subject behind: read on, and fall back to it
    fallback: NounPhrase | None = None
    in_list = False
    for _ in range(4):
        j = comma - 1
        while j >= 0 and tokens[j].text not in ",;:()":
            if MASK in tokens[j].text and not _embedded(tokens, j):
                break  # a quotation ends the apposition, unless it sits inside a clause
            j -= 1
        if j < 1 or tokens[j].text != "," or not 1 <= comma - j - 1 <= 18:
            # (a short window's start is no subject's: the full window reads before it)
            return fallback if whole or j >= 1 else None
        if _PARTY_TAG.fullmatch(tokens[j - 1].text):
            comma = j  # "Sen. Lisa Okonjo, D-Nev., the chairwoman": the tag is no name
            continue
        if comma == last_comma and tokens[j + 1].lower in ("and", "or") and comma - j <= 5:
            in_list = True  # "the Committee on Banking, Housing, and Urban Affairs,": a list
            comma = j
            continue
        if in_list and comma - j <= 3 and tokens[j + 1].is_capitalised:
            comma = j  # its items, back to the apposition they close
            continue
        named_body = _body_named_after(masked, tokens, j, last_comma)
        if named_body is not None:
            return named_body
        appositive = masked[tokens[j].end : tokens[last_comma].start].strip()
        if MASK in appositive:  # "whose book “The Night Porter” features": the title is out
            appositive = " ".join(appositive.replace(MASK, " ").split())
        if _looks_like_name(appositive) and _ends_in_title(tokens, j):
            # "Australia's Minister for Trade and Tourism, Fenella Quartermaine, told"
            title = masked[tokens[max(0, j - 6)].start : tokens[j].start].strip()
            named_phrase = _name_phrase(tokens[j + 1 : last_comma], [], None, title or None)
            if named_phrase is not None:
                return named_phrase
        named = _NAMED_LAST.search(masked, tokens[j].end, tokens[last_comma].start)
        if named is not None:  # "One, a product designer named Katarzyna Ellingboe, wrote"
            name = named.group(1)
            described = masked[tokens[j].end : named.start()].strip() or None
            return NounPhrase("name", name, named.start(1), named.end(1), name.split(), described)
        named_role = _name_apposed_to_role(tokens, j, last_comma)
        if named_role is not None:
            return named_role
        if tokens[j - 1].text[:1].isdigit() and (
            "-" in tokens[j - 1].text or tokens[j + 1].text.isdigit()
        ):
            # "with a 4-pound, 11-ounce Big Zac,", "a $40,000 grant": a measure's comma
            comma = j
            continue
        phrase = _head_phrase(masked, tokens, j - 1, appositive)
        if phrase is not None and (
            _listing_goes_on(tokens, j, comma)
            or _object_of_preposition(tokens, phrase.start)
            or _place_in_clause(tokens, j, comma)
            or _is_campus(masked, phrase.start)
            # "a researcher in Gdańsk, Poland, who tracks the group,": a city's country
            or (phrase.kind == "name" and _after_place(masked, phrase.start))
        ):
            # "Kimberly Adeyemi-Strand, executive director of the Youth Justice Collaborative,
            # a Buffalo-based advocacy group, said": the group is the director's, she speaks;
            # "The Coalition, a group of outfitters, climbing gyms and paddling clubs, wrote":
            # a list's comma, not an apposition's; "who emigrated from Enugu, Nigeria, in
            # 2004, said": a place's commas inside a clause
            fallback, comma = fallback or phrase, j
            continue
        if phrase is not None:
            # "The Prairie Ridge Education Association, the local teachers’ union, which
            # backed the change, argued": the name the common phrase is apposed to
            return (_name_apposed_to(tokens, phrase) if phrase.kind == "common" else None) or (
                phrase
            )
        comma = j
    return fallback


def _body_named_after(
    masked: str, tokens: list[Token], comma: int, last_comma: int
) -> NounPhrase | None:
    """ "the group, Ashworth Families for Responsible Reading, wrote": the name set off after a
    body's noun, small words and all, is the organisation that speaks."""
    if comma < 2 or tokens[comma - 1].lower not in ORG_DESCRIPTORS:
        return None
    if not any(t.lower in DETERMINERS for t in tokens[max(0, comma - 4) : comma - 1]):
        return None  # ("the group", "a second supporters’ group")
    inner = tokens[comma + 1 : last_comma]
    if inner and inner[0].lower == "the":
        inner = inner[1:]  # "A second supporters’ group, the Mill Lane Loyal, said"
    if (
        len(inner) < 2
        # "The board, Chairwoman Lisa Okonjo,", "The group, Maria Lopez and John Hart,": people
        or inner[0].lower in TITLE_WORDS
        or any(t.lower in _FIRST_NAMES for t in inner if t.is_capitalised)
        or not inner[0].is_capitalised
        or not inner[-1].is_capitalised
        or not all(t.is_word and (t.is_capitalised or t.lower in _NAME_SMALL_WORDS) for t in inner)
    ):
        return None
    text = masked[inner[0].start : inner[-1].end]
    words = [t.text for t in inner]
    opening = next(k for k in range(max(0, comma - 4), comma - 1) if tokens[k].lower in DETERMINERS)
    title = masked[tokens[opening].start : tokens[comma - 1].end]
    return NounPhrase(
        "name",
        text,
        inner[0].start,
        inner[-1].end,
        words,
        title,
        None,
        None,
        tokens[comma - 1].lower,
    )


_NAME_SMALL_WORDS = frozenset(("of", "the", "a", "and", "for", "&", "on", "in", "to", "at"))


def _in_role_apposition(tokens: list[Token], end: int) -> bool:
    """Whether the words from the comma before ``end`` open on a person's role ("Dev
    Raghunathan, vice president for public policy at Zoomly"): a role, not "according to"."""
    k = end
    while k >= 0 and tokens[k].text != ",":
        k -= 1
    if k < 1:
        return False
    role = []
    for token in tokens[k + 1 : end + 1]:
        if token.lower in _PREPOSITIONS:
            break
        role.append(token)
    return any(t.is_word and not t.is_capitalised and is_person_noun(t.lower) for t in role)


_RELATIVES = frozenset(("who", "which", "that", "whose"))


def _object_of_preposition(tokens: list[Token], start: int) -> bool:
    """Whether the phrase at ``start`` follows a preposition ("director of the Youth Justice
    Collaborative"), maybe with "the" between, or a relative clause's verb ("who leads the
    Harbor Trust"): an object, never the subject."""
    k = _token_at(tokens, start) - 1
    if k >= 1 and tokens[k].lower == "the":
        k -= 1
    if k >= 1 and tokens[k].lower in _PREPOSITIONS:
        return True
    while k >= 1 and tokens[k].is_word and tokens[k].lower not in _RELATIVES:
        k -= 1
    return k >= 1 and tokens[k].is_word and tokens[k - 1].text == ","


def _place_in_clause(tokens: list[Token], comma: int, end: int) -> bool:
    """Whether the comma at ``comma`` closes a place's "City, State" inside a clause that goes
    on with a preposition ("who emigrated from Enugu, Nigeria, in 2004, said")."""
    return (
        comma >= 3
        and comma + 1 < end
        and tokens[comma + 1].lower in _CLAUSE_PREPOSITIONS
        and tokens[comma - 1].is_capitalised
        and tokens[comma - 2].text == ","
        and tokens[comma - 3].is_capitalised
    )


_CLAUSE_PREPOSITIONS = frozenset(("in", "on", "at", "since", "during", "after", "before", "until"))


def _listing_goes_on(tokens: list[Token], comma: int, end: int) -> bool:
    """Whether the words between ``comma`` and ``end`` go on a list of plural nouns rather
    than set off an apposition ("outfitters, climbing gyms and paddling clubs that ...")."""
    before = tokens[comma - 1]
    if not before.is_word or before.is_capitalised or not _plural_noun(before.lower):
        return False
    words = tokens[comma + 1 : end]
    if not words or not words[0].is_word or words[0].is_capitalised:
        return False
    if words[0].lower in DETERMINERS:
        return False
    for token in words:
        if token.lower in ("that", "who", "which"):
            return False
        if token.lower in ("and", "or"):
            return True
    return False


def _name_apposed_to(tokens: list[Token], phrase: NounPhrase | None) -> NounPhrase | None:
    """The name a common phrase stands in apposition to ("Walter Yoon, 81, a retired letter
    carrier"), with the phrase as its title; None when it follows no name."""
    if phrase is None or phrase.kind != "common":
        return None
    k = _token_at(tokens, phrase.start)
    if k >= 4 and tokens[k - 2].text.isdigit() and tokens[k - 3].text == ",":
        k -= 2  # ", 81,": an age between
    if k < 2 or tokens[k - 1].text != "," or not tokens[k - 2].is_capitalised:
        return None
    return _name_phrase(tokens[_capitalised_start(tokens, k - 1) : k - 1], [], None, phrase.text)


def _token_at(tokens: list[Token], start: int) -> int:
    """The index of the token starting at ``start`` (0 if none does)."""
    return next((k for k in range(len(tokens) - 1, -1, -1) if tokens[k].start == start), 0)


def _capitalised_start(tokens: list[Token], end: int) -> int:
    """The first index of the run of capitalised words ending just before ``end``."""
    j = end
    while j > 0 and tokens[j - 1].is_word and tokens[j - 1].is_capitalised:
        j -= 1
    return j


def _name_apposed_to_role(tokens: list[Token], comma: int, last_comma: int) -> NounPhrase | None:
    """ "The city’s poet laureate, the Rev. Cornelius Abernathy-Stokes, tweeted": a lowercase
    role, then a name set off by commas (an optional "the" and title before it)."""
    if comma < 1 or not tokens[comma - 1].is_word:
        return None
    given = comma + 1  # past "the" and titles: "the Very Rev Dr Simon Achterberg"
    while given < len(tokens) - 1 and (
        tokens[given].lower in _HONORIFICS or tokens[given].lower in TITLE_WORDS
    ):
        given += 1
    named_next = given + 1 < len(tokens) and tokens[given].lower in _FIRST_NAMES
    if (
        tokens[comma - 1].is_capitalised
        and any(t.text == "," for t in tokens[:comma])
        and not named_next  # "a retired schoolteacher on Dunmore Street, Phyllis Amankwah,"
    ):
        return None  # "Tomás Ferreira, an oceanographer in Halifax, Nova Scotia,": a place
    role_start = _role_start(tokens, comma)
    if not any(
        t.is_word
        and (not t.is_capitalised or (named_next and t.lower in TITLE_WORDS))
        and is_person_noun(t.lower)
        for t in tokens[role_start:comma]
    ):
        return None  # "poet laureate", "a spokeswoman for St. Brendan": a person's role
    inner = tokens[comma + 1 : last_comma]
    if inner and inner[0].lower == "the":
        inner = inner[1:]
    if not 2 <= len(inner) <= 5 or not all(
        (t.is_word and t.is_capitalised) or (t.text == "&" and 0 < k < len(inner) - 1)
        for k, t in enumerate(inner)
    ):
        return None  # ("Her publisher, Harrow & Vine, said": a firm's ampersand is its name's)
    role = tokens[max(0, comma - 3) if role_start >= comma - 5 else role_start : comma]
    return _name_phrase(inner, role, None, None)


def _role_start(tokens: list[Token], comma: int) -> int:
    """Where the role before ``comma`` begins: five words back, or the clause's start for a
    long lowercase role ("deputy chief executive and general manager for ..., Tomasz X,")."""
    short = max(0, comma - 5)
    if any(
        t.is_word and not t.is_capitalised and is_person_noun(t.lower) for t in tokens[short:comma]
    ):
        return short
    k = comma - 1
    while k > 0 and comma - k < _LONG_ROLE and tokens[k - 1].is_word:
        k -= 1
    return min(k, short)


_LONG_ROLE = 16  # words a role may run to before the name it is apposed to


def _ends_in_title(tokens: list[Token], comma: int) -> bool:
    """Whether a title word sits among the few capitalised words before ``comma``."""
    for k in range(comma - 1, max(-1, comma - 11), -1):
        token = tokens[k]
        if token.text == "," and k > 0 and tokens[k - 1].is_capitalised:
            continue  # "Minister for Culture, Tourism and Civil Aviation": a list in the title
        if token.text.isdigit():
            continue  # "at FEMA Region 7, Corinne Matsuda-Hale": a unit's number
        if not token.is_word or not (token.is_capitalised or token.lower in _TITLE_LINKS):
            return False
        if token.lower in TITLE_WORDS:
            return True
    return False


# An apposition that ends by naming the person: "a product designer named Katarzyna Ellingboe".
_NAMED_LAST = re.compile(
    r"\b(?:named|called|identified (?:(?:him|her|them)sel(?:f|ves) )?(?:only )?as"
    r"|(?:first |last )?name(?: is|,| (?:only )?as)?) "
    r"([A-Z][\w’'\-]+(?: [A-Z][\w’'\-]+){0,2})(?:\s*$| who\b)"
)


def _embedded(tokens: list[Token], at: int) -> bool:
    """Whether the quotation token at ``at`` has words on both sides (a title in a clause)."""
    return 0 < at < len(tokens) - 1 and tokens[at - 1].is_word and tokens[at + 1].is_word


# A party-state tag after a politician's name ("D-Nev.", "R-Ariz.", "I-Vt.", "D-N.Y.").
_PARTY_TAG = re.compile(r"[DRI]-[A-Z][A-Za-z.]{0,6}")


_HABITUAL = frozenset(("used", "likes", "liked", "loves", "loved", "tends", "tended", "wants"))


def _skip_to_subject(tokens: list[Token], i: int) -> int:
    """Step back over auxiliaries, "used to", and a parenthesis between subject and verb."""
    while i >= 0:
        token = tokens[i]
        if token.is_word and token.lower in AUXILIARIES:
            i -= 1
        elif token.lower == "to" and i > 0 and tokens[i - 1].lower in _HABITUAL:
            i -= 2
        elif token.text == "," and (opened := _adverbial_aside(tokens, i)) is not None:
            i = opened - 1  # "what she, less politely, called": the aside is skipped
        elif token.text == ")":
            depth_start = next(
                (k for k in range(i - 1, max(-1, i - 30), -1) if tokens[k].text == "("), None
            )
            if depth_start is None:
                return -1
            i = depth_start - 1
        else:
            break
    return i


def _name_before_its_body(tokens: list[Token], phrase: NounPhrase) -> NounPhrase | None:
    """ "Capt. Reuben Achterberg of the Skyline pilots’ union put it": the person named
    before "of the" body, with the body as the title."""
    body = phrase.text.split()[-1].lower()
    if body not in _BODY_NOUNS and body not in GENERIC_ORG_NOUNS:
        return None  # "Fans of Taylor Swift from the region": a place, not an employer
    k = _token_at(tokens, phrase.start)
    if k < 3 or tokens[k - 1].lower not in ("of", "at", "with", "from"):
        return None
    j = _capitalised_start(tokens, k - 1)
    if j > 0 and (tokens[j - 1].lower in _OBJECT_PREPOSITIONS or tokens[j - 1].lower == "at"):
        return None  # "Supporters of Donald Trump at the rally": the name is an object
    name = tokens[j : k - 1]
    while len(name) > 2 and name[0].lower not in _FIRST_NAMES and name[1].lower in _FIRST_NAMES:
        name = name[1:]  # "Special Agent in Charge Damon Whitlock": the title's tail is no name
    if (
        len(name) < 2
        or name[-1].lower in ORG_HEADS
        or name[-1].lower in PLACE_WORDS
        or all(t.lower in TITLE_WORDS for t in name)
    ):
        return None
    return _name_phrase(name, [], None, f"{tokens[k - 1].text} {phrase.text}")


def _adverbial_aside(tokens: list[Token], comma: int) -> int | None:
    """The opening comma of an adverbial aside closed at ``comma`` (", less politely,",
    ", however,"): one to three lowercase words, one of them an adverb."""
    for k in range(comma - 1, max(-1, comma - 5), -1):
        token = tokens[k]
        if token.text == ",":
            words = tokens[k + 1 : comma]
            if any(t.lower in DETERMINERS for t in words):
                return None  # ", his only daughter,": an apposition, not an aside
            if words and any(
                (t.lower.endswith("ly") and t.lower not in _NOT_ADVERBS) or t.lower in _ASIDES
                for t in words
            ):
                return k
            return None
        if not token.is_word or token.is_capitalised:
            return None
    return None


_NOT_ADVERBS = frozenset(
    ("only", "elderly", "family", "early", "daily", "weekly", "monthly", "yearly", "friendly")
)
_ASIDES = frozenset(("however", "too", "though", "again", "instead", "meanwhile", "also"))


def _head_phrase(
    masked: str, tokens: list[Token], i: int, appositive: str | None
) -> NounPhrase | None:
    """The speaker phrase ending at ``tokens[i]``: a pronoun, a name or a common noun."""
    if i < 0:
        return None
    token = tokens[i]
    if not token.is_word:
        return None
    pronoun = _pronoun_phrase(token)
    if pronoun is not None:  # "she", "She’d have asked": a pronoun, never a name
        return None if appositive else pronoun
    if (
        token.text.isdigit()
        and i > 1
        and tokens[i - 1].lower in _NUMBERED_UNITS
        and tokens[i - 1].is_capitalised
        and tokens[i - 2].is_capitalised  # "Workers Local 1776", not "Region 7" alone
    ):
        unit = _left_name(masked, tokens, i - 1, appositive)  # "... Workers Local 1776, which"
        if unit is not None and unit.kind == "name":
            unit.text, unit.end = f"{unit.text} {token.text}", token.end
            unit.words = [*unit.words, token.text]
        return unit
    if token.is_capitalised:
        phrase = _left_name(masked, tokens, i, appositive)
        if phrase is None or phrase.kind != "common" or not appositive:
            return phrase  # (a common phrase: "an attorney for Halvorsen, Gregory Sealbright,")
    else:
        phrase = _left_common(masked, tokens, i, appositive)
    if phrase is not None and not appositive:
        body_named = _name_before_its_body(tokens, phrase)
        if body_named is not None:
            return body_named
    if phrase is not None and appositive:
        # "Her spokeswoman, Tanya Brooks, said", "its largest investor, the venture firm
        # Northpath Capital, posted": the name is in the apposition.
        split = _name_in_apposition(appositive)
        if split is not None:
            role, named = split
            renamed = _name_phrase(named, role, None, phrase.text)
            if renamed is not None:
                renamed.start, renamed.end = phrase.start, phrase.end
                return renamed
    return phrase


_ROLE_LISTS = (ROLE_WORDS, ORG_DESCRIPTORS, GENERIC_ORG_NOUNS, ORG_HEADS)


def _name_in_apposition(appositive: str) -> tuple[list[Token], list[Token]] | None:
    """(role words, name words) when an apposition is a name, maybe after a role ("the
    venture firm Northpath Capital", "Curtis", "Alberto van Klaveren")."""
    tokens = tokenize(appositive, 0, len(appositive))
    cut = next((c for c, t in enumerate(tokens) if t.lower in ("of", "at", "with")), None)
    if cut is not None and cut >= 2 and all(t.is_capitalised for t in tokens[:cut]):
        tokens = tokens[:cut]  # "Gregory Sealbright of the firm Sealbright & Marsh"
    if not tokens or len(tokens) > 8 or not all(t.is_word for t in tokens):
        return None
    first = next((n for n, t in enumerate(tokens) if t.is_capitalised), None)
    if first is None:
        return None
    name = tokens[first:]
    lower = [
        n for n, t in enumerate(name) if not t.is_capitalised and t.lower not in NAME_CONNECTORS
    ]
    if lower and (
        is_person_noun(name[lower[-1]].lower)
        or any(name[lower[-1]].lower in words for words in _ROLE_LISTS)  # "the fund X"
    ):
        # "the veteran Georgian grandmaster Levan Kobaidze": the name after the role's noun
        first += lower[-1] + 1
        name = tokens[first:]
    if (
        not name
        or not name[-1].is_capitalised
        or any(not t.is_capitalised and t.lower not in NAME_CONNECTORS for t in name)
    ):
        return None
    if len(name) == 1 and (name[0].lower in NAME_STOPWORDS or name[0].text.endswith(".")):
        return None
    role = tokens[:first]
    if role and role[0].lower in DETERMINERS:
        role = role[1:]
    if (
        role
        and not any(role[-1].lower in words for words in _ROLE_LISTS)
        and not is_person_noun(role[-1].lower)
    ):
        return None  # "a manager at Calder Foods": a place of work, not a name
    if not role and first:
        return None
    return role, name


def sentence_subject(masked: str, lo: int, hi: int) -> NounPhrase | None:
    """The name or pronoun opening a sentence ("Raman warned ..., but said"), if any."""
    tokens = tokenize(masked, lo, min(hi, lo + 160))
    i = 0
    while i < len(tokens) and tokens[i].lower in ("but", "and", "yet", "still", "so"):
        i += 1
    if i < len(tokens) and (
        tokens[i].lower in OPENING_PREPOSITIONS
        or (
            tokens[i].is_capitalised and len(tokens[i].text) > 5 and tokens[i].lower.endswith("ing")
        )
    ):
        # "Outside the courtroom, Haines ... said"; "Writing in the Herald, critic Natalie Osei"
        i = _after_opening_phrase(tokens, i)
    if i >= len(tokens) or not tokens[i].is_word:
        return None
    pronoun = _pronoun_phrase(tokens[i])
    if pronoun is not None:  # "She", "She’d laughed": a pronoun, never a name
        return pronoun
    j = _capitalised_end(tokens, i)
    while (
        i < j < len(tokens) - 1
        and tokens[j - 1].lower in ORG_HEADS
        and tokens[j].lower in ("of", "for")
        and tokens[j + 1].is_capitalised
    ):
        j = _capitalised_end(tokens, j + 1)  # "The Vermont Division for Historic Preservation"
    role: list[Token] = []
    if j == i and is_person_noun(tokens[i].lower):
        j = i + 1  # "critic Natalie Osei called": a lowercase role before the name
    if j > i and all(
        t.lower in TITLE_WORDS or t.lower in ROLE_WORDS or is_person_noun(t.lower)
        for t in tokens[i:j]
    ):
        # "Deputy press secretary Kendrick Sloane said": the name after the title's words
        k = j
        while k < min(len(tokens), j + 3) and tokens[k].is_word and not tokens[k].is_capitalised:
            k += 1
        if (k > j or not tokens[i].is_capitalised) and _capitalised_end(tokens, k) > k:
            j = _capitalised_end(tokens, k)
            if tokens[k - 1].lower in ("of", "for"):
                j = _remit_end(tokens, k)
                k = _name_after_remit(tokens, k, j)
            role, i = tokens[i:k], k
    employed = _role_after_employer(tokens, i, j) if j > i and not role else None
    if employed is not None:
        # "Cowen & Boyd aviation analyst Priya Venkataraman cut ... and wrote": the name
        role, i, j = tokens[j:employed], employed, _capitalised_end(tokens, employed)
    if j > i and not role and any(t.lower in TITLE_WORDS for t in tokens[i:j]):
        # "Assistant Senate Minority Leader and ranking member of the Judiciary Committee
        # Thomasina Wojcik-Adebayo, a Republican, warned": the name ends the title chain
        later = _title_chain_end(tokens, j)
        if later is not None:
            role, (i, j) = tokens[i : later[0]], later
    if j == i or j >= len(tokens) or (not tokens[j].is_word and tokens[j].text != ","):
        return None  # not "Name verb ..." nor "Name, apposition, verb"
    if tokens[j - 1].text.endswith(("’s", "'s")):
        return None  # "Smith’s lawyer disagreed": not Smith
    return _name_phrase(tokens[i:j], role, None, None)


def _role_after_employer(tokens: list[Token], i: int, j: int) -> int | None:
    """Where the name starts after an employer's name (``tokens[i:j]``) and a lowercase role
    ending in a person noun ("Cowen & Boyd aviation analyst Priya Venkataraman", "Blizzard
    coach Anders Haugland"); "Obama thanked former president George Bush" has a verb, not a
    role, and a one-word employer takes a one-word role only."""
    k = j
    while k < min(len(tokens), j + 3) and tokens[k].is_word and not tokens[k].is_capitalised:
        if tokens[k].lower.endswith("ed") or tokens[k].lower in FINITE_VERBS:
            return None
        if tokens[k].lower in CUE_WORD_SET:
            return None
        k += 1
    if k == j or not is_person_noun(tokens[k - 1].lower) or _capitalised_end(tokens, k) < k + 2:
        return None
    if j - i < 2 and k - j > 1:
        return None  # "Obama met former senator Tom Hart"
    return k


def _title_chain_end(tokens: list[Token], j: int) -> tuple[int, int] | None:
    """The last capitalised run of a long title joined by a few lowercase words ("and
    ranking member of the"), when it ends in name words: (start, end) of those words."""
    end = None
    k = j
    while k < len(tokens):
        gap = k
        while (
            k < len(tokens) and k - gap <= 5 and tokens[k].is_word and not tokens[k].is_capitalised
        ):
            k += 1
        run_end = _capitalised_end(tokens, k)
        if k == gap or run_end == k or k - gap > 5:
            break
        end = (k, run_end)
        k = run_end
    if end is None:
        return None
    start, stop = end
    name = start
    for m in range(stop - 1, max(start - 1, stop - 4), -1):
        word = tokens[m].lower
        if word in TITLE_WORDS or word in ORG_HEADS or not _is_name_word(tokens[m].text):
            break
        name = m
    if stop - name < 2:
        return None
    return _name_after_remit(tokens, name, stop), stop


def _name_after_remit(tokens: list[Token], start: int, stop: int) -> int:
    """Where the name starts in the run ``tokens[start:stop]`` closing a title."""
    return start + _remit_name_start([token.lower for token in tokens[start:stop]])


def _remit_name_start(words: list[str]) -> int:
    """Where the name starts among the lowercase words of a run closing a title ("Minister
    of Infrastructure Hanneke Dijkstra": the remit runs on to the name): at its last given
    name (one more before it kept, "Mary Ann"), else the last two words; 0 for a run of
    fewer than three words or a body's name ("the House Judiciary Committee")."""
    if len(words) < 3 or words[-1] in ORG_HEADS:
        return 0
    given = next((m for m in range(len(words) - 2, -1, -1) if words[m] in _FIRST_NAMES), None)
    if given is None:
        return len(words) - 2
    if given > 0 and words[given - 1] in _FIRST_NAMES:
        return given - 1
    return given


def _remit_end(tokens: list[Token], start: int) -> int:
    """Where a title's remit ends: capitalised runs joined by "and", "of", "the" ("Financial
    and Performance Evaluation Daniel Ruiz-Okoye", up to the verb)."""
    end = _capitalised_end(tokens, start)
    while end < len(tokens) and tokens[end].lower in _TITLE_LINKS:
        after = end
        while after < len(tokens) and tokens[after].lower in _TITLE_LINKS:
            after += 1
        following = _capitalised_end(tokens, after)
        if following == after:
            break
        end = following
    return end


def _is_nickname(token: Token) -> bool:
    """A short masked quotation inside a name ("Reginald “Reggie” Oduya")."""
    return token.text[0] == MASK and len(token.text) <= _NICKNAME_MAX


def _joins_run(tokens: list[Token], k: int, start: int) -> bool:
    """Whether ``tokens[k]`` ("&", a nickname) sits inside a capitalised run begun at
    ``start``: "Cowen & Boyd", "Reginald “Reggie” Oduya"."""
    return (
        (tokens[k].text == "&" or _is_nickname(tokens[k]))
        and k > start
        and k + 1 < len(tokens)
        and tokens[k + 1].is_capitalised
    )


def _capitalised_end(tokens: list[Token], i: int) -> int:
    """One past the run of capitalised words starting at ``i`` ("Cowen & Boyd" is one run)."""
    start = i
    while i < len(tokens) and (
        (tokens[i].is_word and tokens[i].is_capitalised) or _joins_run(tokens, i, start)
    ):
        i += 1
    return i


def _after_opening_phrase(tokens: list[Token], i: int) -> int:
    """The token after the comma closing a sentence's opening phrase (len(tokens) if none)."""
    for k in range(i + 1, min(len(tokens), i + 10)):
        if tokens[k].text == ",":
            return k + 1
        if not tokens[k].is_word:
            break
    return len(tokens)


def _looks_like_name(text: str) -> bool:
    """Two to four capitalised words ("Tanya Brooks", "Sgt. John Boyle")."""
    words = text.split()
    return 2 <= len(words) <= 4 and all(w[:1].isupper() for w in words)


def _name_run_start(tokens: list[Token], i: int) -> int:
    """Where the capitalised run ending at ``i`` starts, read back through name connectors,
    nicknames and an organisation's inner "of the"."""
    j = i
    while j > 0:
        previous = tokens[j - 1]
        capital = previous.is_word and previous.is_capitalised and previous.lower != "i"
        if (
            not capital
            and not (  # a connector is read only when the word is no capital
                (
                    previous.lower in NAME_CONNECTORS
                    or _joins_org_name(tokens, j - 1)
                    or _is_nickname(previous)  # "Reginald “Reggie” Oduya"
                )
                and j >= 2
                and (
                    tokens[j - 2].is_capitalised
                    # "Ruth van der Merwe": two particles in a row
                    or (
                        j >= 3
                        and tokens[j - 2].lower in NAME_CONNECTORS
                        and tokens[j - 3].is_capitalised
                    )
                )
            )
            and not (
                # "the Museum of the Rockies": "of the" inside an organisation's name
                previous.lower == "the"
                and j >= 3
                and tokens[j - 2].lower == "of"
                and (
                    _clean_word(tokens[j - 3].text).lower() in ORG_HEADS
                    or _named_by_itself(tokens, j - 3)
                )
            )
        ):
            break
        j -= 1
    return j


def _named_by_itself(tokens: list[Token], i: int) -> bool:
    """Whether the capitalised run ending at ``i`` is a name a body gave itself ("a group
    calling itself Friends of the Hartwell"): all of it, "of the" and all, is that name."""
    while i > 0 and tokens[i].is_word and tokens[i].is_capitalised:
        i -= 1
    return tokens[i].lower in _NAMING_WORDS


def _listed_org_name(
    tokens: list[Token], j: int, i: int, appositive: str | None
) -> NounPhrase | None:
    """An organisation's name that lists its fields before "and", its run ``tokens[j:i + 1]``
    read back past one comma ("the Energy, Minerals and Natural Resources Department")."""
    listed = (
        j >= 2
        and tokens[j - 1].text == ","
        and tokens[j - 2].is_word
        and tokens[j - 2].is_capitalised
        and (j == 2 or not (tokens[j - 3].is_word and tokens[j - 3].is_capitalised))
        and tokens[j - 2].lower not in NAME_STOPWORDS  # "Friday, Fish and Wildlife Service"
        and tokens[j - 2].lower not in TIME_WORDS
        and tokens[i].lower in ORG_HEADS
        and any(t.lower == "and" for t in tokens[j:i])
    )
    if not listed:
        return None
    phrase = _name_phrase([tokens[j - 2], *tokens[j : i + 1]], [], None, appositive)
    if phrase is None or phrase.words[0] != tokens[j - 2].text:
        return None
    first = tokens[j - 2].text
    phrase.text = phrase.text.replace(f"{first} ", f"{first}, ", 1)
    phrase.words = [f"{first},", *phrase.words[1:]]  # as the mention reads it
    phrase.start = tokens[j - 2].start
    if j >= 3 and tokens[j - 3].lower == "the":
        phrase.determiner = "the"
    return phrase


def _listed_after_org_head(masked: str, tokens: list[Token], j: int, i: int) -> NounPhrase | None:
    """An organisation's name whose fields follow its head ("Nepal’s Ministry of Culture,
    Tourism and Civil Aviation"): the run ``tokens[j:i + 1]`` ends a list that "and" and
    commas join to a run opening with the head and "of"."""
    if j < 4 or tokens[j - 1].lower != "and" or not tokens[j - 2].is_capitalised:
        return None
    k = j - 2
    for _ in range(4):  # up to four more fields, each after a comma
        k = _name_run_start(tokens, k)
        if k < 2 or tokens[k - 1].text != ",":
            return None
        head = _name_run_start(tokens, k - 2)
        while head + 1 < k - 1 and (
            tokens[head].lower == "the" or is_possessive(tokens[head].lower)
        ):
            head += 1  # "The Department of Health" opening a sentence, "Nepal’s Ministry"
        if tokens[head].lower in ORG_HEADS and tokens[head + 1].lower == "of":
            text = masked[tokens[head].start : tokens[i].end]  # its words as the mention
            # reads them, the comma kept: "Culture,"
            phrase = NounPhrase("name", text, tokens[head].start, tokens[i].end, text.split())
            phrase.org_head = tokens[head].lower
            return phrase
        k -= 2
    return None


def _left_name(
    masked: str, tokens: list[Token], i: int, appositive: str | None
) -> NounPhrase | None:
    """The speaker phrase whose capitalised run ends at ``i``: a name, or whom it belongs to."""
    j = _name_run_start(tokens, i)
    listed = _listed_org_name(tokens, j, i, appositive) or _listed_after_org_head(
        masked, tokens, j, i
    )
    if listed is not None:
        return listed
    if (
        j >= 3
        and tokens[j - 1].lower == "the"
        and tokens[j - 2].text == ","
        and tokens[j - 3].lower in _VESSELS
    ):
        return None  # "her boat, the Lucy B.,": a boat's name, not the speaker
    if j > 1 and tokens[j - 1].lower in ("in", "the") and _published_in(tokens, j):
        # "a 2003 review in Artforum dismissed": the publication speaks
        the = "the" if tokens[j - 1].lower == "the" else None
        phrase = _name_phrase(tokens[j : i + 1], [], the, appositive)
        if phrase is not None:
            phrase.org_head = "publication"
        return phrase
    if (
        i - j >= 2
        and j >= 2
        and tokens[j - 1].lower in _TITLE_LINKS
        and tokens[j - 2].is_capitalised
        and any(t.lower in TITLE_WORDS for t in tokens[max(0, j - 8) : j])
    ):
        # "Assistant Inspector General for Aviation Audits Meredith Okonkwo-Vance told": the
        # name closes a long title
        start = i - 2 if tokens[i - 2].lower in _FIRST_NAMES else i - 1
        return _name_phrase(tokens[start : i + 1], tokens[max(0, j - 8) : start], None, appositive)
    person = _person_of(tokens, j, i, appositive)
    if person is not None:
        return person  # "Darlene Two-Rivers of the Kwetlal Nation said": she speaks
    if j > 0 and tokens[j - 1].lower in _PREPOSITIONS:
        owner = _owner_phrase(masked, tokens, j - 1, i)
        if owner is not None or tokens[j - 1].lower != "for" or j < 2:
            return owner
        k = j - 1
        while k > 0 and k > j - 5 and tokens[k - 1].is_word and tokens[k - 1].is_capitalised:
            k -= 1
        determined = k > 0 and tokens[k - 1].lower == "the"
        named = k > 0 and (
            tokens[k - 1].lower in _NAMING_WORDS
            or is_possessive(tokens[k - 1].text)  # "the department’s Administration for ..."
        )
        if k < j - 1 and (k == 0 or not tokens[k - 1].is_word or determined or named):
            # "Airlines for America, the trade group, argued", "Ohio Parents for Safe Schools,
            # a group formed ..., said", "the Campaign for Real Ale said", "a group calling
            # itself Riverton Parents for Progress posted": a name with "for" inside
            determiner = "the" if determined else None
            return _name_phrase(tokens[k : i + 1], [], determiner, appositive)
        return None
    k = j
    while k > 0 and j - k < 3 and tokens[k - 1].is_word and tokens[k - 1].lower in ROLE_WORDS:
        k -= 1
    determiner = None
    if k > 0 and tokens[k - 1].lower in DETERMINERS:
        determiner = tokens[k - 1].lower
    return _name_phrase(tokens[j : i + 1], tokens[k:j], determiner, appositive)


# Pieces of writing whose publication is their author ("an editorial in The Courier").
_PUBLISHED_PIECES = frozenset(
    ("review", "editorial", "column", "article", "essay", "op-ed", "piece", "profile", "story")
)


def _person_of(tokens: list[Token], j: int, i: int, appositive: str | None) -> NounPhrase | None:
    """The person named before "of (the)", "from (the)" or "at (the)" and the name
    ``tokens[j : i + 1]`` ("Darlene Two-Rivers of the Kwetlal Nation"), when a first name
    opens their name."""
    k = j - 1
    if k >= 0 and tokens[k].lower == "the":
        k -= 1
    if k < 2 or tokens[k].lower not in ("of", "from", "at"):
        return None
    start = _capitalised_start(tokens, k)
    if not 2 <= k - start <= 4 or tokens[start].lower not in _FIRST_NAMES:
        return None
    before = tokens[start - 1] if start > 0 else None
    if (
        before is not None
        and before.is_word
        and not before.is_capitalised
        and before.lower not in DETERMINERS
        and before.lower not in ROLE_WORDS
    ):
        return None  # "a donation from Maria Lopez of the Harbor Trust": an object
    where = " ".join(t.text for t in tokens[k : i + 1])
    title = f"{where}; {appositive}" if appositive else where
    return _name_phrase(tokens[start:k], [], None, title)


def _published_in(tokens: list[Token], name_at: int) -> bool:
    """Whether "review in" or "editorial in the" comes right before the name at ``name_at``."""
    k = name_at - 1
    if tokens[k].lower == "the":
        k -= 1
    return k > 0 and tokens[k].lower == "in" and tokens[k - 1].lower in _PUBLISHED_PIECES


def _owner_phrase(masked: str, tokens: list[Token], of: int, end: int) -> NounPhrase | None:
    """ "the office of Secretary-General António Guterres said": the whole phrase speaks.

    Any other preposition ("a couple visiting from Ohio said") names a place, not the speaker,
    unless a body stands before it ("Ethiopia’s embassy in London wrote": the embassy).
    """
    if (
        tokens[of].lower in _PLACE_PREPOSITIONS_AFTER
        and of >= 1
        and tokens[of - 1].is_word
        and not tokens[of - 1].is_capitalised  # "Dalhousie University in Halifax": a name's
    ):
        noun = tokens[of - 1].lower
        if noun in ORG_HEADS or noun in GENERIC_ORG_NOUNS:
            return _left_common(masked, tokens, of - 1, None)
        return None
    if tokens[of].lower not in ("of", "for"):
        return None
    k = of - 1
    while k >= 0 and of - k <= 3 and tokens[k].is_word:
        if tokens[k].lower in DETERMINERS and k < of - 1:
            text = masked[tokens[k].start : tokens[end].end]
            return NounPhrase("common", text, tokens[k].start, tokens[end].end, [], None, None)
        if tokens[k].is_capitalised or tokens[k].lower in NP_BOUNDARIES:
            return None
        k -= 1
    return None


_PLACE_PREPOSITIONS_AFTER = frozenset(("in", "at", "from", "near"))


def _left_common(
    masked: str, tokens: list[Token], i: int, appositive: str | None
) -> NounPhrase | None:
    j = i
    while (
        j > 0
        and i - j < 7
        and tokens[j - 1].is_word
        and tokens[j - 1].lower not in NP_BOUNDARIES
        and tokens[j - 1].lower not in SUBJECT_PRONOUNS
    ):
        j -= 1
    if tokens[i].lower in NP_BOUNDARIES or tokens[i].lower in AUXILIARIES:
        return None
    words = tokens[j : i + 1]
    start = next(
        (n for n, t in enumerate(words) if t.lower in DETERMINERS or t.text.endswith(("’s", "'s"))),
        None,
    )
    if start is None:
        head = words[-1].lower
        if (
            len(words) >= 2
            and _plural_noun(head)
            and is_person_noun(head[:-1])
            and all(t.is_capitalised for t in words[:-1])
        ):
            pass  # "Scioto County commissioners said": the place's officials, all of it
        elif head in GROUP_NOUNS or (
            j == i and _plural_noun(tokens[i].lower) and (j == 0 or tokens[j - 1].text in ",;(—–")
        ):
            words = words[-1:]  # "police said", ", teammates say,"
        else:
            return None
    else:
        # "in its annual report the company called": a second determiner after a noun opens
        # the subject (after a preposition it opens an object: "a spokesman for the company")
        for k in range(len(words) - 2, start, -1):
            if (
                words[k].lower in _ARTICLES
                and words[k - 1].lower not in _ANY_PREPOSITIONS
                and words[k - 1].lower not in DETERMINERS
                and not is_possessive(words[k - 1].lower)
                # (a preposition's phrase before it: not "The lawyer the family hired said")
                and j + start > 0
                and tokens[j + start - 1].lower in _ANY_PREPOSITIONS
            ):
                start = k
                break
        if words[start].is_capitalised and is_possessive(words[start].lower):
            while (
                start > 0
                and words[start - 1].is_capitalised
                and words[start - 1].end + 1 == words[start].start  # one space: one name
                # "On Thursday Canada Soccer’s board": the time is no part of the owner
                and words[start - 1].lower not in TIME_WORDS
                and words[start - 1].lower not in MONTHS
                and words[start - 1].lower not in _ANY_PREPOSITIONS
            ):
                start -= 1  # "Canada Soccer’s board": the owner's whole name
        words = words[start:]
    text = masked[words[0].start : words[-1].end]
    determiner = words[0].lower if words[0].lower in DETERMINERS else None
    return NounPhrase(
        "common", text, words[0].start, words[-1].end, [], appositive, determiner, None
    )


_ARTICLES = frozenset(("the", "a", "an"))


def _plural_noun(word: str) -> bool:
    """A word shaped like a plural noun ("teammates", not "boss" or "this")."""
    return (
        len(word) > 3
        and word.endswith("s")
        and not word.endswith(("ss", "us", "is", "’s", "'s"))
        and word.isalpha()
        and word not in NP_BOUNDARIES
        and word not in AUXILIARIES
    )


def right_subject(masked: str, lo: int, hi: int, inverted: bool) -> NounPhrase | None:
    """The speaker after the verb: "said Commissioner Ana Lopez", "according to police"."""
    tokens = tokenize(masked, lo, hi)
    i = 0
    if inverted:
        while i < len(tokens) - 1 and tokens[i].lower in TIME_WORDS:
            i += 1
    titled_at = i + 1 if i < len(tokens) and tokens[i].lower == "the" else i
    if titled_at < len(tokens) - 1 and is_possessive(tokens[titled_at].lower):
        titled_at += 1  # "said the authority’s Executive Vice President ..., Name"
    if inverted and titled_at < len(tokens) and _opens_title(tokens, titled_at):
        # "said the Interim General Manager and Chief Executive ..., Adaeze Okonkwo-Reyes"
        long_titled = _name_after_long_title(tokens, titled_at)
        if long_titled is not None:
            start, end = long_titled
            appositive = _appositive_after(masked, tokens[end:], hi)
            return _name_phrase(tokens[start:end], tokens[titled_at:start], None, appositive)
    limit = 7 if inverted else 10
    stops = INVERTED_STOPS if inverted else frozenset(("that", "who", "which", "when"))
    if i >= len(tokens) or not tokens[i].is_word or tokens[i].lower in stops:
        return None
    j = i
    while (
        j < len(tokens)
        # "said Reginald “Reggie” Oduya", "said Procter & Gamble": inside the name
        and (tokens[j].is_word or _joins_run(tokens, j, i))
        and j - i < limit
        and (j == i or tokens[j].lower not in stops or _joins_org_name(tokens, j))
    ):
        j += 1
    if inverted and j - i == limit:
        j = _lowercase_title_end(tokens, i, j)
    words = tokens[i:j]
    if inverted and any(t.lower in FINITE_VERBS for t in words):
        return None  # "said the sell-off was": a reported clause, not an inverted speaker
    if inverted and _reported_clause(tokens, i):
        return None  # "said the program returns six state qualifiers": a clause, no speaker
    rest = tokens[j:]
    appositive = _appositive_after(masked, rest, hi)
    capital = next((n for n, t in enumerate(words) if t.is_capitalised), None)
    if (
        capital is not None
        and inverted
        and (not words[-1].is_capitalised or _role_of_place(words, capital))
        and len(rest) > 1
        and rest[0].text == ","
        and rest[1].is_capitalised
    ):
        # "Said Osei’s neighbor, Lucia Ferreira:", "said the mayor of Amorgos, Eleni
        # Vlachaki-Psarrou": the name set after the role
        named = right_subject(masked, rest[1].start, hi, inverted=False)
        if named is not None and named.kind == "name":
            named.title = masked[words[0].start : words[-1].end]
            return named
    if capital is None:
        if inverted and words[0].lower not in DETERMINERS and words[0].lower not in GROUP_NOUNS:
            return None
        if inverted and rest and MASK in rest[0].text and words[-1].lower.endswith("ed"):
            # "said the latest survey showed “...”": a reported clause's subject and verb
            return None
        if rest and rest[0].text == "," and len(rest) > 1 and rest[1].is_capitalised:
            named = right_subject(masked, rest[1].start, hi, inverted=False)
            if named is None or named.kind != "name":
                # "said the plaintiffs’ lead attorney, Jonah Feldstein of the nonprofit ...":
                # the capitalised run right after the comma
                run = _capitalised_end(rest, 1)
                named = _name_phrase(rest[1:run], [], None, None) if 3 <= run <= 5 else None
            if named is not None and named.kind == "name":
                named.title = masked[words[0].start : words[-1].end]
                return named
        text = masked[words[0].start : words[-1].end].rstrip(".")
        determiner = words[0].lower if words[0].lower in DETERMINERS else None
        return NounPhrase("common", text, words[0].start, words[-1].end, [], appositive, determiner)
    run_end = capital
    while run_end < len(words) and (
        words[run_end].is_capitalised
        or (
            # "Harbor of Hope", "Local 1704 President": a connector or a number inside
            (
                words[run_end].lower in NAME_CONNECTORS
                or words[run_end].text.isdigit()
                or _joins_org_name(words, run_end)
                or _is_nickname(words[run_end])
            )
            and run_end + 1 < len(words)
            and (
                words[run_end + 1].is_capitalised
                or (  # "Ruth van der Merwe"
                    words[run_end + 1].lower in NAME_CONNECTORS
                    and run_end + 2 < len(words)
                    and words[run_end + 2].is_capitalised
                )
            )
        )
    ):
        run_end += 1
    named_after = _name_after_role(words, run_end)
    if named_after is not None:
        # "said Harbor City coach Laura Benedetti": the organisation and role are the title.
        start, end = named_after
        role = words[:start]
        determiner = role[0].lower if role and role[0].lower in DETERMINERS else None
        return _name_phrase(
            words[start:end], role[1:] if determiner else role, determiner, appositive
        )
    prefix = words[:capital]
    if run_end < len(words) and not inverted:
        # "a description on a Facebook event page": keep the whole phrase.
        text = masked[words[0].start : words[-1].end].rstrip(".")
        determiner = words[0].lower if words[0].lower in DETERMINERS else None
        return NounPhrase("common", text, words[0].start, words[-1].end, [], appositive, determiner)
    determiner = None
    role = prefix
    if role and role[0].lower in DETERMINERS:
        determiner = role[0].lower
        role = role[1:]
    if any(t.lower not in ROLE_WORDS and not t.text.endswith(("’s", "'s")) for t in role):
        if inverted and (
            _described_role(role, words[capital:run_end])
            # "added his classmate Sofía, 14": a person's relation right before the name
            or (
                len(role) == 1
                and role[0].text.islower()
                and determiner in ("his", "her", "their")
                and role[0].lower not in NP_BOUNDARIES
            )
        ):
            # "said lead author Dr. Henrike Vogt": a lowercase description before a full name
            return _name_phrase(words[capital:run_end], role, determiner, appositive)
        if not inverted:
            text = masked[words[0].start : words[run_end - 1].end]
            return NounPhrase(
                "common", text, words[0].start, words[run_end - 1].end, [], appositive
            )
        return None
    return _name_phrase(words[capital:run_end], role, determiner, appositive)


_TITLE_LINKS = frozenset(("of", "for", "and", "the", "on", "at", "&"))


def _lowercase_title_end(tokens: list[Token], i: int, j: int) -> int:
    """Past a long lowercase title cut by the inverted reader's window ("said the authority’s
    executive director and chief executive officer for operations, finance and capital
    delivery, Oluwaseun Adebayo-Kraus"): the comma before the name, if the words up to it are
    lowercase, hold a title word, and a name follows; else ``j`` unchanged."""
    k = j
    while k < len(tokens) and k - i < 24:
        token = tokens[k]
        if token.text == "," and k + 1 < len(tokens) and tokens[k + 1].is_capitalised:
            titled = any(t.lower in TITLE_WORDS or t.lower in ROLE_WORDS for t in tokens[i:k])
            return k if titled else j
        if not (token.is_word and not token.is_capitalised) and token.text != ",":
            return j
        k += 1
    return j


def _opens_title(tokens: list[Token], i: int) -> bool:
    """A capitalised title word, maybe after a possessive ("Japan's Minister of ...") or a
    body's words ("Senate Minority Leader and Vice Chair of ...")."""
    if not tokens[i].is_capitalised:
        return False
    for token in tokens[i : i + 3]:
        if not (token.is_word and token.is_capitalised):
            return False
        if token.lower in TITLE_WORDS:
            return True
    return False


def _name_after_long_title(tokens: list[Token], i: int) -> tuple[int, int] | None:
    """The name at the end of a long title that lowercase links or commas join ("said Deputy
    Secretary of State for Elections and Campaign Finance Ingrid Solberg", "said Japan's
    Minister of Economy, Trade and Industry Ryosuke Imagawa"), as a token range."""
    j = i
    while j < len(tokens) and j - i < 24 and _continues_title(tokens, j):
        j += 1
    end = j
    while end > i and not (tokens[end - 1].is_word and tokens[end - 1].is_capitalised):
        end -= 1  # "... Ramona Whitfield of the state": the links after the name
    start = end
    while start > i and tokens[start - 1].is_word and tokens[start - 1].is_capitalised:
        start -= 1
    if start == i or end - start < 2:
        return None  # no link inside: an ordinary title the usual reading handles
    if end - start > 2:
        named = [k for k in range(end - 3, end - 1) if tokens[k].lower in _FIRST_NAMES]
        start = named[0] if named else end - 2
    return start, end


def _continues_title(tokens: list[Token], j: int) -> bool:
    """A capitalised word, a link word, or a comma before a capitalised word."""
    token = tokens[j]
    if token.is_word:
        return token.is_capitalised or token.lower in _TITLE_LINKS
    return token.text == "," and j + 1 < len(tokens) and tokens[j + 1].is_capitalised


def _reported_clause(tokens: list[Token], i: int) -> bool:
    """Whether "the NOUN VERBs" and an object's first word follow an inverted verb ("said the
    program returns six"): a reported clause, not "said the company’s lawyers"."""
    if i + 3 >= len(tokens) or tokens[i].lower not in ("the", "a", "an", "its", "their"):
        return False
    verb, after = tokens[i + 2], tokens[i + 3]
    return (
        verb.is_word
        and not verb.is_capitalised
        and verb.lower.endswith("s")
        and not verb.lower.endswith(("ss", "’s", "'s"))
        and (after.text[:1].isdigit() or after.lower in _OBJECT_OPENERS)
    )


_OBJECT_OPENERS = frozenset(
    ("a", "an", "the", "its", "their", "his", "her", "six", "two", "three", "four", "five")
)


def _described_role(role: list[Token], name: list[Token]) -> bool:
    """Whether lowercase words before an inverted speaker describe a person ("lead author",
    "longtime resident") named in full after them (two words or a title and one)."""
    if not 1 <= len(role) <= 3 or any(
        not t.text.islower() or t.lower in NP_BOUNDARIES for t in role
    ):
        return False
    return len(name) >= 2


def _role_of_place(words: list[Token], capital: int) -> bool:
    """ "the mayor of Amorgos", "the head of Oxfam": a role noun, then "of" and a name."""
    return (
        capital >= 3
        and words[0].lower in DETERMINERS
        and words[capital - 1].lower in ("of", "for", "at")
        and is_person_noun(words[capital - 2].lower)
    )


def _name_after_role(words: list[Token], run_end: int) -> tuple[int, int] | None:
    """The name in "Ohio State University law professor Michael Quinlan", as a word range."""
    k = run_end
    while k < len(words) and k - run_end < 3 and not words[k].is_capitalised:
        k += 1
    if k == run_end or k >= len(words) or not words[k].is_capitalised:
        return None
    if words[k - 1].lower not in ROLE_WORDS and words[k - 1].lower not in TITLE_WORDS:
        return None
    end = k
    while end < len(words) and words[end].is_capitalised:
        end += 1
    return k, end


def _appositive_after(masked: str, rest: list[Token], hi: int) -> str | None:
    """ ", a spokeswoman for the city" after an inverted speaker, up to the sentence end."""
    if len(rest) < 2 or rest[0].text != ",":
        return None
    end = hi
    for token in rest[1:]:
        if token.text in ";:()" or MASK in token.text:
            end = token.start
            break
    text = masked[rest[0].end : end].strip().rstrip(".,").strip()
    return text or None


# --- the registry of people and organisations ------------------------------------------------


@dataclass(slots=True)
class Entity:
    """A person or organisation as first introduced."""

    display: str
    kind: Literal["person", "org", "unknown"]
    words: tuple[str, ...]
    gender: str | None = None
    last_seen: int = -1
    acronym: str | None = None
    roles: set[str] = field(default_factory=set)  # "commissioner", "company"...
    acted: bool = False  # an unknown name seen opening a sentence with its verb
    salient_at: int = -1  # where it last spoke or opened a sentence ("it" means such an org)
    mentions: int = 0  # how often the text names it: an article's protagonist leads
    owner_only: bool = False  # named only as an owner ("Florence Price's symphonies")
    first_seen: int = -1  # where the text first names it
    called_by_surname: bool = False  # the bare surname named it while no one else had it


@dataclass(slots=True)
class Mention:
    """A capitalised run in the unquoted text."""

    start: int
    end: int
    words: list[str]
    determiner: str | None
    subject: bool  # it opens its sentence
    acronym: str | None = None
    org_head: str | None = None
    acts: bool = False  # it is a sentence's subject followed by its verb or ", 67,"
    gender: str | None = None  # told by a family word before it ("her son, Anders Lindqvist")
    given_name: bool = False  # a name given for a person ("gave only her first name, Lourdes")
    person_noun: bool = False  # an unnamed person ("a teenager"): ``words`` is its display
    role: str | None = None  # a role or kin word set before it ("Pruitt's attorney, Sam Reyes")
    described: bool = False  # ", who" follows it ("Renata, who lives")
    by_role: bool = False  # "The veterinarian will ride": ``words`` is the role of a known person


# An opening adverbial phrase before a sentence's subject ("On the dock, ", "In a letter sent
# to pharmacies on Monday, ").
# "Asked whether he would apologize to the Venkataraman family, ": a question put to someone.
_ASKED_OPENING = re.compile(
    r"Asked (?:about|whether|if|why|how|what|when|who|to)\b[^.;:\x00]{0,160}?, "
)
OPENING_PHRASE = re.compile(
    rf"(?i:{'|'.join(sorted(OPENING_PREPOSITIONS | OPENING_PARTICIPLES))})"
    r"\b[^,.;:]{0,70}, "  # a term quoted inside it too ("Asked about the “Cinderella” label, ")
)
# A name given for a person just described ("gave only her first name, Lourdes", "identified
# himself only as Dave"): the person, with the gender the pronoun tells.
# "his first name", "their name": a name someone gives (group 1 the possessive).
NAME_OF = r"(his|her|their) (?:first |last |full )?name"
_GIVEN_NAME = re.compile(
    rf"\b(?:{NAME_OF},? (?:only |simply |just )?(?:as |is |was )?"
    r"|(himself|herself|themselves) (?:only )?as )$"
)
_GIVEN_NAME_ENDS = frozenset(("name", "as", "is", "was"))
POSSESSIVE_GENDER = {"his": "m", "himself": "m", "her": "f", "herself": "f"}
# "works for Brennan Paving", "worked for Halden": the name after is an employer.
_EMPLOYER = re.compile(r"\bwork(?:s|ed|ing)? for $")
# "a 16-year-old from nearby Walnut Grove", "a farmer from Ashby": where a person is from.
_HOMETOWN = re.compile(
    r"\b(?:\d+-year-old|resident|residents|native|natives|man|woman|men|women|teen|teenager"
    r"|family|farmer|student|girl|boy|couple|retiree|mother|father|grandmother|grandfather)"
    r" from (?:nearby |neighboring |neighbouring |rural |suburban )?$"
)
# What a group calls itself: "calling itself “Eastgate First”", "known as Save Our Shore".
# The word before a name a body goes by ("a group calling itself Marlow Parents", "a chain
# called Prairie Lantern").
_NAMING_WORDS = frozenset(("itself", "themselves", "called", "named"))
_SELF_NAMING = "(?:calling itself|that calls itself|called|known as|named)"
# "A group calling itself “Eastgate First”", "a coalition known as “Save Our Shore”".
_CALLING_ITSELF = re.compile(
    r"\b(group|coalition|organization|organisation|campaign|committee|alliance|network)"
    rf" {_SELF_NAMING} (\x00+)"
)
# The platform an account is on ("the X account", "its official Instagram account").
_PLATFORM = "(?:X |Twitter |Instagram |Facebook |TikTok |YouTube |social media )?"
# ", in her second season,": a possessive in a phrase set off right after a name is the
# person's own.
_OWN_PRONOUN_AFTER = re.compile(r", (?:in|during|after|at|on|with) (his|her) [^,.;:\x00]{1,40},")
# A name opening a sentence, then a "whose"/"which" clause: a thing's (a school's) name.
_THING_OPENING = re.compile(
    r"((?:St\. |Saint )?[A-Z][\w’'\-]*(?: [A-Z][\w’'\-]*){0,4}), (?:whose|which) "
)
_SENT_BY_SELF_NAMED = re.compile(
    rf" (?:sent|signed|written|issued|posted) by (?:a|an) (?:[a-z]+ ){{0,3}}?{_SELF_NAMING} "
    r"([A-Z][\w’'\-&]*(?: (?:for |of |and |the )?[A-Z][\w’'\-&]*){0,6})"
)
_OWN_ACCOUNT = re.compile(
    rf"\b(?:on|to) (?:its|their) (?:official |verified )?{_PLATFORM}(?:account|page|feed)\b"
)
_DOCUMENT_VERB_FORMS = {"post": "post(?:ed)?", "tweet": "tweet(?:ed)?"}
_KIN_OPENING = re.compile(rf"(?:His|Her|Their) ({'|'.join(sorted(KIN_NOUNS))})\b")
_ACCOUNT_NOUNS = frozenset(("account", "feed", "page", "channel"))
# "the Coast Guard Sector North Bay account", "the team’s official Instagram account".
_NAMED_ACCOUNT = re.compile(
    r"\b([A-Z][\w&\-]*(?: [A-Z][\w&\-]*){0,6})(?:’s|'s)? (?:official |verified )?"
    rf"{_PLATFORM}(?:account|feed|page|channel)\b"
)
# "Vestergaard Agritech, a Danish company that says": what the name is, set right after it.
_APPOSED_ORG_NOUN = re.compile(
    rf", (?:a|an) (?:[\w\-]+ ){{0,2}}?({'|'.join(sorted(ORG_DESCRIPTORS))})"
    r"(?= that\b| which\b| based\b| headquartered\b|,|\.)"
)
# "patients of Carolina Meridian Health, the hospital chain said": the organisation's noun.
_ORG_APPOSED_SPEAKS = re.compile(
    rf", the (?:[a-z\-]+ ){{0,2}}({'|'.join(sorted(ORG_DESCRIPTORS))})"
    rf" (?:{'|'.join(sorted(CUE_WORD_SET))})\b"
)
# "Glide Mobility, which operates about 3,000 scooters": what a business does makes the name
# a company's, though no word of it says so.
_DOES_BUSINESS = re.compile(
    r", which (?:[a-z]+ly )?(?:operates|owns|runs|makes|sells|manufactures|provides|produces"
    r"|develops|builds|employs|manages|offers|distributes|markets|ships)\b"
)
# After a sentence-opening name: a lowercase verb ("keeps"), or an age apposition (", 67,").
_ACTS = re.compile(r"(?: [a-z]{2,}(?<!\bof)(?<!\band)(?<!\bin)\b|, \d{1,3},)")


# A document's author: "by Darnell K.", "by a user identified as Darnell K.".
_AUTHORED_BY = re.compile(
    r"\bby (?:an? [a-z]+ (?:identified|known) (?:only )?as |user )?"
    r"([A-Z][\w’'\-]*\.?(?: [A-Z][\w’'\-]*\.?){0,5})(?=[\s,:;]|$)"
)


# "her boat, the Lucy B.,": a vessel's name, no one's.
_DATE_WORDS = frozenset(
    ("in", "by", "since", "until", "till", "last", "next", "early", "late", "mid", "through")
)
_VESSELS = frozenset(("boat", "ship", "vessel", "yacht", "trawler", "schooner", "ferry", "barge"))
# The name words that go with a business noun ("the brewery": Two Ravens Brewing Co.; "the
# union": the Harlan County Deputies’ Association).
_BUSINESS_STEMS: dict[str, tuple[str, ...]] = {
    "brewery": ("brewing", "brewery", "breweries", "brewers", "brewpub"),
    "winery": ("winery", "wineries", "vineyard", "vineyards", "wines", "cellars"),
    "distillery": ("distillery", "distilling", "distillers", "spirits"),
    "bakery": ("bakery", "bakeshop", "bakers", "bakehouse", "bread"),
    "restaurant": ("restaurant", "kitchen", "grill", "diner", "bistro", "cafe", "café"),
    "pharmacy": ("pharmacy", "pharmacies", "drug", "drugs", "apothecary"),
    "cooperative": ("cooperative", "co-op", "coop"),
    "union": ("union", "association", "federation", "guild", "local", "brotherhood"),
    "railroad": ("railroad", "railway", "rail"),
    "railway": ("railway", "railroad", "rail"),
    "utility": ("power", "electric", "energy", "utilities", "edison"),
}
# "a group calling itself", "a nonprofit called": the name after is an organisation's.
_BODY_CALLED = re.compile(
    r"\b(group|organization|organisation|coalition|nonprofit|company|firm|committee|campaign"
    r"|network|alliance|chain|startup|club|association)(?: of [a-z\- ]{1,24}?)?"
    r" (?:calling itself|calling themselves|called|named) $"
)
_FOR_NAME = re.compile(r" for (?:the |an? )?[A-Z][\w’'\-]*(?: [A-Z][\w’'\-]*)*")
# "... from lawyers for Crestmark Beverage Group": who sent a document named just before.
_SENT_FROM = re.compile(
    r"\bfrom (?P<agent>(?:lawyers|attorneys|counsel|officials|executives) "
    r"(?:for|at|of|representing) )?(?:the )?(?P<name>[A-Z][\w’'\-&]*(?: [A-Z][\w’'\-&.]*){0,4})"
)
# "a report released Monday by the state’s nonpartisan Independent Fiscal Office": its issuer.
_RELEASED_BY = re.compile(
    r" (?:released|issued|published|prepared|commissioned|written|compiled|drafted|authored"
    r"|penned) (?:[\w\-]+ ){0,3}?"
    r"by (?:the )?(?:[a-z]+(?:’s|'s) (?:[a-z\-]+ ){0,2}|(?:[a-z\-]+ ){1,2})?"
    r"(?P<name>[A-Z][\w’'\-&]*(?: [A-Z][\w’'\-&.]*){0,4})"
)
# "issued a statement": whoever opens that sentence issued the document it names.
_ISSUED = re.compile(
    r"\b(?:issued|released|put out|posted|sent|published|emailed|shared) "
    r"(?:a|an|the|its|his|her|their) (?:[a-z\-]+ ){0,2}?([a-z]+)\b"
)
POSSESSIVE_PRONOUNS = {"his": "he", "her": "she", "their": "they"}
# "His wife of 54 years, ": a relative introduced just before their first name.
_KIN_INTRO = re.compile(
    rf"\b([Hh]is|[Hh]er|[Tt]heir) (?:{'|'.join(sorted(KIN_NOUNS))})(?: of \d+ years)?, $"
)
_GOVERNING_BODIES = frozenset(("board", "council", "committee", "commission", "trustees"))
_OWNED_BODIES = frozenset(("office", "campaign", "staff", "team", "administration", "family"))
# "one judge": the kind of person a later "Another" is.
_ONE_OF = re.compile(r"\b[Oo]ne ([a-z]{3,})\b")
# "a copy obtained by The Associated Press": who has the document, not who wrote it.
_OBTAINED = re.compile(r"\b(?:obtained|seen|reviewed|viewed|received|shared|translated) $")


# ", a physiotherapist from Cork": up to four lowercase words after a name's comma.
_APPOSITION = re.compile(r", (?:a|an|the) ((?:[a-z0-9][a-z0-9\-’']* ?){1,4})")
_BARE_APPOSITION = re.compile(
    r", ((?:[a-z][a-z\-]* ){0,3}[a-z][a-z\-]*) (?:for|of|at|with|in)\b[^,.;:\x00]{0,100}[,.]"
)
# ", who took over as chief executive in January": a role a "who" clause gives.
_ROLE_CLAUSE = re.compile(
    r", who (?:took over as|became|becomes|serves as|served as|was named|was appointed|is)"
    r" (?:the |its |a |an )?((?:[a-z][a-z\-]* ){0,2}[a-z][a-z\-]*)\b"
)
_BARE_ROLE = re.compile(r", ([a-z][a-z\-]+) (?:of|at|for|with)\b")
_PERSON_SUFFIXES = ("ist", "ian", "er", "or", "ant", "ent", "man", "woman", "ess", "crat", "naut")


_AGE_WORD = re.compile(r"[\w]+-(?:year|month|week)-old", re.IGNORECASE)
_AGE_AFTER = re.compile(r", (?:\d{1,3},|an? \d{1,3}-year-old\b)")
# A verb right after a name ("and Saoirse Adebayo-Kowalczyk walked onto", "climbs", "may"): it acts.
_VERB_AFTER = re.compile(
    r" (?:[a-z]{3,}ed|[a-z]{3,}[^s\W]s|is|was|has|had|does|did|will|would|could|can|may"
    r"|might|must|should|stood|sat|went|came|took|made|ran"
    r"|saw|held|kept|left|got|gave|found|began|spent|brought|thought|wore|led|won|lost|put"
    r"|felt|knew|met|paid|sent|built|spoke|grew|drove|rode|fell|heard|became|sold|bought"
    r"|taught|caught|fought|broke|chose|drew|flew|slept|threw|woke)\b"
)

# Words after which an unnamed "a teenager in a hoodie" may be a clause's subject; after a
# verb ("played a construction worker") or a preposition it is an object.
_CLAUSE_OPENERS = frozenset(
    ("and", "but", "while", "when", "then", "as", "because", "where", "was", "is", "were", "are")
)
_SPOKES_NOUNS = frozenset(("spokesman", "spokeswoman", "spokesperson", "representative"))
_OBJECT_PREPOSITIONS = frozenset(("by", "to", "with", "for", "from", "of", "about", "than"))


_PLACE_PREPOSITIONS = frozenset(("on", "in", "at", "near", "from", "of", "to", "off", "along"))
_ANY_PREPOSITIONS = _OBJECT_PREPOSITIONS | _PLACE_PREPOSITIONS


def _role_before_comma(masked: str, start: int) -> bool:
    """Whether the phrase before the comma ahead of a name, back to the previous comma,
    names a person's role ("The company's founder and chief executive, Solveig X")."""
    lo = max(0, start - 70)
    before = masked[lo : start - 2]
    cut = max(before.rfind(","), before.rfind(". "), before.rfind("\n"), before.rfind(MASK))
    words = before[cut + 1 :].split()
    return 0 < len(words) <= 8 and any(
        is_person_noun(_clean_word(word).lower()) and not word[:1].isupper() for word in words
    )


_DAY_AFTER = re.compile(r" \d{1,2}\b")


# "She posted", "Hours after the vote, she posted": a pronoun subject, maybe after an opening.
_PRONOUN_OPENING = re.compile(r"(?:[A-Z][^,;:\x00]{0,60}, )?([Ss]he|[Hh]e) ")
# Words that open a time phrase before a sentence's subject ("On Thursday", "By late morning").
_TIME_OPENERS = (
    "By",
    "On",
    "Last",
    "Later",
    "Earlier",
    "Then",
    "That",
    "This",
    "Early",
    "Late",
    "After",
    "Before",
)
# "On Thursday ", "Later, ", "Tuesday ": a time before a sentence's subject.
_TIME_LEAD = rf"(?:(?:(?:{'|'.join(_TIME_OPENERS)})(?: [A-Za-z]+){{0,2}}|[A-Z][a-z]+day),? )?"
# "The district disclosed", "The historical society weighed": a body opening its sentence
_BODY_OPENINGS = (
    re.compile(rf"{_TIME_LEAD}[Tt]he (?P<phrase>(?P<head>[a-z]+)) (?!said\b)[a-z]+"),
    re.compile(rf"{_TIME_LEAD}[Tt]he (?P<phrase>[a-z]+ (?P<head>[a-z]+)) (?!said\b)[a-z]+"),
)
# "In her final column, ": a sentence opening on a document its subject owns.
_OWNED_OPENING = re.compile(r"(?:In|From|Through) (?:his|her|their) (?:[\w’'\-]+ ){0,3}")


# Nouns for an institution that an article names once and then calls "the club".
# "a later post", "another statement": a document that goes on from the last one.
_CONTINUING = frozenset(
    ("later", "second", "another", "follow-up", "subsequent", "new", "further", "separate")
)
_INSTITUTION_NOUNS = frozenset(
    (
        "club", "team", "resort", "hospital", "federation", "division", "league", "museum",
        "library", "school", "district", "festival", "orchestra", "newspaper", "paper",
        "station", "university", "college", "church", "foundation", "society", "association",
        "department", "ministry", "council", "commission", "authority", "bureau", "agency",
    )
)  # fmt: skip
_CORPORATE_NOUNS = frozenset(("company", "firm", "business"))  # "the company": a company's
_BODY_NOUNS = _INSTITUTION_NOUNS | ORG_HEADS  # "The district disclosed ... in a letter"


def _latest_between(marks: list[tuple[int, Entity]], lo: int, hi: int) -> str | None:
    """The display of the last of ``marks`` (position, entity; in reading order) that sits
    in ``[lo, hi)``."""
    for position, entity in reversed(marks):
        if position < lo:
            return None
        if position < hi:
            return entity.display
    return None


def _latest(entities: list[Entity]) -> Entity | None:
    """The entity seen last, if any."""
    return max(entities, key=lambda e: e.last_seen) if entities else None


def _words_before_comma(masked: str, at: int, reach: int) -> list[str] | None:
    """The last three words before ", " at ``at`` (read back ``reach`` characters), or None
    when no comma and space come right before ``at``."""
    if at < 3 or masked[at - 2 : at] != ", ":
        return None
    return masked[max(0, at - reach) : at - 2].split()[-3:]


def _apposed_to_name(masked: str, at: int) -> bool:
    """Whether ``at`` follows a capitalised name and a comma ("Okafor, a spokesman")."""
    words = _words_before_comma(masked, at, 40)
    if words is None:
        return False
    if len(words) >= 2 and words[-1].isdigit() and words[-2].endswith(","):
        words = [words[-2][:-1]]  # "Kasimir Delacroix-Imani, 19, a first-year student"
    word = words[-1:]
    if word and word[0] in KIN_NOUNS:
        return True  # "her late husband, a civil engineer,": the husband, no one new
    return bool(word) and word[0][:1].isupper() and word[0].lower() not in NAME_STOPWORDS


def _may_be_given(word: str) -> bool:
    """Whether a capitalised word before a two-word name may be its given name: not a title
    or an organisation's word, not a plural ("Programs", "Affairs")."""
    lowered = word.lower()
    if lowered in _FIRST_NAMES:
        return True
    return not (
        lowered in TITLE_WORDS
        or lowered in ORG_HEADS
        or lowered.endswith(("s", "ence", "ance", "ment", "tion", "sion", "ity", "ship", "ness"))
    )  # "Coastal Resilience Ingeborg Mwangi-Salo": an abstract noun is no given name


# "the University of Nevada, ": a university's name that a campus's place may follow.
_CAMPUS_OF = re.compile(
    r"\b(?:University|College|Institute|Polytechnic) of [A-Z][\w’'\-]*(?: [A-Z][\w’'\-]*){0,2}, $"
)


_MODAL_NAMES = frozenset(("Will", "Can", "May", "Should", "Would", "Could", "Might", "Must"))
_PRONOUN_NEXT = re.compile(r" (?:he|she|they|it|we|you|I)\b")


# "from Amman, ", "in Enugu, ": a place after a preposition, a wider place to follow.
_PLACE_BEFORE = re.compile(r"\b(?:from|in|near|outside) [A-Z][\w’'\-]*(?: [A-Z][\w’'\-]*)?, $")


def _after_place(masked: str, start: int) -> bool:
    """Whether a place after a preposition and a comma ends just before ``start`` ("from
    Amman, " before "Jordan"): a wider place follows, not a person."""
    return _PLACE_BEFORE.search(masked, max(0, start - 48), start) is not None


def _is_campus(masked: str, start: int) -> bool:
    """Whether the word at ``start`` names a university's campus ("the University of Nevada,
    Reno"): a place, never a person, nor a subject the commas hide."""
    return _CAMPUS_OF.search(masked, max(0, start - 64), start) is not None


def _is_dateline(masked: str, end: int, raw: list[str]) -> bool:
    """An all-capitals place opening a paragraph, then a comma and a state ("SAN JOSE,
    Calif."), a bracket or a dash; not "NASA, which shared photos"."""
    after = masked[end : end + 2]
    return all(word.isupper() for word in raw) and (
        after in (" (", " —", " -") or (after == ", " and masked[end + 2 : end + 3].isupper())
    )


def _named_person(masked: str, start: int) -> str | None:
    """For a name after "named": its gender ("m", "f" or "" when the noun does not tell)
    when a person noun comes before "named" ("a bus mechanic named"), else None."""
    words = masked[max(0, start - 40) : start].split()
    if len(words) < 2:
        return None
    noun = words[-2].lower()
    if not is_person_noun(noun):
        return None
    return PERSON_NOUN_GENDER.get(noun) or ""


def _plural_people(word: str) -> bool:
    """ "Children", "Visitors", "Kids" opening a sentence: people in general, no one's name."""
    return word in _IRREGULAR_PEOPLE or (word[-1:] == "s" and word[:-1] in PERSON_NOUN_GENDER)


_IRREGULAR_PEOPLE = frozenset(("children", "people", "men", "women", "folks", "grandchildren"))


def _people_in_general(entity: Entity) -> bool:
    """ "Scientists", "Officials", "Children" opening a sentence: a plural noun for people,
    never "he" or "she"."""
    if len(entity.words) != 1:
        return False
    word = entity.words[0]
    return _plural_people(word) or (word[-1:] == "s" and is_person_noun(word[:-1]))


def is_person_noun(word: str) -> bool:
    """A noun for a person by its lexicon entry or its ending ("physiotherapist")."""
    return (
        word in _PERSON_ROLES
        or word in PERSON_NOUN_GENDER
        or (len(word) > 4 and word.endswith(_PERSON_SUFFIXES) and word not in NOT_PERSON_NOUNS)
    )


class Registry:
    """The people and organisations met so far, in reading order."""

    def __init__(self, masked: str, breaks: list[int], text: str | None = None) -> None:
        self.masked = masked
        self.text = masked if text is None else text  # the quotations' words, for names
        self._breaks = breaks  # where paragraph breaks start
        self.entities: list[Entity] = []
        self.by_display: dict[str, Entity] = {}
        self.by_words: dict[tuple[str, ...], Entity] = {}
        self.by_last: dict[str, list[Entity]] = {}
        self.by_first: dict[str, list[Entity]] = {}
        self.subject_mentions: list[tuple[int, Entity]] = []
        self.opening_mentions: list[tuple[int, Entity]] = []  # sentence subjects of any kind
        self.last_cue_speaker: str | None = None
        self.last_cue_at = -1  # where that speaker's cue sits
        self.groups: list[tuple[int, str]] | None = None  # "The researchers" sentence subjects
        self.by_acronym: dict[str, list[Entity]] = {}  # in reading order, as ``entities``
        self.orgs: list[Entity] = []  # entities created as organisations (a few turn person)
        self.orgs_by_first: dict[str, list[Entity]] = {}  # organisations by first, last word
        self.orgs_by_last: dict[str, list[Entity]] = {}
        self.orgs_by_owner: dict[tuple[str, ...], list[Entity]] = {}  # by possessive opening
        self.sentences: list[int] = [0]  # sentence starts, set by ``scan_mentions``
        self._asked: list[tuple[int, int]] | None = None  # "Asked whether ..., " clauses

    # scanning ---------------------------------------------------------------------------

    def scan_mentions(
        self, sentences: list[int], upto: int | None = None, lo: int = 0
    ) -> list[Mention]:
        """Every capitalised run outside quotations (before ``upto``: later ones are never
        consumed; from ``lo``, where a scan before ended), flagged when it opens its sentence."""
        mentions: list[Mention] = []
        self.sentences = sentences
        upto = len(self.masked) if upto is None else upto
        for run_start, run in _capitalised_runs(self.masked, upto, max(0, lo - _RUN_REACH)):
            if run_start < lo:
                continue  # (read back a little so that a run is read from its start)
            if is_name_stopword(run):
                continue  # "The", "But", "She’d": a sentence's first word, not a name
            if "." in run or "’s " in run or "'s " in run:
                pieces = _pieces(run, run_start)
            else:  # the common case, one piece: spares building the list
                pieces = [(run_start, run_start + len(run), run.split(), False)]
            if MASK in run:  # the nickname is no word of the name
                pieces = [(s, e, [w for w in raw if w[0] != MASK], o) for s, e, raw, o in pieces]
            for start, end, raw, owned in pieces:
                mention = self._mention(sentences, start, end, raw, owned)
                if mention is not None:
                    mentions.append(mention)
        unnamed = []
        for match in _INDEFINITE_NOUNS.finditer(self.masked, lo, upto):
            # the person noun first: most matches ("a lot", "an hour") name none
            first, second = match.group(1, 2)
            if second is not None and second in PERSON_NOUN_GENDER:  # "an old man"
                display = f"{first} {second}"
            elif first in PERSON_NOUN_GENDER:  # "a teenager in a school hoodie"
                display, second = first, None
            else:
                continue
            if self.masked.startswith(" as ", match.start() - 4):
                continue  # "worked as a nurse": what someone is, not another person
            if _apposed_to_name(self.masked, match.start()):
                continue  # "Dwayne Okafor, a spokesman for the FBI": Okafor, not another
            end = match.end(2) if second else match.end(1)
            # "written by a former student": the object of a preposition is not a subject
            before = _word_before(self.masked, match.start())
            acts = (
                before == ""
                or before[-1] in ".,;:!?—"
                or before.lower() in _CLAUSE_OPENERS
                # "Later a teenager on a bicycle stopped" (not "For a player who built")
                or (before[0].isupper() and before.lower() not in _OBJECT_PREPOSITIONS)
            )
            unnamed.append(
                Mention(
                    match.start(1),
                    end,
                    [display],
                    None,
                    False,
                    acts=acts,
                    person_noun=True,
                    described=self.masked.startswith(", who ", end),
                )
            )
        for match in [
            *_ROLE_SUBJECT.finditer(self.masked, lo, upto),
            # "By late morning the mayor was back at the gym": after a time phrase
            *(
                found
                for start in sentences[bisect_left(sentences, lo) : bisect_left(sentences, upto)]
                if self.masked.startswith(_TIME_OPENERS, start)
                if (found := _ROLE_AFTER_TIME.match(self.masked, start, upto)) is not None
            ),
        ]:
            role = match.group(1)
            if (
                _is_role_noun(role)
                and _opens_sentence(self.masked, match.start())
                # "The veterinarian on call, Maria Lopez, arrived": the name apposed is the one
                and _NAME_APPOSED_AFTER.match(self.masked, match.end(1)) is None
            ):
                # "The veterinarian will ride"
                unnamed.append(
                    Mention(match.start(1), match.end(1), [role], "the", True, by_role=True)
                )
        if unnamed:
            mentions = sorted(mentions + unnamed, key=lambda m: m.start)
        return mentions

    def _mention(
        self, sentences: list[int], start: int, end: int, raw: list[str], owned: bool
    ) -> Mention | None:
        if len(raw) == 1 and raw[0].lower() in NAME_STOPWORDS:
            return None  # "The", "But": a sentence's first word, not a name
        masked = self.masked
        previous = _word_before(masked, start).lower()  # only its last word counts
        if (
            len(raw) == 1
            and raw[0].lower().rstrip(".,") in MONTHS
            and (_DAY_AFTER.match(masked, end) or previous in _DATE_WORDS)
        ):
            return None  # "on June 11", "in June", "by April": a date, not June the person
        if (start == 0 or masked[start - 1] == "\n") and _is_dateline(masked, end, raw):
            return None  # "SAN JOSE, Calif. —": where the story was filed, not who speaks
        if len(raw) == 1 and raw[0] in _MODAL_NAMES and _PRONOUN_NEXT.match(masked, end):
            return None  # "Will he cook Lantern Chicken again?": a question, not Will
        if len(raw) == 1 and previous.endswith(",") and _is_campus(masked, start):
            return None  # "the University of Nevada, Reno, who": the campus, not a person
        if (
            len(raw) == 1
            and previous.endswith(",")
            and masked[end : end + 1] in (",", ".", ";")  # not "In Ember, Castillo was"
            and _after_place(masked, start)
        ):
            return None  # "moved to Colorado from Amman, Jordan, in 2004": a country
        name_words, the_first = _run_name_words(tuple(raw))
        words = list(name_words)
        if len(words) == 1 and masked.startswith(" and ", end):
            shared = _SHARED_SURNAME.match(masked, end)
            if (
                shared is not None
                and words[0].lower() in _FIRST_NAMES
                and shared.group(1).lower() in _FIRST_NAMES
            ):
                # "Priya and Nadia Adeyemi-Lund": two given names sharing the surname after them
                words = [words[0], *shared.group(2).split()]
        if (
            len(words) == 1
            and len(raw) > 1
            and raw[-2].lower() in _DATE_WORDS
            and words[0].lower().rstrip(".,") in MONTHS
        ):
            return None  # "In June, Ortega-Quinn’s tumor had shrunk": a date opening a sentence
        if words and words[-1].endswith(_BASED_ENDINGS):
            return None  # "the San Francisco-based company": where it is, not a name
        if not words:
            return None
        if (
            len(words) == 1
            and previous in ("in", "near", "outside")
            and masked[end : end + 1] in (",", ".", ";")
        ):
            return None  # "a freight company in Charlotte, then": a place, not Charlotte
        if (
            "from " in masked[max(0, start - 20) : start]
            and _HOMETOWN.search(masked, max(0, start - 48), start) is not None
            and words[0].lower() not in _FIRST_NAMES
        ):
            return None  # "a 16-year-old from nearby Walnut Grove who": a hometown
        sentence_start = sentences[bisect_right(sentences, start) - 1]
        before = masked[sentence_start:start] if start - sentence_start < 80 else ""
        opening = OPENING_PHRASE.match(before) if ", " in before else None
        if opening is not None:  # "On the dock, Amankwah-Dorn was": the subject after it
            before = before[opening.end() :]
        elif len(before) >= 40:
            before = ""
        subject = bool(before or opening or start == sentence_start) and MASK not in before
        lead_words = before.split()
        subject = (
            subject
            and len(lead_words) <= 2
            # "Osei-Brandt said Abernathy-Reyes was": a name after a name's verb is no subject
            and not any(w[:1].isupper() and w.lower() not in NAME_STOPWORDS for w in lead_words)
            # "He thanked Thackeray": the sentence has its subject already
            and not any(w.lower() in SUBJECT_PRONOUNS for w in lead_words)
            # "Asked by Osei whether ..., Ostrowski hesitated": a preposition's object
            and not (lead_words and lead_words[-1].lower() in _OBJECT_PREPOSITIONS)
        )
        subject = subject and not raw[-1].endswith(("’s", "'s"))  # "Smith’s lawyer": not Smith
        after = masked[end : end + 2]
        described = masked.startswith(", who ", end)
        acts = (
            (subject and _ACTS.match(masked, end) is not None)
            # "Thandiwe Nkosi, 41,": a person
            or (after == ", " and _AGE_AFTER.match(masked, end) is not None)
            or (
                len(words) >= 2
                and after[:1] == " "
                and words[-1].lower() not in PLACE_WORDS  # "Harbor Point had promised"
                and _VERB_AFTER.match(masked, end) is not None
                # "the campaign of X had", "Rent on Fulton Street has": not X
                and previous not in _ANY_PREPOSITIONS
            )
            or (
                (described or masked.startswith(" who ", end))
                and previous not in _PLACE_PREPOSITIONS  # "a duplex on Kettle Avenue, who"
            )
        )
        determiner = None
        if (previous == "the" and not owned) or the_first:
            determiner = "the"
        org_head = previous if previous in ORG_DESCRIPTORS else None
        if org_head is not None and len(words) >= 2 and words[0].lower() in TITLE_WORDS:
            org_head = None  # "board President Wendell Fox": the board's president, a person
        if (
            org_head is not None
            and not subject
            and before
            and len(lead_words) <= 5
            and lead_words[0] in ("The", "the")
            and not any(w[:1].isupper() for w in lead_words[1:])
            and MASK not in before
        ):
            # "The tenants’ campaign group Generation Rent was less measured": the group opens
            # its sentence behind its description
            subject = True
        if org_head is None and after == ", ":
            # (one word, "Lakeshore, which owns", may be a name met before; "Fathom, a Series
            # B company that builds" says what it is)
            several = len(words) >= 2
            if several and _DOES_BUSINESS.match(masked, end):
                org_head = "company"
            elif (several or words[0].lower() not in _FIRST_NAMES) and (
                kind_of := _APPOSED_ORG_NOUN.match(masked, end)
            ) is not None:
                org_head = kind_of.group(1)  # "Vestergaard Agritech, a Danish company that"
            elif (
                several
                and (apposed := _ORG_APPOSED_SPEAKS.match(masked, end)) is not None
                and not (
                    # "In a filing with the SEC, the company said": the phrase opening the
                    # sentence ends there, the company is another
                    (opener := OPENING_PHRASE.match(masked, sentence_start)) and opener.end() >= end
                )
            ):
                org_head = apposed.group(1)  # "Carolina Meridian Health, the hospital chain said"
        if previous in _NAMING_WORDS:
            body = _BODY_CALLED.search(masked, max(0, start - 72), start)
            if body is not None:  # "a group calling itself Marlow Parents for Transparency"
                org_head = body.group(1)
                rest = _FOR_NAME.match(masked, end)
                if rest is not None:  # the whole name, "for" and all
                    words = [*words, *rest[0].split()]
                    end = rest.end()
        if (
            previous == "for"
            and _EMPLOYER.search(masked, max(0, start - 16), start)
            and words[0].lower() not in _FIRST_NAMES
            and words[0].lower() not in TITLE_WORDS
        ):
            org_head = "company"  # "the crew works for Brennan Paving": an employer
        acronym = None
        if "(" in after:
            paren = _ACRONYM.match(masked, end)
            if paren:
                acronym = paren.group(1)
        mention = Mention(
            start, end, words, determiner, subject, acronym, org_head, acts, described=described
        )
        told = _OWN_PRONOUN_AFTER.match(masked, end)
        if told is not None:  # "Patrice Lindqvist-Moore, in her second season,"
            mention.gender = POSSESSIVE_GENDER[told.group(1)]
        kin = previous.rstrip(",")
        if kin in KIN_NOUNS:
            mention.acts, mention.gender = True, PERSON_NOUN_GENDER[kin]
            mention.role = kin
        elif previous.endswith(",") and kin in _APPOSED_ROLES:
            mention.role = kin  # "Pruitt's attorney, Samuel Reyes-Whitfield,"
            mention.acts = mention.acts or len(words) >= 2  # a person holds the role
        elif previous.endswith(",") and len(words) >= 2 and _role_before_comma(masked, start):
            mention.acts = True  # "Nepal's ambassador to the United States, Hemanta Joshi-Bhandari"
        elif kin == "named" and (named_gender := _named_person(masked, start)) is not None:
            # "a retired ferry captain named Aurelio": a person, whatever the name
            mention.acts, mention.given_name = True, True
            mention.gender = mention.gender or named_gender or None
        elif kin in _GIVEN_NAME_ENDS:
            given = _GIVEN_NAME.search(masked, max(0, start - 48), start)
            if given is not None:  # "a woman who gave only her first name, Lourdes,"
                mention.acts, mention.given_name = True, True
                mention.gender = POSSESSIVE_GENDER.get(given.group(1) or given.group(2))
        if (
            mention.role is None
            and previous.endswith(",")
            and len(words) >= 2
            and is_person_noun(kin)
        ):
            mention.role = kin  # "The guide, Ingrid Solheim,": later "the guide" is her
        return mention

    def consume(self, mentions: list[Mention], cursor: int, upto: int) -> int:
        """Register the mentions that start before ``upto``; returns the new cursor."""
        while cursor < len(mentions) and mentions[cursor].start < upto:
            mention = mentions[cursor]
            entity = self._register_mention(mention)
            if entity is not None:
                entity.last_seen = mention.start
                if entity.first_seen < 0:
                    entity.first_seen = mention.start
                entity.mentions += 1
                owned = self.masked[mention.end - 2 : mention.end] in ("’s", "'s")
                entity.owner_only = owned and (entity.mentions == 1 or entity.owner_only)
                if mention.role is not None and entity.kind != "org":
                    entity.roles.add(mention.role)
                if entity.kind == "person" and self.masked.startswith(", ", mention.end):
                    self._note_apposed_roles(entity, mention.end)
                if mention.subject and entity.kind == "person":
                    # "Quintanilla-Berg, 52, is the fourth sculptor to hold the job": later
                    # "the sculptor" is she
                    named_as = _IS_A_ROLE.match(self.masked, mention.end)
                    if named_as is not None:
                        role = next(
                            (w for w in named_as.group(1).split() if is_person_noun(w)), None
                        )
                        if role is not None:
                            entity.roles.add(role)
                if mention.subject:
                    self.opening_mentions.append((mention.start, entity))
                    entity.salient_at = mention.start
                # a subject, a name given, or one a "who" clause describes: the topic
                if (
                    mention.subject or mention.given_name or mention.described
                ) and entity.kind == "person":
                    self.subject_mentions.append((mention.start, entity))
            cursor += 1
        return cursor

    def _register_mention(self, mention: Mention) -> Entity | None:
        words = mention.words
        if mention.by_role:  # the person introduced with the role "the veterinarian" names
            holder = self._role_holder(words[0])
            if holder is None or holder.kind != "person" or holder.words[0] == MASK:
                return None
            return holder
        if mention.person_noun:
            display = words[0]
            key = (MASK, display)
            entity = self.by_words.get(key)
            if entity is None:
                gender = PERSON_NOUN_GENDER[display.split()[-1]]
                entity = Entity(display, "person", key, gender)
                self._remember(entity)
                self.by_words[key] = entity
            entity.acted = entity.acted or mention.acts
            return entity
        if len(words) >= 4 and "of" in words and not _is_org(words):
            named = _before_hometown(words)  # "Kaylee Brandt of Ashley": the person
            if named is not words and all(
                w.lower() in TITLE_WORDS or w.lower() in ROLE_WORDS for w in named
            ):
                return None  # "Deputy Assistant Secretary of Veterans Affairs": an office
            if named is not words:
                return self._person(named, _gender([], named), mention.start)
        if len(words) >= 4 and "of" in words:
            affiliated = _person_of_body(words)
            if affiliated is not None:  # "Hydrogeologist Francisca Oyarzún of Arturo Prat
                role, named = affiliated  # University": she, not the university
                person = self._person(named, _gender(role, named), mention.start)
                person.roles.update(w.lower() for w in role)
                return person
        title, name = split_title(words) if len(words) > 1 else ([], words)
        the_name = (
            mention.determiner == "the"
            and not title
            and len(words) >= 2
            and words[0].lower() not in _FIRST_NAMES
            and (words[0].lower(),) not in self.by_words
            and words[-1].lower() not in PLACE_WORDS  # "the Dutchman Creek crossing": a place
        )
        if mention.org_head or _is_org_name(tuple(name or words)) or the_name:
            org = self._org(words, mention.determiner, mention.acronym)
            if mention.org_head:
                org.roles.add(mention.org_head)
            return org
        if title and name and not name[0][:1].islower():  # "Minister of State": an office
            person = self._person(name, _gender(title, name), mention.start)
            person.roles.update(role_names(title))
            return person
        if (
            len(words) >= 2
            and words[0].lower() in _FIRST_NAMES
            and words[-1].lower() not in PLACE_WORDS  # "Marshall County", "Harlan Ridge"
        ):
            person = self._person(words, _gender([], words), mention.start)
            if mention.gender is not None and person.mentions == 0:
                # "Patrice Lindqvist-Moore, in her second season,": the text says, the name
                # list only guesses
                person.gender = mention.gender
            return person
        if len(words) == 1:
            found = self._lookup_single(words[0], None, mention.start, create=False)
            # "Renata, who lives": a sentence's subject described by "who" is a person
            described = mention.subject and mention.described
            aged = _AGE_AFTER.match(self.masked, mention.end) is not None  # "Esterhazy, 67,"
            # "Denny, a welder from Carver Flats who ..., was blunter": a subject apposed to a
            # person's role is a person
            apposed = mention.subject and self._person_apposed(mention.end, words[0])
            if found is None and (
                words[0].lower() in _FIRST_NAMES
                or mention.given_name
                or described
                or aged
                or apposed
                or mention.role in KIN_NOUNS  # "a younger brother, Kian, who was born"
            ):
                gender = mention.gender or _gender(["x"], words)
                found = self._person(words, gender, mention.start)
                family = self._family_name(mention)
                if family is not None and found.display == words[0]:
                    # "His wife of 54 years, Dolores," is Dolores Nakashima; "Nakashima"
                    # alone still means the person the article follows
                    found.display = f"{words[0]} {family}"
                    self.by_display.setdefault(found.display, found)
            self._touch_namesakes(words[0], mention.start)
            return found
        if len(words) >= 4 and all(w[:1].isupper() and _is_name_word(w) for w in words[-2:]):
            # "International Master Tomás Herrera", "Trade Minister Cheong Wai Lun": a title,
            # then the name (the words after the last title word, else the last two)
            titled = [k for k, w in enumerate(words) if w.lower() in TITLE_WORDS]
            after = len(words) - titled[-1] - 1 if titled else 0
            if 2 <= after <= 3:
                words = words[-after:]
            else:  # "Trade Relations Cheong Wai Lun": three name words unless a known first
                three = words[-2].lower() not in _FIRST_NAMES and _may_be_given(words[-3])
                words = words[-3:] if three else words[-2:]
            if words[0].lower() in _FIRST_NAMES or titled or self._ends_title_chain(mention):
                return self._person(words, _gender([], words), mention.start)
        if 2 <= len(words) <= 3 and all(w[:1].isupper() and _is_name_word(w) for w in words):
            words_key = tuple(w.lower() for w in words)
            entity = (
                self.by_words.get(words_key)
                or self._other_form(words_key)
                or self._org_opening_with(words_key)
                or self._add(
                    Entity(" ".join(words), "unknown", words_key, _guessed_gender(mention, words))
                )
            )
            entity.acted = entity.acted or mention.acts
            if entity.kind == "unknown" and (
                self._person_apposed(mention.end, words[-1])
                or _AGE_AFTER.match(self.masked, mention.end) is not None  # "Castellanos, 79,"
            ):
                entity.kind = "person"  # "Saoirse Delahunty, a physiotherapist from Cork,"
            if mention.gender and entity.gender in (None, mention.gender):
                entity.kind, entity.gender = "person", mention.gender
            elif mention.given_name:
                entity.kind = "person"
            return entity
        return None

    def _ends_title_chain(self, mention: Mention) -> bool:
        """Whether the run continues a title through "for"/"of" ("Deputy Assistant Secretary
        ... for Rural Health Programs Tobias Ekwueme-Nordin"): its last words are a person."""
        before = self.masked[max(0, mention.start - 80) : mention.start].split()
        return (
            len(before) >= 2
            and before[-1] in ("for", "of", "and")
            and any(word.lower() in TITLE_WORDS for word in before[-8:-1])
        )

    def _note_apposed_roles(self, person: Entity, end: int) -> None:
        """The roles an apposition gives a person (", the zoo's chief veterinarian,"), for
        a later "the veterinarian"."""
        found = _APPOSITION.match(self.masked, end)
        if found is not None and self.masked[found.end(1) : found.end(1) + 2].lstrip()[:1] in (
            ",",
            ".",
        ):  # the apposition closes: ", the zoo's chief veterinarian," (not ", the company said")
            words = found.group(1).split()
        else:
            # ", executive vice president for operations at Skyline Air,": a bare role, its
            # words up to the first preposition
            bare = _BARE_APPOSITION.match(self.masked, end) or _ROLE_CLAUSE.match(self.masked, end)
            if bare is None:
                return
            words = bare.group(1).split()
        if any(w in CUE_WORD_SET or w in FINITE_VERBS for w in words):
            return  # ", the owner said.": a clause, not an apposition
        roles = (w for w in words if is_person_noun(w))
        person.roles.update(w for w in roles if w in _APPOSED_ROLES or w not in ROLE_WORDS)

    def _family_name(self, mention: Mention) -> str | None:
        """The family name of the person a relative's introduction names ("His wife of 54
        years, Dolores,": Everett Nakashima's), if any."""
        kin = _KIN_INTRO.search(self.masked, max(0, mention.start - 48), mention.start)
        if kin is None:
            return None
        owner = self._antecedent(POSSESSIVE_PRONOUNS[kin.group(1).lower()], kin.start())
        if owner is None or owner.kind != "person" or len(owner.words) < 2:
            return None
        return owner.display.split()[-1]

    def _person_apposed(self, end: int, last_word: str) -> bool:
        """Whether an apposition naming a person's role follows a name (", a physiotherapist",
        ", an associate professor of ecology")."""
        if last_word.lower() in PLACE_WORDS:
            return False
        found = _APPOSITION.match(self.masked, end)
        if found is None:  # ", co-owner of the dumpling shop": a role held, no article
            bare = _BARE_ROLE.match(self.masked, end)
            return bare is not None and is_person_noun(bare.group(1))
        return any(is_person_noun(word) for word in found.group(1).split())

    def _touch_namesakes(self, surname: str, position: int) -> None:
        """A bare surname two people share keeps both in mind, for the pronoun that follows."""
        known = self.by_last.get(surname.lower())
        if known is None or len(known) < 2:
            return  # the common case: at most one person by that name
        namesakes = [e for e in known if len(e.words) >= 2]
        if len(namesakes) > 1:
            for entity in namesakes:
                entity.last_seen = max(entity.last_seen, position)

    # entities ---------------------------------------------------------------------------

    def _add(self, entity: Entity) -> Entity:
        self._remember(entity)
        self.by_words[entity.words] = entity
        if entity.kind != "org":
            self.by_last.setdefault(entity.words[-1], []).append(entity)
            if len(entity.words) >= 2:
                self.by_first.setdefault(entity.words[0], []).append(entity)
        return entity

    def _person(self, name: list[str], gender: str | None, position: int) -> Entity:
        key = tuple(w.lower() for w in name if w.lower() not in NAME_SUFFIXES) or tuple(
            w.lower() for w in name
        )
        existing = self.by_words.get(key)
        if existing is not None:
            if existing.kind == "unknown":
                existing.kind = "person"
            existing.gender = existing.gender or gender
            return existing
        if len(key) == 1:
            found = self._lookup_single(name[0], gender, position, create=False)
            if found is not None:
                return found
        else:
            found = self._other_form(key)
            if found is not None:
                self.by_words[key] = found  # the other form is an alias from now on
                found.gender = found.gender or gender
                return found
            company = self._org_opening_with(key)
            if company is not None:
                return company  # "Sierra Crest has called it": Sierra Crest Power, met before
        return self._add(Entity(" ".join(name), "person", key, gender))

    def _other_form(self, key: tuple[str, ...]) -> Entity | None:
        """The person met before under another form of this name: with or without a middle
        name, or by a surname of several words alone."""
        return self._with_middle_name(key) or self._with_particle_surname(key)

    def _org_opening_with(self, key: tuple[str, ...]) -> Entity | None:
        """The organisation whose longer name opens with ``key`` and ends in a company's
        word ("Sierra Crest Power" for "Sierra Crest")."""
        for entity in reversed(self.orgs_by_first.get(key[0], ())):
            words = entity.words
            if (
                len(words) == len(key) + 1
                and words[: len(key)] == key
                and words[-1] in CORPORATE_MARKS
            ):
                return entity
        return None

    def _with_particle_surname(self, key: tuple[str, ...]) -> Entity | None:
        """The person whose surname opens on a particle and is ``key`` ("Van der Berg" after
        "Harriet Van der Berg", "Mac Giolla Phádraig" after "Ruairí Mac Giolla Phádraig")."""
        if len(key) < 3 or key[0] not in _SURNAME_PARTICLES:
            return None  # (two words: ``_with_middle_name`` has looked already)
        for entity in self.by_last.get(key[-1], ()):
            if (
                entity.kind == "person"
                and entity.words[-len(key) :] == key
                and len(entity.words) > len(key)
            ):
                return entity
        return None

    def _with_middle_name(self, key: tuple[str, ...]) -> Entity | None:
        """The person a name with or without a middle name already names ("Ruth Nkechi
        Ekwueme" after "Ruth Ekwueme", or the reverse): same first and last words."""
        if len(key) >= 3:
            found = self.by_words.get((key[0], key[-1]))
            return found if found is not None and found.kind != "org" else None
        for entity in self.by_last.get(key[-1], ()):
            words = entity.words
            if (
                len(words) >= 3
                and entity.kind != "org"
                and (words[0] == key[0] or words[-2:] == key)
            ):
                return entity  # "Fidencio Ayala Quispe" later called "Ayala Quispe"
        return None

    def _org(self, words: list[str], determiner: str | None, acronym: str | None) -> Entity:
        key = tuple(w.lower() for w in words)
        existing = self.by_words.get(key)
        if existing is not None:
            return existing
        if len(words) == 1 and words[0].isupper():
            found = self._org_by_acronym(words[0])
            if found is not None:
                return found
        if len(words) == 1:
            short = self._org_by_first_word(key[0])
            if short is not None:  # "SkyLark" after "SkyLark Regional Airlines"
                return short
        display = " ".join(words)
        if determiner:
            display = f"{determiner} {display}"
        return self._add(Entity(display, "org", key, None, -1, acronym))

    def _lookup_single(
        self, word: str, gender: str | None, position: int, create: bool, thing: bool = False
    ) -> Entity | None:
        """A lone surname or first name: the one person it names, else the latest seen (made,
        with ``create``, a person, or an organisation when ``thing``)."""
        key = word.lower()
        for index in (self.by_last, self.by_first):
            if key not in index:
                continue
            candidates = [e for e in index[key] if len(e.words) >= 2]
            if index is self.by_first:  # "Elm" alone never makes "Elm Street" a person
                candidates = [e for e in candidates if _first_name_of(e, create)]
            if gender:  # "Mr. Raman" is never Priya Raman
                candidates = [e for e in candidates if e.gender in (gender, None)]
            if candidates:
                chosen = max(candidates, key=lambda e: e.last_seen)
                owner = _surname_owner(candidates) if index is self.by_last else None
                if owner is not None and position - chosen.last_seen > _NAMESAKE_FOCUS:
                    chosen = owner  # the namesake named last is out of focus by now
                if index is self.by_last and len(candidates) == 1:
                    chosen.called_by_surname = True
                if chosen.kind == "unknown":
                    chosen.kind = "person"
                return chosen
        existing = self.by_words.get((key,))
        if existing is not None:
            return existing
        paternal = self._by_paternal_surname(key)
        if paternal is not None:
            return paternal
        found = self._org_by_acronym(word) or self._org_by_first_word(key)
        if found is not None:
            return found
        if (
            create
            and key not in GROUP_NOUNS
            and key not in NAME_STOPWORDS
            and not _plural_people(key)
        ):
            kind: Literal["person", "org"] = "org" if thing or _is_org([word]) else "person"
            return self._add(Entity(word, kind, (key,), gender))
        return None

    def _by_paternal_surname(self, key: str) -> Entity | None:
        """The person a Spanish double surname's first half names ("Restrepo" for Julián
        Restrepo Vélez): the latest named with it second to last, after a given name."""
        if key in _FIRST_NAMES:
            return None  # "Ann" is Mary Ann Smith's middle name, not what the text calls her
        found = [
            e
            for e in self.entities
            if e.kind == "person"
            and len(e.words) >= 3
            and e.words[-2] == key
            and e.words[0] in _FIRST_NAMES  # not "Assistant U.S. Trade Representative"
        ]
        return _latest(found)

    def _org_by_owner(self, words: list[str]) -> Entity | None:
        """The organisation whose name opens with these words as a possessive ("St.
        Brendan’s Regional Medical Center" for "St. Brendan"), unless a person has the name."""
        key = tuple(w.lower() for w in words)
        orgs = self.orgs_by_owner.get(key)
        if not orgs or (len(key) == 1 and (key[0] in self.by_last or key[0] in self.by_first)):
            return None
        return _latest(orgs)

    def met(self, word: str) -> bool:
        """Whether a one-word name names someone already met ("Okafor", "Mr. Okafor")."""
        key = word.lower()
        return key in self.by_last or key in self.by_first or (key,) in self.by_words

    def knows(self, words: list[str]) -> bool:
        """Whether a name is one met before, or a known first name ("Reservations were
        gone" opens a sentence with no one in it)."""
        if len(words) != 1:
            return True  # two capitalised words make a name well enough
        key = words[0].lower()
        return self.met(key) or key in _FIRST_NAMES or key in self.orgs_by_first

    def _org_by_first_word(self, key: str) -> Entity | None:
        """ "Halcyon" after "Halcyon Launch Systems": an organisation's short name."""
        orgs = [e for e in self.orgs_by_first.get(key, ()) if e.kind == "org" and len(e.words) >= 2]
        return _latest(orgs)

    def _org_by_acronym(self, acronym: str) -> Entity | None:
        """The latest organisation introduced with ``acronym`` ("(FEMA)") that is still one."""
        for entity in reversed(self.by_acronym.get(acronym, ())):
            if entity.kind == "org":
                return entity
        return None

    def _remember(self, entity: Entity) -> None:
        self.entities.append(entity)
        if entity.kind == "org":
            self.orgs.append(entity)
        self.by_display.setdefault(entity.display, entity)
        if entity.acronym is not None:
            self.by_acronym.setdefault(entity.acronym, []).append(entity)
        if entity.kind == "org" and entity.words:
            self.orgs_by_first.setdefault(entity.words[0], []).append(entity)
            self.orgs_by_last.setdefault(entity.words[-1], []).append(entity)
            owner = next((k for k, w in enumerate(entity.words[:-1]) if is_possessive(w)), None)
            if owner is not None:
                key = (*entity.words[:owner], _clean_word(entity.words[owner]))
                self.orgs_by_owner.setdefault(key, []).append(entity)

    def touch(self, display: str, position: int) -> None:
        """Note that ``display`` just spoke, for pronouns and continuations."""
        entity = self.by_display.get(display)
        if entity is not None:
            entity.last_seen = max(entity.last_seen, position)
            entity.owner_only = False
            entity.salient_at = max(entity.salient_at, position)

    def _latest_group(self, position: int) -> tuple[int, str] | None:
        """The last "The researchers ..." sentence subject before ``position``, for "they"."""
        if self.groups is None:
            masked = self.masked
            self.groups = [
                (m.start(), f"the {m.group(1)}")
                for m in _GROUP_SUBJECT.finditer(masked)
                if m.group(1) in GROUP_NOUNS and _opens_sentence(masked, m.start())
            ]
        index = bisect_right(self.groups, (position, "")) - 1
        return self.groups[index] if index >= 0 else None

    def _group_entity(self, display: str, position: int) -> Entity:
        key = (MASK, display)
        entity = self.by_words.get(key)
        if entity is None:
            entity = Entity(display, "org", key)
            self._remember(entity)
            self.by_words[key] = entity
        entity.last_seen = max(entity.last_seen, position)
        return entity

    def note_speaker(self, display: str, position: int) -> None:
        """A person a speech verb just named (with or without a quotation) is salient."""
        entity = self.by_display.get(display)
        if entity is None:
            return
        entity.salient_at = max(entity.salient_at, position)
        if entity.kind == "person" and entity.words[0] != MASK:
            self.subject_mentions.append((position, entity))

    def salient_org(self, position: int) -> str | None:
        """The organisation an unnamed official voice most likely speaks for."""
        actors = [
            e
            for e in self.entities
            if e.kind == "org" and position - _SALIENT_REACH <= e.salient_at < position
        ]
        return max(actors, key=lambda e: e.salient_at).display if actors else None

    def entity(self, display: str) -> Entity | None:
        """The person or organisation shown as ``display``, if the registry knows it."""
        return self.by_display.get(display)

    def note_roles(self, display: str, title: str) -> None:
        """Remember the person nouns of a title a speaker was given ("gallery curator"): later
        "the curator" may mean them."""
        entity = self.by_display.get(display)
        if entity is not None and entity.kind != "org":
            # (the role comes first: "curator of Asian art", not "who ... a decade")
            words = (w.strip(",;:.") for w in title.lower().split()[:4])
            entity.roles.update(w for w in words if is_person_noun(w))

    def introduced_as(self, role: str, lo: int, hi: int) -> str | None:
        """The person first named between ``lo`` and ``hi`` with ``role`` ("Declan Murtagh,
        Unite’s convenor"): the one a role quoted before any name means."""
        holders = [
            e
            for e in self.entities
            if e.kind != "org" and lo <= _first_seen(e) < hi and role in e.roles
        ]
        return min(holders, key=_first_seen).display if holders else None

    def introduced_next(
        self, display: str, role: str, quote_end: int, speaks_at: int, described: str
    ) -> bool:
        """Whether ``display`` is a person first named after ``quote_end`` and speaking at
        ``speaks_at`` in the next paragraph, given no other role or one sharing a word with
        the ``described`` role: the one ``role`` quoted just before names ("The company's
        security officer described it as “...” ¶ “...,” said Priyanka Raghunathan"; "its top
        finance official ... ¶ ... said Deputy City Manager for Finance Harriet Oyelaran")."""
        entity = self.by_display.get(display)
        return (
            entity is not None
            and entity.kind == "person"
            and entity.words[0] != MASK
            and (
                not any(other != role and is_person_noun(other) for other in entity.roles)
                or not entity.roles.isdisjoint(described.lower().split()[1:-1])
            )
            and _first_seen(entity) > quote_end
            and self._paragraphs_between(quote_end, speaks_at) == 1
        )

    def is_person(self, display: str) -> bool:
        """Whether ``display`` is a named person."""
        entity = self.by_display.get(display)
        return entity is not None and entity.words[0] != MASK and entity.kind == "person"

    def is_named(self, display: str) -> bool:
        """Whether ``display`` is a named person or organisation, not "a neighbour"."""
        entity = self.by_display.get(display)
        return entity is not None and entity.words[0] != MASK and entity.kind != "unknown"

    def person_named_first(self, lo: int, hi: int) -> str | None:
        """Of the named people seen in ``[lo, hi)``, the one whose last sight there is first."""
        people = self._people_seen(lo, hi)
        return min(people, key=lambda e: e.last_seen).display if people else None

    def person_named_last(self, lo: int, hi: int) -> str | None:
        """The named person seen last in ``[lo, hi)``, if a person was seen there."""
        latest = _latest(self._people_seen(lo, hi))
        return latest.display if latest is not None else None

    def _people_seen(self, lo: int, hi: int) -> list[Entity]:
        """The named people last seen in ``[lo, hi)``."""
        return [
            e
            for e in self.entities
            if e.kind == "person" and e.words[0] != MASK and lo <= e.last_seen < hi
        ]

    def _opened_by(self, lo: int, hi: int) -> str | None:
        """Who or what last opened a sentence in ``[lo, hi)`` ("The Kettle Island Visitors
        Bureau, which ..., sent a letter"), organisations included."""
        return _latest_between(self.opening_mentions, lo, hi)

    def _org_named_in(self, lo: int, hi: int) -> str | None:
        """The first organisation last named in ``[lo, hi)`` ("The Kansas chapter of the
        Heartland Civil Liberties Union sent a letter": the union)."""
        named = [e for e in self.orgs if e.kind == "org" and lo <= e.last_seen < hi]
        return min(named, key=lambda e: e.last_seen).display if named else None

    def salient_since(self, lo: int, hi: int) -> str | None:
        """The person who last opened a sentence in ``[lo, hi)``, if any."""
        return _latest_between(self.subject_mentions, lo, hi)

    # resolution -------------------------------------------------------------------------

    def resolve(self, phrase: NounPhrase, position: int) -> str | None:
        """The display name a speaker phrase refers to at ``position``."""
        if phrase.kind == "pronoun":
            entity = self._antecedent(phrase.text.lower(), position)
            return entity.display if entity else None
        if phrase.kind == "common":
            display = self._resolve_common(phrase)
            self._note_group(display, phrase, position)
            return display
        words = phrase.words
        if not words:
            return None
        if len(words) == 1 and words[0] == "Another":
            ones = list(_ONE_OF.finditer(self.masked, max(0, phrase.start - 300), phrase.start))
            if ones:  # "one judge described ... Another praised": another judge
                return f"another {ones[-1].group(1)}"
        placed = len(words) >= 2 and words[-1].lower() in PLACE_WORDS and not phrase.title
        owned = self._org_by_owner(words) if not phrase.title else None
        if owned is not None:  # "St. Brendan’s said": St. Brendan’s Regional Medical Center
            entity = owned
        elif (
            phrase.org_head
            or placed  # "Harbor Point had promised": a place's name speaks for a company
            or (_is_org(words) and not (phrase.title and phrase.gender))
        ):
            entity = self._org(words, phrase.determiner, None)
            if phrase.org_head:
                entity.roles.add(phrase.org_head)
        elif (
            len(words) == 1
            and phrase.determiner == "the"
            and words[0].lower() in DEMONYMS
            and (focus := self._recent_subject(phrase.start)) is not None
        ):
            # "Kjærgaard ... was distanced on the climb. ¶ “...,” the Dane said": the person
            # the story is following, called by nationality
            entity = focus
        elif len(words) == 1 and (namesake := self._of_generation(words[0], phrase.start)):
            entity = namesake  # "The elder Haddad recalled": the mother, not her daughter
        elif (
            len(words) == 1
            and words[0] in _OFFICER_ROLES
            and (officer := self._officer(words[0])) is not None
        ):
            entity = officer  # "the CFO replied": the chief financial officer met before
        elif len(words) == 1:
            # "The Ledger announced": "the" names a thing, never a person
            thing = phrase.determiner == "the" and words[0].lower() not in _FIRST_NAMES
            entity = self._lookup_single(words[0], phrase.gender, position, True, thing)
            if entity is None and (
                words[0].lower() in GROUP_NOUNS or _plural_people(words[0].lower())
            ):
                display = words[0].lower()  # "Critics dismissed it as", "Drivers said": a group
                self._note_group(display, phrase, position)
                return display
        else:
            entity = self._person(words, phrase.gender, position)
        if entity is None:
            return None
        if phrase.title:
            entity.roles.update(role_names(w.strip(",;") for w in phrase.title.split()))
        entity.last_seen = max(entity.last_seen, position)
        return entity.display

    def _relative_by_surname(self, words: list[str], kin: str, position: int) -> Entity | None:
        """ "his mother" when no one was introduced as anyone's mother: the one person of the
        kin's gender who shares the surname of the person "his" means ("Rosalind Penhallow
        ... her son, Kit ... “On paper,” his mother corrected him")."""
        owner_pronoun = {"his": "he", "her": "she"}.get(words[0].lower())
        gender = PERSON_NOUN_GENDER.get(kin)
        if owner_pronoun is None or len(words) != 2 or gender is None:
            return None
        owner = self._antecedent(owner_pronoun, position)
        if owner is None or owner.kind != "person" or len(owner.words) < 2:
            return None
        relatives = [
            e
            for e in self.entities
            if e is not owner
            and e.kind == "person"
            and len(e.words) >= 2
            and e.words[-1] == owner.words[-1]
            and e.gender == gender
            and e.last_seen < position
        ]
        return relatives[0] if len(relatives) == 1 else None

    def _antecedent(self, pronoun: str, position: int) -> Entity | None:
        gender = PRONOUN_GENDER.get(pronoun)
        if pronoun in ("he", "she"):
            kin = self._kin_opening_before(gender, position)
            if kin is not None:  # "His wife was more practical. “...,” she said": Aiko
                return kin
            chosen = None
            latest = -1
            for e in self.entities:
                if (
                    latest < e.last_seen < position
                    and (e.kind == "person" or (e.kind == "unknown" and e.acted))
                    and e.gender in (gender, None)
                    and not _people_in_general(e)  # "Scientists say ...": no "he"
                    # "a cycle of Florence Price's symphonies": a work's maker met once, not
                    # "she"
                    and not (e.owner_only and e.mentions == 1)
                    # "a show written by a former student, and she": an unnamed person who
                    # never spoke nor opened a sentence is no one's antecedent
                    and (e.words[0] != MASK or e.acted or e.salient_at >= 0)
                    # "Asked whether he would apologize to Arjun, he paused": a name met last
                    # inside the question is not who answers it
                    and not self._asked_about(e.last_seen, position)
                    # "In a statement read aloud by Achterberg, she wrote": a preposition's
                    # object in the pronoun's own sentence is someone else
                    and not self._object_before(e.last_seen, position)
                ):
                    chosen, latest = e, e.last_seen
            if chosen is None:
                return None
            if chosen.salient_at < 0 and not chosen.acted and chosen.gender is None:
                # "a spell-off against Dev Ramanathan of Plano, she spelled": a name met only
                # in passing, of unknown gender, yields to the person in focus nearby
                chosen = self._focused_before(chosen, gender, position) or chosen
            elif (
                chosen.words[0] == MASK
                and (chosen.gender is None or chosen.salient_at < 0)
                and gender is not None
                and self._paragraphs_between(latest, position) >= 1
            ):
                # "A neighbor mentioned the job. ¶ “...,” she recalls": an unnamed someone of
                # unknown gender, or one who never opened a sentence ("her arithmetic: a
                # mortgage, a mother in Iloilo"), met in an earlier paragraph yields to the
                # named person in focus
                chosen = self._focused_before(chosen, gender, position, reach=2) or chosen
            elif (
                chosen.gender is None
                and gender is not None
                and (chosen.words[0] != MASK or not chosen.acted)
            ):
                # "“...,” Adeyemi-Holt said. He thanked Thackeray": the last speaker, whose
                # gender we know, goes on over a name of unknown gender
                chosen = self._last_speaker_of(gender, chosen, position) or chosen
            protagonist = None
            last_met = max(latest, chosen.salient_at)
            if self._paragraphs_between(last_met, position) >= 2 and not (
                chosen.gender == gender and self._pronoun_goes_on(pronoun, last_met, position)
            ):
                protagonist = self._protagonist(gender, position)
            chosen = protagonist or self._subject_of_sentence(chosen, gender) or chosen
            chosen.kind, chosen.gender = "person", gender  # "she" tells us who Agnes is
            return chosen
        if pronoun in ("they", "it"):
            orgs = [e for e in self.orgs if e.kind == "org" and 0 <= e.last_seen < position]
            org = _salient_org(orgs, position)
            group = self._latest_group(position) if pronoun == "they" else None
            if group is not None and (org is None or group[0] > org.last_seen):
                return self._group_entity(group[1], group[0])
            if org is not None:
                return org
            if pronoun == "they":
                people = [e for e in self.entities if e.kind == "person" and e.last_seen < position]
                return _latest(people)
        return None

    def _pronoun_goes_on(self, pronoun: str, lo: int, hi: int) -> bool:
        """Whether a question put to ``pronoun`` comes between ``lo`` and ``hi``, in the next
        paragraph ("Asked whether ..., he paused."): the person last met, asked, goes on."""
        return any(
            lo <= start
            and end + len(pronoun) < hi
            and self.masked.startswith(f"{pronoun} ", end)
            and self._paragraphs_between(lo, start) <= 1
            for start, end in self._asked_clauses()
        )

    def _object_before(self, at: int, position: int) -> bool:
        """Whether the name at ``at`` is a preposition's object ("by Achterberg") in the
        sentence of ``position``, before it."""
        return (
            at < position
            and bisect_right(self.sentences, at) == bisect_right(self.sentences, position)
            and _word_before(self.masked, at).lower() in _OBJECT_PREPOSITIONS
        )

    def _asked_about(self, at: int, position: int) -> bool:
        """Whether ``at`` lies inside an "Asked whether ..., " clause that ends before
        ``position``."""
        return any(lo <= at < hi <= position for lo, hi in self._asked_clauses())

    def _asked_clauses(self) -> list[tuple[int, int]]:
        """The text's "Asked whether ..., " clauses, found once (most texts have none)."""
        if self._asked is None:
            self._asked = [(m.start(), m.end()) for m in _ASKED_OPENING.finditer(self.masked)]
        return self._asked

    def _kin_opening_before(self, gender: str | None, position: int) -> Entity | None:
        """The person a sentence just before ``position`` opens on by kinship ("His wife was
        more practical.", "His granddaughter wiped her eyes."), when the text introduced
        someone so ("his wife, Aiko") and the pronoun's gender fits."""
        index = bisect_right(self.sentences, position) - 1
        for sentence in self.sentences[max(0, index - 1) : index + 1]:
            found = _KIN_OPENING.match(self.masked, sentence, position)
            if found is None:
                continue
            kin = found.group(1)
            if PERSON_NOUN_GENDER.get(kin) not in (gender, None):
                return None
            holder = self._role_holder(kin)
            if holder is not None and holder.kind == "person" and holder.words[0] != MASK:
                return holder
        return None

    def _focused_before(
        self, passing: Entity, gender: str | None, position: int, reach: int = 1
    ) -> Entity | None:
        """The latest person of the pronoun's gender who spoke or opened a sentence in this
        paragraph or the ``reach`` before, other than ``passing``."""
        focused = [
            e
            for e in self.entities
            if e is not passing
            and e.kind == "person"
            and e.gender == gender
            and 0 <= e.salient_at < position
            and self._paragraphs_between(e.salient_at, position) <= reach
        ]
        return max(focused, key=lambda e: e.salient_at) if focused else None

    def _last_speaker_of(self, gender: str, other: Entity, position: int) -> Entity | None:
        """The last speaker, when of ``gender`` and speaking in this paragraph or the one
        before, and named more recently than ``other`` was in focus."""
        speaker = self.by_display.get(self.last_cue_speaker or "")
        if (
            speaker is None
            or speaker is other
            or speaker.gender != gender
            or speaker.salient_at < other.salient_at
            or self._paragraphs_between(speaker.salient_at, position) > 1
        ):
            return None
        return speaker

    def _introduced_as(self, head: str, position: int) -> str | None:
        """ "A volunteer guide" met before ``position``, for a later "the guide"."""
        pattern = re.compile(rf"\b[Aa]n? (?:[\w\-]+ ){{0,2}}{re.escape(head)}\b(?: ([a-z]+))?")
        found = list(pattern.finditer(self.masked, max(0, position - 1500), position))
        if not found:
            return None
        last = found[-1]
        named = self._named_before_comma(last.start())
        if named is not None:
            return named  # "Rafael Quintanilla-Moss, a climatologist at ...": "the climatologist"
        if last.group(1) and is_person_noun(last.group(1)):
            return last[0]  # "A parent volunteer"
        return last[0][: len(last[0]) - len(last.group(1) or "")].rstrip()

    def _named_before_comma(self, at: int) -> str | None:
        """The known person whose name ends right before ", " at ``at``, if any."""
        words = _words_before_comma(self.masked, at, 60)
        while words and not words[0][:1].isupper():
            words = words[1:]
        if not words or not all(w[:1].isupper() for w in words):
            return None
        key = tuple(_clean_word(w).lower() for w in words)
        entity = self.by_words.get(key) or self.by_words.get(key[-2:])
        return entity.display if entity is not None and entity.kind == "person" else None

    def _recent_subject(self, position: int) -> Entity | None:
        """The named person who last opened a sentence, in this paragraph or the one before."""
        for at, entity in reversed(self.subject_mentions):
            if at >= position:
                continue
            if self._paragraphs_between(at, position) > 1:
                return None
            if entity.words[0] != MASK:
                return entity
        return None

    def _paragraphs_between(self, lo: int, hi: int) -> int:
        """How many paragraph breaks lie between two positions."""
        return bisect_left(self._breaks, hi) - bisect_left(self._breaks, lo)

    def most_named(self, position: int) -> str | None:
        """The named person the article has named most often before ``position``."""
        people = self._people_seen(0, position)
        best = max(people, key=lambda e: (e.mentions, e.last_seen), default=None)
        return best.display if best is not None else None

    def _protagonist(self, gender: str | None, position: int) -> Entity | None:
        """The person the article keeps naming: whom "she" means after a paragraph or more
        about others ("In a long conversation in her office, she was asked")."""
        people = [
            e
            for e in self.entities
            if e.kind == "person"
            and e.words[0] != MASK
            and e.gender in (gender, None)
            and 0 <= e.last_seen < position
        ]
        if not people:
            return None
        best = max(people, key=lambda e: (e.mentions, e.last_seen))
        runner_up = max((e.mentions for e in people if e is not best), default=0)
        return best if best.mentions >= 3 and best.mentions >= 2 * runner_up else None

    def _subject_of_sentence(self, chosen: Entity, gender: str | None) -> Entity | None:
        """The person opening the sentence where ``chosen`` was last seen, when ``chosen`` sat
        further in ("Delacroix got the name when a teacher watched him. He ..."): a pronoun
        continues the subject, not a noun in a subordinate clause."""
        seen = chosen.last_seen
        sentence_start = self.sentences[bisect_right(self.sentences, seen) - 1]
        if chosen.display == self.last_cue_speaker and self.last_cue_at >= sentence_start:
            return None  # "Ruiz listened as Bell said ... He added": the last speaker goes on
        for position, entity in reversed(self.subject_mentions):
            if position < sentence_start:
                return None
            if entity is chosen and position <= seen:
                return None  # it opened the sentence itself
            if (
                position < seen
                and entity.gender in (gender, None)
                and not _people_in_general(entity)
            ):
                return entity
        return None

    def _resolve_common(self, phrase: NounPhrase) -> str:
        """ "the authority" -> the organisation introduced earlier whose name ends in Authority."""
        words = phrase.text.split()
        text = phrase.text
        if words and words[0].lower() in ("a", "an"):
            text = " ".join(words[1:])
        based = next((k for k, w in enumerate(words) if w.endswith(_BASED_ENDINGS)), None)
        if based is not None and words[0].lower() == "the":
            words = [words[0], *words[based + 1 :]]  # "the San Francisco-based company"
        head = words[-1].lower() if words else ""
        if len(words) >= 2 and words[0].lower() == "the":
            named = self._org_ending_with(tuple(w.lower() for w in words[1:]))
            if named is not None:
                return named.display  # "the fair" -> Calloway County Fair
        if words and words[0].lower() in POSSESSIVE_PRONOUNS and head in _OWNED_BODIES:
            owner = self._antecedent(POSSESSIVE_PRONOUNS[words[0].lower()], phrase.start)
            if owner is not None and owner.kind == "person":
                for role in owner.roles:  # "His office" of Sheriff Kincaid: the Sheriff’s Office
                    body = self._org_ending_with((f"{role}’s", head)) or self._org_ending_with(
                        (f"{role}'s", head)
                    )
                    if body is not None:
                        return body.display
                return f"{owner.display}’s {' '.join(words[1:])}"  # "Her office" -> whose
        if (
            3 <= len(words) <= 6
            and words[0].lower() == "the"
            and is_possessive(words[1])
            and (head in ORG_HEADS or head in _OWNED_BODIES)
        ):
            owning = words[1].lower().removesuffix("’s").removesuffix("'s")
            if len(words) == 3 and owning in ORG_HEADS:
                org = self._org_with_head(owning, [])
                if org is not None:
                    return org.display  # "the alliance’s board wrote": the alliance
            if owning in GENERIC_ORG_NOUNS:
                # "the agency's St. Louis office said": the agency met before speaks
                owning_body = NounPhrase("common", f"the {owning}", phrase.start, phrase.end)
                found = self._resolve_common(owning_body)
                if found != owning_body.text:
                    return found
        if len(words) == 2 and words[0].lower() == "the" and head in _GOVERNING_BODIES:
            body_owner = self._body_owner(head, phrase.start)
            if body_owner is not None:  # "the league’s board said ... The board added": the league
                return body_owner
        if head in DOCUMENT_NOUNS:
            issuer = self._document_issuer(phrase, words[:-1])
            if issuer is not None:
                return issuer
            if self.last_cue_speaker and (
                words[0].lower() not in ("a", "an")
                or not _CONTINUING.isdisjoint(w.lower() for w in words[1:-1])
            ):
                # "the statement", "A later post": the last speaker's; "a statement posted
                # to her campaign’s page" is a new one, whoever "she" is
                return self.last_cue_speaker
        if head in _ACCOUNT_NOUNS:
            # "the Coast Guard Sector North Bay account wrote", then "the account posted"
            account_owner = self._account_owner(phrase.end)
            if account_owner is not None:
                return account_owner
            if len(words) >= 3 and words[0].lower() == "the" and is_possessive(words[1]):
                # "the park’s official account": the park the text named ("Sawtooth Ridge
                # National Park")
                noun = _clean_word(words[1]).lower()
                named_thing = self._named_ending_in(noun, phrase.start)
                if named_thing is not None:
                    return named_thing
        if head == "family" and len(words) == 2 and words[0].lower() == "the":
            named_family = _NAMED_FAMILY.findall(self.masked, 0, phrase.start)
            if named_family:  # "the Halvorsen family ... The family said": the Halvorsen family
                return f"{named_family[-1]} family"
        if (
            len(words) >= 4
            and words[0].lower() in ("a", "an", "the")
            and words[1].lower() in _SPOKES_NOUNS
            and words[2].lower() in ("for", "of", "at")
        ):
            # "a spokesperson for the brewery": the brewery speaks, whichever it is
            spoken_for = NounPhrase("common", " ".join(words[3:]), phrase.start, phrase.end)
            speaking_for = self._resolve_common(spoken_for)
            if speaking_for != spoken_for.text:
                return speaking_for
        if head in _SPOKES_NOUNS and any(w[:1].isupper() for w in words[1:-1]):
            # "a Metrolink spokesperson": Metrolink's, not another organisation's spokeswoman
            return " ".join(w for w in words if w.lower() not in ("a", "an", "the"))
        if head in _SPOKES_NOUNS and len(words) >= 2 and words[-2].lower() in ORG_HEADS:
            body = self._org_ending_with((words[-2].lower(),))
            if body is not None:  # "A board spokesperson said": the National Mediation Board's
                return f"{body.display} {head}"
        if len(words) <= 3 and (head in _APPOSED_ROLES or head in KIN_NOUNS):  # not "the city"
            for role in _ROLE_SYNONYMS.get(head, (head,)):
                holder = self._role_holder(role)
                if holder is not None:
                    return holder.display
            relative = self._relative_by_surname(words, head, phrase.start)
            if relative is not None:
                return relative.display
        if (
            2 <= len(words) <= 4
            and words[0].lower() == "the"
            and (is_person_noun(head) or _AGE_WORD.fullmatch(head) is not None)
            and head not in ORG_HEADS
            # "the Portuguese midfielder": a nationality may stand before the noun
            and not any(w[:1].isupper() and w.lower() not in DEMONYMS for w in words[1:])
        ):
            # "“Four thousand dollars,” the retired pipefitter said": the person the story
            # is following, who opened a sentence in this paragraph or the one before —
            # unless "a volunteer guide" was introduced as such: then "the guide" is that one
            introduced = self._introduced_as(head, phrase.start)
            if introduced is not None:
                return introduced
            holder = self._role_holder(head)
            if holder is not None and holder.kind == "person" and holder.display[:1].isupper():
                # "The Rev. Lorenzo Achebe-Marsh, pastor of ...": "the pastor"
                return holder.display
            person = self._recent_subject(phrase.start)
            if person is not None:
                return person.display
        for index, word in enumerate(words):
            head = word.lower().rstrip(".,")
            the = next(
                (k for k in range(index - 1, max(-1, index - 4), -1) if words[k].lower() == "the"),
                None,
            )
            if head not in ORG_HEADS or the is None:
                continue
            org = self._org_with_head(head, [w.lower() for w in words[the + 1 : index]])
            if org is None:
                continue
            if index == len(words) - 1 and the == 0:
                return org.display
            phrase_words = [*words[:the], org.display, *words[index + 1 :]]
            if phrase_words[0].lower() in ("a", "an"):
                phrase_words = phrase_words[1:]
            return " ".join(phrase_words)
        if len(words) == 2 and words[0].lower() == "the" and head in ORG_HEADS:
            in_title = self._org_in_title(head, phrase.start)
            if in_title is not None:  # "Chicago Teachers Union President Denise Okafor-Reyes"
                return in_title
        if len(words) == 2 and words[0].lower() == "the" and head in GENERIC_ORG_NOUNS:
            self_named = self._self_named(head, phrase.start)
            if self_named is not None:
                return self_named
            org = (
                self._org_sharing_stem(head)
                or self._org_just_quoted(phrase.start)
                or self._latest_org(corporate=head in _CORPORATE_NOUNS)
            )
            if org is not None:
                return org.display
        if len(words) == 2 and words[0].lower() == "the" and head in _INSTITUTION_NOUNS:
            # "The club said": no organisation's name ends in Club ("Harbor City FC"), so the
            # organisation in focus
            orgs = [
                e
                for e in self.orgs
                if e.display.removeprefix("the ")[:1].isupper()  # named, not "the hackers"
                and 0 <= e.last_seen < phrase.start
                # "the district" is no University, "the club" no Acme Corp.
                and all(
                    w == head or (w not in _INSTITUTION_NOUNS and w not in LEGAL_MARKS)
                    for w in e.words
                )
            ]
            org = _salient_org(orgs, phrase.start)
            if org is None:
                # "Swimming Canada marked the news with a post. ... the federation wrote": a
                # name no first name or gender makes a person's, met just before
                org = self._unknown_body_before(phrase.start)
            if org is not None:
                return org.display
        return text

    def _unknown_body_before(self, position: int) -> Entity | None:
        """The latest name of unknown kind seen acting ("Swimming Canada marked the news") in
        this paragraph or the one before, when nothing says it is a person."""
        bodies = [
            e
            for e in self.entities
            if e.kind == "unknown"
            and e.acted
            and e.gender is None
            and len(e.words) >= 2
            and e.words[0] not in _FIRST_NAMES
            and 0 <= e.last_seen < position
            and self._paragraphs_between(e.last_seen, position) <= 1
        ]
        return max(bodies, key=lambda e: e.last_seen) if bodies else None

    def _org_ending_with(self, tail: tuple[str, ...]) -> Entity | None:
        """The latest organisation whose name ends with ``tail`` ("sheriff’s office" ->
        Lake Fork County Sheriff’s Office)."""
        found = [
            e
            for e in self.orgs_by_last.get(tail[-1], ())
            if e.kind == "org" and len(e.words) > len(tail) and e.words[-len(tail) :] == tail
        ]
        return _latest(found)

    def document_sender(self, phrase: NounPhrase) -> str | None:
        """Who issued the document a phrase names ("the letter"), when the text says."""
        return self._document_issuer(phrase, phrase.text.split()[:-1])

    def _document_issuer(self, phrase: NounPhrase, modifiers: list[str]) -> str | None:
        """Who wrote a document: its author after "by" ("a review posted ... by a user
        identified as Darnell K."), else the organisation a modifier names ("a university
        press release"), else who issued it just before ("Mayor X ... issued a statement"),
        else whoever opens the sentence that last named it ("In a letter ..., Corvalis")."""
        following = bisect_right(self.sentences, phrase.end)  # the author is in its sentence
        sentence_end = (
            self.sentences[following] if following < len(self.sentences) else len(self.masked)
        )
        found = _AUTHORED_BY.search(self.masked, phrase.end, min(phrase.end + 120, sentence_end))
        if (
            found is not None
            and found.group(1).split()[0].lower() not in TIME_WORDS
            and not _OBTAINED.search(self.masked, max(0, found.start() - 12), found.start())
            and ", which " not in self.masked[phrase.end : found.start()]
        ):
            # "signed by Senior Environmental Health Specialist Obinna Hargreaves": a longer
            # run's last two words are the name, a title before them
            words = found.group(1).split()
            words = words[-2:] if len(words) > 3 else split_title(words)[1]
            name = " ".join(words)
            author = NounPhrase("name", name, found.end(1) - len(name), found.end(1), words)
            return self.resolve(author, found.start(1))
        for word in modifiers:
            head = _clean_word(word).lower()  # "the university's": the university
            if head in ORG_HEADS:
                org = self._org_with_head(head, [])
                if org is not None:
                    return org.display
            elif head in GENERIC_ORG_NOUNS:  # "The utility’s notice": the organisation met
                org = self._latest_org(corporate=head in _CORPORATE_NOUNS)
                if org is not None:
                    return org.display
        noun = phrase.text.rsplit(None, 1)[-1].lower()
        lo = max(0, phrase.start - 600)
        sentence_here = self.sentences[bisect_right(self.sentences, phrase.start) - 1]
        for found in reversed(list(_ISSUED.finditer(self.masked, lo, phrase.start))):
            if found.group(1) == noun:  # "Mayor X ... issued a statement": the mayor's
                sentence = self.sentences[bisect_right(self.sentences, found.start()) - 1]
                return (
                    self.salient_since(sentence, found.start())
                    or self._opened_by(sentence, found.start())
                    or self._org_named_in(sentence, found.start())
                    or self._body_opening(sentence)
                )
        # "The Riverside Public Library system posted on its Instagram account ...": a post
        # is also named by its verb
        form = _DOCUMENT_VERB_FORMS.get(noun, re.escape(noun))
        named = [m.start() for m in re.finditer(rf"\b{form}\b", self.masked[lo:sentence_here])]
        if not named and noun in _DOCUMENT_VERB_FORMS:
            # "The Port of Rotterdam Authority ... shared a photograph ... on its official
            # Instagram account. ¶ “...,” the post said": a post is what an account shares
            named = [m.start() for m in _OWN_ACCOUNT.finditer(self.masked[lo:sentence_here])]
            if named:
                index = bisect_right(self.sentences, lo + named[-1])
                account_org = self._org_named_in(self.sentences[index - 1], lo + named[-1])
                if account_org is not None:
                    return account_org
        for at in reversed(named):
            calling = _SENT_BY_SELF_NAMED.match(self.masked, lo + at + len(noun))
            if calling is not None:
                # "a letter sent by a group of families calling itself Prairie Ridge Parents
                # for Fridays": the name the group gave itself
                return calling.group(1)
            sender = _SENT_FROM.search(self.masked, lo + at, min(lo + at + 60, sentence_here))
            if sender is not None and not (sender["agent"] or _is_org(sender["name"].split())):
                sender = None  # "from Chicago" is a place
            # "an open letter drafted by Margaret X", "a report released by the Fiscal Office"
            sender = sender or _RELEASED_BY.match(self.masked, lo + at + len(noun), sentence_here)
            if sender is not None:
                # "a cease-and-desist letter in August from lawyers for Crestmark": its sender
                # (an organisation, or whoever lawyers act for; "from Chicago" is a place)
                words = [_clean_word(word) for word in sender["name"].split()]  # no period
                name = " ".join(words)
                at_name = sender.start("name")
                author = NounPhrase("name", name, at_name, sender.end("name"), words)
                return self.resolve(author, at_name)
        if named:  # "In a letter sent to pharmacies, Corvalis traced": whoever opens it
            index = bisect_right(self.sentences, lo + named[-1])
            sentence = self.sentences[index - 1]
            end = self.sentences[index] if index < len(self.sentences) else len(self.masked)
            owned = _OWNED_OPENING.match(self.masked, sentence)
            if owned is not None and owned.end() == lo + named[-1]:
                # "In her final column, ..., Park-Sullivan thanks": "her" is who comes next
                owner = self.person_named_first(owned.end(), end)
                if owner is not None:
                    return owner
            for position, entity in self.opening_mentions:
                if sentence <= position < end:
                    return entity.display
            pronoun = _PRONOUN_OPENING.match(self.masked, sentence, end)
            if pronoun is not None and pronoun.end() <= lo + named[-1]:
                # "Hours after the vote, she posted on Instagram that ...": hers
                poster = self._antecedent(pronoun.group(1).lower(), pronoun.start(1))
                if poster is not None and poster.kind == "person":
                    return poster.display
            opener = _THING_OPENING.match(self.masked, sentence)
            if opener is not None:
                # "St. Ignatius, whose robot ..., congratulated its rival in a post": the
                # name opening the sentence, whatever the registry made of it
                return opener.group(1)
            return self._body_opening(sentence)
        return None

    def _body_opening(self, sentence: int) -> str | None:
        """The named organisation a sentence opens on by its common noun ("The historical
        society weighed in ... with a letter", "On Thursday the company published a post")."""
        for opening in _BODY_OPENINGS:  # "The district", then "The historical society"
            body = opening.match(self.masked, sentence)
            if body is not None and body["head"] in _BODY_NOUNS:
                break
        else:
            return None
        start, end = body.span("phrase")
        phrase = NounPhrase("common", f"the {body['phrase']}", start, end)
        named_body = self._resolve_common(phrase)
        return named_body if named_body != phrase.text else None

    def _org_sharing_stem(self, noun: str) -> Entity | None:
        """The latest organisation with a word from the noun's stem ("the brewery": Two
        Ravens Brewing Co.; "the bakery": Rye & Co. Bakery)."""
        stems = _BUSINESS_STEMS.get(noun)
        if stems is None:
            return None  # "the company" is whichever company: no stem to share
        orgs = [
            e
            for e in self.orgs
            if e.kind == "org" and e.words[0] != MASK and any(w.startswith(stems) for w in e.words)
        ]
        return _latest(orgs)

    def _self_named(self, head: str, position: int) -> str | None:
        """The name a group was introduced by in quotation marks ("A group calling itself
        “Eastgate First”"), when no organisation was named after it, for "the group"."""
        found = list(_CALLING_ITSELF.finditer(self.masked, max(0, position - 1500), position))
        if not found or found[-1].group(1) != head:
            return None
        last = found[-1]
        if any(last.end() <= e.last_seen < position for e in self.orgs if e.kind == "org"):
            return None  # another organisation came after it
        name = self.text[last.start(2) + 1 : last.end(2) - 1].strip(" ,.")
        return name if name[:1].isupper() else None

    def _body_owner(self, body: str, position: int) -> str | None:
        """The organisation whose governing body the text just named ("the league’s board"),
        when no organisation of that name is known."""
        if any(body in e.words for e in self.orgs if e.kind == "org"):
            return None
        found = list(
            re.finditer(
                rf"\b[Tt]he ([a-z]+)(?:’s|'s) {body}\b",
                self.masked[max(0, position - 1500) : position],
            )
        )
        if not found:
            return None
        owner = NounPhrase("common", f"the {found[-1].group(1)}", position, position)
        named = self._resolve_common(owner)
        return named if named != owner.text else None

    def _named_ending_in(self, noun: str, position: int) -> str | None:
        """The last capitalised name before ``position`` that ends in ``noun`` ("the park":
        Sawtooth Ridge National Park)."""
        if not noun.isalpha():
            return None
        pattern = re.compile(rf"\b((?:[A-Z][\w’'\-]* ){{1,5}}{noun.capitalize()})\b(?! [A-Z])")
        found = list(pattern.finditer(self.masked, max(0, position - 3000), position))
        return found[-1].group(1) if found else None

    def _org_in_title(self, head: str, position: int) -> str | None:
        """The last organisation named only in a person's title before ``position`` ("the
        union": the Chicago Teachers Union of "Chicago Teachers Union President Denise
        Okafor-Reyes"), when no organisation of that kind was registered."""
        if not head.isalpha() or self._org_with_head(head, []) is not None:
            return None
        pattern = re.compile(rf"\b((?:[A-Z][\w’'\-]* ){{1,5}}{head.capitalize()}) ([A-Z][a-z]+)\b")
        found = [
            match.group(1)
            for match in pattern.finditer(self.masked, max(0, position - 3000), position)
            if match.group(2).lower() in TITLE_WORDS
        ]
        return found[-1] if found else None

    def _account_owner(self, position: int) -> str | None:
        """Whose social media account the text last named ("the Coast Guard Sector North Bay
        account wrote on X", "the team’s Instagram account") within a few paragraphs."""
        named = list(_NAMED_ACCOUNT.finditer(self.masked, max(0, position - 1500), position))
        if not named:
            return None
        found = named[-1]
        words = [_clean_word(w) for w in found.group(1).split()]
        owner = NounPhrase("name", " ".join(words), found.start(1), found.end(1), words)
        return self.resolve(owner, found.start(1))

    def _org_just_quoted(self, position: int) -> Entity | None:
        """The organisation a speech verb named in this paragraph or the one before, when no
        head word of its name says it is some other kind of body ("Pacific Western Power said
        ... ¶ “...,” the company said")."""
        speaker = self.by_display.get(self.last_cue_speaker or "")
        if speaker is None or speaker.words[0] == MASK:
            return None
        if speaker.kind != "org" and (
            # a name no first name or gender makes a person's ("Pacific Western Power")
            speaker.gender is not None
            or len(speaker.words) < 2
            or speaker.words[0] in _FIRST_NAMES
            or speaker.words[0] in TITLE_WORDS
            or is_person_noun(speaker.words[0])  # "Councilmember Aurelio Santangelo"
        ):
            return None
        if self._paragraphs_between(self.last_cue_at, position) > 1:
            return None
        if any(w in ORG_HEADS for w in speaker.words):
            return None
        return speaker

    def _latest_org(self, corporate: bool) -> Entity | None:
        """The organisation "the company" or "the organization" most likely means: the latest
        one named (a company by its Inc./Corp. first, when it is "the company")."""
        orgs = [e for e in self.orgs if e.kind == "org" and e.last_seen >= 0 and e.words[0] != MASK]
        if not orgs:
            return None
        if corporate:
            firms = [
                e
                for e in orgs
                if "company" in e.roles or any(w in CORPORATE_MARKS for w in e.words)
            ]
            orgs = firms or orgs
        return _salient_org(orgs, None)

    def _note_group(self, display: str, phrase: NounPhrase, position: int) -> None:
        """Remember an unnamed speaker ("another reader", "police") for later pronouns."""
        key = ("\x00", display.lower())
        entity = self.by_words.get(key) or self.by_display.get(display)
        if entity is None:
            head = phrase.text.split()[-1].lower()
            plural = head.endswith("s") or head in GROUP_NOUNS or head in ORG_HEADS
            kind: Literal["person", "org", "unknown"] = "org" if plural else "person"
            if kind == "person" and not is_person_noun(head):
                kind = "unknown"  # "the north stand" speaks, but "he" is never it
            gender = PERSON_NOUN_GENDER.get(head) if kind == "person" else None
            entity = Entity(display, kind, key, gender)  # "her husband" is never "she"
            self._remember(entity)
            self.by_words[key] = entity
        entity.last_seen = max(entity.last_seen, position)

    def _org_with_head(self, head: str, modifiers: list[str]) -> Entity | None:
        """The organisation "the water authority" names: head word first, then modifiers."""
        best: tuple[int, int] | None = None
        chosen = None
        for entity in self.entities:
            if entity.kind != "org" or (head not in entity.words and head not in entity.roles):
                continue
            rank = (sum(m in entity.words for m in modifiers), entity.last_seen)
            if best is None or rank > best:
                best, chosen = rank, entity
        if best is not None and best[0] == 0 and len(modifiers) >= 2:
            return None  # "the state arts council" is not the City Council met earlier
        return chosen

    def _of_generation(self, surname: str, position: int) -> Entity | None:
        """Of two people sharing ``surname``, the one "elder" or "younger" before
        ``position`` means: the one introduced as a parent or grandparent ("her mother,
        Rania Haddad"), or the other."""
        before = _GENERATION_BEFORE.search(self.masked, max(0, position - 9), position)
        if before is None:
            return None
        generation = before.group(1).lower()
        surname = surname.lower()
        namesakes = [e for e in self.entities if e.kind == "person" and e.words[-1] == surname]
        elders = [e for e in namesakes if not e.roles.isdisjoint(_PARENT_NOUNS)]
        if len(namesakes) != 2 or len(elders) != 1:
            return None
        if generation == "elder":
            return elders[0]
        return namesakes[0] if namesakes[1] is elders[0] else namesakes[1]

    def _officer(self, initials: str) -> Entity | None:
        """The latest person introduced as the chief officer ``initials`` names ("CFO":
        "chief financial officer", "finance chief", "CFO Ann Lee")."""
        stem = _OFFICER_ROLES[initials][:6]  # "financ" reads "financial" and "finance"
        holders = [
            e
            for e in self.entities
            if e.kind == "person"
            and (
                ("chief" in e.roles and any(r.startswith(stem) for r in e.roles))
                or initials.lower() in e.roles
            )
        ]
        return _latest(holders)

    def _role_holder(self, role: str) -> Entity | None:
        """The latest person or organisation introduced with ``role`` ("the commissioner")."""
        holders = [
            e for e in self.entities if role in e.roles or (e.kind == "org" and role in e.words)
        ]
        return _latest(holders)


def _first_seen(entity: Entity) -> int:
    """Where the text first names ``entity``: its first mention, else (named only by a cue
    after the mentions read) where it was last seen."""
    return entity.first_seen if entity.first_seen >= 0 else entity.last_seen


def _salient_org(orgs: list[Entity], position: int | None) -> Entity | None:
    """The organisation "it" or "the agency" means: the latest one that spoke or opened a
    sentence, when it did so recently; else the latest one named ("the FDA said the
    impurity, known as NDMA, ..., though it added": the FDA, not NDMA)."""
    if not orgs:
        return None
    latest = max(orgs, key=lambda e: e.last_seen)
    actors = [
        e for e in orgs if e.salient_at >= 0 and (position is None or e.salient_at < position)
    ]
    if not actors:
        return latest
    actor = max(actors, key=lambda e: e.salient_at)
    return actor if latest.last_seen - actor.salient_at < _SALIENT_REACH else latest


_SALIENT_REACH = 600  # characters: a speaking organisation stays "it" this long


# Role words an apposition gives a person ("the company's lawyer, Ann Lee,"): later "the
# lawyer" is that person. Kin words are handled with their gender.
# Role words that name a body, not a person: "city" in "city councilor", "the city said".
_BODY_WORDS = frozenset(
    (
        "city",
        "state",
        "county",
        "district",
        "school",
        "police",
        "team",
        "company",
        "agency",
        "department",
    )
)
_APPOSED_ROLES = (ROLE_WORDS | TITLE_WORDS) - _BODY_WORDS
_PERSON_ROLES = _APPOSED_ROLES | PERSON_NOUNS  # what a person is called for what they do
# " and Nadia Adeyemi-Lund": a second given name and the surname both share.
_SHARED_SURNAME = re.compile(r" and ([A-Z][\w’'\-]+) ([A-Z][\w’'\-]+(?: [A-Z][\w’'\-]+)?)\b")
# ", 52, is the fourth sculptor", " was a nurse": what a sentence's subject is.
_IS_A_ROLE = re.compile(r"(?:, \d{1,3},)? (?:is|was) (?:a|an|the) ((?:[a-z\-]+ ){0,2}[a-z\-]+)")
# Words before a clergy member's or a peer's name ("the Very Rev Dr", "the Right Hon").
_HONORIFICS = frozenset(("the", "very", "rev", "rev.", "right", "hon", "hon.", "most"))
# "the Halvorsen family": a family named by its surname.
_NAMED_FAMILY = re.compile(r"\b[Tt]he ([A-Z][\w’'\-]+) family\b")
# Words that open a surname of several words ("Van der Berg", "Mac Giolla Phádraig"): the
# connectors inside names, and the Gaelic "Mac".
_SURNAME_PARTICLES = NAME_CONNECTORS | frozenset(("mac", "mc"))
# "The elder Haddad", "the younger Haddad": which of two people sharing a surname.
_GENERATION_BEFORE = re.compile(r"\b([Ee]lder|[Yy]ounger) \Z")
_PARENT_NOUNS = frozenset(("father", "mother", "grandfather", "grandmother", "uncle", "aunt"))
# A company's chief officers by their initials, with the word of the title that tells them apart.
_OFFICER_ROLES = {
    "CEO": "executive",
    "CFO": "financial",
    "COO": "operating",
    "CTO": "technology",
    "CIO": "information",
    "CISO": "security",
}
_ROLE_SYNONYMS = {
    "lawyer": ("lawyer", "attorney", "counsel"),
    "attorney": ("attorney", "lawyer", "counsel"),
    "spokesman": ("spokesman", "spokesperson"),
    "spokeswoman": ("spokeswoman", "spokesperson"),
    "spokesperson": ("spokesperson", "spokeswoman", "spokesman"),
    "congresswoman": ("congresswoman", "representative"),
    "congressman": ("congressman", "representative"),
    "lawmaker": ("lawmaker", "senator", "representative", "congresswoman", "congressman"),
    "legislator": ("legislator", "senator", "representative", "congresswoman", "congressman"),
}


def _is_role_noun(word: str) -> bool:
    """A noun for what a person does ("veterinarian", "mayor"), not a kinship word or a
    thing a person-noun ending misleads about ("the number")."""
    return word in _PERSON_ROLES or (len(word) > 5 and word.endswith(("ian", "ist")))


# A sentence opening on "The" and a lowercase noun, then a lowercase word ("The veterinarian
# will ride"): a role that may name a person met before.
_ROLE_SUBJECT = re.compile(r"The ([a-z]+) (?=[a-z])")  # literal first: a fast scan
# "By late morning the mayor", "On Friday, the chief": a role after an opening time phrase.
_ROLE_AFTER_TIME = re.compile(
    rf"(?:{'|'.join(_TIME_OPENERS)})(?: [a-zA-Z]+){{0,2}},? the ([a-z]+) (?=[a-z])"
)
_NAME_APPOSED_AFTER = re.compile(r"(?: [a-z]+){0,3}, [A-Z]")
# An unnamed person introduced by an indefinite article or "one" ("a teenager in a school
# hoodie", "an old man", "one software engineer"): the two words after it, looked up in
# PERSON_NOUN_GENDER.
_INDEFINITE_NOUNS = re.compile(  # a leading character class lets the scan skip ahead fast
    r"[AaOo](?<![\w’'].)(?:(?<=[Aa])(?:n|nother)?|(?<=[Oo])ne) ([a-z][a-z\-]+)(?![’'\-])\b"
    r"(?: ([a-z]+)(?![’'\-])\b)?"
)
_ACRONYM = re.compile(r"\s?\(([A-Z]{2,8})\)")

# A sentence opening on a plural group: "The researchers combined ...". The literal "The"
# comes first so the scan can jump between candidates; ``_opens_sentence`` checks the rest.
_GROUP_SUBJECT = re.compile(r"The ([a-z]+) ")


def _opens_sentence(masked: str, at: int) -> bool:
    """Whether ``at`` starts the text, a line, or follows ". " ("! ", "? ", a newline and space)."""
    if at == 0:
        return True
    if masked[at - 1] == "\n":
        return True
    return at >= 2 and masked[at - 1] == " " and masked[at - 2] in ".!?\n"


_NAMESAKE_FOCUS = 400  # characters within which the namesake named last keeps the surname


def _surname_owner(candidates: list[Entity]) -> Entity | None:
    """Of people sharing a surname, the one the bare surname already meant before the others
    were named: "Faleolo won the title ... Her mother, Losa Faleolo ... Faleolo laughed" is
    still the champion (news style names the relative in full)."""
    if len(candidates) < 2:
        return None
    owners = [e for e in candidates if e.called_by_surname]
    return owners[0] if len(owners) == 1 else None


def _word_before(masked: str, at: int) -> str:
    """The whitespace-separated word ending right before ``at`` (within 24 characters)."""
    words = masked[max(0, at - 24) : at].rsplit(None, 1)
    return words[-1] if words else ""


def _inside_org_name(run: str, after: int) -> bool:
    """Whether the possessive ending at ``after`` in ``run`` belongs to an organisation's
    name ("Harlow County Sheriff’s Office", "Bright Harbor Children’s Foundation")."""
    return _org_head_follows(run[after:].split(None, 3)[:3])


def _joins_org_name(tokens: list[Token], at: int) -> bool:
    """Whether the "and" at ``at`` joins one organisation's name ("Colorado Oil and Gas
    Association", "Fish and Wildlife Service"): capitalised words up to an organisation's
    head word follow it."""
    if tokens[at].lower != "and":
        return False
    if at + 1 < len(tokens) and tokens[at + 1].is_capitalised:
        # "the Wisconsin Council of Hospitals and Health Systems", "the Department of Housing
        # Preservation and Community Renewal", "Secretary of State for Health and Social
        # Care": an "of" or "for" after a body's or a title's word, before the "and"
        for k in range(at - 2, max(0, at - 6), -1):
            token = tokens[k]
            if token.lower in ("of", "for"):
                head = _clean_word(tokens[k - 1].text).lower()
                if head in ORG_HEADS or head in TITLE_WORDS or head == "state":
                    return True
                continue
            if not (token.is_word and token.is_capitalised):
                break
    for token in tokens[at + 1 : at + 4]:
        if not (token.is_word and token.is_capitalised):
            return False
        head = _clean_word(token.text).lower()
        if head in ORG_HEADS or head in _BODY_NAME_ENDS:
            return True
    return False


def is_possessive(word: str) -> bool:
    """ "department’s", "voters'": a possessive before a noun phrase."""
    return word.endswith(("’s", "'s", "s’", "s'"))


def _kept_possessive(raw: list[str], k: int) -> bool:
    """A possessive inside an organisation's name keeps its ending ("Sheriff’s Office")."""
    return is_possessive(raw[k]) and _org_head_follows(raw[k + 1 : k + 4])


def _org_head_follows(words: list[str]) -> bool:
    """Whether capitalised words end in an organisation's head word within ``words``
    ("Players’ Association", "St. Brendan’s Medical Center")."""
    for word in words:
        if not word[:1].isupper():
            return False
        if word.rstrip(".,;:").lower() in ORG_HEADS:
            return True
    return False


_RUN_REACH = 200  # characters read back before a later scan's start, for the run it cuts


def _capitalised_runs(masked: str, upto: int, lo: int = 0) -> list[tuple[int, str]]:
    """The capitalised runs of ``masked[:upto]`` as (start, run). A unit keeps its number
    ("Local 1776"), and two runs join into one organisation's name across "and" ("the
    Florida Fish and Wildlife Conservation Commission"), "for" ("Ohio Parents for Safe
    Schools") or a listing comma ("the Energy, Minerals and Natural Resources Department")."""
    runs = [(match.start(), match[0]) for match in _CAP_RUN.finditer(masked, lo, upto)]
    for k, (start, run) in enumerate(runs):
        if run.rsplit(None, 1)[-1].lower() in _NUMBERED_UNITS:
            number = _UNIT_NUMBER.match(masked, start + len(run))
            if number is not None:  # "Local 1776", "District 5": the number is the name's
                runs[k] = (start, run + number[0])
    k = len(runs) - 2
    while k >= 0:
        (start, run), (after, following) = runs[k], runs[k + 1]
        gap = masked[start + len(run) : after]
        if (
            (gap == " and " and _one_org_name(run.split(), following.split()))
            or (gap == " for " and _org_for_cause(run.split(), following.split()))
            or (
                # "the Energy, Minerals and Natural Resources Department": a list in the name
                gap == ", "
                and " and " in following
                and following.split()[-1].lower() in ORG_HEADS
                and len(run.removeprefix("the ").split()) <= 2
            )
        ):
            runs[k : k + 2] = [(start, masked[start : after + len(following)])]
        elif gap == ", " and _listing_org_opening(run):
            # "the Ministry of Culture, Tourism and Civil Aviation": the list ends the name
            end = after + len(following)
            if " and " not in following and k + 2 < len(runs):
                last_start, last = runs[k + 2]
                if masked[end:last_start] == " and ":
                    end = last_start + len(last)
                    del runs[k + 2]
            if masked[start:end].count(" and ") == 1:
                runs[k : k + 2] = [(start, masked[start:end])]
        k -= 1
    return runs


def _listing_org_opening(run: str) -> bool:
    """ "Ministry of Culture", "the Department of Health": an organisation's head, then "of"
    and the first item of a list its name goes on with."""
    words = run.split()
    if words[0] in ("the", "The"):
        words = words[1:]
    return len(words) >= 3 and words[0].lower() in ORG_HEADS and words[1] == "of"


_BODY_NAME_ENDS = frozenset(("workers", "local", "employees", "services"))
_NUMBERED_UNITS = frozenset(
    (
        "local",
        "district",
        "station",
        "precinct",
        "chapter",
        "no.",
        "region",
        "ward",
        "sector",
        "post",  # "VFW Post 3318"
        "lodge",
        "troop",
    )
)
_UNIT_NUMBER = re.compile(r" \d{1,5}\b")


def _org_for_cause(first: list[str], second: list[str]) -> bool:
    """Whether "FIRST for SECOND" is one organisation's name ("Ohio Parents for Safe Schools",
    "Center for Education Policy Analysis"): FIRST ends on an organisation's head word or a
    group of people, SECOND is a few words naming no time, title or person."""
    head = first[-1].lower()
    if not (head in ORG_HEADS or (len(first) >= 2 and head in GROUP_NOUNS)):
        return False
    words = [w.lower().rstrip(".,") for w in second]
    return len(second) <= 4 and not any(
        w in MONTHS or w in TIME_WORDS or w in TITLE_WORDS or w in _FIRST_NAMES for w in words
    )


def _one_org_name(first: list[str], second: list[str]) -> bool:
    """Whether "FIRST and SECOND" is one organisation's name: SECOND ends on an organisation's
    head word, or FIRST opens "Department of" and SECOND is a word or two of its remit; no
    person's title or given name on either side."""
    if first[0].lower() == "the":
        first = first[1:]
    if second[-1].isdigit():
        second = second[:-1]  # "Commercial Workers Local 1776"
    if not second:
        return False
    words = [w.lower() for w in first + second]
    if not first or any(w in TITLE_WORDS or w in _FIRST_NAMES for w in words):
        return False
    if first[-1].endswith(("’s", "'s", ".")):
        return False
    if (words[-1] in ORG_HEADS or words[-1] in _BODY_NAME_ENDS) and len(second) >= 2:
        return True  # "... Wildlife Conservation Commission", "... Commercial Workers Local"
    # "Department of Fish and Wildlife", "Oregon Department of Fish and Wildlife"
    return (
        len(first) >= 3
        and len(second) <= 2
        and any(words[k] in ORG_HEADS and words[k + 1] == "of" for k in range(len(first) - 1))
    )


def _pieces(run: str, at: int) -> list[tuple[int, int, list[str], bool]]:
    """Split a capitalised run at sentence ends ("Guatemala. Sessions") and after a possessive
    ("Montana Public Radio’s Sarah Lindqvist"): (start, end, words, owned by the previous)."""
    if "." not in run and "’s " not in run and "'s " not in run:
        return [(at, at + len(run), run.split(), False)]
    pieces: list[tuple[int, int, list[str], bool]] = []
    words: list[str] = []
    start = offset = at
    owned = False
    for word in run.split():
        position = run.find(word, offset - at) + at
        if not words:
            start = position
        words.append(word)
        offset = position + len(word)
        ends_sentence = word.endswith(".") and _clean_word(word) != word
        possessive = word.endswith(("’s", "'s")) and not _inside_org_name(run, offset - at)
        if ends_sentence or possessive:
            pieces.append((start, offset, words, owned))
            words, owned = [], not ends_sentence
    if words:
        pieces.append((start, offset, words, owned))
    return pieces


def _is_name_word(word: str) -> bool:
    """Letters, with any hyphen or apostrophe inside ("Wieczorek-Lang", "O’Neill")."""
    return word.replace("-", "").replace("’", "").replace("'", "").isalpha()


def _guessed_gender(mention: Mention, words: list[str]) -> str | None:
    """A family word before the name tells ("her grandson, Ilkka Varga"); else the name."""
    return mention.gender or _gender([], words)


def _before_hometown(words: list[str]) -> list[str]:
    """The name before "of Place" when it is two or three name words, else all the words."""
    at = words.index("of")
    if 2 <= at <= 3 and all(_is_name_word(w) for w in words[:at]):
        return words[:at]
    return words


def _person_of_body(words: list[str]) -> tuple[list[str], list[str]] | None:
    """(role, name) of a run naming a person and the body they belong to ("Hydrogeologist
    Francisca Oyarzún of Arturo Prat University"): a given name opening two or three words
    before "of", only role words ahead of it."""
    at = words.index("of")
    given = next((k for k in range(at) if words[k].lower() in _FIRST_NAMES), None)
    if given is None or not 2 <= at - given <= 3 or not _is_org(words[at + 1 :]):
        return None
    role = words[:given]
    if not all(w.lower() in TITLE_WORDS or is_person_noun(w.lower()) for w in role):
        return None
    return role, words[given:at]


def _first_name_of(entity: Entity, speaking: bool) -> bool:
    """Whether a lone first word can name ``entity``: a known person, or (when the word speaks,
    "Kaylee said" after "Kaylee Brandt") a two- or three-word name that is no place's."""
    if entity.kind == "person":
        return True
    return (
        speaking
        and entity.kind == "unknown"
        and len(entity.words) <= 3
        and entity.words[-1] not in PLACE_WORDS
    )


_BRAND = re.compile(r"(?!Mac|Van|Von|Del)([A-Z][a-z]{2,})([A-Z][a-z]+)$")


def _is_brand(word: str) -> bool:
    """A CamelCase word that is no given name ("RydeNow", not "MaryAnn" or "DeeDee")."""
    found = _BRAND.match(word)
    if found is None:
        return False
    first, second = found.group(1).lower(), found.group(2).lower()
    return first != second and first not in _FIRST_NAMES and second not in _FIRST_NAMES


@lru_cache(maxsize=8192)
def _is_org_name(words: tuple[str, ...]) -> bool:
    """``_is_org`` for a mention's words, cached: the same names recur."""
    return _is_org(words)


def _is_org(words: Sequence[str]) -> bool:
    """An organisation name: an organisation head word, a company's mark, or an acronym."""
    if not words:
        return False
    for word in words:
        if word.lower() in _ORG_WORDS:
            return True
    if len(words) <= 2 and _is_brand(words[0]):
        return True  # "RydeNow", "LinkedIn": a brand's inner capital, not "McKenzie"
    first = words[0]
    return (
        len(words) <= 3
        and len(first) >= 2
        and first.isalpha()
        and first.isupper()
        and first.lower() not in NOT_ORG_ACRONYMS  # "a major AI lab": a thing
    )
