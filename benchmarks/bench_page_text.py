"""Whole-page text: parse_text on web pages flattened to text, scored against each set's gold.

Run from the repository root: ``python benchmarks/bench_page_text.py [--limit N]``.

Each HTML page of ``../shared/data`` (L3S-GN1, Dragnet train, CleanPortalEval, the real-site
mozilla-readability pages, trafilatura-eval-en) is turned into whole-page text with a plain,
block-preserving conversion: every block element on its own line, scripts and styles dropped,
nothing else removed (as ``lynx -dump`` or Common Crawl's WET files keep it). Then
:func:`articlekit.parse_text` reads it, and the body is scored as the Scrapinghub benchmark
scores it (word 4-gram shingles; mean precision, mean recall, F1 of the means). The baseline row
scores the whole page text as the body. Not part of the test suite.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path

from lxml import etree
from lxml import html as lxml_html

import articlekit

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpora import (
    DATA_DIR,
    Page,
    f1_of_means,
    load,
    normalise_space,
    precision_recall,
)

#: Elements that start and end a line in the flattened text.
BLOCK_TAGS = frozenset(
    [
        "address",
        "article",
        "aside",
        "blockquote",
        "body",
        "br",
        "caption",
        "dd",
        "details",
        "dialog",
        "div",
        "dl",
        "dt",
        "fieldset",
        "figcaption",
        "figure",
        "footer",
        "form",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hr",
        "li",
        "main",
        "nav",
        "ol",
        "p",
        "pre",
        "section",
        "summary",
        "table",
        "tbody",
        "td",
        "tfoot",
        "th",
        "thead",
        "tr",
        "ul",
        "option",
        "select",
        "textarea",
        "button",
        "label",
        "title",
    ]
)

#: Elements whose content is not text a reader sees.
DROPPED_TAGS = ("script", "style")

SETS = ("l3s-gn1", "dragnet", "cleanportaleval", "mozilla", "trafilatura-eval")


def _parse(page: bytes) -> etree._Element | None:
    try:
        text = page.decode("utf-8")
    except UnicodeDecodeError:
        text = page.decode("cp1252", errors="replace")
    try:
        return lxml_html.fromstring(text)
    except ValueError:  # a str with an XML encoding declaration: let lxml decode the bytes
        return lxml_html.fromstring(page)
    except etree.ParserError:
        return None


def _is_block(element: etree._Element) -> bool:
    return isinstance(element.tag, str) and element.tag.lower() in BLOCK_TAGS


def page_text(page: bytes) -> str:
    """The page flattened to text: one line per block element, white space folded per line."""
    root = _parse(page)
    if root is None:
        return ""
    etree.strip_elements(root, *DROPPED_TAGS, with_tail=False)
    lines: list[str] = []
    current: list[str] = []

    def flush() -> None:
        line = " ".join(" ".join(current).split())
        if line:
            lines.append(line)
        current.clear()

    for event, element in etree.iterwalk(root, events=("start", "end")):
        if _is_block(element):
            flush()
        if event == "start" and isinstance(element.tag, str) and element.text:
            current.append(element.text)
        elif event == "end" and element.tail:
            current.append(element.tail)
    flush()
    return "\n".join(lines) + "\n"


def _body_pairs(
    pages: list[Page], texts: list[str], body_of: Callable[[str], str]
) -> list[tuple[float, float]]:
    return [
        precision_recall(body_of(text), page.body or "")
        for page, text in zip(pages, texts, strict=True)
    ]


def _snippets(pages: list[Page], bodies: list[str]) -> str:
    found_with = sum(
        normalise_space(s) in normalise_space(b)
        for p, b in zip(pages, bodies, strict=True)
        for s in p.with_snippets
    )
    found_without = sum(
        normalise_space(s) in normalise_space(b)
        for p, b in zip(pages, bodies, strict=True)
        for s in p.without_snippets
    )
    total_with = sum(len(p.with_snippets) for p in pages)
    total_without = sum(len(p.without_snippets) for p in pages)
    return f"with {found_with}/{total_with}, without {found_without}/{total_without}"


_QUOTE_MARKS = str.maketrans(dict.fromkeys('‘’“”`´"?', "'"))


def _headline_key(headline: str | None) -> str:
    """A headline for an exact comparison: white space folded, and every quotation mark (and
    the ``?`` that L3S-GN1's annotated copy put in place of curly ones) the same."""
    return normalise_space(headline).translate(_QUOTE_MARKS)


def _scored_text(name: str, article: articlekit.Article) -> str:
    """The text scored against the gold: Dragnet's gold is a browser copy of the whole story,
    headline and byline included, so they are scored with the body there."""
    if name != "dragnet":
        return article.text
    head = [part for part in (article.headline, article.byline) if part]
    return "\n\n".join([*head, article.text])


def bench_set(name: str, limit: int | None) -> list[str]:
    pages = load(name, limit)
    texts = [page_text(page.html) for page in pages]
    started = time.perf_counter()
    articles = [articlekit.parse_text(text) for text in texts]
    elapsed = time.perf_counter() - started
    megabytes = sum(len(t) for t in texts) / 1e6
    rows = [
        f"{name}: {len(pages)} pages, {megabytes:.1f} MB of text, "
        f"{len(pages) / elapsed:,.0f} pages/s"
    ]
    bodies = [_scored_text(name, a) for a in articles]
    if name == "trafilatura-eval":
        rows.append(f"  whole page    {_snippets(pages, texts)}")
        rows.append(f"  articlekit    {_snippets(pages, bodies)}")
    else:
        base = f1_of_means(_body_pairs(pages, texts, lambda t: t))
        ours = f1_of_means(
            [precision_recall(b, p.body or "") for p, b in zip(pages, bodies, strict=True)]
        )
        rows.append(f"  whole page    P {base[0]:.3f}  R {base[1]:.3f}  F1 {base[2]:.3f}")
        rows.append(f"  articlekit    P {ours[0]:.3f}  R {ours[1]:.3f}  F1 {ours[2]:.3f}")
    with_gold = [(p, a) for p, a in zip(pages, articles, strict=True) if p.headline]
    if with_gold:
        exact = sum(_headline_key(a.headline) == _headline_key(p.headline) for p, a in with_gold)
        rows.append(f"  headline exact {100 * exact / len(with_gold):.1f}% of {len(with_gold)}")
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--limit", type=int, default=None, help="pages per set")
    parser.add_argument("--sets", nargs="*", default=list(SETS), choices=SETS)
    args = parser.parse_args()
    if not DATA_DIR.is_dir():
        print(f"skipped: {DATA_DIR} is absent")
        return 0
    for name in args.sets:
        for row in bench_set(name, args.limit):
            print(row, flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
