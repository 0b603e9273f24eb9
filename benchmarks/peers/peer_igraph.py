#!/usr/bin/python3
"""netgov's `analyze` computed with python-igraph: a peer for benchmarks/peers/compare.py.

    peer_igraph.py FILE DATE [--no-betweenness]

Prints the analysis as JSON (asof.result). Betweenness is igraph's raw
`Graph.betweenness(directed=False)`, the definition netgov uses.
"""

import json
import sys

import igraph

import asof


def asof_graph(path, day):
    """The as-of entity-pillar graph of the file as an undirected igraph
    Graph: entities first (vertex i is entities[i]), then pillars."""
    entities, pillars, roles = asof.load(path, day)
    index = {("e", e): i for i, e in enumerate(entities)}
    index.update((("p", p), len(entities) + i) for i, p in enumerate(pillars))
    g = igraph.Graph(n=len(index),
                     edges=[(index[("e", e)], index[("p", p)]) for e, p, _ in roles],
                     directed=False)
    return entities, pillars, roles, g


def main(argv):
    path, day = argv[1], argv[2]
    with_betweenness = "--no-betweenness" not in argv[3:]
    entities, pillars, roles, g = asof_graph(path, day)
    betweenness = None
    if with_betweenness:
        scores = g.betweenness(directed=False)
        betweenness = {e: scores[i] for i, e in enumerate(entities)}
    articulation = [entities[v] for v in g.articulation_points() if v < len(entities)]
    json.dump(asof.result(entities, roles, betweenness, articulation), sys.stdout,
              sort_keys=True)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main(sys.argv)
