"""Quality gate: accuracy on a fixed subset of the evaluation corpora must not fall below the
floors pinned in ``tests/floors.json`` (accuracy only, never timings).

The subset is the first :data:`GATE_PAGES` pages of each set, sorted by name, read through
:func:`articlekit.parse_html`. The floors were set a little below the figures measured when they
were pinned; raise them when the library gets better, never lower them to make a change pass.
Skipped, with the reason, where ``../shared/data`` is absent.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path

import attrs
import pytest

import articlekit

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

import corpora  # noqa: E402

#: Pages per set in the gate: enough to notice a regression, few enough to run in seconds.
GATE_PAGES = 30

FLOORS: dict[str, dict[str, float]] = {
    name: floors
    for name, floors in json.loads((ROOT / "tests" / "floors.json").read_text()).items()
    if not name.startswith("_")
}

pytestmark = pytest.mark.skipif(
    not corpora.available(),
    reason=f"the evaluation corpora are not at {corpora.DATA_DIR} (they live outside the repo)",
)


def _day(value: dt.date | None) -> str | None:
    return value.isoformat()[:10] if value is not None else None


#: The counts a tally keeps.
COUNTS: tuple[str, ...] = (
    "titled", "heads", "dated", "dates", "with_total", "with_found", "without_total",
    "without_found",
)


@attrs.define
class Tally:
    """Running counts for one set."""

    pairs: list[tuple[float, float]] = attrs.Factory(list)
    leaks: list[float] = attrs.Factory(list)
    counts: dict[str, int] = attrs.Factory(lambda: dict.fromkeys(COUNTS, 0))

    def add(self, page: corpora.Page, article: articlekit.Article) -> None:
        body = article.text
        if page.body is not None:
            self.pairs.append(corpora.precision_recall(body, page.body))
        if page.comments.strip():
            self.leaks.append(corpora.shared_share(page.comments, body))
        if page.headline:
            self.counts["titled"] += 1
            self.counts["heads"] += corpora.headline_matches(article.headline, page.headline)
        if page.published:
            self.counts["dated"] += 1
            self.counts["dates"] += _day(article.published) == page.published[:10]
        self.counts["with_total"] += len(page.with_snippets)
        self.counts["with_found"] += sum(s in body for s in page.with_snippets)
        self.counts["without_total"] += len(page.without_snippets)
        self.counts["without_found"] += sum(s in body for s in page.without_snippets)

    def figures(self) -> dict[str, float]:
        out: dict[str, float] = {}
        if self.pairs:
            out["body_f1"] = corpora.f1_of_means(self.pairs)[2]
        if self.leaks:
            out["comments_leak"] = sum(self.leaks) / len(self.leaks)
        for name, (part, whole) in RATIOS.items():
            if self.counts[whole]:
                out[name] = self.counts[part] / self.counts[whole]
        return out


#: Figures that are one count over another.
RATIOS = {
    "headline": ("heads", "titled"),
    "date": ("dates", "dated"),
    "with_share": ("with_found", "with_total"),
    "without_share": ("without_found", "without_total"),
}


def measure(corpus: str, limit: int = GATE_PAGES) -> dict[str, float]:
    """The gate's figures for one set: body F1, headline and date accuracy, snippets, leaks."""
    tally = Tally()
    for page in corpora.load(corpus, limit):
        tally.add(page, articlekit.parse_html(page.html))
    return tally.figures()


#: Figures where lower is better: the floor is a ceiling.
CEILINGS = frozenset({"comments_leak", "without_share"})


@pytest.mark.parametrize("corpus", sorted(FLOORS))
def test_accuracy_floors(corpus: str) -> None:
    figures = measure(corpus)
    failures = []
    for metric, floor in sorted(FLOORS[corpus].items()):
        value = figures[metric]
        if metric in CEILINGS and value > floor:
            failures.append(f"{metric} {value:.3f} is above its ceiling {floor:.3f}")
        elif metric not in CEILINGS and value < floor:
            failures.append(f"{metric} {value:.3f} is below its floor {floor:.3f}")
    assert not failures, f"{corpus}: " + "; ".join(failures)
