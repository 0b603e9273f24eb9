"""The as-of entity-pillar graph of a netgov/1 file, for the peer programs.

The same definitions as netgov's graph layer (docs/graph.md, "The graph"):
one vertex per entity that is a member on the date (no `membership` list
means a member throughout), one per pillar launched by the date (a `launch`
with a `date` on or before it; a launch that only has a `condition` has not
happened), and one edge per role valid on the date (`from` <= date <= `to`,
open ends unbounded) between two such vertices. Dates are ISO strings, so
they compare as strings.

Only Python's json module is used to read the file, as a Python user would.
"""

import json


def _valid(period, day):
    start = period.get("from")
    end = period.get("to")
    return (start is None or start <= day) and (end is None or day <= end)


def load(path, day):
    """Returns (entities, pillars, roles) as of `day`.

    entities: ids of member entities, in file order.
    pillars: ids of launched pillars, in file order.
    roles: (entity id, pillar id, role kind) per role valid on `day`.
    """
    with open(path, encoding="utf-8") as f:
        doc = json.load(f)
    entities = []
    for e in doc.get("entities", []):
        periods = e.get("membership") or []
        if not periods or any(_valid(p, day) for p in periods):
            entities.append(e["id"])
    members = set(entities)
    pillars = []
    roles = []
    for p in doc.get("pillars", []):
        launch = p.get("launch") or {}
        date = launch.get("date")
        if date is None or date > day:
            continue
        pillars.append(p["id"])
        for r in p.get("roles", []):
            if r["entity"] in members and _valid(r, day):
                roles.append((r["entity"], p["id"], r["role"]))
    return entities, pillars, roles


def workload(entities, roles):
    """Per entity: [lead roles, all roles]."""
    counts = {e: [0, 0] for e in entities}
    for entity, _, kind in roles:
        counts[entity][1] += 1
        if kind == "lead":
            counts[entity][0] += 1
    return counts


def projection(roles):
    """Pairs (a, b), a < b by id, with the number of pillars both have a role in."""
    by_pillar = {}
    for entity, pillar, _ in roles:
        by_pillar.setdefault(pillar, set()).add(entity)
    shared = {}
    for members in by_pillar.values():
        ordered = sorted(members)
        for i, a in enumerate(ordered):
            for b in ordered[i + 1:]:
                shared[(a, b)] = shared.get((a, b), 0) + 1
    return shared


def result(entities, roles, betweenness, articulation):
    """The analysis in the shape of `netgov analyze --format json` (the keys compared)."""
    counts = workload(entities, roles)
    return {
        "entities": [
            {"entity": e, "leads": counts[e][0], "roles": counts[e][1],
             "betweenness": None if betweenness is None else betweenness[e]}
            for e in sorted(entities)
        ],
        "projection": [{"a": a, "b": b, "shared": n}
                       for (a, b), n in sorted(projection(roles).items())],
        "articulation_points": sorted(articulation),
    }
