"""Benchmark articlekit's HTML reading beside trafilatura, readability-lxml, newspaper4k, goose3
and jusText, on the same pages in the same process.

Usage (from the repository root; the peers are installed into the venv for benchmarks only)::

    PYTHONPATH=src python benchmarks/bench_html.py            # 150 pages per set
    PYTHONPATH=src python benchmarks/bench_html.py --full     # every page
    PYTHONPATH=src python benchmarks/bench_html.py --peers none --sets l3s-gn1,mozilla

Scores: body as the Scrapinghub article-extraction benchmark (word 4-gram shingle multisets;
mean precision, mean recall, F1 of the means); comment leakage (share of the gold comments'
shingles found in the body); trafilatura-eval ``with``/``without`` snippets found in the body;
headline exact (white space normalised) and published date (same day) where the gold has them;
pages per second. Skips, with a message, when ``../shared/data`` is absent.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import io
import multiprocessing
import os
import resource
import sys
import time
from collections.abc import Callable
from multiprocessing.queues import Queue
from pathlib import Path

import attrs

sys.path.insert(0, str(Path(__file__).resolve().parent))

import corpora

#: What an extractor gives: body text, headline, published ISO date (or None), and, for
#: articlekit, the byline it gives as a field of its own.
Extracted = tuple[str, str | None, str | None] | tuple[str, str | None, str | None, str | None]

#: An extractor: page bytes in, what it extracted out.
Extractor = Callable[[bytes], Extracted]

#: Sets whose gold body text starts with the headline (browser copies, CleanEval's <h> blocks).
HEADLINE_IN_GOLD = frozenset({"dragnet", "cleanportaleval"})

#: Sets whose gold body text holds the byline: Dragnet's browser copies do (the byline
#: articlekit finds is in 184 of the 271 golds of pages where it finds one), CleanPortalEval's
#: cleaned blocks do not (1 of 67).
BYLINE_IN_GOLD = frozenset({"dragnet"})

#: Pages each extractor reads, untimed, before a set is timed.
_WARM_UP_PAGES = 3

#: Pages per set unless --full.
DEFAULT_LIMIT = 150


def _iso_day(value: object) -> str | None:
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()[:10]
    return str(value)[:10] if value else None


def articlekit_extractor(reader_only: bool = False) -> Extractor:
    """articlekit through ``parse_html``, or its HTML reader alone (body: the blocks that are
    neither furniture nor the level-1 headline)."""
    from articlekit import parse_html
    from articlekit.dates import parse_date_text
    from articlekit.readers.html import read_html

    # dateparser is imported and built on first use (about a second), by whichever page first
    # has a date only it reads: done here, as the warm-up pages may have none.
    parse_date_text("2:18pm Tuesday 1st January 2008")

    def reader(page: bytes) -> tuple[str, str | None, str | None]:
        blocks, meta = read_html(page, max_size=1 << 28)
        body = "\n\n".join(b.text for b in blocks if not b.furniture and b.heading != 1)
        return body, meta.headline, _iso_day(meta.published)

    def full(page: bytes) -> Extracted:
        # The dateline is the body's opening words, which articlekit gives as a field of its
        # own ("KOBE –"); the peers leave it in the text, and so do the golds.
        article = parse_html(page)
        opening = f"{article.dateline.text} " if article.dateline else ""
        body = opening + article.text
        return body, article.headline, _iso_day(article.published), article.byline

    return reader if reader_only else full


def _decoded(page: bytes) -> str:
    try:
        return page.decode("utf-8")
    except UnicodeDecodeError:
        return page.decode("cp1252", errors="replace")


def trafilatura_extractor() -> Extractor:
    """trafilatura's ``extract()`` with comments left out (its best setting for body text)."""
    import trafilatura

    def run(page: bytes) -> tuple[str, str | None, str | None]:
        return trafilatura.extract(page, include_comments=False) or "", None, None

    return run


def readability_extractor() -> Extractor:
    from lxml import etree
    from lxml import html as lxml_html
    from readability import Document

    def run(page: bytes) -> tuple[str, str | None, str | None]:
        doc = Document(page)
        summary = doc.summary(html_partial=True)
        root = lxml_html.fromstring(summary) if summary.strip() else None
        text = "" if root is None else etree.tostring(root, method="text", encoding="unicode")
        return text, doc.short_title(), None

    return run


def _offline_tldextract() -> None:
    """Make tldextract (used by newspaper4k and goose3) use its bundled suffix list instead of
    fetching one over the network on first use, which hangs on an offline machine."""
    import tldextract
    import tldextract.tldextract as module

    offline = tldextract.TLDExtract(suffix_list_urls=())
    for owner, name in ((module, "TLD_EXTRACTOR"), (module, "extract"), (tldextract, "extract")):
        setattr(owner, name, offline)


def newspaper_extractor() -> Extractor:
    _offline_tldextract()
    import newspaper

    def run(page: bytes) -> tuple[str, str | None, str | None]:
        article = newspaper.Article("http://example.com/a", fetch_images=False)
        article.download(input_html=_decoded(page))
        article.parse()
        return article.text or "", article.title or None, _iso_day(article.publish_date)

    return run


def goose_extractor() -> Extractor:
    _offline_tldextract()
    from goose3 import Goose

    goose = Goose()

    def run(page: bytes) -> tuple[str, str | None, str | None]:
        article = goose.extract(raw_html=_decoded(page))
        return article.cleaned_text or "", article.title or None, None

    return run


def justext_extractor() -> Extractor:
    import justext

    stoplist = justext.get_stoplist("English")

    def run(page: bytes) -> tuple[str, str | None, str | None]:
        paragraphs = justext.justext(page, stoplist)
        return "\n".join(p.text for p in paragraphs if not p.is_boilerplate), None, None

    return run


PEERS: dict[str, Callable[[], Extractor]] = {
    "trafilatura": trafilatura_extractor,
    "readability": readability_extractor,
    "newspaper4k": newspaper_extractor,
    "goose3": goose_extractor,
    "justext": justext_extractor,
}


@attrs.define
class Result:
    """What one extractor did on one set."""

    name: str
    pages: int = 0
    seconds: float = 0.0
    pairs: list[tuple[float, float]] = attrs.Factory(list)
    leaks: list[float] = attrs.Factory(list)
    with_found: int = 0
    with_total: int = 0
    without_found: int = 0
    without_total: int = 0
    headline_right: int = 0
    headline_total: int = 0
    date_right: int = 0
    date_total: int = 0
    date_invented: int = 0
    dates_given: int = 0
    failures: int = 0

    def add(self, page: corpora.Page, out: Extracted) -> None:
        body, headline, published = out[:3]
        byline = out[3] if len(out) > 3 else None
        if self.name == "articlekit" and page.corpus in HEADLINE_IN_GOLD:
            # These golds copy the story as a reader sees it, its headline (and for some its
            # byline) included. articlekit's paragraphs never hold them (each is a field of
            # its own); the peers' text holds them wherever they find them in the content.
            shown = byline if page.corpus in BYLINE_IN_GOLD else None
            body = "\n\n".join(part for part in (headline, shown, body) if part)
        if page.body is not None:
            self.pairs.append(corpora.precision_recall(body, page.body))
        if page.comments.strip():
            self.leaks.append(corpora.shared_share(page.comments, body))
        self.with_total += len(page.with_snippets)
        self.with_found += sum(s in body for s in page.with_snippets)
        self.without_total += len(page.without_snippets)
        self.without_found += sum(s in body for s in page.without_snippets)
        if page.headline and headline is not None:
            self.headline_total += 1
            self.headline_right += corpora.headline_matches(headline, page.headline)
        self.dates_given += published is not None
        if page.corpus in ("mozilla", "trafilatura-eval") and page.published:
            self.date_total += 1
            self.date_right += published == page.published[:10]
        elif page.corpus == "mozilla" and published:
            self.date_invented += 1


def _warm_up(extractor: Extractor, pages: list[corpora.Page]) -> None:
    with contextlib.suppress(Exception), contextlib.redirect_stderr(io.StringIO()):
        for page in pages[:_WARM_UP_PAGES]:
            extractor(page.html)


def run(name: str, extractor: Extractor, pages: list[corpora.Page]) -> Result:
    """Run one extractor over the pages, timing only the extraction, after a few untimed
    calls (lazy imports and first-use set-up, such as dateparser's, are no per-page cost)."""
    result = Result(name=name, pages=len(pages))
    _warm_up(extractor, pages)
    for page in pages:
        start = time.perf_counter()
        try:
            with contextlib.redirect_stderr(io.StringIO()):
                out = extractor(page.html)
        except Exception:  # a peer's crash is a failed page, not a failed run
            out = ("", None, None)
            result.failures += 1
        result.seconds += time.perf_counter() - start
        result.add(page, out)
    return result


def _row(result: Result) -> list[str]:
    p, r, f = corpora.f1_of_means(result.pairs)
    body = f"{p:.3f} {r:.3f} {f:.3f}" if result.pairs else "-"
    leak = f"{100 * sum(result.leaks) / len(result.leaks):.1f}%" if result.leaks else "-"
    snippets = (
        f"{result.with_found}/{result.with_total} {result.without_found}/{result.without_total}"
        if result.with_total else "-"
    )
    head = (f"{result.headline_right / result.headline_total:.0%}"
            if result.headline_total else "-")
    date = (f"{result.date_right / result.date_total:.0%} +{result.date_invented}"
            if result.date_total and result.dates_given else "-")
    speed = f"{result.pages / result.seconds:.0f}" if result.seconds else "-"
    return [result.name, body, leak, snippets, head, date, speed, str(result.failures)]


HEADER = ["extractor", "body P R F1", "comments", "with / without", "headline", "date",
          "pages/s", "errors"]


def table(rows: list[list[str]]) -> str:
    """The results as a reStructuredText simple table."""
    widths = [max(len(r[i]) for r in [HEADER, *rows]) for i in range(len(HEADER))]
    rule = "  ".join("=" * w for w in widths)
    lines = [rule, "  ".join(h.ljust(w) for h, w in zip(HEADER, widths, strict=True)), rule]
    lines += ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)) for r in rows]
    lines = [line.rstrip() for line in lines]
    return "\n".join([*lines, rule])


def _rss_mb() -> float:
    """The process's resident memory now, in MiB (Linux)."""
    with open("/proc/self/statm") as statm:
        pages = int(statm.read().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE") / 2**20


def _peak_child(name: str, reader_only: bool, pages: list[corpora.Page], out: Queue[float]) -> None:
    before = _rss_mb()
    extractor = articlekit_extractor(reader_only) if name == "articlekit" else PEERS[name]()
    for page in pages:
        with contextlib.suppress(Exception):
            extractor(page.html)
    out.put(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024 - before)


def peak_memory(name: str, reader_only: bool, pages: list[corpora.Page]) -> float:
    """Peak memory growth, in MiB, of one extractor (imports included) over the pages, measured
    in a forked child so that the extractors do not share a high-water mark."""
    context = multiprocessing.get_context("fork")
    queue: Queue[float] = context.Queue()
    child = context.Process(target=_peak_child, args=(name, reader_only, pages, queue))
    child.start()
    result = queue.get()
    child.join()
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--sets", default=",".join(corpora.HTML_SETS))
    parser.add_argument("--limit", type=int, default=DEFAULT_LIMIT)
    parser.add_argument("--full", action="store_true", help="every page of every set")
    parser.add_argument("--peers", default=",".join(PEERS), help="comma list, or 'none'")
    parser.add_argument("--reader-only", action="store_true",
                        help="articlekit's HTML reader alone, without the shared pipeline")
    parser.add_argument("--memory", action="store_true",
                        help="also measure each extractor's peak memory growth (forked child)")
    parser.add_argument("--verbose", action="store_true", help="print each row when done")
    args = parser.parse_args(argv)
    if not corpora.available():
        print(f"skipped: no evaluation data at {corpora.DATA_DIR}")
        return 0
    limit = None if args.full else args.limit
    peers = [] if args.peers == "none" else [p for p in args.peers.split(",") if p]
    extractors = [("articlekit", articlekit_extractor(args.reader_only))]
    extractors += [(name, PEERS[name]()) for name in peers]
    for corpus in args.sets.split(","):
        pages = corpora.load(corpus, limit)
        rows = []
        for name, extractor in extractors:
            rows.append(_row(run(name, extractor, pages)))
            if args.verbose:
                print(corpus, " | ".join(rows[-1]), flush=True)
        print(f"\n{corpus} ({len(pages)} pages)\n{table(rows)}", flush=True)
        if args.memory:
            names = ["articlekit", *peers]
            growth = [peak_memory(n, args.reader_only, pages) for n in names]
            print("peak memory growth, MiB: " + ", ".join(
                f"{n} {g:.0f}" for n, g in zip(names, growth, strict=True)), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
