"""The models: frozen, slotted, tuples, JSON-ready."""

from __future__ import annotations

import datetime as dt
import json

import attrs
import pytest

from articlekit import Article, Dateline, Quote, Span


def sample() -> Article:
    return Article(
        headline="Storm hits coast",
        dateline=Dateline("MIAMI (AP) —", "MIAMI", "AP", dt.date(2024, 9, 1)),
        byline="By Jane Doe",
        authors=["Jane Doe"],
        published=dt.datetime(2024, 9, 1, 12, 30),
        paragraphs=["A storm hit.", "“It was loud,” she said."],
        quotes=[Quote("It was loud,", 1, 1, 13, "Jane Doe", "she", "said")],
        boilerplate=["Write your comment"],
        spans=[Span("headline", 0, 16)],
    )


def test_collections_are_tuples() -> None:
    article = sample()
    assert isinstance(article.paragraphs, tuple)
    assert isinstance(article.authors, tuple)
    assert isinstance(article.quotes, tuple)
    assert isinstance(article.boilerplate, tuple)
    assert isinstance(article.spans, tuple)


def test_frozen_and_slotted() -> None:
    article = sample()
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        article.headline = "x"  # type: ignore[misc]
    assert not hasattr(article, "__dict__")
    assert hash(article) == hash(sample())


def test_text_joins_paragraphs_with_blank_lines() -> None:
    assert sample().text == "A storm hit.\n\n“It was loud,” she said."


def test_to_dict_is_json_ready_with_iso_dates_and_stable_keys() -> None:
    data = sample().to_dict()
    assert list(data) == [
        "headline",
        "dateline",
        "byline",
        "authors",
        "published",
        "paragraphs",
        "quotes",
        "boilerplate",
        "spans",
    ]
    assert data["published"] == "2024-09-01T12:30:00"
    assert data["dateline"]["date"] == "2024-09-01"
    assert json.loads(json.dumps(data)) == data


def test_empty_article() -> None:
    article = Article()
    assert article.to_dict()["paragraphs"] == []
    assert article.text == ""
