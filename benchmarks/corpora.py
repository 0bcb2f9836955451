"""Loaders for the HTML evaluation corpora in ``../shared/data`` and the shingle scorer.

Shared by ``benchmarks/bench_html.py`` and ``tests/test_quality_gate.py``. Nothing here copies a
page anywhere: the corpora are read in place (see ``../shared/data/README.md`` for licences).
"""

from __future__ import annotations

import collections
import gzip
import html
import json
import re
from collections.abc import Iterator
from pathlib import Path

import attrs
from lxml import etree
from lxml import html as lxml_html

#: Where the corpora live, relative to the repository root (``/work/main`` -> ``/work/shared``).
DATA_DIR = Path(__file__).resolve().parent.parent.parent / "shared" / "data"

#: The HTML sets, in the order the benchmark table shows them.
HTML_SETS = ("l3s-gn1", "dragnet", "cleanportaleval", "mozilla", "trafilatura-eval")

#: The mozilla-readability cases smaller than this are the project's synthetic unit tests
#: (``001`` .. ``005``, ``replace-brs``, ``rtl-1``, ...): every real-site page is larger.
MOZILLA_REAL_MIN_BYTES = 20_000

_DRAGNET_COMMENTS = "!@#$%^&*()  COMMENTS"
_TOKEN_RE = re.compile(r"\w+")
_L3S_SPAN_RE = re.compile(r"x-nc-sel(\d)")
_CPE_TAG_RE = re.compile(r"^\s*<(?:h|p|l)>", re.MULTILINE)


@attrs.frozen
class Page:
    """One evaluation page and what its annotation says about it."""

    corpus: str
    name: str
    html: bytes
    body: str | None = None
    headline: str | None = None
    published: str | None = None
    comments: str = ""
    with_snippets: tuple[str, ...] = ()
    without_snippets: tuple[str, ...] = ()


def available() -> bool:
    """Whether the shared corpora are present next to the repository."""
    return DATA_DIR.is_dir()


def _read(path: Path) -> bytes:
    data = path.read_bytes()
    return gzip.decompress(data) if path.suffix == ".gz" else data


def _text_file(path: Path) -> str:
    """A gold text file: UTF-16 where it has a byte-order mark (some Dragnet files), else UTF-8."""
    data = path.read_bytes()
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace")
    return data.decode("utf-8-sig", errors="replace")


def _l3s_label(element: etree._Element | None) -> int | None:
    while element is not None:
        match = _L3S_SPAN_RE.fullmatch(element.get("class") or "")
        if match:
            return int(match.group(1))
        element = element.getparent()
    return None


def _l3s_labelled(annotated: bytes) -> dict[int, list[str]]:
    """Text of an L3S-GN1 annotated page by label: each text node counts once, under the
    innermost labelled span around it (labelled spans nest)."""
    root = lxml_html.fromstring(annotated)
    etree.strip_elements(root, "script", "style", with_tail=False)
    out: dict[int, list[str]] = collections.defaultdict(list)
    nodes = root.xpath("//text()")
    for node in nodes if isinstance(nodes, list) else []:
        if not isinstance(node, etree._ElementUnicodeResult):
            continue
        parent = node.getparent()
        owner = parent.getparent() if node.is_tail and parent is not None else parent
        label = _l3s_label(owner)
        if label is not None:
            out[label].append(str(node))
    return out


def l3s(limit: int | None = None) -> Iterator[Page]:
    """L3S-GN1: body is label 2 (full text), headline label 1, comments label 5.

    The annotated copy replaced some curly quotes with ``?``; the scorer tokenises on word
    characters, so ``?`` and ``’`` split words identically and the text needs no repair.
    """
    folder = DATA_DIR / "l3s-gn1"
    for path in sorted((folder / "annotated").glob("*.html.gz"))[:limit]:
        labelled = _l3s_labelled(_read(path))
        heads = [" ".join(t.split()) for t in labelled.get(1, []) if t.strip()]
        yield Page(
            corpus="l3s-gn1",
            name=path.name,
            html=_read(folder / "original" / path.name),
            body="\n".join(labelled.get(2, [])),
            headline=heads[0] if heads else None,
            comments="\n".join(labelled.get(5, [])),
        )


def dragnet(limit: int | None = None) -> Iterator[Page]:
    """Dragnet train: the gold text before the COMMENTS marker; the comments after it."""
    folder = DATA_DIR / "dragnet-train"
    for path in sorted((folder / "html").glob("*.html.gz"))[:limit]:
        gold_path = folder / "gold" / (path.name.removesuffix(".html.gz") + ".txt")
        if not gold_path.exists():
            continue
        gold = _text_file(gold_path)
        body, _, comments = gold.partition(_DRAGNET_COMMENTS)
        yield Page("dragnet", path.name, _read(path), body=body, comments=comments)


def cleanportaleval(limit: int | None = None) -> Iterator[Page]:
    """CleanPortalEval: the gold blocks (``<h>``, ``<p>``, ``<l>``) after the URL line."""
    folder = DATA_DIR / "cleanportaleval"
    for path in sorted((folder / "input").glob("*.html"))[:limit]:
        gold_path = folder / "GoldStandard" / (path.stem + ".txt")
        if not gold_path.exists():
            continue
        gold = _text_file(gold_path)
        gold = gold.split("\n", 1)[1] if gold.startswith("URL:") else gold
        yield Page("cleanportaleval", path.name, path.read_bytes(),
                   body=html.unescape(_CPE_TAG_RE.sub("", gold)))


def _mozilla_body(expected: bytes) -> str:
    root = lxml_html.fromstring(expected.decode("utf-8", errors="replace"))
    etree.strip_elements(root, "script", "style", with_tail=False)
    return etree.tostring(root, method="text", encoding="unicode")


def mozilla(limit: int | None = None) -> Iterator[Page]:
    """mozilla-readability real-site pages: ``expected.html`` body, metadata title and date."""
    folder = DATA_DIR / "mozilla-readability"
    cases = [p for p in sorted(folder.iterdir()) if (p / "source.html").exists()]
    cases = [p for p in cases if (p / "source.html").stat().st_size >= MOZILLA_REAL_MIN_BYTES]
    for case in cases[:limit]:
        meta = json.loads((case / "expected-metadata.json").read_text(encoding="utf-8"))
        yield Page(
            corpus="mozilla",
            name=case.name,
            html=(case / "source.html").read_bytes(),
            body=_mozilla_body((case / "expected.html").read_bytes()),
            headline=meta.get("title"),
            published=meta.get("publishedTime"),
        )


def trafilatura_eval(limit: int | None = None) -> Iterator[Page]:
    """trafilatura-eval-en: pages with ``with``/``without`` snippets, title and date."""
    folder = DATA_DIR / "trafilatura-eval-en"
    evaldata = json.loads((folder / "evaldata.json").read_text(encoding="utf-8"))
    entries = sorted(evaldata.values(), key=lambda e: str(e["file"]))
    pages = [(e, folder / "html" / (e["file"] + ".gz")) for e in entries]
    for entry, path in [(e, p) for e, p in pages if p.exists()][:limit]:
        yield Page(
            corpus="trafilatura-eval",
            name=path.name,
            html=_read(path),
            headline=entry.get("title"),
            published=entry.get("date"),
            comments="\n".join(entry.get("comments", [])),
            with_snippets=tuple(entry.get("with", [])),
            without_snippets=tuple(entry.get("without", [])),
        )


LOADERS = {
    "l3s-gn1": l3s,
    "dragnet": dragnet,
    "cleanportaleval": cleanportaleval,
    "mozilla": mozilla,
    "trafilatura-eval": trafilatura_eval,
}


def load(corpus: str, limit: int | None = None) -> list[Page]:
    """The first ``limit`` pages of ``corpus`` (sorted by name), all when ``limit`` is None."""
    return list(LOADERS[corpus](limit))


def shingles(text: str, n: int = 4) -> collections.Counter[tuple[str, ...]]:
    """The multiset of word ``n``-gram shingles of ``text`` (lower-cased ``\\w+`` tokens)."""
    tokens = _TOKEN_RE.findall(text.lower())
    if len(tokens) < n:
        return collections.Counter([tuple(tokens)]) if tokens else collections.Counter()
    return collections.Counter(tuple(tokens[i : i + n]) for i in range(len(tokens) - n + 1))


def precision_recall(predicted: str, gold: str) -> tuple[float, float]:
    """Shingle precision and recall as the Scrapinghub article-extraction benchmark scores them."""
    pred, true = shingles(predicted), shingles(gold)
    tp = sum((pred & true).values())
    fp = sum((pred - true).values())
    fn = sum((true - pred).values())
    if fp == fn == 0:
        return 1.0, 1.0
    if tp == 0:
        return 0.0, 0.0
    return tp / (tp + fp), tp / (tp + fn)


def f1_of_means(pairs: list[tuple[float, float]]) -> tuple[float, float, float]:
    """Mean precision, mean recall and the F1 of those means."""
    if not pairs:
        return 0.0, 0.0, 0.0
    p = sum(x for x, _ in pairs) / len(pairs)
    r = sum(y for _, y in pairs) / len(pairs)
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def normalise_space(text: str | None) -> str:
    """Runs of white space folded to one space, ends stripped (for exact headline matches)."""
    return " ".join((text or "").split())


def headline_matches(got: str | None, gold: str) -> bool:
    """Exact headline match, white space normalised. A ``?`` in the gold (L3S-GN1's annotated
    copy turned curly quotes into ``?``) stands for any one character."""
    got_n, gold_n = normalise_space(got), normalise_space(gold)
    if got_n == gold_n:
        return True
    if "?" not in gold_n:
        return False
    pattern = ".".join(re.escape(part) for part in gold_n.split("?"))
    return re.fullmatch(pattern, got_n) is not None


def shared_share(part: str, whole: str) -> float:
    """The share of ``part``'s shingles that occur in ``whole`` (comment leakage)."""
    small = shingles(part)
    total = sum(small.values())
    return sum((small & shingles(whole)).values()) / total if total else 0.0
