"""Leiden (igraph) on the very graph papergraph built, for comparison with papergraph's Louvain.

Reads graph.graphml, projects it as papergraph's Louvain does (undirected, parallel edges merged with their
weights summed, self-loops dropped), runs igraph's Leiden with the modularity objective until it is stable, and
reports both modularities on that same projection: Leiden's, and that of the `community` attribute papergraph
wrote. Prints one JSON object.
"""
import json
import sys
import time

import igraph as ig

path = sys.argv[1]
seed = int(sys.argv[2]) if len(sys.argv) > 2 else 42

t = time.perf_counter()
g = ig.Graph.Read_GraphML(path)
read_ms = (time.perf_counter() - t) * 1000
if "community" not in g.vs.attributes():
    sys.exit(f"{path}: nodes have no 'community' attribute")
ours = [int(c) for c in g.vs["community"]]
weights = g.es["weight"] if "weight" in g.es.attributes() else [1.0] * g.ecount()
g.es["weight"] = [float(w) for w in weights]
t = time.perf_counter()
g.to_undirected(mode="collapse", combine_edges={"weight": "sum"})
g.simplify(multiple=True, loops=True, combine_edges={"weight": "sum"})
project_ms = (time.perf_counter() - t) * 1000

import random

random.seed(seed)
ig.set_random_number_generator(random)
t = time.perf_counter()
part = g.community_leiden(objective_function="modularity", weights="weight", n_iterations=-1)
leiden_ms = (time.perf_counter() - t) * 1000
leiden_q = g.modularity(part.membership, weights="weight")
ours_q = g.modularity(ours, weights="weight")
print(
    json.dumps(
        {
            "nodes": g.vcount(),
            "edges": g.ecount(),
            "readMs": read_ms,
            "projectMs": project_ms,
            "leiden": {"ms": leiden_ms, "modularity": leiden_q, "communities": len(part)},
            "papergraph": {"modularity": ours_q, "communities": len(set(ours))},
            "igraph": ig.__version__,
        }
    )
)
