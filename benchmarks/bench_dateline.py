"""Measure :func:`articlekit.dateline.split_dateline` on the shared corpora (not part of the tests).

- Reuters-21578 (reut2-000..010): the first paragraph as wire copy prints it, ``<DATELINE>``
  followed by the first paragraph of ``<BODY>``; the place and the day must match the gold
  ``<DATELINE>``, with the year's reference from ``<DATE>``.
- BBC News: no article has a dateline; the first body paragraph must give ``None``.
- The hand-checked real openings of ``tests/cases/datelines/real.jsonl`` (L3S-GN1, PolNeAR).
- Speed: the mean time of one call over all those first paragraphs.

Run ``python benchmarks/bench_dateline.py`` from the repository root. It reads
``../shared/data`` in place and skips (exit 0) when it is absent.
"""

from __future__ import annotations

import datetime as dt
import html
import json
import re
import sys
import time
from collections.abc import Iterator
from pathlib import Path

from articlekit.byline import split_leading_byline
from articlekit.dateline import split_dateline
from articlekit.lexicon import MONTH_DAY_RE

#: Where the corpora live, relative to the repository root (``/work/main`` -> ``/work/shared``).
DATA_DIR = Path(__file__).resolve().parent.parent.parent / "shared" / "data"

#: The floors the issue sets (issue 4): Reuters place and day, BBC no false dateline, speed.
REUTERS_FLOOR = 0.995
BBC_FLOOR = 0.999
MICROSECONDS_CEILING = 20.0
CASES_FLOOR = 0.98

_RECORD_RE = re.compile(r"<REUTERS.*?</REUTERS>", re.DOTALL)
_FIELD_RE = {
    name: re.compile(rf"<{name}>(.*?)</{name}>", re.DOTALL) for name in ("DATE", "DATELINE", "BODY")
}
_GOLD_RE = re.compile(rf"^\W*(?P<place>.*?),?\s*(?P<date>{MONTH_DAY_RE.pattern})", re.DOTALL)
_STAMP_RE = re.compile(r"\d{1,2}-[A-Za-z]{3}-\d{4}")
_PARAGRAPH_BREAK_RE = re.compile(r"\n(?=[ \t]+\S)")


def _field(name: str, record: str) -> str | None:
    match = _FIELD_RE[name].search(record)
    return None if match is None else html.unescape(match.group(1))


def _space(text: str) -> str:
    return " ".join(text.split())


def reuters() -> Iterator[tuple[str, str, int, dt.date]]:
    """(first paragraph, gold place, gold day, reference date) per record with a readable gold
    dateline."""
    for path in sorted((DATA_DIR / "reuters21578").glob("reut2-0*.sgm")):
        for record in _RECORD_RE.findall(path.read_text(encoding="latin-1")):
            dateline, body, date = (_field(name, record) for name in ("DATELINE", "BODY", "DATE"))
            if dateline is None or body is None or date is None:
                continue
            gold = _GOLD_RE.match(dateline.strip())
            if gold is None:
                continue
            first = _PARAGRAPH_BREAK_RE.split(body.strip(), maxsplit=1)[0]
            stamp = _STAMP_RE.search(date)
            if stamp is None:
                continue
            reference = dt.datetime.strptime(stamp.group(0), "%d-%b-%Y").date()
            day = int(gold.group("day") or gold.group("day2"))
            yield _space(dateline + first), _space(gold.group("place")), day, reference


def bbc() -> Iterator[str]:
    """The first body paragraph of every BBC article (line 1 is the headline)."""
    for path in sorted((DATA_DIR / "bbc").glob("*/*.txt")):
        text = path.read_bytes().decode("latin-1")
        blocks = [_space(block) for block in re.split(r"\n\s*\n", text) if block.strip()]
        lines = text.strip().split("\n", 1)
        body_blocks = blocks[1:] if len(blocks) > 1 else []
        if lines and blocks and blocks[0] != _space(lines[0]):  # headline glued to paragraph 1
            body_blocks = [_space(blocks[0][len(_space(lines[0])) :]), *blocks[1:]]
        if body_blocks:
            yield body_blocks[0]


def score_reuters() -> tuple[int, int, list[str]]:
    total = good = 0
    misses: list[str] = []
    for paragraph, place, day, reference in reuters():
        total += 1
        dateline, _ = split_dateline(paragraph, reference)
        got_day = None if dateline is None or dateline.date is None else dateline.date.day
        if dateline is not None and dateline.location == place and got_day == day:
            good += 1
        else:
            misses.append(f"{paragraph[:70]!r} -> {dateline}")
    return good, total, misses


def score_bbc() -> tuple[int, int, list[str]]:
    total = good = 0
    misses: list[str] = []
    for paragraph in bbc():
        total += 1
        dateline, _ = split_dateline(paragraph)
        if dateline is None:
            good += 1
        else:
            misses.append(f"{paragraph[:70]!r} -> {dateline}")
    return good, total, misses


def score_cases() -> tuple[int, int, list[str]]:
    """The hand-checked openings in tests/cases/datelines (known misses count as misses)."""
    path = Path(__file__).resolve().parent.parent / "tests" / "cases" / "datelines" / "real.jsonl"
    total = good = 0
    misses: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        case = json.loads(line)
        total += 1
        reference = case["reference_date"]
        opening = case["opening"]
        glued = split_leading_byline(opening)
        start = glued[2] if glued else 0
        dateline, _ = split_dateline(
            opening[start:], dt.date.fromisoformat(reference) if reference else None
        )
        got = None if dateline is None else dateline.to_dict()
        if got == case["dateline"] and (glued[0] if glued else None) == case.get("byline"):
            good += 1
        else:
            misses.append(f"{opening[:70]!r} -> {got}")
    return good, total, misses


def speed(paragraphs: list[tuple[str, dt.date | None]], rounds: int = 3) -> float:
    """The best of ``rounds`` mean times per call, in microseconds."""
    best = float("inf")
    for _ in range(rounds):
        start = time.perf_counter()
        for paragraph, reference in paragraphs:
            split_dateline(paragraph, reference)
        best = min(best, (time.perf_counter() - start) / len(paragraphs))
    return best * 1e6


def main() -> int:
    if not DATA_DIR.is_dir():
        print(f"skipped: {DATA_DIR} is absent")
        return 0
    verbose = "-v" in sys.argv
    rows = []
    for name, scorer, floor in (("reuters", score_reuters, REUTERS_FLOOR),
                                ("bbc", score_bbc, BBC_FLOOR),
                                ("real", score_cases, CASES_FLOOR)):  # fmt: skip
        good, total, misses = scorer()
        rows.append((name, good, total, good / total if total else 0.0, floor))
        if verbose:
            print("\n".join(misses))
    paragraphs: list[tuple[str, dt.date | None]] = [(p, r) for p, _, _, r in reuters()]
    paragraphs += [(p, None) for p in bbc()]
    micros = speed(paragraphs)
    print(f"{'set':10} {'exact':>7} {'of':>7} {'share':>8} {'floor':>7}")
    for name, good, total, share, floor in rows:
        print(f"{name:10} {good:7d} {total:7d} {share:8.4f} {floor:7.3f}")
    print(f"speed: {micros:.2f} us per call over {len(paragraphs)} first paragraphs "
          f"(ceiling {MICROSECONDS_CEILING:.0f})")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
