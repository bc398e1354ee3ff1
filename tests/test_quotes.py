"""termnews.quotes: direct quotations, their exact offsets, and who said them."""

from __future__ import annotations

import json
import random
import time
from pathlib import Path

import pytest

from termnews.models import Quote
from termnews.quotes import find_quotes

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
TESTS_DIR = Path(__file__).resolve().parent


def speech(text: str) -> list[Quote]:
    return [q for q in find_quotes(text) if q.kind == "speech"]


def said(text: str) -> list[tuple[str, str | None]]:
    """(quote, speaker) pairs of the speech quotes in ``text``."""
    return [(q.quote, q.speaker) for q in speech(text)]


def assert_offsets(text: str, quotes: list[Quote]) -> None:
    for quote in quotes:
        assert text[quote.start : quote.end] == quote.quote
        assert quote.quote == quote.quote.strip()


def assert_last_speaker_contains(text: str, speaker: str) -> None:
    """``text`` has speech quotes, and ``speaker`` is part of the last one's speaker."""
    quotes = speech(text)
    assert quotes, text
    assert quotes[-1].speaker is not None and speaker in quotes[-1].speaker


# --- marks ---------------------------------------------------------------------------------


def test_curly_quotes_speaker_after() -> None:
    text = "“We will rebuild the pier,” Sessions said on Monday."
    assert said(text) == [("We will rebuild the pier,", "Sessions")]


def test_straight_quotes() -> None:
    text = 'The mayor was blunt. "It is over," Mayor Ana Ruiz said. "We move on."'
    assert said(text) == [("It is over,", "Ana Ruiz"), ("We move on.", "Ana Ruiz")]


def test_latex_style_pairs() -> None:
    text = "``I came here with nothing,'' said Manuel Cardoso, the baker."
    quotes = speech(text)
    assert [(q.quote, q.speaker) for q in quotes] == [
        ("I came here with nothing,", "Manuel Cardoso")
    ]
    assert quotes[0].speaker_title == "the baker"


def test_nested_single_quotes_stay_inside() -> None:
    text = "“The rhetoric of the ‘criminal immigrant’ is wrong,” Bianca Bersani said."
    quotes = speech(text)
    assert len(quotes) == 1
    assert quotes[0].quote == "The rhetoric of the ‘criminal immigrant’ is wrong,"


def test_mixed_styles_in_one_article() -> None:
    text = (
        "“Curly first,” said Tom Reed.\n\n"
        '"Straight next," said Lena Park.\n\n'
        "``Then the old style,'' said Omar Diaz."
    )
    assert said(text) == [
        ("Curly first,", "Tom Reed"),
        ("Straight next,", "Lena Park"),
        ("Then the old style,", "Omar Diaz"),
    ]


def test_apostrophes_are_not_quote_marks() -> None:
    text = "Boston’s mayor doesn’t agree. It’s been that way since the ’90s, rock ’n’ roll."
    assert find_quotes(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "“One mark only and nothing else",
        "Nothing opens here” but it closes.",
        '"A" "B" "C',
        "“A ” “ B” ” “",
        "“”“”“”",
        "She said “yes” and then “no",
    ],
)
def test_odd_count_of_marks_never_crashes(text: str) -> None:
    quotes = find_quotes(text)
    assert_offsets(text, quotes)


def test_unclosed_quote_runs_to_the_paragraph_end() -> None:
    text = "“We’re squeezed,” wrote Gail Fitzgerald. “What’s next, Saturdays?\n\nNew paragraph."
    quotes = speech(text)
    assert [q.quote for q in quotes] == ["We’re squeezed,", "What’s next, Saturdays?"]
    assert {q.speaker for q in quotes} == {"Gail Fitzgerald"}


def test_a_book_length_text_is_read_in_parts_with_exact_offsets() -> None:
    chapter = (
        "“We sail at dawn,” said Captain Ines Valdés-Moreau.\n\n"
        "The crew grumbled. “Dawn is early,” the cook, Bartholomew Ashgrove, said.\n\n"
        "“Then sleep early,” she said.\n\n"
    )
    book = chapter * (250_000 // len(chapter))  # past one part's length, split at a paragraph
    alone = find_quotes(chapter)
    quotes = find_quotes(book)
    assert len(quotes) == len(alone) * (len(book) // len(chapter))
    assert all(book[q.start : q.end] == q.quote for q in quotes)
    assert [q.speaker for q in quotes[-3:]] == [q.speaker for q in alone]
    assert {q.speaker for q in quotes} == {q.speaker for q in alone}


def test_a_quotation_at_a_parts_end_keeps_the_cue_in_the_next_paragraph() -> None:
    filler = "The council met again on Tuesday and adjourned without a vote.\n\n"
    opening = filler * (99_900 // len(filler))  # the part's last break falls between the two
    text = (
        opening
        + "“We have waited ten years.\n\n“Now we want answers,” said Maria Kowalczyk, "
        + "who has led the tenants’ association " * 20  # the part ends after 100,000 characters
        + "since 2015."
    )
    quotes = find_quotes(text)
    assert [q.quote for q in quotes] == ["We have waited ten years.", "Now we want answers,"]
    assert [q.speaker for q in quotes] == ["Maria Kowalczyk", "Maria Kowalczyk"]
    assert all(text[q.start : q.end] == q.quote for q in quotes)


def test_no_quotes() -> None:
    assert find_quotes("") == []
    assert find_quotes("A plain paragraph.\n\nAnother one, with no quotation at all.") == []


# --- where the speaker is -----------------------------------------------------------------


def test_speaker_inverted_with_title() -> None:
    quotes = speech("“The road stays closed,” said Commissioner Ana Lopez.")
    assert quotes[0].speaker == "Ana Lopez"
    assert quotes[0].speaker_title == "Commissioner"
    assert quotes[0].cue == "said"


def test_speaker_before_the_quote() -> None:
    text = "Councilor Maria Lopez said: “We are paying for a staffing problem.”"
    assert said(text) == [("We are paying for a staffing problem.", "Maria Lopez")]


def test_split_quote() -> None:
    text = "Dana Whitfield was direct. “We heat empty rooms,” she said, “and that costs teachers.”"
    assert said(text) == [
        ("We heat empty rooms,", "Dana Whitfield"),
        ("and that costs teachers.", "Dana Whitfield"),
    ]


def test_apposition_gives_title() -> None:
    text = (
        "“It does not align with research,” Bianca Bersani, researcher at UMass Boston, "
        "tells PolitiFact."
    )
    quote = speech(text)[0]
    assert (quote.speaker, quote.speaker_title, quote.cue) == (
        "Bianca Bersani",
        "researcher at UMass Boston",
        "tells",
    )


def test_name_in_apposition_after_a_role() -> None:
    text = "Her spokeswoman, Tanya Brooks, said the mayor was “grateful.”"
    assert said(text) == [("grateful.", "Tanya Brooks")]


def test_according_to() -> None:
    text = (
        "Protesters will gather “to say no,” according to a description on a Facebook event page."
    )
    assert "Facebook event page" in (speech(text)[0].speaker or "")
    assert speech(text)[0].cue == "according to"


def test_organisation_named_earlier() -> None:
    text = (
        "The report was produced by the Massachusetts Water Resources Authority.\n\n"
        "The water authority said in a statement that work continues. “We are not finished,” "
        "the statement said."
    )
    assert said(text) == [("We are not finished,", "the Massachusetts Water Resources Authority")]


def test_the_authority_said() -> None:
    text = (
        "Riders blame the Massachusetts Bay Transportation Authority for the delays.\n\n"
        "“Track work is 86 percent complete,” the authority said."
    )
    assert said(text)[0][1] == "the Massachusetts Bay Transportation Authority"


@pytest.mark.parametrize(
    "verb",
    [
        "told reporters",
        "tells the Globe",
        "says",
        "added",
        "wrote",
        "tweeted",
        "asked",
        "argued",
        "posted",
        "explained",
        "noted",
        "warned",
        "recalled",
        "insisted",
        "continued",
        "acknowledged",
        "replied",
        "stated",
        "testified",
    ],
)
def test_speech_verbs_beyond_said(verb: str) -> None:
    quote = speech(f"“The numbers do not work,” Rosa Delgado {verb}.")[0]
    assert quote.speaker == "Rosa Delgado"
    assert quote.cue == verb.split()[0]


# --- continuation, pronouns, surnames ------------------------------------------------------


def test_continuation_in_the_same_paragraph() -> None:
    text = "“Harboring aliens helps gangs,” Jeff Sessions said. “Cities are aiding cartels.”"
    assert [s for _, s in said(text)] == ["Jeff Sessions", "Jeff Sessions"]


def test_continuation_into_the_next_paragraph() -> None:
    text = (
        "“I understand the skepticism,” Philip Eng told the board.\n\n"
        "“The only way we earn that trust back is by doing what we say.”"
    )
    assert [s for _, s in said(text)] == ["Philip Eng", "Philip Eng"]


def test_multi_paragraph_quote() -> None:
    text = (
        "“Fixing the slow zones is the easy part,” Jarred Pike said. “The hard part is the "
        "boring stuff nobody sees.\n\n"
        "“If the money isn’t in the budget, we’ll be back here in 2030.”\n\n"
        "The authority did not respond."
    )
    quotes = speech(text)
    assert [q.quote for q in quotes] == [
        "Fixing the slow zones is the easy part,",
        "The hard part is the boring stuff nobody sees.",
        "If the money isn’t in the budget, we’ll be back here in 2030.",
    ]
    assert {q.speaker for q in quotes} == {"Jarred Pike"}
    assert_offsets(text, quotes)


def test_pronoun_follows_gender() -> None:
    text = (
        "Mayor Marty Walsh spoke first, then Councilor Maria Lopez.\n\n"
        "“We will not cut the budget,” he said.\n\n"
        "“Watch me,” she said."
    )
    quotes = speech(text)
    assert [q.speaker for q in quotes] == ["Marty Walsh", "Maria Lopez"]
    assert all(q.from_pronoun for q in quotes)


def test_surname_resolves_to_full_name() -> None:
    text = (
        "Boston Mayor Marty Walsh condemned the threats.\n\n"
        "“The safety of our residents is my top priority,” Walsh said."
    )
    assert said(text)[0][1] == "Marty Walsh"


def test_shared_surname_is_told_apart_by_title() -> None:
    text = (
        "The tenant, Robert Hale, was arrested. His landlord, Victor Hale, is no relation. "
        "A neighbor, Gwen Alvarez, watched.\n\n"
        "“He pays his rent,” Mr. Hale said of the tenant. “He shovels the walk.”\n\n"
        "“I grabbed the kids,” Ms. Alvarez said."
    )
    speakers = [s for _, s in said(text)]
    assert speakers[-1] == "Gwen Alvarez"
    assert speakers[0] in {"Victor Hale", "Robert Hale"}  # a Hale, never Alvarez


def test_shared_surname_follows_the_latest_one_introduced() -> None:
    text = (
        "Councilor Maria Lopez led the opposition.\n\n"
        "“We are paying for a staffing problem,” Lopez said.\n\n"
        "Police Commissioner Ana Lopez, no relation, defended the figure.\n\n"
        "“I would rather have officers rested,” the commissioner told councilors."
    )
    assert [s for _, s in said(text)] == ["Maria Lopez", "Ana Lopez"]


def test_partial_quotes_inside_a_sentence() -> None:
    text = (
        "President Trump has long attacked sanctuary cities.\n\n"
        "Trump has blamed the Obama administration’s “weak illegal immigration policies” for "
        "allowing “bad MS 13 gangs to form in cities across U.S.,” as he put it in a tweet."
    )
    quotes = speech(text)
    assert [q.quote for q in quotes] == [
        "weak illegal immigration policies",
        "bad MS 13 gangs to form in cities across U.S.,",
    ]
    assert {q.speaker for q in quotes} == {"Trump"}


# --- terms -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("The ACLU has organized an “Unwelcoming Party” for him.", "Unwelcoming Party"),
        (
            "It funds a plan the city calls “Vision Zero,” which ends traffic deaths.",
            "Vision Zero,",
        ),
        ("A report titled “State of the Harbor” was released.", "State of the Harbor"),
        ("It could become a so-called “bomb cyclone” by Saturday.", "bomb cyclone"),
        ("His teammates have called him “The Wall” since he was a freshman.", "The Wall"),
        (
            "What neighbors call “the Siege of City Hall,” a campaign, worked.",
            "the Siege of City Hall,",
        ),
        ("Parents held signs reading “Save the Hale.”", "Save the Hale."),
        ("He proposed what he called a “legacy business” registry, he said.", "legacy business"),
    ],
)
def test_terms_are_not_speech(text: str, term: str) -> None:
    quotes = find_quotes(text)
    assert [(q.quote, q.kind, q.speaker) for q in quotes] == [(term, "term", None)]


# --- offsets, robustness, speed ------------------------------------------------------------


def test_offsets_are_code_points_of_the_text() -> None:
    text = "Café 😀 owner Zoë Ng said: “Ça va très bien 😀,” and left.\n\n“Encore,” she said."
    quotes = find_quotes(text)
    assert [q.quote for q in quotes] == ["Ça va très bien 😀,", "Encore,"]
    assert_offsets(text, quotes)


def test_random_text_keeps_the_invariants() -> None:
    alphabet = [
        "a",
        " ",
        "“",
        "”",
        '"',
        "\n",
        "\n\n",
        ".",
        ",",
        "A",
        " said ",
        "he",
        "'",
        "’",
        "``",
    ]
    rng = random.Random(7)
    for _ in range(200):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 300)))
        quotes = find_quotes(text)
        assert_offsets(text, quotes)
        assert all(q.kind in ("speech", "term") for q in quotes)
        assert [q.start for q in quotes] == sorted(q.start for q in quotes)


@pytest.mark.parametrize("mark", ['"', "“”", "``''", "‘’", "‘a ’s "])
def test_a_megabyte_of_quote_marks_is_bounded(mark: str) -> None:
    text = mark * (1_000_000 // len(mark))
    started = time.perf_counter()
    quotes = find_quotes(text)
    assert time.perf_counter() - started < 10
    assert_offsets(text, quotes)


def test_many_short_quotes_in_one_paragraph_are_bounded() -> None:
    text = "“Hi,” said John Smith. " * 5_000
    started = time.perf_counter()
    quotes = find_quotes(text)
    assert time.perf_counter() - started < 10
    assert len(quotes) == 5_000 and quotes[-1].speaker == "John Smith"


# --- gold articles -------------------------------------------------------------------------


def _speaker_matches(predicted: str | None, gold: dict) -> bool:
    names = [gold["speaker"], *gold.get("aliases", [])]
    if gold["speaker"] is None:
        return predicted is None
    return predicted is not None and any(n.lower() in predicted.lower() for n in names)


def _score(article: dict) -> tuple[int, int, int]:
    """(gold speech quotes, found with the right speaker, gold terms taken as speech)."""
    predicted = {(q.start, q.end): q for q in find_quotes(article["text"])}
    right = terms_as_speech = 0
    gold_speech = [g for g in article["quotes"] if g["kind"] == "speech"]
    for gold in article["quotes"]:
        quote = predicted.get((gold["start"], gold["end"]))
        if gold["kind"] == "term":
            terms_as_speech += quote is not None and quote.kind == "speech"
        elif quote is not None and quote.kind == "speech" and _speaker_matches(quote.speaker, gold):
            right += 1
    return len(gold_speech), right, terms_as_speech


def test_seed_article() -> None:
    seed = SHARED / "seed" / "quotes.json"
    if not seed.exists():
        pytest.skip("../shared is absent")
    article = json.loads(seed.read_text(encoding="utf-8"))
    plain = (SHARED / "seed" / "article.txt").read_text(encoding="utf-8")
    assert plain.rstrip("\n") == article["text"]
    article["text"] = plain  # offsets index the file's text exactly as read
    total, right, terms_as_speech = _score(article)
    assert (total, right, terms_as_speech) == (9, 9, 0)


def _score_folder(folder: Path) -> tuple[int, int, int]:
    """(speech quotes, right speakers, terms taken as speech) over a gold folder; every gold
    span must slice its text to exactly the quoted words."""
    files = sorted(folder.glob("*.json"))
    assert len(files) >= 8
    total = right = terms_as_speech = 0
    for path in files:
        article = json.loads(path.read_text(encoding="utf-8"))
        for gold in article["quotes"]:
            assert article["text"][gold["start"] : gold["end"]] == gold["quote"]
        counts = _score(article)
        total += counts[0]
        right += counts[1]
        terms_as_speech += counts[2]
    return total, right, terms_as_speech


# (set, least share of right speakers, most terms taken as speech). Each blind set was
# written by someone who never saw this code and scored before any fix (figures in the bench's
# docstring); afterwards each is a ratchet at what the general fixes reached, with this test's
# stricter matching (exact spans, no surname rule).
GOLD_SETS = [
    ("gold", 1.00, 0),
    ("holdout", 0.98, 0),
    ("blind2", 1.00, 0),
    ("blind3", 1.00, 0),
    ("blind4", 0.97, 0),
    ("blind5", 0.99, 0),
    ("blind6", 0.94, 0),
    ("blind7", 0.98, 0),
    ("blind8", 0.96, 1),
    ("blind9", 0.94, 0),
    ("blind10", 0.97, 2),
    ("blind11", 0.97, 1),
    ("blind12", 0.96, 1),
    ("blind13", 0.93, 0),
    ("blind14", 0.95, 2),
    ("blind15", 0.98, 0),
    ("blind16", 0.97, 0),
    ("blind17", 0.94, 2),
    ("blind18", 0.99, 0),
    ("blind19", 0.95, 0),
    ("blind20", 0.97, 1),
    ("blind21", 0.97, 2),
    ("blind22", 0.90, 0),
    ("blind23", 0.98, 1),
    ("blind24", 0.99, 0),
    ("blind25", 0.91, 0),
    ("blind26", 0.95, 0),
    ("blind27", 0.97, 0),
    ("blind28", 0.98, 0),
    ("blind29", 0.97, 0),
    ("blind30", 0.95, 0),
    ("blind31", 0.94, 2),
    ("blind32", 0.96, 0),
    ("blind33", 0.95, 0),
    ("blind34", 0.94, 2),
    ("blind35", 0.96, 0),
    ("blind36", 0.94, 1),
    ("blind37", 0.96, 0),
    ("blind38", 0.94, 2),
    ("blind39", 0.95, 0),
    ("blind40", 0.95, 2),
    ("blind41", 0.97, 1),
    ("blind42", 0.95, 3),
    ("blind43", 0.93, 1),
    ("blind44", 0.96, 1),
    ("blind45", 0.96, 0),
    ("blind46", 0.98, 1),
    ("blind47", 0.96, 1),
    ("blind48", 0.98, 0),
    ("blind49", 0.95, 0),
    ("blind50", 0.96, 1),
    ("blind51", 0.95, 0),
    ("blind52", 0.94, 0),
    ("blind53", 0.95, 2),
    ("blind54", 0.96, 0),
    ("blind55", 0.96, 0),
    ("blind56", 0.90, 1),
    ("blind57", 0.93, 1),
    ("blind58", 0.94, 1),
    ("blind59", 0.93, 3),
    ("blind60", 0.97, 0),
    ("blind61", 0.96, 0),
    ("blind62", 0.95, 2),
    ("blind63", 0.97, 2),
    ("blind64", 0.95, 1),
    ("blind65", 0.93, 1),
    ("blind66", 0.94, 0),
    ("blind67", 0.98, 0),
    ("blind68", 0.95, 1),
    ("blind69", 0.96, 0),
    ("blind70", 0.96, 1),
    ("blind71", 0.94, 0),
    ("blind72", 0.95, 0),
    ("blind73", 0.94, 2),
    ("blind74", 0.88, 0),
    ("blind75", 0.95, 3),
    ("blind76", 0.97, 0),
    ("blind77", 0.98, 1),
    ("blind78", 0.98, 3),
    ("blind79", 0.95, 0),
    ("blind80", 0.97, 1),
    ("blind81", 0.96, 0),
    ("blind82", 0.98, 0),
    ("blind83", 0.99, 0),
    ("blind84", 0.98, 0),
    ("blind85", 0.96, 0),
    ("blind86", 0.96, 2),
    ("blind87", 0.93, 1),
    ("blind88", 0.95, 3),
    ("blind89", 0.98, 0),
    ("blind90", 0.92, 2),
    ("blind91", 0.93, 0),
    ("blind92", 0.90, 1),
    ("blind93", 0.87, 4),
    ("blind94", 0.92, 3),
    ("blind95", 0.93, 1),
    ("blind96", 0.92, 3),
    ("blind97", 0.95, 3),
    ("blind98", 0.94, 4),
    ("blind99", 0.87, 3),
    ("blind100", 0.83, 2),
    ("blind101", 0.90, 1),
    ("blind102", 0.90, 4),
    ("blind103", 0.92, 0),
    ("blind104", 0.95, 1),
    ("blind105", 0.90, 2),
    ("blind106", 0.93, 0),
    ("blind107", 0.95, 1),
    ("blind108", 0.91, 2),
    ("blind109", 0.98, 1),
    ("blind110", 0.89, 0),
    ("blind111", 0.96, 0),
    ("blind112", 0.86, 0),
    ("blind113", 0.93, 0),
    ("blind114", 0.93, 0),
    ("blind115", 0.98, 1),
    ("blind116", 0.95, 0),
    ("blind117", 0.95, 0),
    ("blind118", 0.95, 0),
    ("blind119", 0.96, 1),
    ("blind120", 0.92, 2),
    ("blind121", 0.94, 2),
    ("blind122", 0.91, 3),
    ("blind123", 0.83, 0),
    ("blind124", 0.92, 2),
    ("blind125", 0.94, 1),
    ("blind126", 0.93, 1),
    ("blind127", 0.90, 1),
    ("blind128", 0.93, 2),
    ("blind129", 0.91, 1),
    ("blind130", 0.91, 2),
    ("blind131", 0.93, 1),
    ("blind132", 0.87, 1),
    ("blind133", 0.94, 3),
    ("blind134", 0.94, 0),
    ("blind135", 0.89, 1),
    ("blind136", 0.92, 2),
    ("blind137", 0.92, 2),
    ("blind138", 0.93, 2),
    ("blind139", 0.87, 2),
    ("blind140", 0.95, 0),
    ("blind141", 0.96, 2),
    ("blind142", 0.94, 2),
]


def _gold_folder(name: str) -> Path:
    """tests/quotes_gold for "gold", else tests/quotes_gold_NAME."""
    return TESTS_DIR / ("quotes_gold" if name == "gold" else f"quotes_gold_{name}")


@pytest.mark.parametrize(
    ("name", "least_right", "most_terms"), GOLD_SETS, ids=[row[0] for row in GOLD_SETS]
)
def test_gold_sets(name: str, least_right: float, most_terms: int) -> None:
    total, right, terms_as_speech = _score_folder(_gold_folder(name))
    assert right / total >= least_right
    assert terms_as_speech <= most_terms


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The report backs what economists like to call “demand shock” in the region.", "term"),
        ("The crew refers to the old dredger as “the Bathtub” these days.", "term"),
        ("It was, Ruiz said, what he called “a disgrace.”", "speech"),
    ],
)
def test_naming_phrases_after_what_call_and_refer_to_as(text: str, kind: str) -> None:
    found = find_quotes(text)
    assert [q.kind for q in found] == [kind]


# --- patterns found on the holdout articles ------------------------------------------------


def test_british_single_quotes() -> None:
    text = (
        "‘We accept the court’s decision and we are sorry,’ said Mr Hale. ‘The workers’ "
        "union was right.’\n\n"
        "She added: ‘When the signs said “no swimming”, that was it.’\n\n"
        "Campaigners call him the ‘Sewage Baron’, and the rock ’n’ roll of the ‘90s is over."
    )
    quotes = find_quotes(text)
    assert [(q.quote, q.kind) for q in quotes] == [
        ("We accept the court’s decision and we are sorry,", "speech"),
        ("The workers’ union was right.", "speech"),
        ("When the signs said “no swimming”, that was it.", "speech"),
        ("Sewage Baron", "term"),
    ]
    assert quotes[0].speaker == "Hale" and quotes[0].speaker_title == "Mr"
    assert_offsets(text, quotes)


def test_double_quotes_keep_nested_single_ones() -> None:
    text = "“I just told her, ‘Go, go, go,’” Kenji Watanabe said."
    assert said(text) == [("I just told her, ‘Go, go, go,’", "Kenji Watanabe")]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("“She kept us alive,” said Harbor City coach Laura Benedetti.", "Laura Benedetti"),
        (
            "“They have a harder time,” said Ohio State University law professor Michael Quinlan.",
            "Michael Quinlan",
        ),
        (
            "Alicia Moreno, a manager at Birchwood Capital, which owns shares, said the sell-off "
            "was “an overreaction.”",
            "Alicia Moreno",
        ),
        (
            "Co-author Tomás Ferreira, an oceanographer in Halifax, Nova Scotia, said the effects "
            "were visible. “Ten years ago, nobody fished here,” he said.",
            "Tomás Ferreira",
        ),
        (
            "Priya Raman warned against reading too much into one year, but said the trend was "
            "clear. “It ends up in Canada,” she said.",
            "Priya Raman",
        ),
        (
            "Then a guy in the back (I didn’t catch his name) yelled “what about the buses” and "
            "sat down.",
            "guy in the back",
        ),
        ("“We’re all neighbors,” as my grandmother used to say.", "my grandmother"),
    ],
)
def test_speaker_grammar(sentence: str, speaker: str) -> None:
    assert [s for _, s in said(sentence)][-1] == speaker


def test_the_company_is_the_company_named_before() -> None:
    text = (
        "Calder Foods Inc. cut its forecast on Thursday, analysts at FactSet said.\n\n"
        "“Consumers remain under pressure,” the company said in a statement.\n\n"
        "The American Red Cross said it was helping. “We will stay,” the organization said."
    )
    assert [s for _, s in said(text)] == ["Calder Foods Inc.", "the American Red Cross"]


def test_pronouns_never_cross_gender_and_learn_unlisted_names() -> None:
    text = (
        "Agnes Tolliver keeps the logbooks in a tin. Her husband, Walter, kept the light first.\n\n"
        "“People ask me if I was lonely,” she says.\n\n"
        "Her son, Daniel Tolliver, runs a boatyard. “I was bored,” he joked.\n\n"
        "Tolliver has opinions about that. “Forty-one years of fog,” she says."
    )
    assert [s for _, s in said(text)] == ["Agnes Tolliver", "Daniel Tolliver", "Agnes Tolliver"]


def test_role_after_shared_surname_and_possessive_names() -> None:
    text = (
        "Gov. Ellen Marsh and state Sen. David Marsh met for a debate.\n\n"
        "The senator, who has served since 2015, insisted the cuts would come from what he "
        "called “administrative bloat.”\n\n"
        "The moderator, Montana Public Radio’s Sarah Lindqvist, pressed him. “Can you name one "
        "agency?” she asked."
    )
    assert [s for _, s in said(text)] == ["David Marsh", "Sarah Lindqvist"]


def test_action_beat_and_a_cue_without_quotation_name_the_speaker() -> None:
    text = (
        "Rosa Iglesias spoke for the Coast Guard. Agnes Tolliver listened.\n\n"
        "What does Tolliver miss?\n\n"
        "“The quiet, mostly.” She thinks for a while. “And the work.”\n\n"
        "Before I leave, Tolliver insists on showing me the last entry.\n\n"
        "“Light on. Not by me.”"
    )
    assert [s for _, s in said(text)] == ["Agnes Tolliver"] * 3


def test_they_after_a_plural_subject() -> None:
    text = (
        "The Gulf has warmed fast, according to the Gulf of Maine Research Institute.\n\n"
        "The researchers combined catch data with temperature records. The warming, they wrote, "
        "“explains the majority of the observed shift.”"
    )
    assert said(text)[0][1] == "the researchers"


@pytest.mark.parametrize(
    ("text", "term"),
    [
        (
            "On the island she is still known to everyone as “the Admiral,” and likes it.",
            "the Admiral,",
        ),
        ("Amari’s book, “Lights of the Sound,” devotes a chapter to her.", "Lights of the Sound,"),
        ("The city says the paint is a “conflict zone” marking, not decoration.", "conflict zone"),
        (
            "He recalled that his father used to call the grounds “the pantry,” because it was "
            "full.",
            "the pantry,",
        ),
    ],
)
def test_more_terms_are_not_speech(text: str, term: str) -> None:
    quotes = find_quotes(text)
    assert [(q.quote, q.kind, q.speaker) for q in quotes] == [(term, "term", None)]


def test_described_as_stays_speech() -> None:
    text = "Michael Tran asked for what he described as a “school-by-school” analysis."
    assert said(text) == [("school-by-school", "Michael Tran")]


# --- patterns found on the second blind set (tests/quotes_gold_blind2) ----------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Critics call it reckless and landlords describe it, in the words of one,"
            " as “a tax on ownership.”",
            "landlords",
        ),
        (
            "The complaint quotes an inspector as writing in her report: “The wiring is a fire"
            " waiting to happen.”",
            "inspector",
        ),
        (
            "In a statement on Monday, Harlow Water Company said repairs were under way."
            " “Crews are working through the night,” the statement read.",
            "Harlow Water Company",
        ),
        (
            "Jonas Berg said the permit the county had promised was “still a year off.”",
            "Jonas Berg",
        ),
        (
            "Ruth Ellery said she would appeal “as soon as the ruling is filed,” according to"
            " a statement posted on her website.",
            "Ruth Ellery",
        ),
        (
            "A driver who gave only his first name, Marco, said he waited an hour."
            " “Nobody told us anything,” he said.",
            "Marco",
        ),
        (
            "Its main lender, the investment bank Corvane Partners, wrote that it “remains"
            " committed to the project.”",
            "Corvane Partners",
        ),
        (
            "The family of Senator Alma Whitby said she was “deeply grateful for the kindness"
            " of strangers.”",
            "Alma Whitby",
        ),
        (
            "Tomas Reyes spoke first. Later a teenager on a bicycle stopped to watch."
            " “It’s the best thing on this street,” he said.",
            "teenager",
        ),
        (
            "The news was shared by her grandson, Ilkka Varga, who said the funeral would be"
            " private. “She hated a fuss,” he said.",
            "Ilkka Varga",
        ),
        (
            "The goalkeeper, because, rivals say, she “never blinks, never flinches,” is the"
            " league’s best.",
            "rivals",
        ),
    ],
)
def test_attribution_grammar(text: str, speaker: str) -> None:
    assert_last_speaker_contains(text, speaker)


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("She served a lemon cake her customers called “Tuesday cake” all year.", "Tuesday cake"),
        (
            "He kept a ledger, which he called “the book of debts.” It is now in a museum.",
            "the book of debts.",
        ),
        (
            "Critics have mocked the bill’s promise of “efficiency” for small towns, which"
            " they say means fewer services.",
            "efficiency",
        ),
    ],
)
def test_named_things_and_scare_quotes_are_terms(text: str, term: str) -> None:
    kinds = {q.quote: q.kind for q in find_quotes(text)}
    assert kinds == {term: "term"}


def test_what_he_called_stays_speech() -> None:
    text = "Sen. Paul Ortiz criticised what he called “a waste of money.”"
    assert [(q.kind, q.speaker) for q in find_quotes(text)] == [("speech", "Paul Ortiz")]


# --- patterns found on the third blind set (tests/quotes_gold_blind3) -----------------------


@pytest.mark.parametrize(
    ("text", "term"),
    [
        (
            "“Salt and Iron: Photographs by Mara Quist, 1980-2020” closes Sunday at the gallery.",
            "Salt and Iron: Photographs by Mara Quist, 1980-2020",
        ),
        ("She stopped in front of “Dawn at 5 a.m.” (2008), her favorite.", "Dawn at 5 a.m."),
        ("The band closed with “Paper Boats,” which Lund wrote in a week.", "Paper Boats,"),
        ("The lobby holds “Night Shift,” a mural as long as a bus.", "Night Shift,"),
        ("Talks centered on “Operation Clearwater,” the agency’s plan.", "Operation Clearwater,"),
        ("A lecture, titled “Can Cities Breathe?”, starts at noon.", "Can Cities Breathe?"),
        (
            "The lever is known among sailors as the “dead man’s grip,” for good reason.",
            "dead man’s grip,",
        ),
        (
            "The menu has smoked trout and “chowder fries” that Okafor invented last spring.",
            "chowder fries",
        ),
        (
            "Fans cheer what the coach calls the team’s “late whistle,” a habit of scoring late.",
            "late whistle,",
        ),
        (
            "Pressed for a favorite novel, Reyes answers at once: “The Long Winter Garden.”",
            "The Long Winter Garden.",
        ),
        ("A placard on the gate says “No trucks after dark.”", "No trucks after dark."),
    ],
)
def test_titles_and_names_of_things_are_terms(text: str, term: str) -> None:
    kinds = {q.quote: q.kind for q in find_quotes(text)}
    assert kinds == {term: "term"}


@pytest.mark.parametrize(
    "text",
    [
        "Nora Valdez said the budget “papers over” the real costs.",
        "“Never Again,” shouted Ilya Brandt, a protester at the gate.",
        "Ivo Marsh called the ruling “a gift,” a remark his aides later softened.",
        "“Never. Not Once. Not Ever.” Ada Fenn shook her head.",
        "Residents want “real answers” that the city has not given.",
    ],
)
def test_quoted_words_next_to_noun_phrases_stay_speech(text: str) -> None:
    assert [q.kind for q in find_quotes(text)] == ["speech"]


def test_called_with_a_judgement_is_speech() -> None:
    text = (
        "Analyst Ruth Okoye pointed to cash flow, which she called “the one figure that "
        "really counts” this quarter."
    )
    assert said(text) == [("the one figure that really counts", "Ruth Okoye")]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Daniel Okafor earned the name as a rookie, when a neighbor saw him chase a loose"
            " dog for a mile. He laughed about it on Sunday.\n\n“I just hate losing,” he said.",
            "Daniel Okafor",
        ),
        (
            "On the pier, a man who gave only his first name, Tobias, was coiling rope."
            " He said the storm came fast.\n\n“It was here and then gone,” he said.",
            "Tobias",
        ),
        (
            "Inside, a nurse who identified herself only as Oriana was handing out water."
            "\n\n“We ran out of cups by noon,” she said.",
            "Oriana",
        ),
        (
            "Rep. Tomas Beltran, R-Tex., a member of the budget panel, said the bill was"
            " “dead on arrival.”",
            "Tomas Beltran",
        ),
        (
            "Sen. Mara Quist, D-N.Y., said she would “fight this in every committee.”",
            "Mara Quist",
        ),
        (
            "The crane belongs to Dorsey & Sons Roofing, which has a city contract. Police said"
            " no one was hurt. In a statement, the company said it was “cooperating fully.”",
            "Dorsey & Sons Roofing",
        ),
        (
            "The driver works for Halvard Freight. Police said the road was icy."
            " The company said it was “reviewing the route.”",
            "Halvard Freight",
        ),
        (
            "An editorial in the Dunmore Ledger derided the plan as “a parking lot with a bow on"
            " it,” a phrase Mayor Ana Ruiz says she still resents.",
            "Dunmore Ledger",
        ),
        (
            "Neighbors dismissed the proposal as “a parking garage in disguise.”",
            "neighbors",
        ),
        (
            "The historian Lena Fisk, whose 1998 study “Salt Roads” changed the field, argued in"
            " a lecture that the canal was “a monument to debt.”",
            "Lena Fisk",
        ),
    ],
)
def test_attribution_grammar_of_the_third_blind_set(text: str, speaker: str) -> None:
    assert_last_speaker_contains(text, speaker)


def test_split_quote_around_a_described_speaker() -> None:
    text = (
        "“It was,” said senior researcher Dr. Ilse Brandt, a geologist at Kiel, “a very lucky"
        " find.”"
    )
    assert said(text) == [("It was,", "Ilse Brandt"), ("a very lucky find.", "Ilse Brandt")]


# --- patterns found on the fourth blind set (tests/quotes_gold_blind4) ----------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (  # an opening prepositional phrase is not the subject of a coordinated "said"
            "Dana Whitcombe left the hall early.\n\nAfter the vote, Whitcombe zipped her jacket"
            " and said she was tired.\n\n“We did what we could,” she said.",
            "Dana Whitcombe",
        ),
        (  # "some councils" is a noun phrase, not "some" + the verb "states"
            "Ilse Marchetti argued that some councils had wasted the grant.\n\n“Most of this"
            " money bought consultants. That is the truth,” she said.",
            "Ilse Marchetti",
        ),
        (  # the role an apposition gives is the person's, with its synonym
            "The mayor's attorney, Rowan Feeney-Adu, asked for a delay.\n\n“We need a month,”"
            " the lawyer said.",
            "Rowan Feeney-Adu",
        ),
        (  # "her son said", after the son was named
            "The death was announced by her son, Tomasz Wieczorek-Lang, who gave no cause.\n\n"
            "“She fixed radios until she was ninety,” her son said.",
            "Tomasz Wieczorek-Lang",
        ),
        (  # "worked as a pharmacist" describes her, it is no new person
            "Greta Olufsen came to Ohio in 1970 and worked for years as a pharmacist.\n\n"
            "“Nobody ever needed a prescription for gossip,” she said.",
            "Greta Olufsen",
        ),
        (  # a middle name later is the same person, shown as first introduced
            "Odile Brandt ran the bakery for forty years.\n\nOdile Marie Brandt was born in"
            " Lyon. “Bread is patience,” she wrote.",
            "Odile Brandt",
        ),
        (  # the title words before a name, in a second predicate
            "The mayor's office gave no date. Assistant press secretary Lionel Abara said the"
            " city was ready and urged residents to stay home “until the water drops.”",
            "Lionel Abara",
        ),
        (  # an unnamed speaker who gave a first name
            "The shelter was full.\n\n“We left with the cat and nothing else,” said a man who"
            " gave only his first name, Teodoro, standing by his truck.",
            "Teodoro",
        ),
        (  # "one ..." introduces an unnamed person, whom "she" continues
            "Layoffs reached 12,000, according to CutCounter, a tracker.\n\nOne data analyst"
            " on the billing team, who asked not to be named, said she learned by email.\n\n"
            "“My badge stopped working first,” she said.",
            "data analyst",
        ),
    ],
)
def test_attribution_grammar_of_the_fourth_blind_set(text: str, speaker: str) -> None:
    quotes = speech(text)
    assert quotes, text
    assert quotes[-1].speaker == speaker


def test_terms_and_remarks_of_the_fourth_blind_set() -> None:
    text = (
        "Locals know her far and wide across the county as “Aunt Bee,” a title she enjoys.\n\n"
        "Two prints, “Night Ferry” by Osric Pell and “Salt Marsh” by Ines Varga, were stolen, in"
        " what the gallery’s curator called “a quick, careful job.”\n\n"
        "The fine, which one shopkeeper, Abel Moreau, called “too little, and too late.”"
    )
    kinds = {q.quote: q.kind for q in find_quotes(text)}
    assert kinds["Aunt Bee,"] == "term"
    assert kinds["Night Ferry"] == "term" and kinds["Salt Marsh"] == "term"
    assert kinds["a quick, careful job."] == "speech"
    assert kinds["too little, and too late."] == "speech"
