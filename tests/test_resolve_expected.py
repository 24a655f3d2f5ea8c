"""The resolver on the cases of ``tests/expected/resolver_cases.json``: each mention lands where
the file says, and entities the file keeps apart are distinct nodes (any wrong merge fails)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from techpolgraph.resolve import link_entities

CASES = json.loads((Path(__file__).parent / "expected" / "resolver_cases.json").read_text(encoding="utf-8"))["cases"]


def test_the_cases_cover_each_rule_and_its_precision_side():
    kinds = " ".join(case["kind"] for case in CASES)
    for rule in ("surname", "acronym", "description", "renamed", "one letter off", "short institutional", "undated"):
        assert rule in kinds
    assert sum(1 for case in CASES for e in case["expect"] if e["entity"] is None) >= 4
    assert sum(len(case.get("apart", [])) for case in CASES) >= 4


@pytest.mark.parametrize("case", CASES, ids=[case["kind"] for case in CASES])
def test_a_case_lands_where_expected(analyse_text, case):
    analyses = {d["id"]: analyse_text(d["text"], date=d["date"], id=d["id"]) for d in case["docs"]}
    entities, links = link_entities(list(analyses.values()))
    labels = {e.id: e.label for e in entities}
    for expected in case["expect"]:
        analysis = analyses[expected["doc"]]
        found = [m for m in analysis.mentions if m.text == expected["mention"]]
        # a mention that must land nowhere may also not be a mention at all
        assert found or expected["entity"] is None, f"no mention {expected['mention']!r} in {[m.text for m in analysis.mentions]}"
        landed = {labels[links[(expected["doc"], m.cluster)]] for m in found if m.cluster and (expected["doc"], m.cluster) in links}
        if expected["entity"] is None:
            assert landed <= {expected["mention"]}, f"{expected['mention']!r} landed on {landed}"
        else:
            assert landed == {expected["entity"]}, f"{expected['mention']!r} landed on {landed}"
    present = set(labels.values())
    for group in case.get("apart", []):
        assert set(group) <= present, f"{group} are not all distinct nodes: {sorted(present)}"
