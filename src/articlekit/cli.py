"""The ``articlekit`` command: parse files (or standard input) and print the articles."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from typing import TextIO

from articlekit.api import parse, parse_html, parse_text
from articlekit.errors import ParseError
from articlekit.model import Article

#: Exit status when an input could not be read or parsed (after the others were printed).
EXIT_INPUT_ERROR = 1

#: Exit status for a wrong command line (argparse's own).
EXIT_USAGE = 2


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="articlekit",
        description="Parse news articles into headline, dateline, body, quotes and boilerplate.",
    )
    parser.add_argument("files", nargs="+", metavar="FILE", help="a file to parse, or - for stdin")
    parser.add_argument(
        "--format",
        choices=("json", "jsonl", "text"),
        default="json",
        help="json: one indented object per input; jsonl: one line per input; text: readable",
    )
    kind = parser.add_mutually_exclusive_group()
    kind.add_argument(
        "--html",
        dest="kind",
        action="store_const",
        const="html",
        help="read every input as an HTML page",
    )
    kind.add_argument(
        "--text",
        dest="kind",
        action="store_const",
        const="text",
        help="read every input as plain text",
    )
    parser.set_defaults(kind="auto")
    parser.add_argument(
        "--jobs", type=int, default=1, metavar="N", help="parse N inputs at once (processes)"
    )
    return parser


def _read(name: str) -> bytes:
    if name == "-":
        return sys.stdin.buffer.read()
    with open(name, "rb") as handle:
        return handle.read()


def _as_text(article: Article) -> str:
    lines: list[str] = []
    if article.headline:
        lines.append(f"# {article.headline}")
    if article.byline:
        lines.append(article.byline)
    if article.dateline:
        lines.append(f"[{article.dateline.text}]")
    lines.extend(article.paragraphs)
    return "\n\n".join(lines) + "\n"


def _write(article: Article, fmt: str, out: TextIO) -> None:
    if fmt == "text":
        out.write(_as_text(article))
    elif fmt == "jsonl":
        out.write(json.dumps(article.to_dict(), ensure_ascii=False) + "\n")
    else:
        out.write(json.dumps(article.to_dict(), ensure_ascii=False, indent=2) + "\n")


#: The parse function for each ``--html``/``--text`` choice; "auto" sniffs each input.
PARSERS: dict[str, Callable[[bytes], Article]] = {
    "auto": parse,
    "html": parse_html,
    "text": parse_text,
}


def _parse_or_error(name: str, kind: str) -> Article | Exception:
    """Parse one file; an unreadable or unparsable one gives its error instead."""
    try:
        return PARSERS[kind](_read(name))
    except (OSError, ParseError) as error:
        return error


def _results(files: Sequence[str], kind: str, jobs: int) -> list[Article | Exception]:
    """Parse every file in order, each failure in its place."""
    if jobs <= 1 or len(files) <= 1 or "-" in files:
        return [_parse_or_error(name, kind) for name in files]
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        return list(pool.map(_parse_or_error, files, [kind] * len(files)))


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    args = _parser().parse_args(argv)
    if args.jobs < 1:
        print("articlekit: --jobs must be at least 1", file=sys.stderr)
        return EXIT_USAGE
    status = 0
    for name, result in zip(args.files, _results(args.files, args.kind, args.jobs), strict=True):
        if isinstance(result, Exception):
            reason = result.strerror if isinstance(result, OSError) and result.strerror else result
            print(f"articlekit: {name}: {reason}", file=sys.stderr)
            status = EXIT_INPUT_ERROR
        else:
            _write(result, args.format, sys.stdout)
    return status
