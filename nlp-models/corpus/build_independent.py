#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Builds the hand-labelled evaluation files: eval-independent.rows -> eval-independent.jsonl (ids ind-…) and
eval-fresh.rows -> eval-fresh.jsonl (ids fresh-…).

    python3 nlp-models/corpus/build_independent.py            # both
    python3 nlp-models/corpus/build_independent.py eval-fresh # one

eval-fresh.rows (round 4) was written after eval-independent.rows had been used to tune the rules, and before any
round-4 prediction was looked at, so it is the untouched set; it is evaluated, never used to change rules or corpus.

The messages in eval-independent.rows were written and labelled by hand for this project, deliberately NOT with the
generator (generate.py / scenarios.py): long rambling complaints, one-liners, all caps, slang and abbreviations,
English/Arabic loan words, several places in one message, sarcasm, emoji + place, mentions/hashtags, WhatsApp-style
line breaks ("\\n" in the source). It is an evaluation file only: never train on it (Train refuses eval files).

Row format (one message per line, '|' separated, the text last so it may contain '|'):
    deployment|category|department|urgency_reason|out_of_scope|district|neighbourhood|note|text
deployment: I = İzmir metropolitan, K = Kocaeli metropolitan, E = Esenyurt district municipality (İstanbul).
neighbourhood: official mahalle name, empty = none/ambiguous, "~" = a colloquial place (alias) is named: the gold
mahalle is none and colloquial_place is true. The gold district/mahalle is the place the problem is at (the first one
for a route). Only the TÜİK id is looked up here (and every name is checked against the shipped gazetteer).
"""
import json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
NB = json.load(open(os.path.join(HERE, "..", "gazetteer", "neighborhoods.json"), encoding="utf-8"))
DISTRICTS = {(r["province"], r["district"]) for r in NB}
DEP = {"I": ("İzmir", None), "K": ("Kocaeli", None), "E": ("İstanbul", "Esenyurt")}
CATS = {"COMPLAINT", "REQUEST", "SUPPORT"}
DEPTS = {"WATER", "TRANSPORT", "PUBLIC_WORKS", "CLEANING", "PARKS", "MUNICIPAL_POLICE", "VETERINARY", "SOCIAL_SERVICES", "HEALTH",
         "FUNERAL", "FIRE", "ZONING", "CULTURE", "OTHER"}
REASONS = {"GAS_LEAK", "FIRE_RESCUE", "MEDICAL_EMERGENCY", "FUNERAL", "PATIENT_TRANSPORT", "ANIMAL_INJURED", "FLOODING",
           "STRUCTURAL_COLLAPSE", "FALLEN_TREE", "OPEN_MANHOLE", "ROOF_DAMAGE", "ELECTRIC_HAZARD"}
OOS = {"ELECTRICITY", "NATURAL_GAS", "HEALTH", "POLICE", "JUSTICE", "TELECOM", "CENTRAL_GOVERNMENT"}


SETS = {"eval-independent": "ind", "eval-fresh": "fresh"}


def build(name):
    prefix = SETS[name]
    rows = []
    with open(os.path.join(HERE, name + ".rows"), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            dep, cat, dept, urg, oos, dist, nb, _note, text = line.split("|", 8)
            where = f"{name}.rows:{n}"
            province, scope = DEP[dep]
            assert cat in CATS and dept in DEPTS, where
            assert not urg or urg in REASONS, where
            assert not oos or oos in OOS, where
            assert not oos or dept == "OTHER", where + ": out-of-scope messages go to OTHER"
            assert not dist or (province, dist) in DISTRICTS, where + ": unknown district " + dist
            colloquial = nb == "~"
            nb_id = None
            if nb and not colloquial:
                hits = [r for r in NB if r["province"] == province and r["district"] == dist and r["name"] == nb]
                assert len(hits) == 1, where + ": unknown mahalle " + nb
                nb_id = hits[0]["id"]
            rows.append(dict(id=f"{prefix}-{len(rows) + 1:04d}", text=text.replace("\\n", "\n"), category=cat, urgent=bool(urg),
                             urgency_reason=urg or None, out_of_scope=oos or None, department=dept, province=province,
                             scope_district=scope, district=dist or None, neighborhood=None if colloquial else (nb or None),
                             neighborhood_id=nb_id, colloquial_place=colloquial))
    with open(os.path.join(HERE, name + ".jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(name, len(rows))


def main():
    for name in sys.argv[1:] or SETS:
        build(name)


if __name__ == "__main__":
    sys.exit(main())
