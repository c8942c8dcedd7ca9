"""Places written as a skill's letters (s13b): a town's abbreviation before its state ("Best Buy, MPLS, MN"), a
province's code after its town ("Montreal, QC"), a strict name before a place's word ("Juniper Hills")."""

from __future__ import annotations

import pytest

from jobmatch.vocabulary import Vocabulary
from tests.test_domains_s10 import names  # (the whole pairs' helpers, shared)

# -- places: a town's letters, a province's code, a place's name ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "has", "has_not"),
    [
        # Minneapolis's letters before the state, in an employer's line; a network's MPLS stays
        ("**Systems Administrator** — Best Buy, MPLS, MN — 2016 – 2018", set(), {"MPLS"}),
        ("Network Engineer, Target Corporation, MPLS, MN | 2019 - 2022", set(), {"MPLS"}),
        ("Routing: BGP, OSPF, MPLS", {"MPLS"}, set()),
        ("Migrated the WAN from MPLS to SD-WAN", {"MPLS", "SD-WAN"}, set()),
        # (letters after a skill in a list are a skill's, whatever state they spell)
        ("Tools: Tableau, SQL, GA", {"Tableau", "SQL"}, set()),
        # a province's code after its town is the place; a quality control after a skill or a label stays
        ("Gameplay Programmer | Montreal, QC | mei.chen@example.com | meichen.itch.io", set(), {"quality control"}),
        ("Location: Montreal, QC", set(), {"quality control"}),
        ("Quality Inspector, Bombardier, Montreal, QC", set(), {"quality control"}),
        ("Skills: Inspection, QC", {"quality control"}, set()),
        ("Performed QC, ISO 9001 audits", {"quality control", "ISO 9001"}, set()),
        # a strict name before a place's word is the place ("Juniper Hills", "Phoenix Park")
        ("Cisco, Juniper Hills", {"Cisco"}, {"Juniper"}),
        ("Cisco, Juniper Networks", {"Cisco", "Juniper"}, set()),
        ("Configured Juniper MX routers and Junos", {"Juniper"}, set()),
    ],
)
def test_places_are_no_skills(text: str, has: set[str], has_not: set[str], vocab: Vocabulary) -> None:
    found = names(text, vocab, resume=True)
    assert has <= found
    assert not has_not & found
