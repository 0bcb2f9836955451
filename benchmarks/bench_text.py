"""Plain-text parsing on Reuters-21578 and the BBC News set: accuracy and speed.

Run from the repository root: ``python benchmarks/bench_text.py [--limit N]``. Reads the corpora
in place from ``../shared/data`` (never copied) and prints a table. Not part of the test suite.

Reuters-21578 (``TEXT TYPE`` NORM records with a title, a dateline and a body): the text given
to :func:`articlekit.parse_text` is the wire copy as printed, ``TITLE`` on the first line, then
the dateline and the hard-wrapped body with its ``Reuter`` sign-off. Scored: headline exact,
dateline location exact, body F1 of word 4-gram shingles against the body without its sign-off,
and the sign-off in ``boilerplate`` and not in the body.

BBC (line 1 the headline, then blank-line paragraphs): headline exact and the paragraph list
exactly equal.
"""

from __future__ import annotations

import argparse
import html
import re
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import attrs

import articlekit

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpora import DATA_DIR, f1_of_means, precision_recall

_RECORD_RE = re.compile(r"<REUTERS(.*?)</REUTERS>", re.DOTALL)
_FIELD_RE = {
    name: re.compile(rf"<{name}>(.*?)</{name}>", re.DOTALL)
    for name in ("TITLE", "DATELINE", "BODY")
}
_TEXT_TYPE_RE = re.compile(r'<TEXT TYPE="(\w+)"')
_SIGN_OFF_RE = re.compile(r"\s*\b(?:reuter|more)\s*$", re.IGNORECASE)
#: The place of a gold dateline: what stands before ", Feb 26 -" (any case, "2 March" too).
_LOCATION_RE = re.compile(
    r"^\s*(.*?),?\s+(?:[a-z]{3,}\.?\s+\d{1,2}|\d{1,2}\s+[a-z]{3,})\s*-", re.IGNORECASE
)


@attrs.frozen
class Wire:
    """One Reuters-21578 story as wire copy and its gold parts."""

    text: str
    headline: str
    location: str
    body: str
    signed: bool


def _field(record: str, name: str) -> str | None:
    match = _FIELD_RE[name].search(record)
    return None if match is None else html.unescape(match.group(1))


def reuters(limit: int | None = None) -> Iterator[Wire]:
    """The NORM stories of reut2-000..010 that have a title, a dateline and a body."""
    count = 0
    for path in sorted((DATA_DIR / "reuters21578").glob("reut2-0*.sgm")):
        for record in _RECORD_RE.findall(path.read_text(encoding="latin-1")):
            type_match = _TEXT_TYPE_RE.search(record)
            if type_match is not None and type_match.group(1) != "NORM":
                continue
            title, dateline, body = (_field(record, n) for n in ("TITLE", "DATELINE", "BODY"))
            if not (title and dateline and body):
                continue
            location = _LOCATION_RE.match(dateline)
            sign_off = _SIGN_OFF_RE.search(body)
            yield Wire(
                text=f"{title}\n{dateline}{body}",
                headline=" ".join(title.split()),
                location=location.group(1).strip() if location else dateline.strip(),
                body=body[: sign_off.start()] if sign_off else body,
                signed=sign_off is not None and "reuter" in sign_off.group(0).lower(),
            )
            count += 1
            if limit is not None and count >= limit:
                return


def bbc(limit: int | None = None) -> Iterator[tuple[str, str, tuple[str, ...]]]:
    """(text, headline, paragraphs) for each BBC article."""
    paths = sorted((DATA_DIR / "bbc").glob("*/*.txt"))
    for path in paths[:limit]:
        text = path.read_bytes().decode("latin-1")
        blocks = [" ".join(b.split()) for b in re.split(r"\n\s*\n", text) if b.strip()]
        if len(blocks) >= 2:
            yield text, blocks[0], tuple(blocks[1:])


def _share(hits: int, total: int) -> str:
    return f"{100 * hits / max(total, 1):.2f}%"


def bench_reuters(limit: int | None) -> list[str]:
    stories = list(reuters(limit))
    headline = location = signed = signed_ok = 0
    pairs: list[tuple[float, float]] = []
    started = time.perf_counter()
    articles = [articlekit.parse_text(story.text) for story in stories]
    elapsed = time.perf_counter() - started
    for story, article in zip(stories, articles, strict=True):
        headline += article.headline == story.headline
        location += article.dateline is not None and article.dateline.location == story.location
        pairs.append(precision_recall(article.text, story.body))
        if story.signed:
            signed += 1
            tail = article.paragraphs[-1] if article.paragraphs else ""
            in_boilerplate = any(b.lower().startswith("reuter") for b in article.boilerplate)
            signed_ok += in_boilerplate and not tail.lower().endswith("reuter")
    precision, recall, f1 = f1_of_means(pairs)
    return [
        f"Reuters-21578 NORM stories: {len(stories)}",
        f"  headline exact            {_share(headline, len(stories))}",
        f"  dateline location exact   {_share(location, len(stories))}",
        f"  body shingles P/R/F1      {precision:.4f} / {recall:.4f} / {f1:.4f}",
        f"  sign-off in boilerplate   {_share(signed_ok, signed)} of {signed}",
        f"  speed                     {len(stories) / elapsed:,.0f} articles/s",
    ]


def bench_bbc(limit: int | None) -> list[str]:
    items = list(bbc(limit))
    started = time.perf_counter()
    articles = [articlekit.parse_text(text) for text, _, _ in items]
    elapsed = time.perf_counter() - started
    headline = sum(a.headline == h for a, (_, h, _) in zip(articles, items, strict=True))
    exact = sum(a.paragraphs == p for a, (_, _, p) in zip(articles, items, strict=True))
    no_dateline = sum(a.dateline is None for a in articles)
    return [
        f"BBC articles: {len(items)}",
        f"  headline exact            {_share(headline, len(items))}",
        f"  paragraphs exactly equal  {_share(exact, len(items))}",
        f"  no false dateline         {_share(no_dateline, len(items))}",
        f"  speed                     {len(items) / elapsed:,.0f} articles/s",
    ]


def bench_linear() -> list[str]:
    """Parse time of 1 MB and 10 MB of text: the ratio should be close to 10."""
    story = next(reuters(1)).text
    one = story * (1_000_000 // len(story))
    timings = []
    for text in (one, one * 10):
        started = time.perf_counter()
        articlekit.parse_text(text)
        timings.append(time.perf_counter() - started)
    return [
        f"Linearity: 1 MB {timings[0]:.2f} s, 10 MB {timings[1]:.2f} s, "
        f"ratio {timings[1] / timings[0]:.1f}"
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--limit", type=int, default=None, help="stories per corpus")
    args = parser.parse_args()
    if not DATA_DIR.is_dir():
        print(f"skipped: {DATA_DIR} is absent")
        return 0
    print(f"articlekit {articlekit.__version__}")
    for line in bench_reuters(args.limit) + bench_bbc(args.limit) + bench_linear():
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
