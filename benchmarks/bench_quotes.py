"""Measure :func:`articlekit.quotes.find_quotes` on PolNeAR (train + dev) and print a table.

Run from the repository root: ``PYTHONPATH=src python benchmarks/bench_quotes.py``. The corpus
is read in place from ``../shared/data/polnear`` (research use; never copied); without it the
script says so and exits 0.

Gold quotations, as issue 3 defines them: every segment delimited by double quotation marks
inside an annotated attribution's Content span (a whole direct quote, or a partial quote inside
reported speech), attributed to that attribution's Source mention. A piece of an AP running
quote (an opening mark left open at the end of a paragraph) runs to the end of its paragraph.

Annotator policy: PolNeAR has one annotator for most files and five or six for a few (the
weekly agreement articles). We score **one annotator per file, the first by annotator id**, so
every file counts once and no annotator's disagreement is scored against us twice.

Scores: a detected quotation is a true positive when its paragraph, start and end equal a gold
quotation's (offsets mapped from the raw file onto the whitespace-normalised paragraphs that
the pipeline hands to ``find_quotes``). Speaker accuracy is over true positives: the
``mention`` equals the annotated Source (case, punctuation and a leading "the" aside), or the
``speaker`` and the Source contain one another ("Donald Trump" / "Republican nominee Donald
Trump"), also with the Source's appositive left off ("Doley, who held a fundraiser"): the
``speaker`` column. The ``+name`` column also counts a speaker that carries every capitalised
word of the Source ("an angry Hollande" / "François Hollande"; "Trump’s campaign" / "Donald
Trump" counts too, so it is the lenient figure).

Speed (``--speed``): every BBC News article and every PolNeAR text is parsed with
:func:`articlekit.parse_text`, timing the call to ``find_quotes`` inside it apart from the rest
of the parse, in the same process; the ratio quotes / rest is the figure issue 3 bounds (0.5).
The best of ``--rounds`` rounds is kept for each, as timing on a shared machine is noisy.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

import attrs

import articlekit
from articlekit import pipeline
from articlekit.model import Quote
from articlekit.quotes import find_quotes

#: The corpus, beside the repository (``/work/main`` -> ``/work/shared/data/polnear``).
DATA = Path(__file__).resolve().parent.parent.parent / "shared" / "data"
POLNEAR = DATA / "polnear"
BBC = DATA / "bbc"
SPLITS = ("train", "dev")

_MARKS = '“”"„‟″«»'
_OPENERS = "“„‟«"
_SPACE_RE = re.compile(r"\s+")
_SPAN_RE = re.compile(r"(\d+) (\d+)")
_NORM_RE = re.compile(r"[^\w\s]")
_NAME_WORD_RE = re.compile(r"\b[A-Z][\w-]*?(?=[’']s\b|\b)")
_DETERMINERS = frozenset(("The", "A", "An", "His", "Her", "Their", "Its"))


@attrs.frozen
class Gold:
    paragraph: int
    start: int
    end: int
    source: str


@attrs.frozen
class Article:
    name: str
    paragraphs: tuple[str, ...]
    gold: tuple[Gold, ...]


def _normalise(raw: str, offset: int) -> tuple[str, dict[int, int]]:
    """Fold white space as the pipeline does; map raw offsets (into the file) to the result."""
    out: list[str] = []
    mapping: dict[int, int] = {}
    pending = False
    for index, char in enumerate(raw):
        if char.isspace():
            pending = bool(out)
            mapping[offset + index] = len(out)
            continue
        if pending:
            out.append(" ")
            pending = False
        mapping[offset + index] = len(out)
        out.append(char)
    mapping[offset + len(raw)] = len(out)
    return "".join(out), mapping


def _paragraphs(text: str) -> tuple[list[str], list[tuple[int, int, dict[int, int]]]]:
    """The body paragraphs (one per line after the title line) and their raw extents."""
    paragraphs: list[str] = []
    extents: list[tuple[int, int, dict[int, int]]] = []
    position = 0
    for number, line in enumerate(text.split("\n")):
        start, position = position, position + len(line) + 1
        if number == 0 or not line.strip():
            continue
        normalised, mapping = _normalise(line, start)
        paragraphs.append(normalised)
        extents.append((start, start + len(line), mapping))
    return paragraphs, extents


def _read_ann(path: Path) -> list[tuple[list[tuple[int, int]], str]]:
    """The (Content fragments, Source surface) of every attribution in a brat file."""
    spans: dict[str, tuple[str, list[tuple[int, int]], str]] = {}
    relations: list[dict[str, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        fields = line.split("\t")
        if line.startswith("T") and len(fields) >= 3:
            label, _, where = fields[1].partition(" ")
            fragments = [(int(a), int(b)) for a, b in _SPAN_RE.findall(where)]
            spans[fields[0]] = (label, fragments, fields[2])
        elif line.startswith("E") and len(fields) >= 2:
            relations.append(dict(part.split(":", 1) for part in fields[1].split() if ":" in part))
    found: list[tuple[list[tuple[int, int]], str]] = []
    for relation in relations:
        content = spans.get(relation.get("Content", ""))
        source = spans.get(relation.get("Source", ""))
        if content is not None:
            found.append((content[1], "" if source is None else source[2]))
    return found


def _opens(text: str, index: int, inside: bool) -> bool:
    """Whether the mark at ``index`` opens: by its neighbours, then its shape, then the state."""
    before = text[index - 1] if index > 0 else " "
    after = text[index + 1] if index + 1 < len(text) else " "
    left, right = before.isspace() or before in "([—-", after.isspace() or after in ".,;:!?)]—-"
    if left != right:
        return left
    return text[index] in _OPENERS or (text[index] not in "”»" and not inside)


def _segments(text: str, lo: int, hi: int, line_end: int) -> Iterator[tuple[int, int]]:
    """Quotation-mark-delimited segments of ``text[lo:hi]`` (raw offsets), marks excluded."""
    lo = lo - 1 if lo > 0 and text[lo - 1] in _MARKS else lo
    hi = hi + 1 if hi < len(text) and text[hi] in _MARKS else hi
    open_at = -1
    for index in range(lo, hi):
        char = text[index]
        if char not in _MARKS:
            continue
        opening = _opens(text, index, open_at >= 0)
        if opening:
            open_at = index
        elif open_at >= 0:
            yield open_at + 1, index
            open_at = -1
    if open_at >= 0 and hi >= line_end - 1:
        yield open_at + 1, line_end


def _gold(text: str, extents: Sequence[tuple[int, int, dict[int, int]]], ann: Path) -> list[Gold]:
    gold: dict[tuple[int, int, int], Gold] = {}
    for fragments, source in _read_ann(ann):
        for number, (start, end, mapping) in enumerate(extents):
            inside = [(lo, hi) for lo, hi in fragments if lo < end and hi > start]
            if inside:
                # A Content's fragments within one paragraph (sentence by sentence) are one span.
                lo = max(start, min(lo for lo, _ in inside))
                hi = min(end, max(hi for _, hi in inside))
                for a, b in _segments(text, lo, hi, end):
                    if text[a:b].strip():
                        key = (number, mapping[a], mapping[b])
                        gold.setdefault(key, Gold(number, mapping[a], mapping[b], source))
    return sorted(gold.values(), key=lambda g: (g.paragraph, g.start))


def load(split: str) -> Iterator[Article]:
    """Every article of a split, with the first annotator's gold quotations."""
    folder = POLNEAR / split
    anns: dict[str, Path] = {}
    for path in sorted((folder / "attributions").glob("*.ann")):
        anns.setdefault(path.stem.rsplit("_", 1)[0], path)
    for path in sorted((folder / "text").glob("*.txt")):
        ann = anns.get(path.stem)
        if ann is None:
            continue
        text = path.read_text(encoding="utf-8")
        paragraphs, extents = _paragraphs(text)
        yield Article(path.stem, tuple(paragraphs), tuple(_gold(text, extents, ann)))


def _norm(value: str) -> str:
    value = _SPACE_RE.sub(" ", _NORM_RE.sub(" ", value.lower())).strip()
    return value.removeprefix("the ")


def speaker_ok(mention: str | None, speaker: str | None, source: str) -> bool:
    """Whether a detected attribution agrees with the annotated Source."""
    gold = _norm(source)
    if not gold:
        return False
    if mention is not None and _norm(mention) == gold:
        return True
    if speaker is None or not _norm(speaker):
        return False
    said = _norm(speaker)
    head = _norm(source.split(",", 1)[0])  # the Source without its appositive
    return any(f" {said} " in f" {g} " or f" {g} " in f" {said} " for g in (gold, head) if g)


def name_carried(speaker: str | None, source: str) -> bool:
    """Whether the speaker carries the Source's name: every capitalised word of the Source
    (its opening determiner aside) is a word of the speaker ("an angry Hollande" / "François
    Hollande", "Ryan’s" / "Paul Ryan")."""
    words = _NAME_WORD_RE.findall(source.split(",", 1)[0])
    names = {word for word in words if word not in _DETERMINERS}
    return bool(speaker and names) and names <= set(_NAME_WORD_RE.findall(speaker or ""))


@attrs.define
class Tally:
    articles: int = 0
    gold: int = 0
    found: int = 0
    hits: int = 0
    speakers: int = 0
    names: int = 0
    seconds: float = 0.0

    def row(self, name: str) -> str:
        precision = self.hits / self.found if self.found else 0.0
        recall = self.hits / self.gold if self.gold else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        accuracy = self.speakers / self.hits if self.hits else 0.0
        carried = self.names / self.hits if self.hits else 0.0
        micros = 1e6 * self.seconds / self.articles if self.articles else 0.0
        rate = self.found / self.seconds if self.seconds else 0.0
        return (
            f"{name:<8}{self.articles:>6}{self.gold:>7}{self.found:>7}{precision:>7.3f}"
            f"{recall:>7.3f}{f1:>7.3f}{accuracy:>9.3f}{carried:>7.3f}{micros:>10.0f}{rate:>11.0f}"
        )


def measure(articles: Sequence[Article], tally: Tally, verbose: bool) -> None:
    """Run ``find_quotes`` on every article and add the scores to ``tally``."""
    for article in articles:
        began = time.perf_counter()
        quotes = find_quotes(article.paragraphs)
        tally.seconds += time.perf_counter() - began
        gold = {(g.paragraph, g.start, g.end): g for g in article.gold}
        tally.articles += 1
        tally.gold += len(gold)
        tally.found += len(quotes)
        for quote in quotes:
            match = gold.pop((quote.paragraph, quote.start, quote.end), None)
            if match is None:
                if verbose:
                    text = article.paragraphs[quote.paragraph]
                    context = text[max(0, quote.start - 100) : quote.end + 50]
                    print(f"FP {article.name} {quote.paragraph}: {context!r}")
                continue
            tally.hits += 1
            if speaker_ok(quote.mention, quote.speaker, match.source):
                tally.speakers += 1
                tally.names += 1
            elif name_carried(quote.speaker, match.source):
                tally.names += 1
            elif verbose:
                print(f"SPK {quote.mention!r}/{quote.speaker!r} vs {match.source!r}")
        if verbose:
            for g in gold.values():
                text = article.paragraphs[g.paragraph]
                context = text[max(0, g.start - 120) : g.end + 50]
                print(f"FN {article.name} {g.paragraph}: {context!r}")


def _texts(corpus: str, limit: int | None) -> list[str]:
    """The raw texts of a corpus as ``parse_text`` takes them."""
    if corpus == "bbc":
        paths = sorted(BBC.glob("*/*.txt"))[:limit]
        return [path.read_bytes().decode("latin-1") for path in paths]
    paths = [p for split in SPLITS for p in sorted((POLNEAR / split / "text").glob("*.txt"))]
    return [path.read_text(encoding="utf-8") for path in paths[:limit]]


def _timed(spent: list[float]) -> Callable[[Sequence[str]], tuple[Quote, ...]]:
    """``find_quotes`` that adds the seconds it takes to ``spent[0]``."""

    def timed(paragraphs: Sequence[str]) -> tuple[Quote, ...]:
        began = time.perf_counter()
        try:
            return find_quotes(paragraphs)
        finally:
            spent[0] += time.perf_counter() - began

    return timed


def speed(corpus: str, limit: int | None, rounds: int) -> str:
    """One row: articles, rest-of-parse and quotes time per article, and their ratio."""
    texts = _texts(corpus, limit)
    best: tuple[float, float] | None = None
    original = getattr(pipeline, "find_quotes")  # noqa: B009 - patched below, and restored
    try:
        for _ in range(rounds):
            spent = [0.0]
            setattr(pipeline, "find_quotes", _timed(spent))  # noqa: B010
            began = time.perf_counter()
            for text in texts:
                articlekit.parse_text(text)
            total = time.perf_counter() - began
            row = (total - spent[0], spent[0])
            if best is None or row[1] / row[0] < best[1] / best[0]:
                best = row
    finally:
        setattr(pipeline, "find_quotes", original)  # noqa: B010
    assert best is not None
    rest, quotes = (1e6 * value / max(len(texts), 1) for value in best)
    return f"{corpus:<8}{len(texts):>6}{rest:>10.0f}{quotes:>10.0f}{quotes / rest:>8.2f}"


def main(argv: Sequence[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n", 1)[0])
    parser.add_argument("-v", action="store_true", help="list every error (FP, FN, SPK)")
    parser.add_argument("--speed", action="store_true", help="time quotes against the parse")
    parser.add_argument("--limit", type=int, default=None, help="texts per corpus (--speed)")
    parser.add_argument("--rounds", type=int, default=3, help="rounds, best kept (--speed)")
    args = parser.parse_args(argv)
    if not POLNEAR.is_dir():
        print(f"skipped: PolNeAR not found at {POLNEAR}")
        return 0
    if args.speed:
        print("parse_text, us per article: the rest of the parse, find_quotes, their ratio")
        print(f"{'corpus':<8}{'docs':>6}{'rest':>10}{'quotes':>10}{'ratio':>8}")
        for corpus in ("bbc", "polnear"):
            if corpus == "polnear" or BBC.is_dir():
                print(speed(corpus, args.limit, args.rounds))
        return 0
    verbose = args.v
    print("PolNeAR, first annotator per file; exact-offset match")
    print(
        f"{'split':<8}{'docs':>6}{'gold':>7}{'found':>7}{'P':>7}{'R':>7}{'F1':>7}"
        f"{'speaker':>9}{'+name':>7}{'us/doc':>10}{'quotes/s':>11}"
    )
    total = Tally()
    for split in SPLITS:
        articles = list(load(split))
        tally = Tally()
        measure(articles, tally, verbose)
        print(tally.row(split))
        for field in ("articles", "gold", "found", "hits", "speakers", "names", "seconds"):
            setattr(total, field, getattr(total, field) + getattr(tally, field))
    print(total.row("all"))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
