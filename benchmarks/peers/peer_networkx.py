#!/usr/bin/python3
"""netgov's `analyze` computed with NetworkX: a peer for benchmarks/peers/compare.py.

    peer_networkx.py FILE DATE [--no-betweenness]

Prints the analysis as JSON (asof.result). Betweenness is raw (not normalised),
as netgov computes it: networkx.betweenness_centrality(normalized=False).
"""

import json
import sys

import networkx

import asof


def main(argv):
    path, day = argv[1], argv[2]
    with_betweenness = "--no-betweenness" not in argv[3:]
    entities, pillars, roles = asof.load(path, day)
    g = networkx.MultiGraph()
    g.add_nodes_from(("e", e) for e in entities)
    g.add_nodes_from(("p", p) for p in pillars)
    g.add_edges_from((("e", e), ("p", p)) for e, p, _ in roles)
    betweenness = None
    if with_betweenness:
        # Shortest paths are counted per edge in a multigraph, as in netgov's
        # Boost graph (one edge per role).
        scores = networkx.betweenness_centrality(g, normalized=False)
        betweenness = {e: scores[("e", e)] for e in entities}
    articulation = [v[1] for v in networkx.articulation_points(networkx.Graph(g))
                    if v[0] == "e"]
    json.dump(asof.result(entities, roles, betweenness, articulation), sys.stdout,
              sort_keys=True)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main(sys.argv)
