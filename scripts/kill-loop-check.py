#!/usr/bin/env python3
"""Compares the simulators' state after a sync that was SIGKILLed many times (KILLED) with the state
after the same sync run once without interruption (REFERENCE). Both are ponte-sim --state files.
Fails (exit 1) on any duplicate or gap: every Omie client, product, service, sales order and service
order must be in Ploomes exactly once (by its "Id (Omie)" field), every CRM-only contact and order in
Omie exactly once (by integration code), and every count must equal the reference's.
Usage: kill-loop-check.py REFERENCE KILLED"""
import collections
import json
import sys

OMIE_KINDS = {"0": "clients", "1": "products", "2": "services", "3": "orders", "4": "service-orders"}
PLOOMES_ENTITY = {"Contacts": 1, "Products": 10, "Orders": 4}


def load(path):
    with open(path, encoding="utf-8") as f:
        state = json.load(f)
    omie = {name: [row["record"] | {"_id": row["id"]} for row in state["omie"]["kinds"].get(k, [])]
            for k, name in OMIE_KINDS.items()}
    tables = {name: [row["record"] for row in rows] for name, rows in state["ploomes"]["tables"].items()}
    return omie, tables


def omie_id_key(tables, entity_id):
    keys = [f["Key"] for f in tables.get("Fields", [])
            if f.get("Name") == "Id (Omie)" and f.get("EntityId") == entity_id]
    return keys[0] if len(keys) == 1 else None


def other(record, key):
    for o in record.get("OtherProperties") or []:
        if o.get("FieldKey") == key:
            v = o.get("StringValue")
            if v is None:
                v = o.get("IntegerValue")
            return None if v in (None, "") else str(int(v)) if isinstance(v, (int, float)) else str(v)
    return None


def summarise(omie, tables):
    """Counts and link multiplicities that must be identical to the reference and free of duplicates."""
    problems = []
    counts = {"omie " + k: len(v) for k, v in omie.items()}
    counts.update({"ploomes " + t: len(tables.get(t, [])) for t in PLOOMES_ENTITY})
    for table, entity_id in PLOOMES_ENTITY.items():
        key = omie_id_key(tables, entity_id)
        if key is None:
            problems.append('%s: no single "Id (Omie)" field' % table)
            continue
        links = collections.Counter(other(r, key) for r in tables.get(table, []))
        unlinked = links.pop(None, 0)
        counts["ploomes %s without Id (Omie)" % table] = unlinked
        sources = {"Contacts": ["clients"], "Products": ["products", "services"],
                   "Orders": ["orders", "service-orders"]}[table]
        ids = [str(r["_id"]) for kind in sources for r in omie[kind]]
        for omie_id in ids:
            n = links.get(omie_id, 0)
            if n != 1:
                problems.append("%s: Omie %s is in Ploomes %d times" % (table, omie_id, n))
        orphans = set(links) - set(ids)
        for o in sorted(orphans):
            problems.append("%s: Ploomes points at Omie %s, which does not exist" % (table, o))
    for kind, field in (("clients", "codigo_cliente_integracao"), ("orders", "cabecalho/codigo_pedido_integracao")):
        codes = collections.Counter()
        for r in omie[kind]:
            v = r
            for part in field.split("/"):
                v = v.get(part, {}) if isinstance(v, dict) else {}
            if v not in ({}, "", None, "0"):
                codes[v] += 1
        for code, n in codes.items():
            if n > 1:
                problems.append("Omie %s: integration code %s appears %d times" % (kind, code, n))
    return counts, problems


ref_counts, ref_problems = summarise(*load(sys.argv[1]))
counts, problems = summarise(*load(sys.argv[2]))
for p in ref_problems:
    print("kill-loop-check: the uninterrupted reference run already has: " + p)
for name in sorted(set(ref_counts) | set(counts)):
    a, b = ref_counts.get(name), counts.get(name)
    print("kill-loop-check: %-40s reference %5s  after kills %5s%s" % (name, a, b, "" if a == b else "  <-- differs"))
    if a != b:
        problems.append("%s: %s after the kills, %s without" % (name, b, a))
for p in problems:
    print("kill-loop-check: " + p)
if problems or ref_problems:
    print("kill-loop-check: FAILED (%d problems)" % len(problems + ref_problems))
    sys.exit(1)
print("kill-loop-check: no duplicate, no gap, every count equal to the uninterrupted run")
