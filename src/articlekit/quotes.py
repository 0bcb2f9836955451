"""Direct quotations in the body, where they stand, who said them and the verb that cued them.

The steps, each a small function, chained by :func:`find_quotes`:

1. **Pair** the double quotation marks of each paragraph in one pass (curly marks by their
   shape, typewriter marks by their neighbours). Single marks never pair, so apostrophes
   (``it’s``, ``the Smiths’ plan``, ``’90s``) and quotes nested in a quote cannot throw the
   pairing off. A mark left open at the end of a paragraph is an AP running quote when the next
   paragraph opens again; otherwise it is dropped and never swallows the text after it.
2. **Attribute** each quotation from the words around it: ``“Q,” said NAME``, ``“Q,” NAME
   said``, ``NAME said: “Q.”``, ``NAME told OUTLET``, ``according to NAME``, ``NAME, who
   said``, a speaker with a speech verb earlier in the sentence (partial quotes in reported
   speech), and an attribution that ends the sentence of a later quotation.
3. **Inherit**: a quotation with no attribution of its own takes the one of its running-quote
   chain, of the quotation or reported speech before it in its paragraph (else the quotation
   after it), or, when the paragraph opens with it, the speaker of a paragraph before that
   ends in a colon, else the last attribution of the paragraph before.
4. **Leave out** what is not speech: scare quotes of one to three words in a sentence that
   reports no speech, titles of works and shows, nicknames, linked articles in round-ups.
5. **Resolve** mentions to speakers: titles and ranks removed, a surname to the fullest name the
   article gives it, "he" or "she" to the last named speaker, nominal sources as written.

A paragraph with no quotation mark costs one scan. The others are read lazily and once (see
:class:`_Text`): sentence starts, cue words, the subjects of verbs are found the first time a
step asks and kept for the call; reported speech is read back from where a step needs it,
within ``EVENT_REACH``. Every step works on bounded windows, so the whole is linear in the
length of the text. Nothing is kept between calls (the two caches of pure functions on
mention strings aside, which never change a result).
"""

from __future__ import annotations

import bisect
import functools
import re
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any

import attrs

from articlekit.lexicon import (
    ACCORDING_TO_RE,
    CLAUSE_WORDS,
    DATED_AFTER_RE,
    FEMALE_WORDS,
    HEADLINE_MINOR_WORDS,
    INFINITIVE_AFTER_NO_SPEECH,
    INTRODUCTORY_WORDS,
    MALE_WORDS,
    NAME_DESCRIPTORS,
    NAME_PARTICLE_WORDS,
    NAME_PARTICLES,
    NAME_STOPWORDS,
    NAME_SUFFIXES,
    NAME_TITLES,
    NOMINAL_DETERMINER_PATTERN,
    NOMINAL_HEADS,
    NOUN_PHRASE_PREPOSITIONS,
    OBJECT_PREPOSITIONS,
    ORGANIZATION_WORDS,
    PAST_SPEECH_VERBS,
    PLACE_PREPOSITIONS,
    QUANTIFIER_SOURCES,
    QUOTE_CLOSERS,
    QUOTE_LEFT_FLANK,
    QUOTE_MARK_RE,
    QUOTE_OPENERS,
    QUOTE_RIGHT_FLANK,
    REPORTED_SPEECH_VERBS,
    REPORTED_SPEECH_WORDS,
    SENTENCE_ABBREVIATIONS,
    SINGULAR_PRONOUNS,
    SPEAKER_PRONOUN_PATTERN,
    SPEECH_ADVERBS,
    SPEECH_VERBS,
    SUBORDINATING_CONJUNCTIONS,
    THING_HEADS,
    TITLE_PREPOSITIONS,
    WORK_NOUNS,
    WORK_ROLE_NOUNS,
    WRITER_PRONOUN_PATTERN,
)
from articlekit.model import Quote

__all__ = ["find_quotes"]

#: How far before a quotation its attribution is looked for, in characters. A news sentence
#: runs to about 25 words (150 characters); 400 covers the long ones of 60 words whose subject
#: opens them ("Throughout the primary process, Warren appeared with ..., saying, “Q”"): on
#: PolNeAR 250 left such subjects out.
PRE_WINDOW = 400

#: How far after a quotation its attribution is looked for: "“Q,” said James Jeffrey, the U.S.
#: ambassador to Iraq at the time" needs only the first few words; 160 leaves room for the
#: rest of a reported-speech sentence ("... a “disaster” for the country, Trump said").
POST_WINDOW = 160

#: A sentence after a quotation that names its speaker and nothing else ("Mayor Ruth Alder
#: said.") has a few words: a titled name of up to five and the verb, an adverb or two.
BARE_MAX_WORDS = 8

#: How far back from a speech verb its subject is looked for: a titled name with an
#: appositive ("Jeffrey, now an analyst at the Washington Institute for Near East Policy,
#: said") is under 120 characters.
SUBJECT_WINDOW = 120

#: Quotations of this many words or fewer are scare quotes or terms ("so-called “deal”") unless
#: a speaker and a speech verb stand in their sentence. The issue sets one to three words.
SCARE_MAX_WORDS = 3

#: How far back (characters) a cue word's preposition, determiner and capitalised word are
#: looked for ("following the Republican claims"): the longest preposition, an article and a
#: long name word fit.
PHRASE_NOUN_WINDOW = 40

#: A quotation of up to this many words, all capitalised, with no attribution, is the title of a
#: work or a slogan ("“Make America Great Again”", "“The Art of the Deal”"). Titles of works
#: in news copy are rarely longer; sentences of this length rarely capitalise every word.
TITLE_MAX_WORDS = 8

#: A paragraph that opens with an unattributed quotation inherits the last attribution of the
#: nearest paragraph before it that has one, at most this many back. Mostly it is the paragraph
#: right before (AP and newspaper style); on PolNeAR looking two back found 0.2 points more
#: speakers than one, three back hardly more.
INHERIT_PARAGRAPHS = 2

#: The index of full names skips a paragraph that holds none of the surnames it looks for,
#: tested word by word; beyond this many surnames the test is not worth it (and would make
#: the time grow with the number of surnames as well as with the text).
NAME_PREFILTER_WORDS = 20
#: "He" and "she" look back over this many of the last persons named as speakers for one they
#: can stand for; a story rarely keeps more people in play at once.
RECENT_PEOPLE = 8

#: A pronoun ("“Q,” he said") looks for its speaker in the reported speech ("Mark Hill, a
#: farmer, said ...") of its paragraph and this many before it, besides the speakers of all
#: quotations before it. Reading only those spares reading the rest of the article, which took
#: a third of the time on PolNeAR; two paragraphs back found no more speakers there than one.
EVENT_PARAGRAPHS = 1

#: How far before a mention the place it may belong to is looked for ("in San Bernardino, "
#: before "California"): a preposition and a place name of up to four words.
PLACE_WINDOW = 50

#: The longest preposition of ``OBJECT_PREPOSITIONS`` ("throughout"), in characters, and a
#: character to spare: a longer word before a mention is no preposition.
PREPOSITION_LENGTH = 11

#: How many prepositional phrases back from a mention its head is looked for: "Jeffrey Lewis
#: of the James Martin Center for Nonproliferation Studies" has two; three is rare.
HEAD_DEPTH = 3

#: How many mentions the kind of a mention and its name words are kept for (a cache of pure
#: functions: results never depend on it). A long article gives a few hundred mentions.
MENTION_CACHE = 4096

#: How far before a speech verb a relative "who" is looked for: ", who has in the past said" is
#: under 40 characters; four words in between are allowed.
RELATIVE_WINDOW = 50

#: A pronoun reads at most this many attributions of reported speech back, stopping at the first
#: named one: the nearest name is the one "he" or "she" stands for unless it cannot be (an
#: organisation, the other gender), and then the speakers of the quotations before it remain.
PRONOUN_LOOKBACK = 3

#: Reported speech is read back from a quotation over at most this many characters of text
#: outside quotations: a long paragraph and the one before it (news paragraphs run to about
#: 300 characters), and a bound that keeps a paragraph of thousands of quotations linear.
EVENT_REACH = 2000


# --- patterns, built from the lexicon once at import ---------------------------------------


def _alternation(words: Iterable[str]) -> str:
    """A regex alternation of ``words`` as a trie ("sa(?:id|ys?)"): the regex engine tries one
    branch per letter instead of every word, which makes the word lists cheap to match."""
    trie: dict[str, Any] = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _trie_pattern(trie)


def _trie_pattern(node: dict[str, Any]) -> str:
    branches = [re.escape(char) + _trie_pattern(node[char]) for char in sorted(node) if char]
    if not branches:
        return ""
    group = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if "" not in node:
        return group
    return (group if len(branches) > 1 else f"(?:{group})") + "?"


_VERB = rf"(?:{_alternation(SPEECH_VERBS)})(?![\w’'-])"
_ADVERBS = rf"(?:(?:{_alternation(SPEECH_ADVERBS)})\s)"
# A name word: initials and dotted abbreviations ("U.S.", "J."), an abbreviation with its full
# stop ("Lt.", "Gen.", "Jr."), a word, or a particle joined by a hyphen ("al-Abadi"). Any other
# word's full stop ends the sentence, so it ends the name: "Jon Kohan. Ayotte" and "Kim Park.
# Park" are two names.
_ABBREVIATION = _alternation(word.capitalize() for word in SENTENCE_ABBREVIATIONS)
_NAME_TOKEN = (
    rf"(?:[A-Z](?:\.[A-Z])+\.?|[A-Z]\.|(?:{_ABBREVIATION})\.|[A-Z][\w’'\-]*"
    r"|[a-z]{1,3}-[A-Z][\w’'\-]*)"
)
_DESCRIPTOR = rf"(?:{_alternation(NAME_DESCRIPTORS)})"
_NAME = rf"{_NAME_TOKEN}(?:\s(?:{NAME_PARTICLES}\s)?{_NAME_TOKEN}){{0,6}}"
_TITLED_NAME = rf"{_NAME}(?:\s{_DESCRIPTOR}){{1,3}}\s{_NAME}"
_DESCRIBED_NAME = rf"(?:{_DESCRIPTOR}\s){{1,2}}(?:{_TITLED_NAME}|{_NAME})"
_NOMINAL = (
    rf"(?:{NOMINAL_DETERMINER_PATTERN}|[A-Z][\w\-]*[’']s)\s(?:[\w.’'\-]+\s){{0,4}}?"
    rf"(?:{_alternation(NOMINAL_HEADS)})(?![\w’'-])"
)
_BARE_NOMINAL = rf"(?:[a-z][\w\-]*\s)?(?:{_alternation(NOMINAL_HEADS)})(?![\w’'-])"
_MENTION = (
    rf"(?<![\w’'.-])"
    rf"(?:{_NOMINAL}|{SPEAKER_PRONOUN_PATTERN}|{_TITLED_NAME}|{_NAME}|{_DESCRIBED_NAME})"
)
_APPOSITIVE = r"(?:(?:,[^,“”\"]{1,80}){1,3},)?"
_PARENTHESIS = r"(?:\s\([^()]{1,40}\))?"
_LOOSE_NOMINAL = (
    rf"(?<![\w’'.-])(?:{NOMINAL_DETERMINER_PATTERN}|[A-Z][\w\-]*[’']s)(?:\s[\w’'\-.]+){{1,4}}?"
)
_LOOSE_NOMINAL_TO_END = (
    rf"{_LOOSE_NOMINAL}(?=[,.;:]|\s(?:who|which|in|on|at|during|after|before|when|about|to|for)"
    rf"(?![\w’'-])|\Z)"
)
_LOOSE_NAME_TO_END = (
    rf"(?:[\w/’'\-.]+\s){{1,3}}{_NAME}(?=[,.;:(]|\s(?:who|which|in|on|at|during|after|before|when"
    rf"|about|to|for)(?![\w’'-])|\Z)"
)
_OPENER = (
    r"(?:(?:And|But|So|Yet|Still|Now|Then|Meanwhile|Instead|Later|Earlier)\s)?"
    r"(?:[A-Z][^,“”\"]{0,50},\s(?:[a-z][^,“”\"]{0,50},\s)?)?"
)

#: "“Q,” said James Jeffrey": a speech verb, then the speaker, right after the closing mark.
VERB_FIRST_RE = re.compile(
    rf"[\s,—–-]*(?P<cue>{_VERB})\s"
    rf"(?P<mention>{_MENTION}|{_LOOSE_NOMINAL_TO_END}|{_LOOSE_NAME_TO_END})"
)

#: "“Q,” Defense Secretary Jim Mattis said", "“Q,” he said", "“Q,” a spokeswoman said".
MENTION_FIRST_RE = re.compile(
    rf"[\s,—–-]*(?P<mention>{_MENTION}|{_LOOSE_NOMINAL}|{_BARE_NOMINAL}){_PARENTHESIS}"
    rf"{_APPOSITIVE}\s{_ADVERBS}{{0,2}}(?P<cue>{_VERB})"
)

#: "“Q,” he mocks", "“Q,” Trump scoffed at them": a speaker and a verb of characterisation
#: right after a quotation that closes with a comma; read when no speech verb attributes it.
MENTION_FIRST_BROAD_RE = re.compile(
    rf",?[\s—–-]+(?P<mention>{_MENTION}){_PARENTHESIS}{_APPOSITIVE}\s{_ADVERBS}{{0,2}}"
    rf"(?P<cue>(?:{_alternation(REPORTED_SPEECH_VERBS)})(?![\w’'-]))"
)

#: "“Okay,” I said", "“Q,” we were told": the writer speaking, right after the closing mark.
WRITER_AFTER_RE = re.compile(
    rf"\s(?P<mention>{WRITER_PRONOUN_PATTERN})\s{_ADVERBS}{{0,2}}(?P<cue>{_VERB})"
)

#: "“Q,” according to two U.S. officials".
ACCORDING_FIRST_RE = re.compile(
    rf"[\s,—–-]*(?P<cue>according to)\s(?P<mention>{_MENTION}|{_LOOSE_NOMINAL_TO_END})"
)

#: "“Q” ― Azucena Gonzàlez": a source after a dash, with nothing but its description after it.
DASH_SOURCE_RE = re.compile(rf"\s*(?P<cue>[―—–]|--?)\s*(?P<mention>{_NAME})\s*(?:[,.(]|\Z)")

#: The subject at the head of a sentence, after an opener ("But", "On Monday,"), whole before
#: a bracket or a dash ("Sen. Jack Reed (D-R.I.), said", "Donald Trump - who said").
SENTENCE_SUBJECT_RE = re.compile(
    rf"{_OPENER}(?P<mention>{_MENTION}){_PARENTHESIS}(?:\s[—–-]{{1,2}})?[\s,]+(?=\w)"
)

#: The subject at the head of a sentence right before its verb: "The ad says", "The editorial
#: board recently wrote".
SUBJECT_AT_START_RE = re.compile(
    rf"{_OPENER}(?P<mention>{_MENTION}|{_LOOSE_NOMINAL}){_PARENTHESIS}{_APPOSITIVE}"
    rf"\s{_ADVERBS}{{0,2}}\Z"
)

#: A speaker right before a speech verb, matched against the text that ends at the verb.
SUBJECT_BEFORE_RE = re.compile(
    rf"(?P<mention>{_MENTION}){_PARENTHESIS}{_APPOSITIVE}\s{_ADVERBS}{{0,2}}\Z"
)

#: A nominal source of many words right after a quotation, up to its verb: "the independent
#: Vermont senator and Democratic presidential candidate" (its last word must be a head).
LONG_NOMINAL_RE = re.compile(
    rf"[\s,]*(?P<mention>{NOMINAL_DETERMINER_PATTERN}\s[\w’'.\- ]{{1,100}}?"
    rf"(?<![\w’'-])(?P<head>[a-z]+))\s{_ADVERBS}{{0,2}}"
)

#: A name right after a quotation, then an appositive longer than ``_APPOSITIVE`` reads (up to
#: ``SUBJECT_WINDOW`` characters, no quotation mark), a comma and the verb: "Fred Kagan,
#: director of the Critical Threats Project at the … Institute, said".
LONG_APPOSITIVE_RE = re.compile(
    rf"[\s,]*(?P<mention>{_NAME}){_PARENTHESIS},\s[^“”\"]{{1,{SUBJECT_WINDOW}}},\s{_ADVERBS}{{0,2}}"
)

#: The mention that a prepositional phrase follows, matched against the text that ends at the
#: preposition: "The senator" in "The senator from Vermont said".
HEAD_BEFORE_RE = re.compile(rf"(?P<mention>{_MENTION})\s\Z")

#: The mention that a phrase set off by commas follows, matched against the text that ends at
#: the comma before that phrase: "Harry Bond" in "Harry Bond, 30, of Raleigh".
OWNER_BEFORE_RE = re.compile(rf"(?P<mention>{_MENTION})(?:,\s[^,“”\"]{{1,30}})?,\Z")

#: The state or country after a place: ", New Hampshire," after "in Salem".
PLACE_AFTER_RE = re.compile(rf",\s{_NAME}(?=,)")

#: A place after a preposition, matched against the text that ends after its comma: "of
#: Dayton, " before "Ohio".
PLACE_BEFORE_RE = re.compile(
    rf"(?<![\w’'-])(?i:{_alternation(PLACE_PREPOSITIONS)})\s(?:the\s)?{_NAME},\s\Z"
)

#: Marks that end the clause or sentence before a subject: what follows one of them may be its
#: subject.
CLAUSE_BREAKS = (",", ";", ":", "(", "—", "–", ". ", "? ", "! ")

#: What may stand between a relative "who" and its verb: up to four words in lower case or
#: figures ("who has publicly vowed", "who in 2010 said", "who has in the past described"),
#: but no pronoun: in "Obama, who he noted was" the speaker is "he".
RELATIVE_RE = re.compile(
    r",?\s(?:who)\s(?:(?!(?:he|she|they|it|i|we|you)\s)[a-z0-9][\w’'-]*\s){0,4}\Z"
)

#: The mention a relative "who" follows, matched against the text that ends at its comma.
ANTECEDENT_RE = re.compile(rf"(?P<mention>{_MENTION}){_PARENTHESIS}\Z")

#: Articles, which may stand between a preposition and its object ("to the Observer").
ARTICLES = frozenset(("the", "a", "an"))

#: Personal pronouns in lower case, which end no mention but themselves ("he also said").
LOWER_PRONOUNS = frozenset(("he", "she", "they", "it"))

#: Marks that no speaker mention holds (names, nominal sources and pronouns are words, full
#: stops and hyphens): a subject right before its verb starts after the last of them.
MENTION_BREAKS = ",;:!?()[]“”\"—–"

#: A speaker's name as the label of what follows, opening a paragraph or a sentence, or after
#: a dash that ends a run-in heading: "Clinton: “…”", "Sen. Ted Cruz: “…”", "POLLS MISSED THE
#: SURGE - Ann Reyes: “…”".
SPEAKER_LABEL_RE = re.compile(
    rf"(?:^|(?<=[.!?”\"]\s)|(?<=\s[-—–]\s))"
    rf"(?P<mention>{_NAME_TOKEN}(?:\s{_NAME_TOKEN}){{0,3}}"
    rf"(?:\sand\s{_NAME_TOKEN}(?:\s{_NAME_TOKEN}){{0,3}})?):\s*\Z"
)

#: A speaker after "according to", anywhere in a sentence.
ACCORDING_RE = re.compile(rf"(?P<cue>{ACCORDING_TO_RE.pattern})(?P<mention>{_MENTION})")

#: A sentence-final attribution after a partial quote: "... a “disaster” for us, Trump said."
CLAUSE_ATTRIBUTION_RE = re.compile(
    rf",\s(?:(?P<mention>{_MENTION}){_PARENTHESIS}{_APPOSITIVE}\s{_ADVERBS}{{0,2}}(?P<cue>{_VERB})"
    rf"|(?P<cue2>{_VERB})\s(?P<mention2>{_MENTION}|{_LOOSE_NAME_TO_END}))"
)

#: A word that reports speech in running text after a space, noun or verb ("said", "calling",
#: "statement"): the speech verbs and the verbs of characterisation are among them, so one scan
#: of a paragraph finds every cue. The space before it makes the scan fast (the regex engine
#: looks for the space first); a cue right after a bracket or a dash is rare.
CUE_WORD_RE = re.compile(rf" (?P<word>{_alternation(REPORTED_SPEECH_WORDS)})(?![\w’'-])")

#: The same word at the very start of a paragraph.
CUE_AT_START_RE = re.compile(rf"(?P<word>{_alternation(REPORTED_SPEECH_WORDS)})(?![\w’'-])")

#: The first word after a closing mark, and the dash before it if there is one.
FIRST_WORD_RE = re.compile(r"[\s,]*(?P<dash>[―—–-]+)?\s*(?P<word>[\w’'-]*)")


#: A determiner right before a word makes it a noun: "the state", "a post", "his call".
DETERMINER_BEFORE_RE = re.compile(
    r"(?:(?<![\w’'-])(?:the|a|an|this|that|his|her|its|their|our|my|your)|[’']s|s[’'])\s+\Z",
    re.IGNORECASE,
)

#: "to" or "not to" right after a verb: "continue to be", "continue not to play".
INFINITIVE_AFTER_RE = re.compile(r"\s+(?:not\s+)?to\s")

#: So does a preposition, a determiner and one capitalised word before it: "after the Paris
#: attacks", "over the Senate reports" (but "the Times reports" alone is a subject and a verb).
PHRASE_NOUN_BEFORE_RE = re.compile(
    rf"(?<![\w’'-])(?i:{_alternation(NOUN_PHRASE_PREPOSITIONS)})\s(?:the|a|an)\s"
    r"[A-Z][\w’'-]*\s\Z"
)

#: A sentence break: a terminal mark, closing marks, space, then a capital or an opening mark.
#: Every part is bounded, so scanning a paragraph is linear whatever it holds.
SENTENCE_BREAK_RE = re.compile(r"[.!?][’'\"”)]{0,3}\s{1,5}(?=[‘'\"“(]?[A-Z0-9])")

#: A run of two capitalised words or more that may be a full name, for the index of names. Its
#: first word is a name word that opens with a capital (``_NAME_TOKEN`` with the capital taken
#: out in front), so the regex engine only tries the capitals of a text: three times faster.
NAME_RUN_RE = re.compile(
    rf"[A-Z](?:(?:\.[A-Z])+\.?|[\w’'\-]{{0,3}}\.|[\w’'\-]*)"
    rf"(?:\s(?:{NAME_PARTICLES}\s)?{_NAME_TOKEN}){{1,6}}"
)

#: A nominal source phrase, whole.
NOMINAL_RE = re.compile(_NOMINAL)

#: A credit before a quoted excerpt in a link round-up: "…," by Times’ Ben Sisario: “…".
CREDIT_BEFORE_RE = re.compile(r"(?<![\w’'-])by\s[^:“”\"]{0,40}[’']s?\s[^:“”\"]{1,40}:\s*\Z")

#: The determiner that opens a nominal source ("a 2008 Clinton veteran", "The ad").
NOMINAL_OPENING_RE = re.compile(rf"{NOMINAL_DETERMINER_PATTERN}\s")

#: Work nouns that name a work when they follow it ("the “No Comparison” ad"); "shows" and
#: "play" after a quotation are verbs more often than not.
_WORK_NOUNS_AFTER = (WORK_NOUNS - REPORTED_SPEECH_WORDS - {"play"}) | WORK_ROLE_NOUNS

_OPEN, _CLOSE, _EITHER = 1, -1, 0


# --- data passed between the steps ---------------------------------------------------------


@attrs.frozen
class _Pair:
    """One quotation in one paragraph: the text between ``start`` and ``end``."""

    paragraph: int
    start: int
    end: int
    close: int  # index of the closing mark, -1 when the quotation runs to the paragraph end
    chain: int  # running-quote chain id shared across paragraphs, -1 when alone


@attrs.frozen
class _Attribution:
    """A speaker mention and its cue, at a place in the article."""

    mention: str
    cue: str | None
    paragraph: int
    position: int
    refers: str | None = None  # what a relative "who" stands for ("Barack Obama, who said")


@attrs.frozen
class _Subject:
    """The subject of a speech verb: its mention, where that starts, and for a relative "who"
    the mention it refers to."""

    mention: str
    start: int
    refers: str | None = None


@attrs.frozen
class _Marks:
    """The result of pairing one paragraph's marks."""

    pairs: tuple[tuple[int, int], ...]  # (open mark index, close mark index)
    trailing_open: int  # an opening mark never closed, or -1


@attrs.define
class _Text:
    """One paragraph, read at most once for each thing a step asks of it: where its sentences
    start and where its cue words stand (sorted, so that every quotation finds its sentence
    and its verbs by bisection), the subjects of its verbs, its "according to" sources. Each
    is found the first time it is asked for and kept for the rest of the call."""

    text: str
    cue_starts: list[int] = attrs.field(factory=list)
    cue_words: list[str] = attrs.field(factory=list)
    cue_ends: list[int] = attrs.field(factory=list)
    nouns: dict[int, bool] = attrs.field(factory=dict)  # "the state", "his call"
    scanned: bool = False
    subjects: dict[tuple[int, int], _Subject | None] = attrs.field(factory=dict)
    according: list[re.Match[str]] | None = None
    according_starts: list[int] = attrs.field(factory=list)
    starts: tuple[int, ...] | None = None

    @property
    def breaks(self) -> tuple[int, ...]:
        """Where the sentences start, after the first (found the first time it is asked)."""
        if self.starts is None:
            self.starts = _breaks(self.text)
        return self.starts

    def cues(self, lo: int, hi: int) -> range:
        """The indices of the cue words that lie within ``text[lo:hi]``."""
        if not self.scanned:
            _scan_cues(self)
        first = bisect.bisect_left(self.cue_starts, lo)
        return range(first, max(first, bisect.bisect_right(self.cue_ends, hi)))

    def verbs(self, lo: int, hi: int, words: frozenset[str]) -> list[tuple[int, str]]:
        """The verbs among ``words`` in ``text[lo:hi]``, in order, as (start, verb)."""
        return [
            (self.cue_starts[i], self.cue_words[i])
            for i in self.cues(lo, hi)
            if self.cue_words[i] in words and not self.noun(i) and not self.infinitive(i)
        ]

    def infinitive(self, index: int) -> bool:
        """Whether cue word ``index`` is "continue" or "went" before "to" or "not to": no
        speech ("will continue to be")."""
        if self.cue_words[index] not in INFINITIVE_AFTER_NO_SPEECH:
            return False
        return INFINITIVE_AFTER_RE.match(self.text, self.cue_ends[index]) is not None

    def noun(self, index: int) -> bool:
        """Whether cue word ``index`` is a noun: a determiner stands right before it."""
        found = self.nouns.get(index)
        if found is None:
            start = self.cue_starts[index]
            before = DETERMINER_BEFORE_RE.search(self.text, max(0, start - 6), start)
            capital = self.text[self.text.rfind(" ", 0, start - 1) + 1].isupper()
            if before is None and capital and self.cue_words[index] not in PAST_SPEECH_VERBS:
                # "over the Senate reports" is a noun, "of the Teamsters said" never is
                window = max(0, start - PHRASE_NOUN_WINDOW)
                before = PHRASE_NOUN_BEFORE_RE.search(self.text, window, start)
            found = self.nouns[index] = before is not None
        return found

    def has_cue(self, lo: int, hi: int) -> bool:
        """Whether a word that reports speech, noun or verb, lies within ``text[lo:hi]``."""
        return bool(self.cues(lo, hi))

    def subject(self, verb_start: int, floor: int) -> _Subject | None:
        """The speaker mention right before the verb at ``verb_start``, not before ``floor``."""
        key = (verb_start, floor)
        if key not in self.subjects:
            self.subjects[key] = _subject_of(self.text, verb_start, floor)
        return self.subjects[key]

    def according_to(self, lo: int, hi: int) -> list[re.Match[str]]:
        """The "according to NAME" sources within ``text[lo:hi]``."""
        if self.according is None:
            found = ACCORDING_RE.finditer(self.text) if "ccording" in self.text else ()
            self.according = list(found)
            self.according_starts = [match.start() for match in self.according]
        if not self.according:
            return []
        first = bisect.bisect_left(self.according_starts, lo)
        last = bisect.bisect_left(self.according_starts, hi)
        return [m for m in self.according[first:last] if m.end() <= hi]


@attrs.define
class _Texts:
    """The paragraphs of one article, each read (see :class:`_Text`) the first time a step
    asks for it."""

    paragraphs: Sequence[str]
    read: dict[int, _Text] = attrs.field(factory=dict)

    def __getitem__(self, index: int) -> _Text:
        found = self.read.get(index)
        if found is None:
            found = self.read[index] = _read(self.paragraphs[index])
        return found


# --- 1. pairing ----------------------------------------------------------------------------


def _direction(text: str, index: int) -> int:
    """Whether the mark at ``index`` opens or closes, from its neighbours, then its shape."""
    before = text[index - 1] if index > 0 else " "
    after = text[index + 1] if index + 1 < len(text) else " "
    left = before.isspace() or before in QUOTE_LEFT_FLANK
    right = after.isspace() or after in QUOTE_RIGHT_FLANK
    if left and not right:
        return _OPEN
    if right and not left:
        return _CLOSE
    mark = text[index]
    if mark in QUOTE_OPENERS:
        return _OPEN
    if mark in QUOTE_CLOSERS:
        return _CLOSE
    return _EITHER


_NO_MARKS = _Marks((), -1)


def _pair_marks(text: str) -> _Marks:
    """Pair the double quotation marks of one paragraph, left to right, in one pass."""
    if QUOTE_MARK_RE.search(text) is None:
        return _NO_MARKS  # most paragraphs: one cheap scan and nothing more
    pairs: list[tuple[int, int]] = []
    open_at = -1
    in_markup = False
    for match in QUOTE_MARK_RE.finditer(text):
        index = match.start()
        if in_markup or text[index - 1 : index] == "=":
            in_markup = not in_markup  # an attribute value in markup: author="@jeets"
            continue
        direction = _direction(text, index)
        if direction == _EITHER:
            direction = _CLOSE if open_at >= 0 else _OPEN
        if direction == _OPEN:
            open_at = index  # an earlier mark still open was unbalanced: drop it
        elif open_at >= 0:
            pairs.append((open_at, index))
            open_at = -1
        # a closing mark with nothing open is a stray: it pairs with nothing
    return _Marks(tuple(pairs), open_at)


def _opens_with_quote(text: str) -> bool:
    stripped = text.lstrip()
    return bool(stripped) and QUOTE_MARK_RE.match(stripped) is not None


def _pair_all(paragraphs: Sequence[str]) -> list[_Pair]:
    """Pair the marks of every paragraph and join AP running quotes across paragraphs."""
    pairs: list[_Pair] = []
    chain = -1  # the chain the previous paragraph's running quote belongs to
    for index, text in enumerate(paragraphs):
        found = _pair_marks(text)
        incoming = chain
        chain = -1
        for position, (open_at, close_at) in enumerate(found.pairs):
            link = incoming if position == 0 else -1
            pairs.append(_Pair(index, open_at + 1, close_at, close_at, link))
        if found.trailing_open >= 0 and _continues(paragraphs, index):
            chain = incoming if incoming >= 0 and not found.pairs else index
            pairs.append(_Pair(index, found.trailing_open + 1, len(text), -1, chain))
        elif found.trailing_open >= 0 and _closed_next(paragraphs, index):
            # The paragraph break falls inside the quotation ("… to participate personally" /
            # "in caucuses and primaries.”"): its first piece runs to the end of the paragraph
            # and is judged on its own, not as a running quote.
            pairs.append(_Pair(index, found.trailing_open + 1, len(text), -1, -1))
    return pairs


def _closed_next(paragraphs: Sequence[str], index: int) -> bool:
    """Whether the first mark of the paragraph after ``index`` closes a quotation: the one
    left open at the end of ``index`` goes on into it."""
    if index + 1 >= len(paragraphs):
        return False
    following = paragraphs[index + 1]
    match = QUOTE_MARK_RE.search(following)
    if match is None or following[match.start() - 1 : match.start()] == "=":
        return False
    return _direction(following, match.start()) == _CLOSE


def _continues(paragraphs: Sequence[str], index: int) -> bool:
    """Whether a quotation left open at the end of paragraph ``index`` runs into the next."""
    if index + 1 >= len(paragraphs):
        return False
    return _opens_with_quote(paragraphs[index + 1])


# --- 2. attribution ------------------------------------------------------------------------


def _breaks(text: str) -> tuple[int, ...]:
    """Where the sentences of ``text`` start, after the first; abbreviations do not end one."""
    starts: list[int] = []
    for match in SENTENCE_BREAK_RE.finditer(text):
        word = text[max(0, match.start() - 30) : match.start()].rsplit(" ", 1)[-1]
        bare = word.lstrip("“\"‘'(").lower().strip("’'-")
        if len(bare) <= 1 or "." in bare or bare in SENTENCE_ABBREVIATIONS:
            continue
        starts.append(match.end())
    return tuple(starts)


def _read(text: str) -> _Text:
    """A paragraph, to be read as the steps ask."""
    return _Text(text)


def _scan_cues(block: _Text) -> None:
    """Find the cue words of a paragraph, in one scan."""
    text = block.text
    first = CUE_AT_START_RE.match(text)
    found = CUE_WORD_RE.finditer(text)
    for match in ([first] if first is not None else []) + list(found):
        block.cue_starts.append(match.start("word"))
        block.cue_words.append(match.group("word"))
        block.cue_ends.append(match.end("word"))
    block.scanned = True


def _sentence_before(paragraph: _Text, lo: int, hi: int) -> int:
    """Where the sentence that runs up to ``hi`` starts: not before ``lo``, nor further back
    than ``PRE_WINDOW``."""
    index = bisect.bisect_right(paragraph.breaks, hi) - 1
    start = paragraph.breaks[index] if index >= 0 else 0
    return max(lo, hi - PRE_WINDOW, start)


def _sentence_after(paragraph: _Text, lo: int, hi: int) -> int:
    """Where the sentence that runs on from ``lo`` ends: not after ``hi``, nor further on than
    ``POST_WINDOW``."""
    index = bisect.bisect_right(paragraph.breaks, lo)
    breaks = paragraph.breaks
    end = breaks[index] if index < len(breaks) else len(paragraph.text)
    return min(hi, lo + POST_WINDOW, end)


def _without_full_stop(token: str) -> str:
    """A word without the full stop that ends its sentence ("Doe." but not "Jr." or "U.S.")."""
    bare = token[:-1]
    if not token.endswith(".") or "." in bare or len(bare) <= 2:
        return token
    return token if bare.lower() in SENTENCE_ABBREVIATIONS else bare


def _attribution(
    mention: str, cue: str | None, paragraph: int, position: int, refers: str | None = None
) -> _Attribution:
    """An attribution with sentence openers cut off the mention ("And America Rising") and the
    full stop that ends the sentence ("said Jane Doe.")."""
    if refers is not None:
        referent = _attribution(refers, cue, paragraph, position).mention
        return _Attribution(mention, cue, paragraph, position, referent)
    tokens = mention.split(" ")
    named = _kind(mention) == "name"
    while named and len(tokens) > 1 and tokens[0].lower().strip(",") in NAME_STOPWORDS:
        position += len(tokens[0]) + 1
        tokens = tokens[1:]
    tokens[-1] = _without_full_stop(tokens[-1])
    return _Attribution(" ".join(tokens), cue, paragraph, position)


def _mention_ok(mention: str) -> bool:
    """A pronoun, a nominal source or a name with a name word in it (not "However"), and not
    a run of capitals ("NEW YORK", "CONGRESS HAS INVESTIGATED HIM": datelines and kickers)."""
    kind = _kind(mention)
    if kind != "name":
        return kind != "writer"  # "I" and "we" only right after a quotation (WRITER_AFTER_RE)
    tokens = _name_tokens(mention)
    return bool(tokens) and not all(token.isupper() and len(token) > 1 for token in tokens)


def _subject_end(text: str, verb_start: int) -> str | None:
    """The word before a verb (adverbs aside) when it could end a speaker mention: a capital,
    a pronoun, a nominal head, or the comma or bracket that closes an appositive; else
    ``None``. A cheap test that spares most verbs ("that said", "was told") the search for a
    subject."""
    words = text[max(0, verb_start - 60) : verb_start].split()
    while words and words[-1] in SPEECH_ADVERBS:
        words.pop()
    if not words:
        return None
    last = words[-1]
    if last.endswith((",", ")")) or any(char.isupper() for char in last):
        return last
    return last if last in NOMINAL_HEADS or last in {"he", "she", "they", "it"} else None


def _pronoun_subject(text: str, verb_start: int, floor: int) -> _Subject | None:
    """The pronoun right before a verb, up to two adverbs between ("he also said"): no
    other mention ends in a pronoun in lower case, so no pattern need be tried."""
    end = verb_start - 1
    for _ in range(3):
        start = text.rfind(" ", floor, end) + 1 if end > floor else floor
        start = max(start, floor)
        word = text[start:end]
        if word in LOWER_PRONOUNS:
            before = text[start - 1 : start]
            if start > floor and (before.isalnum() or before in "’'.-"):
                return None
            return _Subject(word, start)
        if word not in SPEECH_ADVERBS or start <= floor:
            return None
        end = start - 1
    return None


def _after_last_break(text: str, lo: int, hi: int) -> int:
    """Where the text after the last mark that no mention holds (a comma, a colon, a bracket,
    a quotation mark, a dash) starts in ``text[lo:hi]``: a subject with no appositive starts
    there or later, so the search for it need not start before."""
    for mark in MENTION_BREAKS:
        at = text.rfind(mark, lo, hi)
        if at >= lo:
            lo = at + 1
    return lo


def _subject_of(text: str, verb_start: int, floor: int) -> _Subject | None:
    """The speaker mention that stands right before the speech verb at ``verb_start``, or a
    relative "who" and the mention before it ("Barack Obama, who called him ...")."""
    relative = _relative_subject(text, verb_start, floor)
    if relative is not None:
        return relative
    last = _subject_end(text, verb_start)
    if last is None:
        return None
    if last in LOWER_PRONOUNS:
        return _pronoun_subject(text, verb_start, floor)
    lo = max(floor, verb_start - SUBJECT_WINDOW)
    if not last.endswith((",", ")")):
        lo = _after_last_break(text, lo, verb_start)  # no appositive, nor a parenthesis
    return _subject_from(text, lo, verb_start, floor)


def _subject_from(text: str, lo: int, verb_start: int, floor: int) -> _Subject | None:
    """The first mention from ``lo`` on that reaches the verb at ``verb_start`` and is its
    subject where it stands (see :func:`_placed_subject`)."""
    while lo < verb_start:
        match = SUBJECT_BEFORE_RE.search(text, lo, verb_start)
        if match is None:
            return None
        if not _mention_ok(match.group("mention")):
            lo = match.start() + 1
            continue
        start = match.start("mention")
        after_word = start - 2 >= floor and text[start - 2].isalpha()
        if not after_word and "," not in text[match.end("mention") : verb_start]:
            return _Subject(match.group("mention"), start)  # most subjects: no phrase
        subject, lo = _placed_subject(text, match, verb_start, floor)
        if subject is not None:
            return subject
    return None


def _placed_subject(
    text: str, match: re.Match[str], verb_start: int, floor: int
) -> tuple[_Subject | None, int]:
    """The subject that a mention found before a verb gives, by where it stands; or ``None``
    and where to look on, past an introductory phrase ("In a statement to the Observer, her
    adviser, Jake Sullivan, said": not the Observer)."""
    mention, start, lo = match.group("mention"), match.start("mention"), match.end("mention")
    after_word = start - 2 >= floor and text[start - 2].isalpha()  # "to the Observer"
    appositive = "," in text[lo:verb_start]
    if not after_word and _after_place(text, start, lo, floor):
        return None, lo  # "of Dayton, Ohio, …": a place
    preposition = _preposition_before(text, start, floor) if after_word else None
    if preposition is not None:
        head = _head_before(text, floor, preposition[1], mention)
        if head is not None:
            return head, start  # "The senator from Vermont said": the senator
    if not appositive or not _introductory(text, floor, start, mention):
        return _Subject(mention, start), start
    word = "" if preposition is None else preposition[0]
    place = PLACE_AFTER_RE.match(text, lo, verb_start)
    if place is not None and word in PLACE_PREPOSITIONS:
        lo = place.end()  # "in Salem, New Hampshire,"
    return None, lo


def _preposition_before(text: str, start: int, floor: int) -> tuple[str, int] | None:
    """The preposition (lower case) and where it starts, when one stands right before
    ``start``, an article between or not: "to the Observer", "in Salem". Read word by word
    back from ``start``, with no pattern: it is asked of every subject found."""
    word = _word_ending(text, start - 1, floor)
    if word is not None and word[0] in ARTICLES:
        word = _word_ending(text, word[1] - 1, floor)
    return word if word is not None and word[0] in OBJECT_PREPOSITIONS else None


def _word_ending(text: str, end: int, floor: int) -> tuple[str, int] | None:
    """The word (lower case) that ends at the space ``text[end]``, and where it starts."""
    if end <= floor or text[end] != " ":
        return None
    lo = max(floor, end - PREPOSITION_LENGTH)
    space = text.rfind(" ", lo, end)
    if space < 0 and lo > floor:
        return None  # longer than any preposition
    begin = space + 1 if space >= 0 else floor
    return text[begin:end].lower(), begin


def _in_phrase(text: str, start: int, end: int, floor: int) -> bool:
    """Whether the mention ``text[start:end]`` is the object of a preposition ("from Vermont")
    or the state or country of a place ("of Dayton, Ohio,")."""
    before = _preposition_before(text, start, floor)
    return before is not None or _after_place(text, start, end, floor)


def _after_place(text: str, start: int, end: int, floor: int) -> bool:
    """Whether the mention ``text[start:end]`` is set off by commas after a place after a
    preposition: the state or country of "in Salem, New Hampshire,", "of Dayton, Ohio,"
    (but in "in Philadelphia, Canova wrote" Canova is the subject)."""
    if text[end : end + 1] != "," or text[max(floor, start - 2) : start] != ", ":
        return False
    return PLACE_BEFORE_RE.search(text, max(floor, start - PLACE_WINDOW), start) is not None


def _head_before(
    text: str, floor: int, at: int, mention: str, depth: int = 1
) -> _Subject | None:
    """The mention that a prepositional phrase at ``at`` modifies, when it is a speaker: "a
    woman" in "a woman in Worcester, Massachusetts, told", "Harry Bond" in "Harry Bond, 30, of
    Raleigh, N.C., …, said". Not a title alone ("Speaker of the House Paul Ryan"), nor an
    organisation before a titled name (``mention``). When it is the object of a preposition
    itself, the mention before that phrase, up to ``HEAD_DEPTH`` phrases back ("Jeffrey Lewis
    of the James Martin Center for Nonproliferation Studies wrote"); in an introductory
    phrase there is none ("Tuesday at Baldwin Wallace University in Berea")."""
    match = _head_match(text, floor, at)
    if match is None:
        return None
    head, start = match.group("mention"), match.start("mention")
    if not _head_ok(head, mention):
        return None
    if _kind(head) == "nominal" and text[max(floor, start - 2) : start] == ", ":
        # The description of a name before it: "Sam Lau, the communications director for …"
        owner = OWNER_BEFORE_RE.search(text, max(floor, start - SUBJECT_WINDOW), start - 1)
        if owner is not None and _kind(owner.group("mention")) == "name":
            return _Subject(owner.group("mention"), owner.start("mention"))
    preposition = _preposition_before(text, start, floor)
    if preposition is None:
        return _Subject(head, start)
    if depth >= HEAD_DEPTH:
        return None
    return _head_before(text, floor, preposition[1], head, depth + 1)


def _head_ok(head: str, mention: str) -> bool:
    """Whether ``head`` may be the speaker rather than the ``mention`` in the phrase after it:
    a name or a nominal source, not a title alone ("Speaker" of the House Paul Ryan), nor an
    organisation before a titled name ("The Council on … Relations Executive Director Nihad
    Awad says")."""
    kind = _kind(head)
    if not _mention_ok(head) or kind == "pronoun":
        return False
    words = [word.lower().strip(".") for word in head.split()]
    if kind == "name" and all(word in NAME_TITLES for word in words):
        return False
    return not (_titled_person(mention) and (_is_thing(head) or not _is_person(head)))


def _head_match(text: str, floor: int, at: int) -> re.Match[str] | None:
    """The mention right before the preposition at ``at``, or before the comma that sets the
    phrase off ("Harry Bond, 30, of Raleigh")."""
    match = HEAD_BEFORE_RE.search(text, max(floor, at - SUBJECT_WINDOW), at)
    comma = text.rfind(",", max(floor, at - 3), at)
    if match is None and comma >= 0 and not text[comma + 1 : at].strip():
        match = OWNER_BEFORE_RE.search(text, max(floor, comma - SUBJECT_WINDOW), comma + 1)
    return match


def _titled_person(mention: str) -> bool:
    """Whether a mention names a person with a title before the name: "Executive Director
    Nihad Awad" (two name words or more after the title)."""
    tokens = mention.split()
    named = _name_tokens(mention)
    if not 2 <= len(named) < len(tokens):
        return False
    return tokens[-len(named) - 1].lower().strip(".") in NAME_TITLES


def _introductory(text: str, floor: int, start: int, mention: str) -> bool:
    """Whether the mention at ``start`` stands inside an introductory phrase of its clause ("In
    a statement to the Observer", "Speaking at a town hall in Salem", "In Iowa"), which holds
    no subject. The phrase reaches the mention: no relative word nor conjunction between them
    opens a clause of its own ("in what Bay Buchanan, …, called")."""
    first = mention.split(" ", 1)[0].lower()
    if first in INTRODUCTORY_WORDS:
        return True  # "In Salem" read as a name
    clause = floor
    for mark in CLAUSE_BREAKS:
        at = text.rfind(mark, floor, start)
        clause = max(clause, at + len(mark) if at >= 0 else floor)
    words = text[clause:start].lower().split()
    if not words or not words[-1].isalpha() or not CLAUSE_WORDS.isdisjoint(words):
        return False  # "…, to which O'Malley, …": a clause of its own
    opener = words[0]
    return opener in INTRODUCTORY_WORDS or (opener.endswith("ing") and len(opener) > 6)


def _relative_subject(text: str, verb_start: int, floor: int) -> _Subject | None:
    """A relative "who" as the subject of the verb at ``verb_start`` ("McConnell, who in 2010
    said", "Beck, who has in the past described", "a tweet from Ann Wells who tweeted"), with
    the mention it follows."""
    at = text.rfind(" who ", max(floor, verb_start - RELATIVE_WINDOW), verb_start)
    if at > floor and text[at - 1] == ",":
        at -= 1
    if at <= floor or RELATIVE_RE.match(text, at, verb_start) is None:
        return None
    who = text.index("who", at)
    if text[at] != "," and not SPEECH_ADVERBS.issuperset(text[who + 4 : verb_start].split()):
        return None  # "One official who relayed the exchange said": said by the official
    lo = max(floor, at - SUBJECT_WINDOW)
    while lo < at:
        match = ANTECEDENT_RE.search(text, lo, at)
        if match is None:
            return None
        mention = match.group("mention")
        if _mention_ok(mention) and (text[at] == "," or _kind(mention) == "name"):
            # With no comma, only after a name ("it was Obama who pressed for"): a nominal
            # before it is often an object ("told a young woman who suggested that …").
            return _Subject("who", who, mention)
        lo = match.start() + 1
    return None


def _attribution_before(
    block: _Text, paragraph: int, span: tuple[int, int], verbs: frozenset[str]
) -> _Attribution | None:
    """A speaker and a verb of ``verbs`` earlier in the sentence that ends at an opening mark.

    ``span`` is where that sentence may start and where the mark stands. The cue is the verb
    nearest the quotation; the speaker is the subject of the last verb that has one
    ("al-Abadi declared victory ... but said terrorism remains a"). An "according to" nearer
    the quotation wins over both.
    """
    text = block.text
    start, hi = _sentence_before(block, *span), span[1]
    according = _last(block.according_to(start, hi))
    found = block.verbs(start, hi, verbs)
    for verb_start, verb in reversed(found):
        if according is not None and according.start() > verb_start:
            break
        subject = block.subject(verb_start, start)
        if subject is not None:
            if verb.endswith("ing") and not _after_with(text, subject.start):
                # "Trump attacked Romney, calling him “…”", "X issued a statement saying":
                # a participle's speaker is the subject of its sentence, but in "…, with
                # Donald Trump tweeting that" its own.
                head = SENTENCE_SUBJECT_RE.match(text, start, verb_start)
                if head is not None and _head_subject_ok(head.group("mention")):
                    subject = _Subject(head.group("mention"), head.start("mention"))
                elif _after_preposition(text, subject.start, start):
                    continue  # "Thiel wrote in a statement to Wired explaining": Thiel's
            cue = found[-1][1]
            return _attribution(subject.mention, cue, paragraph, subject.start, subject.refers)
    if according is not None:
        position = according.start("mention")
        return _attribution(according.group("mention"), "according to", paragraph, position)
    return None


def _head_subject_ok(mention: str) -> bool:
    """Whether the subject of a sentence may speak the participle in it: a mention (see
    :func:`_subject_ok`) or a pronoun ("she issued a statement saying")."""
    return _kind(mention) == "pronoun" or _subject_ok(mention)


def _after_preposition(text: str, at: int, floor: int) -> bool:
    """Whether a preposition (and an article) stands right before ``at``: "to Wired"; not
    "of", whose object speaks a participle after it ("footage of Trump saying")."""
    found = _preposition_before(text, at, floor)
    return found is not None and found[0] != "of"


def _after_with(text: str, at: int) -> bool:
    """Whether "with" stands right before ``at``: "…, with Donald Trump tweeting"."""
    return text[max(0, at - 5) : at].lower() == "with "


def _sentence_subject(block: _Text, paragraph: int, span: tuple[int, int]) -> _Attribution | None:
    """The subject of the sentence a quotation stands in, when nothing closer names a speaker:
    of a verb of speech or thought ("Bush referred to Rubio as “a bright, charismatic
    leader”"), else of the sentence itself ("Trump leaned in and boomed: “Q”", "His 2015 pledge
    was “Q”": his words, though no verb says so; on PolNeAR the subject is the annotated
    source more often than not, so a guess is better than no speaker). The cue is the verb, or
    ``None``."""
    text = block.text
    start, hi = _sentence_before(block, *span), span[1]
    found = block.verbs(start, hi, REPORTED_SPEECH_VERBS)
    for verb_start, verb in found:
        match = SUBJECT_AT_START_RE.match(text, start, verb_start)
        if match is not None and _subject_ok(match.group("mention")):
            position = match.start("mention")
            return _attribution(match.group("mention"), verb, paragraph, position)
    match = SENTENCE_SUBJECT_RE.match(text, start, found[-1][0] if found else hi)
    if match is None or not _mention_ok(match.group("mention")):
        return None
    cue = found[-1][1] if found else None
    return _attribution(match.group("mention"), cue, paragraph, match.start("mention"))


def _subject_ok(mention: str) -> bool:
    """A sentence subject that is a mention and does not end in a verb form or a function word
    ("His comments came after being")."""
    last = mention.rsplit(None, 1)[-1].lower()
    if last.endswith(("ing", "ed")) or last in NAME_STOPWORDS:
        return False
    return _mention_ok(mention)


def _last(matches: Iterable[re.Match[str]]) -> re.Match[str] | None:
    found = None
    for found in matches:  # noqa: B007 - the last one is wanted
        pass
    return found


def _attribution_after(block: _Text, paragraph: int, lo: int, hi: int) -> _Attribution | None:
    """An attribution that follows a closing mark at ``lo - 1``, up to ``hi``.

    A quotation that ends its sentence inside the marks ("… again.”") is not attributed by
    the next sentence ("… again.” New Jersey Gov. Chris Christie, hoping to …, said"), unless
    that sentence says no more than who said it ("… missing.” Trump said.").
    """
    text = block.text
    if _ends_sentence(text, lo - 1) and text[lo : lo + 2].strip()[:1].isupper():
        return _bare_attribution(text, paragraph, lo, hi)
    hi = min(hi, lo + POST_WINDOW)
    writer = WRITER_AFTER_RE.match(text, lo, hi) if text[lo - 2 : lo - 1] == "," else None
    if writer is not None:
        return _Attribution(writer.group("mention"), writer.group("cue"), paragraph, lo + 1)
    for pattern in _patterns_after(text, lo, hi):
        match = pattern.match(text, lo, hi)
        if match is not None and _mention_ok(match.group("mention")):
            cue = match.group("cue")
            return _attribution(match.group("mention"), cue, paragraph, match.start("mention"))
    return _clause_attribution(block, paragraph, lo, hi)


def _subject_after(block: _Text, paragraph: int, lo: int, hi: int) -> _Attribution | None:
    """The subject of the first speech verb after a quotation that ends in a comma, when it
    stands right after the quotation though no pattern reads it: "“Q,” Mr. Morgan of the
    Sierra Club said" (the subject of "said" is read as for any verb, see
    :func:`_subject_of`)."""
    for verb_start, verb in block.verbs(lo, min(hi, lo + SUBJECT_WINDOW), SPEECH_VERBS):
        subject = (
            block.subject(verb_start, lo)
            or _long_nominal(block.text, lo, verb_start)
            or _long_appositive(block.text, lo, verb_start)
        )
        if subject is not None and not block.text[lo : subject.start].strip(" ,"):
            return _attribution(subject.mention, verb, paragraph, subject.start, subject.refers)
    return None


def _long_appositive(text: str, lo: int, verb_start: int) -> _Subject | None:
    """A name right after a quotation with an appositive longer than the patterns read,
    before its verb: "“Q,” Trump, the 2016 GOP presidential frontrunner nationally and current
    polling leader in South Carolina, said"."""
    found = LONG_APPOSITIVE_RE.fullmatch(text, lo, verb_start)
    if found is None or _kind(found.group("mention")) != "name":
        return None
    if not _mention_ok(found.group("mention")):
        return None
    return _Subject(found.group("mention"), found.start("mention"))


def _long_nominal(text: str, lo: int, verb_start: int) -> _Subject | None:
    """A nominal source longer than the patterns read, from ``lo`` to the verb and ending in
    a nominal head: "the independent Vermont senator and Democratic presidential candidate"."""
    found = LONG_NOMINAL_RE.fullmatch(text, lo, verb_start)
    if found is None or found.group("head") not in NOMINAL_HEADS:
        return None
    return _Subject(found.group("mention"), found.start("mention"))


def _clause_attribution(block: _Text, paragraph: int, lo: int, hi: int) -> _Attribution | None:
    """The attribution that closes the sentence of a partial quote: "… a “disaster” for the
    country, Trump said."."""
    text = block.text
    end = _sentence_after(block, lo, hi)
    if "," not in text[lo:end]:
        return None
    match = CLAUSE_ATTRIBUTION_RE.search(text, lo, end)
    if match is None:
        return None
    group = "mention" if match.group("mention") else "mention2"
    mention, cue = match.group(group), match.group("cue") or match.group("cue2")
    if not _mention_ok(mention):
        return None
    start = match.start(group)
    if group == "mention" and _in_phrase(text, start, match.end(group), lo):
        # "“Q,” Dale Ortiz, 52, of Dayton, Ohio, who voted early, said": not Ohio.
        subject = block.subject(match.start("cue"), lo)
        if subject is not None:
            return _attribution(subject.mention, cue, paragraph, subject.start, subject.refers)
    return _attribution(mention, cue, paragraph, start)


def _bare_attribution(text: str, paragraph: int, lo: int, hi: int) -> _Attribution | None:
    """A sentence of a speaker and a speech verb alone after a quotation: "Trump said."."""
    stop = text.find(".", lo, min(hi, lo + POST_WINDOW))
    words = text[lo : len(text) if stop < 0 else stop].split()
    if len(words) > BARE_MAX_WORDS or SPEECH_VERBS.isdisjoint(words):
        return None  # a cheap test first: most such sentences say more
    match = MENTION_FIRST_RE.match(text, lo, min(hi, lo + POST_WINDOW))
    if match is None or text[match.end() : match.end() + 1] not in (".", ""):
        return None
    if "," in match.group():
        return None  # "Mr Valentine, who grew up there, agreed.": a sentence of its own
    if not _mention_ok(match.group("mention")):
        return None
    mention, cue = match.group("mention"), match.group("cue")
    return _attribution(mention, cue, paragraph, match.start("mention"))


def _characterised_after(
    block: _Text, paragraph: int, close: int, hi: int
) -> _Attribution | None:
    """A speaker and a verb of characterisation right after a quotation that ends in a comma
    ("“The white working class has failed capitalism,” he mocks")."""
    text = block.text
    if "," not in text[close - 1 : close + 2]:
        return None
    match = MENTION_FIRST_BROAD_RE.match(text, close + 1, min(hi, close + POST_WINDOW))
    if match is None or not _mention_ok(match.group("mention")):
        return None
    mention, cue = match.group("mention"), match.group("cue")
    return _attribution(mention, cue, paragraph, match.start("mention"))


def _patterns_after(text: str, lo: int, hi: int) -> tuple[re.Pattern[str], ...]:
    """The attribution patterns worth trying after a closing mark, by the first word there:
    a speech verb ("said Jeffrey"), "according", a dash, or else a mention ("Jeffrey said")."""
    first = FIRST_WORD_RE.match(text, lo, hi)
    word = first.group("word") if first is not None else ""
    if word in SPEECH_VERBS:
        return (VERB_FIRST_RE,)
    if word == "according":
        return (ACCORDING_FIRST_RE,)
    if first is not None and first.group("dash"):
        return (MENTION_FIRST_RE, DASH_SOURCE_RE)
    return (MENTION_FIRST_RE,)


def _ends_sentence(text: str, close: int) -> bool:
    """Whether the quotation closed at ``close`` ends with a full stop inside the marks."""
    return text[max(0, close - 1) : close] == "."


def _window(pairs: Sequence[_Pair], index: int, text: str) -> tuple[int, int]:
    """Where the text around quotation ``index`` may be read: from the end of the quotation
    before it in the paragraph to the start of the one after it."""
    pair = pairs[index]
    previous = pairs[index - 1] if index > 0 else None
    following = pairs[index + 1] if index + 1 < len(pairs) else None
    lo = previous.end + 1 if previous and previous.paragraph == pair.paragraph else 0
    same = following is not None and following.paragraph == pair.paragraph
    hi = following.start - 1 if following is not None and same else len(text)
    return lo, hi


def _own_attributions(
    texts: _Texts, pairs: Sequence[_Pair]
) -> tuple[list[_Attribution | None], list[_Attribution | None]]:
    """The attribution that stands next to each quotation, or ``None``, strict and broad.

    Strict: a speaker with a speech verb or "according to" next to the quotation, else the
    attribution that ends a sentence holding it and a later quotation (the quotations are read
    from the last, so that one is known). Broad: the strict one or, where there is none, a
    speaker with a verb of thought or characterisation, or the subject of the sentence.
    """
    strict: list[_Attribution | None] = [None] * len(pairs)
    broad: list[_Attribution | None] = [None] * len(pairs)
    for index in range(len(pairs) - 1, -1, -1):
        pair = pairs[index]
        block = texts[pair.paragraph]
        lo, hi = _window(pairs, index, block.text)
        mine = None
        if pair.close >= 0:
            mine = _attribution_after(block, pair.paragraph, pair.close + 1, hi)
        span = (lo, pair.start - 1)
        if mine is None and pair.start > 0:
            mine = _attribution_before(block, pair.paragraph, span, SPEECH_VERBS)
        if mine is None and pair.start > 0:
            mine = _speaker_label(block, pair.paragraph, lo, pair.start - 1)
        if mine is None and pair.close > 0 and block.text[pair.close - 1] == ",":
            mine = _subject_after(block, pair.paragraph, pair.close + 1, hi)
        if mine is None:
            mine = _sentence_final(block, pairs, strict, index)
        wide = mine
        if mine is None and pair.close >= 0:
            wide = _characterised_after(block, pair.paragraph, pair.close, hi)
        if wide is None and pair.start > 0:
            wide = _attribution_before(block, pair.paragraph, span, REPORTED_SPEECH_VERBS)
            if wide is None:
                wide = _sentence_subject(block, pair.paragraph, span)
        strict[index] = mine
        broad[index] = wide
    return strict, broad


def _speaker_label(block: _Text, paragraph: int, lo: int, mark: int) -> _Attribution | None:
    """A name and a colon that open a sentence right before the quotation, as transcripts and
    exchanges give them: "Clinton: “Our goal is to defeat ISIS.” Bush: “…”"."""
    text = block.text
    if text[max(lo, mark - 3) : mark].strip()[-1:] != ":":
        return None
    match = SPEAKER_LABEL_RE.search(text, max(lo, mark - SUBJECT_WINDOW), mark)
    if match is None or not _mention_ok(match.group("mention")):
        return None
    return _attribution(match.group("mention"), None, paragraph, match.start("mention"))


def _sentence_final(
    block: _Text, pairs: Sequence[_Pair], strict: Sequence[_Attribution | None], index: int
) -> _Attribution | None:
    """The attribution at the end of a sentence that holds quotation ``index`` and a later
    one: "Fundraising was “stagnant” as donors waited to see how a “turbulent cycle” played
    out, he said." gives both quotations to "he"."""
    following = index + 1
    if following >= len(pairs) or pairs[following].paragraph != pairs[index].paragraph:
        return None
    later = strict[following]
    if later is None or later.position < pairs[following].end:
        return None  # no attribution after the later quotation
    breaks = block.breaks
    if bisect.bisect_right(breaks, pairs[index].end) != bisect.bisect_right(breaks, later.position):
        return None  # not one sentence
    return later


def _last_gap_event(block: _Text, paragraph: int, lo: int, hi: int) -> _Attribution | None:
    """The last attribution of reported speech in ``text[lo:hi]``, looking for subjects from
    the last verb back."""
    return next(_gap_events_back(block, paragraph, lo, hi), None)


def _gap_events_back(block: _Text, paragraph: int, lo: int, hi: int) -> Iterator[_Attribution]:
    """The attributions of reported speech in ``text[lo:hi]`` (outside quotations: "Jeffrey
    said the size ...", "according to officials") from the last back, each subject looked for
    only when the one after it has been taken."""
    accordings = [
        _attribution(according.group("mention"), "according to", paragraph, at)
        for according in block.according_to(lo, hi)
        for at in (according.start("mention"),)
    ]
    for verb_start, verb in reversed(block.verbs(lo, hi, SPEECH_VERBS)):
        subject = block.subject(verb_start, lo)
        if subject is not None:
            event = _attribution(subject.mention, verb, paragraph, subject.start, subject.refers)
            while accordings and accordings[-1].position >= event.position:
                yield accordings.pop()
            yield event
    yield from reversed(accordings)


@attrs.define
class _Events:
    """The reported speech outside the quotations ("Jeffrey said the size ..."), read from a
    place back only as far as a step needs it, so the rest of the article is never read."""

    texts: _Texts
    pairs: Sequence[_Pair]
    grouped: Mapping[int, list[int]]
    stretches: dict[int, list[tuple[int, int]]] = attrs.field(factory=dict)

    def back_from(
        self, paragraph: int, position: int, floor: tuple[int, int] = (-1, -1)
    ) -> Iterator[_Attribution]:
        """The reported speech before ``position`` in ``paragraph``, then in the
        ``EVENT_PARAGRAPHS`` before it, from the nearest back to ``floor`` (a paragraph and a
        position in it), within ``EVENT_REACH`` characters of text."""
        budget = EVENT_REACH
        for before in range(paragraph, max(floor[0] - 1, paragraph - 1 - EVENT_PARAGRAPHS), -1):
            block = self.texts[before]
            bottom = floor[1] if before == floor[0] else 0
            for start, stop in reversed(self.gaps(before)):
                hi = min(stop, position) if before == paragraph else stop
                if max(start, bottom) < hi:
                    lo = max(start, bottom, hi - budget)
                    budget -= hi - lo
                    yield from _gap_events_back(block, before, lo, hi)
                if budget <= 0:
                    return

    def gaps(self, paragraph: int) -> list[tuple[int, int]]:
        """The stretches of ``paragraph`` before, between and after its quotations (gap ``k``
        stands before the paragraph's ``k``-th quotation)."""
        found = self.stretches.get(paragraph)
        if found is None:
            inside = [self.pairs[index] for index in self.grouped.get(paragraph, [])]
            found = self.stretches[paragraph] = _gaps(self.texts[paragraph].text, inside)
        return found

    def last(self, paragraph: int, first_gap: int = 0) -> _Attribution | None:
        """The last reported speech of ``paragraph`` in its gaps from ``first_gap`` on, read
        from the end only as far back as the first speaker found, within ``EVENT_REACH``."""
        block = self.texts[paragraph]
        budget = EVENT_REACH
        for start, hi in reversed(self.gaps(paragraph)[first_gap:]):
            lo = max(start, hi - budget)
            budget -= hi - lo
            found = _last_gap_event(block, paragraph, lo, hi)
            if found is not None or budget <= 0:
                return found
        return None


def _gaps(text: str, pairs: Sequence[_Pair]) -> list[tuple[int, int]]:
    """The stretches of ``text`` outside the quotations ``pairs`` (all in that paragraph)."""
    gaps: list[tuple[int, int]] = []
    position = 0
    for pair in pairs:
        gaps.append((position, max(position, pair.start - 1)))
        position = pair.end + 1
    gaps.append((min(position, len(text)), len(text)))
    return gaps


# --- 3. inheritance ------------------------------------------------------------------------


def _by_paragraph(pairs: Sequence[_Pair]) -> dict[int, list[int]]:
    grouped: dict[int, list[int]] = {}
    for index, pair in enumerate(pairs):
        grouped.setdefault(pair.paragraph, []).append(index)
    return grouped


def _inherit_chains(pairs: Sequence[_Pair], found: list[_Attribution | None]) -> None:
    """Give every piece of an AP running quote the first attribution found in its chain."""
    chains: dict[int, _Attribution] = {}
    for index, pair in enumerate(pairs):
        attribution = found[index]
        if pair.chain >= 0 and attribution is not None:
            chains.setdefault(pair.chain, attribution)
    for index, pair in enumerate(pairs):
        if pair.chain >= 0 and found[index] is None:
            found[index] = chains.get(pair.chain)


def _inherit_neighbours(
    paragraph: int,
    indices: Sequence[int],
    events: _Events,
    found: list[_Attribution | None],
) -> None:
    """A quotation with no cue takes the nearest attribution before it in its paragraph, of a
    quotation or of reported speech ("Cruz tweeted a warning. “Q”"), else the nearest after it
    ("“Q1.” “Q2,” he said"). Only the reported speech between a quotation and the one before
    it is read, and only when the quotation needs it."""
    last: _Attribution | None = None
    text = events.texts[paragraph].text
    for gap, index in enumerate(indices):
        if found[index] is None:
            event = _in_gap(events, paragraph, gap)
            if event is not None and last is not None and _subordinate(text, event.position):
                event = None  # background: the quotation goes on with the speaker before it
            found[index] = event if event is not None else last
        last = found[index]
    last = None
    for index in reversed(indices):
        if found[index] is None:
            found[index] = last
        last = found[index]


def _subordinate(text: str, position: int) -> bool:
    """Whether the mention at ``position`` is the subject of a subordinate clause: "after
    Jones told him", "when the mayor said"."""
    words = text[max(0, position - 12) : position].split()
    return bool(words) and words[-1].lower() in SUBORDINATING_CONJUNCTIONS


def _in_gap(events: _Events, paragraph: int, gap: int) -> _Attribution | None:
    """The last reported speech in gap ``gap`` of ``paragraph`` (before its quotation ``gap``)."""
    lo, hi = events.gaps(paragraph)[gap]
    return _last_gap_event(events.texts[paragraph], paragraph, lo, hi)


def _last_attribution(
    paragraph: int,
    indices: Sequence[int],
    found: Sequence[_Attribution | None],
    events: _Events,
) -> _Attribution | None:
    """The attribution that stands last in a paragraph, of a quotation or reported speech."""
    best: tuple[int, _Attribution] | None = None
    for gap, index in enumerate(indices):
        attribution = found[index]
        if attribution is not None:
            best = (gap, attribution)
    event = events.last(paragraph, 0 if best is None else best[0] + 1)
    if event is not None:
        return event
    return None if best is None else best[1]


def _inherit(
    paragraphs: Sequence[str],
    pairs: Sequence[_Pair],
    own: Sequence[_Attribution | None],
    events: _Events,
) -> list[_Attribution | None]:
    """Fill in the attribution of quotations that have none of their own.

    A paragraph that names no speaker at all takes the last attribution of the paragraph
    before: for every quotation when it opens with one (a paragraph that is only a quotation),
    else for its quotations of more than ``SCARE_MAX_WORDS`` words, which are speech that
    goes on ("Later in the interview: “…”"), not scare quotes.
    """
    found = list(own)
    _inherit_chains(pairs, found)
    for paragraph, indices in sorted(events.grouped.items()):
        if all(found[index] is not None for index in indices):
            continue
        _inherit_neighbours(paragraph, indices, events, found)
        if found[indices[0]] is not None:
            continue  # the paragraph names a speaker; its quotations have it now
        text = paragraphs[paragraph]
        previous = _previous_attribution(paragraph, pairs, found, events)
        opens = _opens_with_quote(text)
        for index in indices:
            pair = pairs[index]
            if opens or len(text[pair.start : pair.end].split()) > SCARE_MAX_WORDS:
                found[index] = previous
    _inherit_chains(pairs, found)
    return found


def _previous_attribution(
    paragraph: int, pairs: Sequence[_Pair], found: Sequence[_Attribution | None], events: _Events
) -> _Attribution | None:
    """The last attribution in the paragraphs just before ``paragraph``; first, the speaker
    of the paragraph right before when it ends with a colon that introduces the quotation."""
    introduced = _introduced_by(events.texts, paragraph - 1) if paragraph > 0 else None
    if introduced is not None:
        return introduced
    for before in range(paragraph - 1, max(-1, paragraph - 1 - INHERIT_PARAGRAPHS), -1):
        indices = events.grouped.get(before, [])
        attribution = _last_attribution(before, indices, found, events)
        if attribution is not None:
            return attribution
    return None


def _introduced_by(texts: _Texts, paragraph: int) -> _Attribution | None:
    """The speaker of a paragraph that ends with a colon, introducing the quotation that opens
    the next: "President Clinton released the following statement:", "The Times reports:"."""
    block = texts[paragraph]
    colon = len(block.text.rstrip()) - 1
    if colon < 0 or block.text[colon] != ":":
        return None
    span = (0, colon)
    found = _attribution_before(block, paragraph, span, REPORTED_SPEECH_VERBS)
    if found is None:
        found = _sentence_subject(block, paragraph, span)
    if found is None:
        return None
    if found.cue is None and _kind(found.mention) == "name" and " " not in found.mention:
        # With no verb, one capitalised word opening the sentence is a name only if the article
        # capitalises it mid-sentence too ("Sanders made the following comment:"), not a
        # label ("Transcript:", "Partial transcript as follows:").
        return found if _named_elsewhere(texts.paragraphs, found.mention) else None
    return found


def _named_elsewhere(paragraphs: Sequence[str], word: str) -> bool:
    """Whether ``word`` stands capitalised inside a sentence somewhere in the article: after a
    word in lower case or a comma, and not inside a longer word."""
    for text in paragraphs:
        at = text.find(word, 2)
        while at >= 2:
            after = text[at + len(word) : at + len(word) + 1]
            inside = text[at - 1] == " " and (text[at - 2].islower() or text[at - 2] == ",")
            if inside and not (after.isalnum() or after in "’'-"):
                return True
            at = text.find(word, at + 1)
    return False


# --- 4. what is not a quotation ------------------------------------------------------------


def _without_openers(
    texts: _Texts, strict: Sequence[_Attribution | None], found: Sequence[_Attribution | None]
) -> list[_Attribution | None]:
    """The attributions ``found``, less the guesses (no strict attribution, no cue) whose
    mention is one word capitalised only because it opens the sentence ("Given his past
    comments, …", "Good information can …", "Acknowledging that …"), by
    :func:`_common_word`. A speaker label ("Moreno: “…”") is strict and stays."""
    verdicts: dict[str, bool] = {}
    kept = list(found)
    for index, attribution in enumerate(found):
        if attribution is None or strict[index] is not None or attribution.cue is not None:
            continue
        if attribution.refers is not None:
            continue
        word = attribution.mention
        if " " in word or _kind(word) != "name" or not _opener_candidate(word):
            continue
        text = texts[attribution.paragraph].text
        if not _begins_sentence(text, attribution.position):
            continue
        if word not in verdicts:
            verdicts[word] = _common_word(texts.paragraphs, word)
        if verdicts[word]:
            kept[index] = None
    return kept


def _opener_candidate(word: str) -> bool:
    """Whether one capitalised word may be a common word rather than a source: not a plural
    ("Critics said"), nor a quantifier that stands for people ("One said")."""
    return word[:1].isupper() and word[-1] != "s" and word.lower() not in QUANTIFIER_SOURCES


def _common_word(paragraphs: Sequence[str], word: str) -> bool:
    """Whether a capitalised word that opens a sentence is a common word, no name: the article
    never capitalises it inside a sentence, nor gives it as the last word of a longer name
    ("Jane Marlow")."""
    if _named_elsewhere(paragraphs, word):
        return False
    surname = re.compile(rf"[A-Z][\w.’'-]* {re.escape(word)}(?![\w’'-])")
    return not any(surname.search(text) for text in paragraphs)


def _begins_sentence(text: str, at: int) -> bool:
    """Whether the mark at ``at`` opens a sentence (or the paragraph)."""
    before = text[max(0, at - PRE_WINDOW) : at].rstrip()
    if not before and at > PRE_WINDOW:
        return False  # a long run of white space: not worth reading further
    return not before or before[-1] in '.!?:”"—'


def _title_case(words: Sequence[str]) -> bool:
    """Whether every word is capitalised but the minor ones ("The Art of the Deal")."""
    capitalised = [word[:1].isupper() or not word[:1].isalpha() for word in words]
    minor = [word.lower() in HEADLINE_MINOR_WORDS for word in words]
    return capitalised[0] and all(c or m for c, m in zip(capitalised, minor, strict=True))


def _word_before(text: str, at: int) -> str:
    words = text[max(0, at - 40) : at].split()
    return words[-1] if words else ""


def _word_after(text: str, at: int) -> str:
    words = text[at : at + 40].replace(",", " ").split()
    return words[0] if words else ""


def _title_words(text: str, pair: _Pair, full_stop: bool = False) -> list[str]:
    """The words of a quotation short enough to be a title, with no sentence end in it (but
    the full stop of the sentence it closes, with ``full_stop``: "on CNN’s “New Day.”")."""
    quoted = text[pair.start : pair.end].rstrip(" ,")
    if full_stop and quoted.endswith("."):
        quoted = quoted[:-1]
    words = quoted.split()
    if not words or len(words) > TITLE_MAX_WORDS or quoted[-1:] in ".!?":
        return []
    return words


def _is_sentence_end(text: str, pair: _Pair) -> bool:
    """Whether the quotation ends its sentence and the paragraph or the sentence after it."""
    after = text[pair.end + 1 : pair.end + 3]
    return pair.close >= 0 and (not after.strip() or (after[:1] == " " and after[1:].isupper()))


def _is_show(text: str, pair: _Pair) -> bool:
    """Whether a quotation is a Title Cased name of a show or work after a possessive or a
    preposition: "CNN’s “New Day.”", "on “Meet the Press”", "author of “Going Viral”". Such a
    quotation is no speech even in a sentence with a speaker ("On ABC’s “This Week,” Rubio
    said")."""
    # A title that closes its sentence, full stop inside the marks, after a possessive or "on"
    # ("appeared on NBC’s “Meet the Press.”"); after "for" or "from" it is a slogan or speech
    # more often ("cheered for “President Jane Doe.”").
    if text.count(" ", pair.start, pair.end) >= TITLE_MAX_WORDS:
        return False  # a cheap test first: most quotations are longer than titles
    full_stop = text[pair.end - 1 : pair.end] == "."
    if full_stop and not (_after_possessive_or_on(text, pair.start - 1)):
        return False
    if full_stop and not _is_sentence_end(text, pair):
        return False
    words = _title_words(text, pair, full_stop)
    if not words or not _title_case(words):
        return False
    before = _word_before(text, pair.start - 1)
    return before.endswith(("’s", "'s")) or before.lower() in TITLE_PREPOSITIONS


def _after_possessive_or_on(text: str, mark: int) -> bool:
    """Whether a possessive or "on" stands right before the opening mark at ``mark``."""
    before = text[max(0, mark - 4) : mark]
    return before.endswith(("’s ", "'s ")) or before.lower() in (" on ", "on ")


def _is_linked_article(text: str, pair: _Pair) -> bool:
    """Whether a quotation is a linked article's headline or excerpt, as link round-ups give
    them: "“Hamilton’ to play Chicago,” by Variety’s Gordon Cox: “Ultrahot Broadway …”"."""
    after = _word_after(text, pair.end + 1) if pair.close >= 0 else ""
    if after == "by" and text[pair.end - 1 : pair.end] == ",":
        return True
    return (
        CREDIT_BEFORE_RE.search(text, max(0, pair.start - 81), max(0, pair.start - 1)) is not None
    )


def _is_heading(text: str, pair: _Pair) -> bool:
    """Whether a quotation is a subheading: the whole paragraph, in capitals, with no full
    stop, question or exclamation mark ("“DIVISIVE, STUPID AND WRONG”" over the section that
    reports those words)."""
    if pair.start != 1 or pair.close != len(text) - 1:
        return False
    quoted = text[pair.start : pair.end]
    return quoted.isupper() and not any(mark in quoted for mark in ".!?")


def _is_dated(text: str, pair: _Pair) -> bool:
    """Whether a year in brackets follows the closing mark: a title or a slogan with its
    date ("“No to Schengen” (2005)")."""
    return pair.close >= 0 and DATED_AFTER_RE.match(text, pair.close + 1) is not None


def _is_nickname(text: str, pair: _Pair) -> bool:
    """Whether a quotation is a nickname inside a name: Rep. Robert C. “Bobby” Scott."""
    words = text[pair.start : pair.end].split()
    if not 1 <= len(words) <= 2 or not _title_case(words) or pair.close < 0:
        return False
    before = _word_before(text, pair.start - 1)
    after = _word_after(text, pair.end + 1)
    return before[:1].isupper() and after[:1].isupper() and text[pair.end - 1].isalpha()


def _is_title(text: str, pair: _Pair) -> bool:
    """Whether a quotation is the title of a work: a show (see :func:`_is_show`), next to a
    work noun ("the book “Crippled America”", "the “No Comparison” ad"), or a linked article."""
    if _is_linked_article(text, pair) or _is_nickname(text, pair) or _is_dated(text, pair):
        return True
    if _is_heading(text, pair):
        return True
    words = text[pair.start : pair.end].split()
    if not words or len(words) > TITLE_MAX_WORDS:
        return False
    before = _word_before(text, pair.start - 1)
    after = _word_after(text, pair.end + 1) if pair.close >= 0 else ""
    after = after.lower().strip(".,;:")
    if before.lower().strip(",:") in WORK_NOUNS or after in _WORK_NOUNS_AFTER:
        return True  # a title may end in "!" or "?": the movie “Sharknado 3: Oh Hell No!”
    return _is_show(text, pair)


def _reported_in_sentence(block: _Text, pair: _Pair) -> bool:
    """Whether a word that reports speech stands in the quotation's sentence, outside it."""
    text = block.text
    lo = _sentence_before(block, 0, pair.start - 1)
    hi = _sentence_after(block, pair.end + 1, len(text)) if pair.close >= 0 else pair.end
    return block.has_cue(lo, pair.start) or block.has_cue(pair.end, hi)


def _is_speech(block: _Text, pair: _Pair, own: _Attribution | None) -> bool:
    """Whether a paired quotation is speech, not a scare quote, a term or a title."""
    text = block.text
    words = text[pair.start : pair.end].split()
    if not words:
        return False
    if pair.chain >= 0:
        return True  # a piece of a running quote
    if _is_show(text, pair):
        return False
    if own is not None:
        return True
    if _is_title(text, pair):
        return False
    return len(words) > SCARE_MAX_WORDS or _is_short_speech(block, pair)


def _is_short_speech(block: _Text, pair: _Pair) -> bool:
    """Whether a quotation of a few words with no speaker next to it is speech: a sentence of
    its own ("“No.”"), or in a sentence that reports speech ("calling them “liars”")."""
    quoted = block.text[pair.start : pair.end].rstrip()
    if _begins_sentence(block.text, pair.start - 1) and quoted[-1:] in ".!?,":
        return True
    return _reported_in_sentence(block, pair)


# --- 5. speakers ---------------------------------------------------------------------------


@functools.lru_cache(maxsize=MENTION_CACHE)
def _name_tokens(mention: str) -> tuple[str, ...]:
    """The words of a named mention that make the name: titles, ranks and openers removed."""
    tokens = mention.split()
    lower = [index for index, token in enumerate(tokens) if token[:1].islower()]
    if lower and lower[-1] + 1 < len(tokens) and tokens[lower[-1]] not in NAME_PARTICLE_WORDS:
        tokens = tokens[lower[-1] + 1 :]
    # "EMC's Treide", "Pund-IT's Charles King": the words up to a possessive are the owner.
    owners = [index for index, token in enumerate(tokens[:-1]) if token.endswith(("’s", "'s"))]
    if owners:
        tokens = tokens[owners[-1] + 1 :]
    tokens = [_possessive(token) for token in tokens]
    while tokens and tokens[0].lower().strip(".") in NAME_STOPWORDS:
        tokens = tokens[1:]
    while tokens and tokens[-1].lower().strip(".") in NAME_STOPWORDS:
        tokens = tokens[:-1]
    tokens = [_without_full_stop(token) for token in tokens]
    titles = [i for i, token in enumerate(tokens) if token.lower().strip(".") in NAME_TITLES]
    if titles and titles[-1] + 1 < len(tokens):
        tokens = tokens[titles[-1] + 1 :]
    return tuple(tokens)


def _possessive(token: str) -> str:
    """A name token without a possessive ending: "Trump’s" is "Trump"."""
    return token[:-2] if token.endswith(("’s", "'s")) else token


def _surname(tokens: Sequence[str]) -> str:
    while len(tokens) > 1 and tokens[-1].lower().strip(".,") in NAME_SUFFIXES:
        tokens = tokens[:-1]
    return tokens[-1].rstrip(",") if tokens else ""


@attrs.frozen
class _NameIndex:
    """The full names an article gives, by surname and by first name."""

    by_surname: dict[str, str]
    by_first: dict[str, str]

    def fullest(self, name: str) -> str:
        """The fullest name the article gives a one-word mention, or the mention itself."""
        return self.by_surname.get(name) or self.by_first.get(name) or name


def _index_names(paragraphs: Sequence[str], wanted: frozenset[str]) -> _NameIndex:
    """Index the full names (two words or more, titles removed) in the article that end or
    start with one of the ``wanted`` words."""
    counts: Counter[str] = Counter()
    order: dict[str, int] = {}
    few = len(wanted) <= NAME_PREFILTER_WORDS
    for text in paragraphs:
        if few and not any(word in text for word in wanted):
            continue  # no wanted word in it at all: skip its name runs
        for match in NAME_RUN_RE.finditer(text):
            run = match.group().split()
            if run[0] not in wanted and _possessive(run[-1]).rstrip(".,") not in wanted:
                continue
            _count_name(_name_tokens(match.group()), counts, order)
    return _rank_names(counts, order)


def _count_name(tokens: Sequence[str], counts: Counter[str], order: dict[str, int]) -> None:
    """Count a full name (two words or more, all capitalised) once more."""
    if len(tokens) >= 2 and all(t[:1].isupper() or "-" in t for t in tokens):
        name = " ".join(tokens)
        counts[name] += 1
        order.setdefault(name, len(order))


def _rank_names(counts: Counter[str], order: dict[str, int]) -> _NameIndex:
    """Index full names by surname and first name: the most frequent, then the longest, then
    the first seen wins."""
    ranked = sorted(counts, key=lambda name: (-counts[name], -len(name), order[name]))
    by_surname: dict[str, str] = {}
    by_first: dict[str, str] = {}
    for name in ranked:
        tokens = name.split()
        by_surname.setdefault(_surname(tokens), name)
        by_first.setdefault(tokens[0], name)
    return _NameIndex(by_surname, by_first)


@functools.lru_cache(maxsize=MENTION_CACHE)
def _kind(mention: str) -> str:
    if mention == "who":
        return "relative"
    if mention in ("I", "we", "We"):
        return "writer"
    if mention.lower() in {"he", "she", "they", "it"}:
        return "pronoun"
    if NOMINAL_RE.fullmatch(mention) or NOMINAL_OPENING_RE.match(mention):
        return "nominal"
    return "name"


def _is_person(name: str) -> bool:
    return not any(token.lower() in ORGANIZATION_WORDS for token in name.split())


@attrs.define
class _Resolver:
    """Walks the attributions in reading order, resolving each mention to a speaker. The index
    of full names is built the first time a one-word name needs it."""

    paragraphs: Sequence[str]
    spoken: _NameIndex
    wanted: frozenset[str]
    index: _NameIndex | None = None
    people: list[tuple[str, str]] = attrs.field(factory=list)  # (name, "he", "she" or "")
    plural: str | None = None
    thing: str | None = None  # the last source that is no person: "the lawsuit", "the Council"

    def fullest(self, name: str) -> str:
        """The fullest name of a speaker named by one word: from the names the speakers are
        given, else from the whole article (indexed the first time it is needed)."""
        found = self.spoken.fullest(name)
        if found != name:
            return found
        if self.index is None:
            self.index = _index_names(self.paragraphs, self.wanted)
        return self.index.fullest(name)

    def resolve(self, mention: str, kind: str, tokens: Sequence[str]) -> str | None:
        """The speaker a mention of ``kind`` (with its name words ``tokens``) stands for."""
        if kind == "writer":
            return None  # the writer, whom the article does not name here
        if kind == "pronoun":
            pronoun = mention.lower()
            if pronoun == "it":
                return self.thing
            return self.person(pronoun) if pronoun in SINGULAR_PRONOUNS else self.plural
        if kind == "nominal":
            if mention.endswith("s"):
                self.plural = mention
            elif not _gender(mention) and _is_thing(mention):
                self.thing = mention
            return mention
        if not tokens:
            return mention
        name = " ".join(tokens)
        speaker = self.fullest(name) if len(tokens) == 1 else name
        if not _is_person(speaker):
            self.thing = speaker
        elif " " in speaker:
            self.people.append((speaker, _gender(mention)))
            del self.people[:-RECENT_PEOPLE]
        return speaker

    def person(self, pronoun: str) -> str | None:
        """The last person named as a speaker whom ``pronoun`` ("he", "she") can stand for."""
        for name, gender in reversed(self.people):
            if gender in ("", pronoun):
                return name
        return None


def _is_thing(mention: str) -> bool:
    """Whether a nominal source is no person ("the lawsuit", "the commission"), by its head."""
    return mention.rsplit(None, 1)[-1].lower() in THING_HEADS


def _gender(mention: str) -> str:
    """The pronoun a word of the mention calls for ("Mrs.", "congresswoman": "she"), or ""."""
    words = {word.lower().strip(".,") for word in mention.split()}
    if not words.isdisjoint(FEMALE_WORDS):
        return "she"
    return "he" if not words.isdisjoint(MALE_WORDS) else ""


def _resolve(
    paragraphs: Sequence[str],
    attributions: Iterable[_Attribution | None],
    events: _Events,
) -> dict[_Attribution, str | None]:
    """Resolve every attribution's mention to a speaker, in reading order. A pronoun looks
    back over the reported speech of its paragraph and the ``EVENT_PARAGRAPHS`` before it."""
    timeline = {a for a in attributions if a is not None}
    named = sorted((a.paragraph, a.position) for a in timeline if _kind(_said_by(a)) == "name")
    for pronoun in [a for a in timeline if _kind(a.mention) == "pronoun"]:
        nearest = bisect.bisect_left(named, (pronoun.paragraph, pronoun.position)) - 1
        floor = named[nearest] if nearest >= 0 else (-1, -1)
        timeline.update(_antecedents(events, pronoun, floor))
    kinds = {_said_by(a): _kind(_said_by(a)) for a in timeline}
    words = {m: _name_tokens(m) if kind == "name" else () for m, kind in kinds.items()}
    # Reading order, not the set's: the first-seen order of names breaks ties between them,
    # and a set's order changes from one process to the next (string hashing is salted).
    ordered = sorted(timeline, key=lambda a: (a.paragraph, a.position, a.mention))
    names = [words[_said_by(a)] for a in ordered if kinds[_said_by(a)] == "name"]
    counts: Counter[str] = Counter()
    order: dict[str, int] = {}
    for tokens in names:
        _count_name(tokens, counts, order)
    spoken = _rank_names(counts, order)
    wanted = frozenset(t[0] for t in names if len(t) == 1 and spoken.fullest(t[0]) == t[0])
    resolver = _Resolver(paragraphs, spoken, wanted)
    speakers: dict[_Attribution, str | None] = {}
    for attribution in ordered:
        mention = _said_by(attribution)
        speakers[attribution] = resolver.resolve(mention, kinds[mention], words[mention])
    return speakers


def _said_by(attribution: _Attribution) -> str:
    """The mention that names the speaker: what a relative "who" refers to, else the mention."""
    return attribution.refers or attribution.mention


def _antecedents(
    events: _Events, pronoun: _Attribution, floor: tuple[int, int]
) -> list[_Attribution]:
    """The reported speech a pronoun may stand for: from the nearest before it back to the
    first named speaker (or ``PRONOUN_LOOKBACK`` of them), and not before ``floor``, the place
    of the last speaker of a quotation named before it."""
    found: list[_Attribution] = []
    head = _sentence_head(events.texts[pronoun.paragraph], pronoun)
    for event in events.back_from(pronoun.paragraph, pronoun.position, floor):
        found.append(event)
        if _kind(event.mention) == "name" or len(found) >= PRONOUN_LOOKBACK:
            break
    if head is not None:
        found.append(head)  # its place puts it after any speaker read back before it
    return found


def _sentence_head(block: _Text, pronoun: _Attribution) -> _Attribution | None:
    """The named subject of the sentence a pronoun stands in, before it ("Ban Ki-moon condemned
    what he called a “brazen breach”": he is Ban Ki-moon)."""
    start = _sentence_before(block, 0, pronoun.position)
    if start >= pronoun.position:
        return None
    match = SENTENCE_SUBJECT_RE.match(block.text, start, pronoun.position)
    if match is None or match.start("mention") >= pronoun.position:
        return None
    mention = match.group("mention")
    kinds = ("name",) if pronoun.mention.lower() in SINGULAR_PRONOUNS else ("name", "nominal")
    if _kind(mention) not in kinds or not _subject_ok(mention):
        return None
    return _attribution(mention, None, pronoun.paragraph, match.start("mention"))


# --- the driver ----------------------------------------------------------------------------


def find_quotes(paragraphs: Sequence[str]) -> tuple[Quote, ...]:
    """Find the direct quotations in an article's body paragraphs.

    Args:
        paragraphs: the body paragraphs in order, white space normalised, without the headline,
            the dateline or boilerplate.

    Returns:
        The quotations in reading order, never overlapping, each with
        ``paragraphs[q.paragraph][q.start:q.end] == q.text``.
    """
    pairs = _pair_all(paragraphs)
    if not pairs:
        return ()
    grouped = _by_paragraph(pairs)
    texts = _Texts(paragraphs)
    strict, own = _own_attributions(texts, pairs)
    own = _without_openers(texts, strict, own)
    events = _Events(texts, pairs, grouped)
    found = _inherit(paragraphs, pairs, own, events)
    speakers = _resolve(paragraphs, found, events)
    quotes: list[Quote] = []
    for pair, mine, attribution in zip(pairs, strict, found, strict=True):
        text = paragraphs[pair.paragraph]
        if not _is_speech(texts[pair.paragraph], pair, mine):
            continue
        quotes.append(
            Quote(
                text=text[pair.start : pair.end],
                paragraph=pair.paragraph,
                start=pair.start,
                end=pair.end,
                speaker=None if attribution is None else speakers.get(attribution),
                mention=None if attribution is None else attribution.mention,
                cue=None if attribution is None else attribution.cue,
            )
        )
    return tuple(quotes)
