# ---
# jupyter:
#   jupytext:
#     formats: py:percent
#     text_representation:
#       extension: .py
#       format_name: percent
#   kernelspec:
#     display_name: Python 3
#     language: python
#     name: python3
# ---

# %% [markdown]
# # Exploring the January 2022 unrest in Kazakhstan
#
# Five news articles, in Ukrainian, Russian, English, French and Polish, loaded
# into kzgraph's embedded store, then questioned from Python. Names may be
# written in any of those languages or inflections: `Tokajew`, `Токаєва` and
# `Tokayev` are one person, `ОДКБ`, `ODKB` and `CSTO` one organisation.
#
# Open as a notebook with `jupytext --to notebook examples/explore.py`, or run
# it as a script: `python examples/explore.py` (from the repository or from
# `examples/`). The store lives in `$KZGRAPH_HOME` (default `./.kzgraph`).

# %%
from pathlib import Path

from kzgraph import KZGraph, KzGraphError, NoPath

SEEDS = next(p for p in (Path("seeds"), Path("../seeds")) if p.is_dir())

g = KZGraph.open()  # the embedded store; KZGraph.open("bolt://…", user=…, password=…) for Neo4j
report = g.load(SEEDS)  # extract, align, write; loading the same files again changes nothing
print(f"{report.documents} documents: {report.entities} entities, {report.relations} relation claims, "
      f"{report.quantities} figures")

# %% [markdown]
# ## Who asked the CSTO for help?

# %%
asked = g.who("REQUESTED_AID_FROM", obj="ОДКБ")
print(asked)

# %% [markdown]
# Every row aggregates the claims of all articles: how many state it, in which
# languages, and one evidence sentence.

# %%
for row in asked:
    print(f"{row.subject.name}: {row.n_claims} claims in {', '.join(row.langs)}")
    print(f"  “{row.evidence}”")

# %% [markdown]
# ## Which countries sent troops?

# %%
troops = g.who("SENT_TROOPS_TO", obj="Kazakhstan")
countries = [row.subject.name for row in troops if row.subject.type == "GPE"]
print("countries:", ", ".join(countries) or "none found")
print(troops)

# %% [markdown]
# ## How does Masimov connect to the CSTO?
#
# `paths` ignores the direction of relations while searching and reports it
# for every hop (`->` or `<-`), with one evidence sentence per hop.

# %%
try:
    print(g.paths("Masimov", "CSTO", max_hops=4))
except NoPath as no_path:
    print(no_path)

# %% [markdown]
# What the graph knows of Masimov himself, asked in Ukrainian:

# %%
print(g.actor("Масімова"))

# %% [markdown]
# ## What figures exist for the detained, and who gives them?

# %%
detained = g.claims("detained")
print(detained)

# %%
for figure in detained:
    source = figure.source.name if figure.source else "unattributed"
    print(f"{figure.qualifier or '':>9} {figure.value:>6}  {source:<45} {figure.lang}  as of {figure.as_of or '?'}")

# %% [markdown]
# Kinds of figures whose sources disagree:

# %%
print(g.conflicts())

# %% [markdown]
# ## Analysis with networkx and pandas
#
# `to_networkx()` gives entities and typed relations for centrality or
# community detection; every result has `to_df()` when pandas is installed
# (`pip install 'kzgraph[pandas]'`).

# %%
import networkx as nx

network = g.to_networkx()
centrality = nx.degree_centrality(network)
for node in sorted(centrality, key=centrality.get, reverse=True)[:5]:
    print(f"{centrality[node]:.2f}  {network.nodes[node]['name']}")

# %%
try:
    frame = g.claims("detained").to_df()
    print(frame[["value", "qualifier", "source", "lang", "as_of"]].to_string(index=False))
except KzGraphError as error:  # pandas is not installed: the message says how to add it
    print(error)

# %%
g.close()
