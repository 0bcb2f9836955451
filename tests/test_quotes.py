"""Direct quotations: pairing, attribution forms, inheritance, what is left out, speakers."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from articlekit.model import Quote
from articlekit.quotes import find_quotes

SEED = Path(__file__).resolve().parent.parent / "seeds" / "000_9927dc5176a900c1.txt"


def one(*paragraphs: str) -> Quote:
    """The single quotation found in ``paragraphs``."""
    quotes = find_quotes(paragraphs)
    assert len(quotes) == 1, quotes
    return quotes[0]


def texts(*paragraphs: str) -> list[str]:
    return [quote.text for quote in find_quotes(paragraphs)]


def who(*paragraphs: str) -> list[tuple[str, str | None, str | None, str | None]]:
    return [(q.text, q.speaker, q.mention, q.cue) for q in find_quotes(paragraphs)]


# --- the seed article ------------------------------------------------------------------------


def seed_paragraphs() -> list[str]:
    """The 20 body paragraphs of the seed: after the headline, before three boilerplate lines,
    dateline cut, no-break spaces made spaces and white space folded."""
    raw = SEED.read_text(encoding="utf-8")
    blocks = [
        re.sub(r"\s+", " ", block.replace("\u00a0", " ")).strip() for block in raw.split("\n\n")
    ]
    body = [block for block in blocks if block][1:-3]
    body[0] = body[0].removeprefix("WASHINGTON — ")
    return body


def test_seed_gives_exactly_the_six_quotes() -> None:
    paragraphs = seed_paragraphs()
    assert len(paragraphs) == 20
    quotes = find_quotes(paragraphs)
    got = [(q.paragraph, q.text, q.speaker) for q in quotes]
    assert got == [
        (4, "It’s kind of like what we were looking to do after 2011,", "James Jeffrey"),
        (
            6,
            "The big issue is whether there will be pressure form Iranians for us to leave,",
            "James Jeffrey",
        ),
        (11, "Despite these successes our fight is not over,", "Jim Mattis"),
        (
            11,
            "Even without a physical caliphate, ISIS remains a threat to stability in the "
            "recently liberated areas, as well as in our homelands.",
            "Jim Mattis",
        ),
        (13, "permanent enemy.", "Haider al-Abadi"),
        (
            14,
            "I think we need to structure ourselves to be prepared for a long-term commitment "
            "to building partner capacity in this area,",
            "Paul Funk",
        ),
    ]
    assert [q.cue for q in quotes] == ["said", "said", "said", "said", "said", "told"]
    assert quotes[1].mention == "Jeffrey"
    assert quotes[5].mention == "Army Lt. Gen. Paul Funk"
    for quote in quotes:
        assert paragraphs[quote.paragraph][quote.start : quote.end] == quote.text


# --- pairing ---------------------------------------------------------------------------------


def test_curly_and_straight_double_quotes() -> None:
    assert texts(
        "“We will not back down,” the mayor said on Tuesday.",
        '"We will not back down," the mayor said on Tuesday.',
    ) == ["We will not back down,", "We will not back down,"]


def test_single_quotes_nested_inside_double_stay_in_the_quotation() -> None:
    quote = one("“He told me, ‘Get out of my office,’ and I left,” Smith said.")
    assert quote.text == "He told me, ‘Get out of my office,’ and I left,"
    assert quote.speaker == "Smith"


@pytest.mark.parametrize(
    "sentence",
    [
        "It’s the Smiths’ plan, and it’s not new, the council said.",
        "The ’90s were kinder to rock ’n’ roll than the 2000s.",
        "The candidates’ debate was moved to Thursday.",
        "Don’t count on it, officials said.",
    ],
)
def test_apostrophes_are_not_quotes(sentence: str) -> None:
    assert find_quotes([sentence]) == ()


def test_apostrophes_inside_a_quotation_do_not_break_its_pairing() -> None:
    quote = one("“The Smiths’ plan isn’t what the ’90s needed,” said Jane Doe.")
    assert quote.text == "The Smiths’ plan isn’t what the ’90s needed,"
    assert quote.speaker == "Jane Doe"


def test_an_unbalanced_mark_does_not_swallow_the_rest() -> None:
    paragraphs = [
        "The senator said the bill was “dead on arrival and then walked out.",
        "Lawmakers will return on Monday.",
        "“We have the votes,” said Sen. Mary Jones.",
    ]
    quotes = find_quotes(paragraphs)
    assert [(q.paragraph, q.text) for q in quotes] == [(2, "We have the votes,")]


def test_a_stray_closing_mark_pairs_with_nothing() -> None:
    assert texts("The vote” was delayed again, the clerk said.") == []


def test_markup_attribute_values_are_not_quotes() -> None:
    assert find_quotes(['<tweet id="7422409" author="@jeets">Big night.</tweet>']) == ()


# --- attribution forms -----------------------------------------------------------------------


def test_quote_comma_said_name_title() -> None:
    assert who(
        "“The economy is strong,” said Janet Yellen, the Treasury secretary, on Friday."
    ) == [("The economy is strong,", "Janet Yellen", "Janet Yellen", "said")]


def test_quote_comma_name_said_when() -> None:
    assert who("“We are not going anywhere,” Pelosi said Thursday.") == [
        ("We are not going anywhere,", "Pelosi", "Pelosi", "said")
    ]


def test_name_said_colon_quote() -> None:
    assert who("The governor said: “Help is on the way.”") == [
        ("Help is on the way.", "The governor", "The governor", "said")
    ]


def test_name_told_outlet() -> None:
    quote = one("“There is no plan B,” Maria Lopez told Reuters in an interview.")
    assert (quote.speaker, quote.cue) == ("Maria Lopez", "told")


def test_according_to() -> None:
    quote = one("“The talks have stalled,” according to two European diplomats.")
    assert (quote.mention, quote.cue) == ("two European diplomats", "according to")
    assert quote.speaker == "two European diplomats"


def test_interrupted_quote() -> None:
    quotes = find_quotes(["“We tried,” Coach Dan Reilly said, “but they were just better.”"])
    assert [q.text for q in quotes] == ["We tried,", "but they were just better."]
    assert {q.speaker for q in quotes} == {"Dan Reilly"}


def test_further_quote_in_the_paragraph_inherits() -> None:
    quotes = find_quotes(
        ["“We will appeal,” said attorney Rachel Kim. “This verdict cannot stand.”"]
    )
    assert [(q.speaker, q.cue) for q in quotes] == [("Rachel Kim", "said"), ("Rachel Kim", "said")]


def test_a_quote_before_the_attributed_one_takes_its_speaker() -> None:
    quotes = find_quotes(["“It was chaos.” “People were screaming,” Luis Ortega said."])
    assert [q.speaker for q in quotes] == ["Luis Ortega", "Luis Ortega"]


def test_paragraph_of_only_a_quotation_inherits_from_the_paragraph_before() -> None:
    quotes = find_quotes(
        [
            "“We have to rebuild,” said Mayor Carla Diaz, standing outside city hall.",
            "“Nobody is leaving this town.”",
        ]
    )
    assert [(q.paragraph, q.speaker) for q in quotes] == [(0, "Carla Diaz"), (1, "Carla Diaz")]


def test_ap_running_quote_gives_one_quote_per_paragraph() -> None:
    paragraphs = [
        "“It was the worst storm I have seen in 40 years,” said fisherman Tom Hale. “The boats",
        "“were tossed like toys and the docks are gone.",
        "“We will need help to rebuild.”",
        "The town council meets on Monday.",
    ]
    quotes = find_quotes(paragraphs)
    assert [(q.paragraph, q.text) for q in quotes] == [
        (0, "It was the worst storm I have seen in 40 years,"),
        (0, "The boats"),
        (1, "were tossed like toys and the docks are gone."),
        (2, "We will need help to rebuild."),
    ]
    assert {q.speaker for q in quotes} == {"Tom Hale"}


def test_running_quote_attributed_in_its_last_paragraph() -> None:
    paragraphs = [
        "“The first thing we did was count the children.",
        "“Then we called the fire department,” teacher Ann Burke said.",
    ]
    quotes = find_quotes(paragraphs)
    assert [(q.paragraph, q.speaker) for q in quotes] == [(0, "Ann Burke"), (1, "Ann Burke")]


def test_partial_quote_in_reported_speech() -> None:
    quote = one("Gov. Tim Walz said the state would weather the “short but severe” downturn.")
    assert (quote.text, quote.speaker, quote.cue) == ("short but severe", "Tim Walz", "said")


def test_partial_quote_with_attribution_after_it() -> None:
    quote = one("The deal is a “disaster for working families,” Sen. Bernie Sanders said.")
    assert quote.speaker == "Bernie Sanders"


# --- speakers --------------------------------------------------------------------------------


def test_titles_and_ranks_are_not_part_of_the_name() -> None:
    assert [
        q.speaker
        for q in find_quotes(
            [
                "“Hold the line,” said Army Lt. Gen. Paul Funk.",
                "“We stay,” Defense Secretary Jim Mattis said.",
                "“No comment,” said Sen. Ted Cruz (R-Texas).",
            ]
        )
    ] == ["Paul Funk", "Jim Mattis", "Ted Cruz"]


def test_surname_resolves_to_the_fullest_name_in_the_article() -> None:
    quotes = find_quotes(
        [
            "James Jeffrey, a former ambassador, has followed the talks closely.",
            "“It is a repeat of 2011,” Jeffrey said.",
        ]
    )
    assert [(q.speaker, q.mention) for q in quotes] == [("James Jeffrey", "Jeffrey")]


def test_pronoun_resolves_to_the_last_named_speaker() -> None:
    quotes = find_quotes(
        [
            "“The river rose overnight,” said Sheriff Dana Cole.",
            "Residents were told to leave.",
            "“We knocked on every door,” she said.",
        ]
    )
    assert [(q.speaker, q.mention) for q in quotes] == [
        ("Dana Cole", "Sheriff Dana Cole"),
        ("Dana Cole", "she"),
    ]


def test_pronoun_does_not_resolve_to_an_organisation() -> None:
    quotes = find_quotes(
        [
            "Mark Hill, a farmer, said the rain came too late. The Agriculture Department said "
            "aid would follow.",
            "“It is too little,” he said.",
        ]
    )
    assert quotes[0].speaker == "Mark Hill"


def test_nominal_sources_stay_as_written() -> None:
    quotes = find_quotes(
        [
            "“The review is ongoing,” a Pentagon spokeswoman said.",
            "“No decision has been made,” the officials said.",
        ]
    )
    assert [(q.speaker, q.mention) for q in quotes] == [
        ("a Pentagon spokeswoman", "a Pentagon spokeswoman"),
        ("the officials", "the officials"),
    ]


# --- not quotations --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The so-called “reform” bill passed the House on a party-line vote.",
        "The “temporary” bridge has now stood for 30 years.",
        "Tickets for the “Summer Nights” concert sold out within an hour.",
        "She first appeared on NBC’s “Meet the Press” in 2009.",
        "His memoir, “The Long Way Home,” spent ten weeks on the list.",
        "The campaign released a new ad, “Morning in Ohio,” on Tuesday.",
    ],
)
def test_scare_quotes_and_titles_are_not_quotes(sentence: str) -> None:
    assert find_quotes([sentence]) == ()


def test_empty_quotation_marks_are_not_quotes() -> None:
    assert find_quotes(["He typed “” into the box and pressed enter."]) == ()


# --- robustness ------------------------------------------------------------------------------


def test_no_paragraphs() -> None:
    assert find_quotes([]) == ()
    assert find_quotes(["", " ", "“", "”", '"']) == ()


def test_a_hundred_thousand_quotation_marks_in_one_paragraph() -> None:
    # Linear pairing and bounded windows: this finishes quickly (no timing assertion).
    paragraph = " ".join(["“a” b said"] * 50_000)
    quotes = find_quotes([paragraph])
    assert all(paragraph[q.start : q.end] == q.text for q in quotes)
    unbalanced = "“" * 100_000
    assert find_quotes([unbalanced, unbalanced]) == ()
    straight = '"' * 100_000
    assert all(q.text.strip() for q in find_quotes([straight]))


# --- forms found on real copy ------------------------------------------------------------------


def test_show_title_after_a_possessive_is_no_quote_even_with_a_speaker() -> None:
    quotes = find_quotes(
        ["On ABC’s “This Week,” Rubio said the party would “come together by summer.”"]
    )
    assert [(q.text, q.speaker) for q in quotes] == [("come together by summer.", "Rubio")]


def test_reported_speech_before_a_bare_quotation_in_the_paragraph() -> None:
    quote = one("Sen. Ted Cruz tweeted a warning on Monday. “Missouri: remember in November.”")
    assert (quote.speaker, quote.cue) == ("Ted Cruz", "tweeted")


def test_source_after_a_dash() -> None:
    quote = one("“He promotes hate and nothing else” ― Azucena Gonzalez, a voter in Phoenix")
    assert quote.speaker == "Azucena Gonzalez"


def test_description_before_the_name_after_the_verb() -> None:
    quote = one("“The president’s rationale does not hold up,” said 9/11 widow Terry Strada.")
    assert quote.speaker == "Terry Strada"


def test_loose_nominal_source_after_the_quote() -> None:
    quote = one("“She didn’t like that,” said a 2008 Clinton veteran.")
    assert quote.mention == "a 2008 Clinton veteran"


def test_a_quote_that_ends_its_sentence_is_not_given_the_next_sentence_speaker() -> None:
    quotes = find_quotes(
        [
            "Former Florida Gov. Jeb Bush called the executive orders “quite dangerous.” "
            "New Jersey Gov. Chris Christie, hoping to surge, said little."
        ]
    )
    assert [q.speaker for q in quotes] == ["Jeb Bush"]


def test_possessive_is_not_a_subject() -> None:
    quote = one("Clinton campaign spokesman Brian Fallon called Trump’s charge “pathetic.”")
    assert quote.speaker == "Brian Fallon"


def test_nationality_is_a_first_name_not_a_title() -> None:
    quotes = find_quotes(
        [
            "Freddy Ortega directed the play.",
            "“Mexicans laugh at our tragedies,” said German Ortega, one of its stars.",
        ]
    )
    assert [q.speaker for q in quotes] == ["German Ortega"]


def test_headline_and_excerpt_in_a_link_roundup_are_not_speech() -> None:
    paragraph = (
        "—“Hamilton to play Chicago in long-term run,” by Variety’s Gordon Cox: “Ultrahot "
        "Broadway musical Hamilton will ride its wave of hype to Chicago.” http://bit.ly/x"
    )
    assert find_quotes([paragraph]) == ()


def test_by_after_a_partial_quote_is_no_credit() -> None:
    quote = one("The emails were labeled “top secret” by the State Department, officials said.")
    assert quote.text == "top secret"


def test_a_nickname_inside_a_name_is_not_a_quote() -> None:
    assert find_quotes(["Rep. Robert C. “Bobby” Scott threw open his back yard on Saturday."]) == ()


def test_quote_only_paragraph_inherits_across_a_paragraph_with_no_speaker() -> None:
    quotes = find_quotes(
        [
            "“We will rebuild the school,” Principal Nora Wells said.",
            "The district has set aside $2 million for the work.",
            "“Every child will be back by September.”",
        ]
    )
    assert [q.speaker for q in quotes] == ["Nora Wells", "Nora Wells"]


def test_speech_that_goes_on_in_a_paragraph_naming_nobody_keeps_the_speaker() -> None:
    quotes = find_quotes(
        [
            "“We were outspent,” said campaign manager Luis Vega.",
            "Later in the interview: “We will be back in two years, and we will win.”",
        ]
    )
    assert [q.speaker for q in quotes] == ["Luis Vega", "Luis Vega"]


def test_she_skips_a_man_named_after_the_woman() -> None:
    quotes = find_quotes(
        [
            "“We will not back down,” said Mrs. Ellen Park, the union’s president.",
            "Mr. Tom Reyes, the plant manager, said talks would resume.",
            "“Nothing has changed,” she said.",
        ]
    )
    assert [q.speaker for q in quotes] == ["Ellen Park", "Ellen Park"]


def test_a_participle_takes_the_subject_of_its_sentence() -> None:
    quote = one("Early in his campaign, Trump attacked Romney, calling him “a failed candidate.”")
    assert quote.speaker == "Trump"
    quote = one("Jessica Mackler issued a statement saying the remark “has no place here.”")
    assert quote.speaker == "Jessica Mackler"


# --- relative "who" and sentence-final attributions --------------------------------------------


def test_relative_who_is_the_mention_and_its_antecedent_the_speaker() -> None:
    quote = one(
        "The mayor met Senator Ruth Alvarez, who has in the past described the plan as "
        "“a tax on commuters.”"
    )
    assert (quote.mention, quote.speaker, quote.cue) == ("who", "Ruth Alvarez", "described")


def test_relative_who_after_an_appositive_names_the_nearer_mention() -> None:
    quote = one(
        "The vote split the council and drew a reply from Dan Cole, a county spokesman, "
        "who said the budget was “balanced on paper only.”"
    )
    assert (quote.mention, quote.speaker) == ("who", "a county spokesman")


def test_who_without_a_comma_after_a_name_is_a_relative_speaker() -> None:
    quote = one("It was Harris who said the bridge would be “open by the spring.”")
    assert (quote.mention, quote.speaker) == ("who", "Harris")


def test_who_without_a_comma_before_a_clause_is_not_the_speaker() -> None:
    quote = one("One official who read the memo said the plan was “dead on arrival.”")
    assert quote.mention is not None
    assert quote.mention.startswith("One official")


def test_sentence_final_attribution_covers_every_quotation_of_its_sentence() -> None:
    quotes = who(
        "Ticket sales were “flat for about a month” while buyers waited to see how a "
        "“difficult season” played out, he said."
    )
    assert [(text, mention) for text, _, mention, _ in quotes] == [
        ("flat for about a month", "he"),
        ("difficult season", "he"),
    ]


def test_sentence_final_attribution_does_not_reach_into_the_sentence_before() -> None:
    quotes = who(
        "The board called the report “thorough.” Sales were “slow” after the storm, Kim Lee said."
    )
    assert quotes[0][2] != "Kim Lee"


def test_a_paragraph_ending_in_a_colon_introduces_the_quotation_after_it() -> None:
    quotes = who(
        "After the flood, Governor Ana Ruiz issued the following statement:",
        "“Our thoughts are with every family that lost a home tonight.”",
    )
    assert [(speaker, mention) for _, speaker, mention, _ in quotes] == [
        ("Ana Ruiz", "Governor Ana Ruiz")
    ]


def test_a_one_word_label_before_a_colon_is_no_speaker() -> None:
    quotes = who("Transcript:", "“We are going to win this district, and we will win it big.”")
    assert quotes[0][2] != "Transcript"


def test_age_and_home_town_between_the_name_and_the_verb() -> None:
    quote = one("Cory Dunn, 22, of Lansing, Mich., said he still hoped for a “surprise” win.")
    assert quote.speaker == "Cory Dunn"


def test_remembered_after_the_quotation_is_a_speech_verb() -> None:
    quote = one("“Nobody thought it would work,” remembered Paula Stone, a former adviser.")
    assert (quote.speaker, quote.cue) == ("Paula Stone", "remembered")


def test_a_show_title_before_the_role_of_a_person_is_no_quotation() -> None:
    assert texts("“Late Night Live” host Dana Miles visited the school on Friday.") == []


def test_a_show_title_after_with_from_or_for_is_no_quotation() -> None:
    assert texts("She spoke in an interview with “Good Morning Ohio” on Monday.") == []
    assert texts("Children dressed as characters from “Space Rangers” filled the hall.") == []


def test_a_pronoun_after_who_is_the_speaker() -> None:
    quote = one("She met the governor, who he noted was “tired of the fighting.”")
    assert quote.mention != "who"


def test_a_verb_of_characterisation_right_after_the_quotation() -> None:
    quote = one("“The council has failed the town,” Mayor Lena Ortiz scoffed.")
    assert (quote.speaker, quote.cue) == ("Lena Ortiz", "scoffed")
    mocked = one("“Everyone loves a parade,” he mocks, as Ray Diaz, the organiser, looks on.")
    assert (mocked.mention, mocked.cue) == ("he", "mocks")


def test_a_sentence_of_only_a_speaker_and_a_verb_attributes_the_quotation_before() -> None:
    quote = one("“We will open the bridge in May.” Mayor Ruth Alder said.")
    assert quote.speaker == "Ruth Alder"


def test_a_next_sentence_with_more_than_a_speaker_does_not_attribute() -> None:
    quote = one("“The banks cannot be trusted.” Mr Reyes, who grew up in Lima, agreed.")
    assert quote.speaker is None


def test_a_speaker_label_before_a_colon_in_an_exchange() -> None:
    quotes = who(
        "The two traded lines on taxes. Moreno: “We will cut them.” "
        "Sen. Kate Lund: “You said that in 2012.”"
    )
    assert [(text, speaker) for text, speaker, _, _ in quotes] == [
        ("We will cut them.", "Moreno"),
        ("You said that in 2012.", "Kate Lund"),
    ]


def test_the_writer_speaking_right_after_a_quotation() -> None:
    quotes = who("The clerk looked up. “Name?” she asked. “Lee,” I said, and sat down.")
    assert [(text, speaker, mention) for text, speaker, mention, _ in quotes] == [
        ("Name?", None, "she"),
        ("Lee,", None, "I"),
    ]


def test_i_inside_text_is_no_speaker_mention() -> None:
    quote = one("When I said the plan was “dead on arrival,” Mayor Tom Hale laughed.")
    assert quote.mention != "I"


def test_a_participle_after_with_has_its_own_subject() -> None:
    quote = one(
        "Democrats were quick to respond, with Senator Mae Ortiz tweeting that the bill was "
        "a “gift to polluters.”"
    )
    assert quote.speaker == "Mae Ortiz"


def test_ally_describes_the_name_after_it() -> None:
    quote = one("“He has been a friend for years,” said Harmon ally Joan Pike.")
    assert quote.speaker == "Joan Pike"


def test_a_pronoun_stands_for_the_named_subject_of_its_sentence() -> None:
    quotes = who(
        "“We will appeal,” said Mayor Tom Reyes.",
        "Governor Lisa Park condemned what she called a “reckless ruling” by the court.",
    )
    assert quotes[-1][1:3] == ("Lisa Park", "she")


def test_a_second_clause_between_the_opener_and_the_subject() -> None:
    quote = one(
        "Moreover, as part of the hearing, Senator Paul Grant cited a report that "
        "“less than one percent” of the files were kept."
    )
    assert quote.speaker == "Paul Grant"


def test_it_stands_for_the_last_source_that_is_no_person() -> None:
    quotes = who(
        "“The plan is unlawful,” the commission said in its ruling.",
        "“It cannot stand,” it added.",
    )
    assert quotes[-1][1:3] == ("the commission", "it")


def test_it_does_not_stand_for_a_person() -> None:
    quotes = who("“We will appeal,” said Mayor Tom Reyes.", "“It cannot stand,” it added.")
    assert quotes[-1][1] is None


def test_a_surname_before_a_colon_introduces_the_next_paragraph() -> None:
    quotes = who(
        "Voters heard again from Senator Ruth Vance on Tuesday.",
        "In July, Vance made the following comment:",
        "“The rate for young workers is far higher than anyone admits.”",
    )
    assert quotes[0][1] == "Ruth Vance"


TWO_FIRMS = [
    "Small and mid-sized businesses will buy more virtual storage next year, analysts said.",
    '"These companies are finally ready to move," said Charles King, principal analyst at '
    "Pund-IT.",
    'King said the shift had been slow. "It took them years to trust the technology," King said.',
    '"Prices fell by half," said Pund-IT\'s King. "That changed everything."',
    'Phil Treide, a director at EMC, agreed. "We see it in our orders," Treide said.',
    '"The smaller customers want the same tools," said EMC\'s Treide.',
]


def test_a_possessive_owner_before_a_name_is_not_part_of_the_speaker() -> None:
    quotes = find_quotes(TWO_FIRMS)
    assert [q.speaker for q in quotes] == ["Charles King"] * 4 + ["Phil Treide"] * 2
    assert quotes[2].mention == "Pund-IT's King"


def test_speakers_are_the_same_in_every_process() -> None:
    # Names seen first win ties; a set's order changes with the process's string hashing.
    import json
    import os
    import subprocess
    import sys

    code = (
        "import json, sys; from articlekit.quotes import find_quotes; "
        "print(json.dumps([q.speaker for q in find_quotes(json.loads(sys.stdin.read()))]))"
    )
    runs = {
        subprocess.run(
            [sys.executable, "-c", code],
            input=json.dumps(TWO_FIRMS),
            capture_output=True,
            text=True,
            check=True,
            env={**os.environ, "PYTHONHASHSEED": str(seed)},
        ).stdout
        for seed in (1, 2, 3, 5)
    }
    assert len(runs) == 1



def test_a_common_word_that_opens_the_sentence_is_no_speaker() -> None:
    quote = one(
        "Rumors spread faster than corrections, Professor Alan Ward said. Good reporting can "
        "still win, but only when “the facts are more exciting than the rumors.”"
    )
    assert (quote.mention, quote.speaker) == ("Professor Alan Ward", "Alan Ward")


def test_a_participle_that_opens_the_sentence_is_no_speaker() -> None:
    quote = one(
        "Acknowledging that the plan “will cost more than we hoped at the start,” the council "
        "backed it anyway."
    )
    assert quote.mention != "Acknowledging"
    assert quote.speaker != "Acknowledging"


def test_a_surname_that_only_opens_sentences_is_still_a_speaker() -> None:
    quote = one(
        "Jane Marlow, a teacher, joined the march.",
        "Marlow leaned in: “We are not going anywhere, not this year and not next year.”",
    )
    assert (quote.mention, quote.speaker) == ("Marlow", "Jane Marlow")


def test_a_plural_that_opens_the_sentence_stays_a_source() -> None:
    quote = one("Critics called the bill “a giveaway to the biggest donors in the state.”")
    assert quote.mention == "Critics"


def test_a_slogan_or_title_with_its_year_in_brackets_is_no_quotation() -> None:
    found = texts(
        "The party's posters grew harsher: “Keep our valleys free” (2004) — “No to open "
        "borders, no to new towers” (referendum poster, 2011)."
    )
    assert found == []


def test_a_year_in_brackets_inside_the_sentence_after_speech_keeps_it() -> None:
    found = texts(
        "“We will not give up the valley to the builders,” said the mayor, Anna Roth (2011 to "
        "2019), at the meeting."
    )
    assert found == ["We will not give up the valley to the builders,"]


def test_a_paragraph_that_is_a_quotation_in_capitals_is_a_subheading() -> None:
    found = texts(
        "The governor spoke for an hour and took no questions.",
        "“A RECKLESS AND COSTLY PLAN”",
        "He called the budget reckless and costly, and said he would veto it.",
    )
    assert found == []


def test_a_paragraph_that_is_a_shouted_quotation_stays_speech() -> None:
    found = texts(
        "The crowd roared when the mayor walked in, and one man shouted over the rest.",
        "“WE WANT THE PARK BACK!”",
    )
    assert found == ["WE WANT THE PARK BACK!"]


def test_a_quotation_cut_by_a_paragraph_break_keeps_its_first_piece() -> None:
    quotes = who(
        "“Supporters of the other campaigns,” Dana Lee added, “have spent on television ads "
        "that do little to bring their voters out",
        "to the caucuses in person.”",
        "The caucuses begin at seven.",
    )
    assert quotes[:2] == [
        ("Supporters of the other campaigns,", "Dana Lee", "Dana Lee", "added"),
        (
            "have spent on television ads that do little to bring their voters out",
            "Dana Lee",
            "Dana Lee",
            "added",
        ),
    ]


def test_a_quotation_left_open_before_a_paragraph_of_prose_is_dropped() -> None:
    found = texts(
        "“We did what we could,” said the coach, Ray Diaz. “Next year",
        "The team flew home on Sunday.",
    )
    assert found == ["We did what we could,"]


def test_a_cue_word_in_a_prepositional_phrase_is_a_noun() -> None:
    quotes = who(
        "After the Oslo attacks, Berg released a new radio ad calling it “reckless” that the "
        "council “has no plan to protect the city.”"
    )
    assert [(speaker, mention) for _, speaker, mention, _ in quotes] == [("Berg", "Berg")] * 2


def test_a_lower_case_subject_after_a_preposition_is_still_a_subject() -> None:
    quote = one("Moments after the senator said “we will fight on to the end,” the room emptied.")
    assert quote.mention == "the senator"


def test_a_singer_is_the_speaker_of_the_lines_she_sings() -> None:
    quotes = who(
        "“Keep the light on for me, I am coming home,” Rosa Vance sings to the crowd before "
        "asking them, “Are you ready for one more?”"
    )
    assert [(speaker, cue) for _, speaker, _, cue in quotes] == [
        ("Rosa Vance", "sings"),
        ("Rosa Vance", "asking"),
    ]


def test_a_speaker_label_after_the_dash_of_a_run_in_heading() -> None:
    quotes = who(
        "TURNOUT SURPRISED THE FORECASTERS - Ann Reyes: “Our final poll had younger voters at a "
        "third of the electorate, and they came out at well over that.” [Ledger.]",
        "SMALL SAMPLES, BIG ERRORS - Tom Hale and Rita Okafor: “Most of the error came from the "
        "counties with the fewest interviews.”",
    )
    assert quotes[0][1:3] == ("Ann Reyes", "Ann Reyes")
    assert quotes[1][2] == "Tom Hale and Rita Okafor"


def test_as_a_source_put_it() -> None:
    quote = one("As the Ledger put it on Sunday, “The county cannot keep borrowing its way out.”")
    assert (quote.speaker, quote.cue) == ("Ledger", "put")


def test_reported_speech_in_a_subordinate_clause_does_not_take_the_next_quotation() -> None:
    quotes = who(
        "“Your show is a great success,” Mayor Ruth Alden told Kim Parsons, after Parsons told her "
        "that most listeners backed the plan. “I will not forget it.”"
    )
    assert [speaker for _, speaker, _, _ in quotes] == ["Ruth Alden", "Ruth Alden"]


def test_reported_speech_in_a_main_clause_takes_the_next_quotation() -> None:
    quotes = who(
        "“Your show is a great success,” Mayor Ruth Alden told Kim Parsons. Parsons said that most "
        "listeners backed the plan. “We will keep at it.”"
    )
    assert [speaker for _, speaker, _, _ in quotes] == ["Ruth Alden", "Kim Parsons"]


def test_a_short_surname_before_a_full_stop_ends_the_name() -> None:
    quotes = who(
        "“Your show is a great success,” Mayor Ruth Alden told Kim Park. Park said that most "
        "listeners backed the plan. “We will keep at it.”"
    )
    assert [(speaker, mention) for _, speaker, mention, _ in quotes] == [
        ("Ruth Alden", "Mayor Ruth Alden"),
        ("Kim Park", "Park"),
    ]


def test_an_abbreviated_title_stays_in_the_name() -> None:
    quote = one("“We are not done yet,” said Lt. Gen. Mary Coles Jr. on Monday.")
    assert quote.speaker == "Mary Coles Jr."


def test_continue_before_an_infinitive_reports_no_speech() -> None:
    quote = one(
        "In a statement, Senator Ada Brandt said she is sure Mayor Lee Hart will continue to be "
        "“a voice for every family in the valley.”"
    )
    assert quote.speaker == "Ada Brandt"


def test_continued_after_a_quotation_still_reports_speech() -> None:
    quotes = who("“We are close,” Ada Brandt said. “We need one more vote,” she continued.")
    assert [(speaker, cue) for _, speaker, _, cue in quotes][-1] == ("Ada Brandt", "continued")


# --- a name inside a phrase is no subject ----------------------------------------------------


def test_a_name_in_an_introductory_phrase_is_not_the_speaker() -> None:
    quote = one(
        "In an interview with the Courier, her campaign manager, Leo Marsh, said: “We are going "
        "to win this county by knocking on every door.”"
    )
    assert quote.mention == "her campaign manager"


def test_a_place_in_a_participial_phrase_is_not_the_speaker() -> None:
    quote = one(
        "Speaking at a diner in Dover, Delaware, Mayor Ruth Alden went after her rival, calling "
        "him “a man with no plan.”"
    )
    assert quote.speaker == "Ruth Alden"


def test_the_head_of_a_prepositional_phrase_is_the_speaker() -> None:
    quotes = who(
        "The senator from Ohio said the bill was “dead on arrival in the House.”",
        "A teacher in Akron, Ohio, told reporters the school was “full every single day.”",
        "Officials at the State Water Board, which runs the reservoirs, said the drought was "
        "“the worst in forty years.”",
    )
    assert [mention for _, _, mention, _ in quotes] == ["The senator", "A teacher", "Officials"]


def test_a_name_after_a_phrase_set_off_by_commas_is_the_speaker() -> None:
    quote = one(
        "“I have never seen lines like this,” Dale Ortiz, 52, of Dayton, Ohio, who voted before "
        "work, said on Tuesday."
    )
    assert quote.speaker == "Dale Ortiz"


def test_a_description_after_a_name_gives_the_name() -> None:
    quote = one(
        "Sam Ferris, the finance director of the Lake County Democratic Party said in a statement: "
        "“Every vote will be counted.”"
    )
    assert quote.speaker == "Sam Ferris"


def test_a_titled_name_after_an_organisation_stays_the_speaker() -> None:
    quote = one(
        "The Council on Urban Renewal Executive Director Nina Vasquez says in a statement that "
        "the plan is “a giveaway to developers.”"
    )
    assert quote.speaker == "Nina Vasquez"


def test_a_title_before_of_stays_part_of_the_name() -> None:
    quote = one("Speaker of the Assembly Rep. Tom Hale said the vote was “a disgrace.”")
    assert quote.speaker == "Tom Hale"


def test_a_subject_after_a_relative_word_in_a_phrase_is_still_the_speaker() -> None:
    quote = one(
        "She said the plan was strong, to which Ward, the council's longest-serving member, "
        "replied: “Strong on paper, perhaps.”"
    )
    assert quote.speaker == "Ward"


def test_a_show_that_closes_its_sentence_is_no_quotation() -> None:
    assert find_quotes(["The mayor defended the levy on Sunday on WXYZ’s “City Week.”"]) == ()
    assert find_quotes(["She said as much in an interview on “Morning Desk.”"]) == ()


def test_a_title_cased_phrase_after_from_that_closes_a_sentence_stays_speech() -> None:
    quote = one("Clinton noted her work bringing jobs to the towns from “Buffalo to Albany.”")
    assert quote.speaker == "Clinton"


def test_more_verbs_of_characterisation_make_short_quotes_partial_quotes() -> None:
    quotes = who(
        "Chancellor Ute Berg heralded the accord as a “breakthrough.”",
        "Mayor Ruth Alden also criticised the council for its “reckless spending.”",
        "Senator Ada Brandt likened the bill to a “blank cheque.”",
    )
    assert [(speaker, cue) for _, speaker, _, cue in quotes] == [
        ("Ute Berg", "heralded"),
        ("Ruth Alden", "criticised"),
        ("Ada Brandt", "likened"),
    ]


def test_a_pronoun_subject_speaks_the_participle_after_its_statement() -> None:
    quote = one("Hours later, she issued a statement saying the county “will rebuild every home.”")
    assert quote.mention == "she"


def test_a_relative_who_with_no_comma_after_a_name() -> None:
    quote = one("Among the replies was a tweet from Ann Wells who tweeted, “They never listen.”")
    assert (quote.mention, quote.speaker) == ("who", "Ann Wells")


def test_a_relative_who_with_no_comma_after_an_object_is_not_the_speaker() -> None:
    quote = one(
        "Mayor Dale Ruiz told a young woman who suggested that turnout would fall that “every "
        "single vote counts here.”"
    )
    assert quote.speaker == "Dale Ruiz"


def test_a_participle_after_an_object_of_a_preposition_is_the_subjects() -> None:
    quotes = who(
        "“Most of us are worried this year,” Lee Park wrote in a statement to the Courier "
        "explaining his vote, “but we can fix what we talk about.”"
    )
    assert [speaker for _, speaker, _, _ in quotes] == ["Lee Park", "Lee Park"]


def test_a_participle_after_of_is_said_by_its_object() -> None:
    quote = one("The ad ends with footage of Mayor Ruth Alden saying, “Nobody pays that tax.”")
    assert quote.speaker == "Ruth Alden"


def test_a_subject_right_after_a_quotation_that_no_pattern_reads() -> None:
    quote = one("“It was the least bad outcome,” Mr. Lund of the Sierra Club said.")
    assert quote.mention == "Mr. Lund"


def test_spoke_and_talked_report_speech_but_their_participles_alone_do_not() -> None:
    quote = one("Mayor Ruth Alden spoke instead about “fixing the bridges.”")
    assert (quote.speaker, quote.cue) == ("Ruth Alden", "spoke")
    assert find_quotes(["The two sat talking about the “old days” for an hour."]) == ()


def test_the_head_of_two_phrases_is_the_speaker() -> None:
    quote = one(
        "“It is a stretch for them,” Dana Ruiz of the Center for Arms Control Studies wrote."
    )
    assert quote.speaker == "Dana Ruiz"


def test_a_long_nominal_source_right_after_a_quotation() -> None:
    quote = one(
        "“We are not going anywhere,” the longtime county commissioner and former state "
        "senator told reporters."
    )
    assert quote.mention == "the longtime county commissioner and former state senator"


def test_a_name_with_a_long_appositive_right_after_a_quotation() -> None:
    quote = one(
        "“We will not back down,” Nora Salas, the county’s longest-serving commissioner and a "
        "former chair of the regional transit board, said on Monday."
    )
    assert quote.speaker == "Nora Salas"


def test_a_sentence_subject_before_a_bracket_or_a_dash_is_whole() -> None:
    quotes = who(
        "Sen. Ada Brandt (D-Ore.) visited the plant on Monday, calling it “a model for the state.”",
        "Mayor Ruth Alden - who has long opposed the levy - said on Tuesday that it was a "
        "“tax on commuters.”",
    )
    assert [mention for _, _, mention, _ in quotes] == ["Sen. Ada Brandt", "Mayor Ruth Alden"]


def test_said_after_a_phrase_ending_in_a_name_is_a_verb() -> None:
    quote = one("“We will strike on Friday,” Maria Lopez of the Teamsters said.")
    assert quote.speaker == "Maria Lopez"
