"""Finnish-aware free-text search, shared by association cards and opportunities.

Each searchable row stores `search_text`: its words and their base forms and compound parts
from the Voikko morphology, lower-cased. A query's words are expanded the same way, so
`nuorille` finds `nuorten` (both are forms of `nuori`) and `liikunta` finds `liikuntaseura`.

Many phones and foreign keyboards have no ä, ö or å, so `search_text` also holds every form
folded (ä → a, ö → o, å → a), and queries are matched folded: `Jyvaskyla` finds `Jyväskylä`
and `forening` finds `förening`. A query word Voikko does not know, such as `yhdistyksia`, is
also tried with ä and ö in place of a and o, so it finds every form of `yhdistys`.

On PostgreSQL the row also has a weighted `search_vector` (Snowball `finnish` stems of its own
fields, plus `search_text`); query words match as stem prefixes or base forms, and names also
match with trigram similarity to tolerate typos. On SQLite the base forms are matched with
LIKE: simpler, without ranking or typo tolerance.
"""

import itertools
import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

import pyvoikko
from django.contrib.postgres.search import SearchQuery, SearchRank, SearchVector
from django.db import connection
from django.db.models import F, Q, QuerySet, Value

WORD_RE = re.compile(r"[^\W_]+")
MAX_QUERY_WORDS = 8
# Words too common to narrow a search, in the portal's three languages.
STOPWORDS = frozenset(
    [
        "ja",
        "tai",
        "on",
        "ei",
        "se",
        "ne",
        "että",
        "kun",
        "jos",
        "mutta",
        "myös",
        "sekä",
        "the",
        "and",
        "or",
        "of",
        "for",
        "in",
        "to",
        "a",
        "an",
        "och",
        "i",
        "på",
        "för",
        "med",
        "att",
        "en",
        "ett",
        "som",
        "av",
    ]
)


@lru_cache(maxsize=200_000)
def _analyses(word: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    return tuple(
        (
            analysis.BASEFORM.lower(),
            tuple(part.BASEFORM.lower() for part in analysis.COMPOUND_PARTS or ()),
        )
        for analysis in pyvoikko.analyse(word)
    )


def fold(word: str) -> str:
    """The word without the marks on its letters: ä → a, ö → o, å → a (and é → e, ü → u)."""
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(WORD_RE.findall("".join(c for c in decomposed if not unicodedata.combining(c))))


def word_forms(word: str) -> tuple[str, ...]:
    """What a query word may match: the word itself and its base forms, lower-cased."""
    return tuple(sorted({word, *(base for base, _parts in _analyses(word))}))


def document_forms(word: str) -> tuple[str, ...]:
    """What a document word is found by: also the parts of a compound, so that `liikunta`
    finds `liikuntaseura` (but a query for `liikuntaseura` does not find every `seura`)."""
    return tuple(
        sorted({word, *(form for base, parts in _analyses(word) for form in (base, *parts))})
    )


def words(text: str) -> list[str]:
    return WORD_RE.findall(text.lower())


def build_search_text(*texts: str) -> str:
    """The search document of a row: every distinct word of its texts, their base forms and
    the parts of compound words (`document_forms`, not the narrower `word_forms` of queries)."""
    return with_folded_forms(
        form for text in texts for word in words(text) for form in document_forms(word)
    )


def with_folded_forms(forms: Iterable[str]) -> str:
    """The distinct forms, each followed by its folded form when that differs."""
    seen = dict.fromkeys(variant for form in forms for variant in (form, fold(form)))
    seen.pop("", None)
    return " ".join(seen)


# A query word with more places for ä or ö than this is not tried with every mix of them.
MAX_LETTER_PLACES = 3


def _with_letters(word: str) -> list[str]:
    """The word with ä and ö put back where its a and o might stand for them. With many places,
    only in its first or last places (vowel harmony holds within each part of a compound, as in
    työpaikka), which keeps the number of words to analyse small."""
    places = [index for index, letter in enumerate(word) if letter in "ao"]
    count = len(places)
    if count > MAX_LETTER_PLACES:
        choices = {tuple(index < k for index in range(count)) for k in range(1, count + 1)} | {
            tuple(index >= k for index in range(count)) for k in range(count)
        }
    else:
        choices = [c for c in itertools.product((False, True), repeat=count) if any(c)]
    variants = []
    for choice in choices:
        letters = list(word)
        for index, replace in zip(places, choice, strict=True):
            if replace:
                letters[index] = "ä" if word[index] == "a" else "ö"
        variants.append("".join(letters))
    return variants


@lru_cache(maxsize=20_000)
def query_forms(word: str) -> tuple[str, ...]:
    """What a query word finds, folded: the word and its base forms; for a word Voikko does not
    know, also the base forms of the variants with ä and ö that it does know."""
    forms = set(word_forms(word))
    if not _analyses(word):
        for variant in _with_letters(word):
            if _analyses(variant):
                forms.update(word_forms(variant))
    return tuple(sorted({fold(form) for form in forms} - {""}))


def query_words(query: str) -> list[str]:
    return [word for word in words(query) if word not in STOPWORDS][:MAX_QUERY_WORDS]


def search_vector(*weighted_fields: tuple[str, str]) -> SearchVector:
    """Finnish stems of each (field, weight), plus the base forms in `search_text` at weight C."""
    vector = SearchVector("search_text", config="simple", weight="C")
    for field, weight in weighted_fields:
        vector = SearchVector(field, config="finnish", weight=weight) + vector
    return vector


def refresh_search_vectors(queryset: QuerySet, *weighted_fields: tuple[str, str]) -> None:
    """Recompute the stored vectors of a queryset's rows in one UPDATE (PostgreSQL only)."""
    if connection.vendor == "postgresql":
        queryset.update(search_vector=search_vector(*weighted_fields))


def _postgres_query(terms: list[str]) -> SearchQuery:
    combined = None
    for term in terms:
        # `word:*` makes PostgreSQL stem the word, then match it as a prefix: nuorille → nuor:*.
        term_query = SearchQuery(f"{term}:*", search_type="raw", config="finnish")
        # The folded forms in `search_text`: the word as a prefix (forening → föreningen) and
        # its base forms.
        if fold(term):
            term_query |= SearchQuery(f"{fold(term)}:*", search_type="raw", config="simple")
        for form in query_forms(term):
            term_query |= SearchQuery(form, search_type="raw", config="simple")
        combined = term_query if combined is None else combined & term_query
    return combined


def search(queryset: QuerySet, query: str, *, name_field: str = "name") -> QuerySet:
    """Rows matching every word of the query, annotated with `search_rank` (higher is better)."""
    terms = query_words(query)
    if not terms:
        return queryset.annotate(search_rank=Value(0.0))
    if connection.vendor == "postgresql":
        from django.contrib.postgres.search import TrigramWordSimilarity

        ts_query = _postgres_query(terms)
        phrase = " ".join(terms)
        return queryset.filter(
            Q(search_vector=ts_query) | Q(**{f"{name_field}__trigram_word_similar": phrase})
        ).annotate(
            search_rank=SearchRank(F("search_vector"), ts_query)
            + TrigramWordSimilarity(phrase, name_field)
        )
    condition = Q()
    for term in terms:
        term_condition = Q()
        # `search_text` holds every form folded too, so the folded forms are enough.
        for form in query_forms(term):
            term_condition |= Q(search_text__contains=form)
        condition &= term_condition
    return queryset.filter(condition).annotate(search_rank=Value(0.0))
