"""Graph export: GraphML and node-link JSON of the post–indicator graph."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET

import pytest

from ct_screen import link_posts

from .samples import PHONE_FIVE_WAYS, template_posts, unrelated_posts

NS = {"g": "http://graphml.graphdrawing.org/xmlns"}


@pytest.fixture()
def campaigns():
    posts = PHONE_FIVE_WAYS[:3] + template_posts()[:2] + unrelated_posts(2) + ["\x01 odd <&> \ud800 +44 7700 900123"]
    return link_posts(posts, ids=[f"id{i}" for i in range(len(posts))], scores=[0.5] * len(posts))


def test_graphml_holds_posts_indicators_and_edges(campaigns, tmp_path):
    path = tmp_path / "g.graphml"
    campaigns.write_graph(path)
    graph = ET.parse(path).getroot().find("g:graph", NS)
    nodes = {n.get("id"): {d.get("key"): d.text for d in n.findall("g:data", NS)} for n in graph.findall("g:node", NS)}
    edges = {(e.get("source"), e.get("target")) for e in graph.findall("g:edge", NS)}
    posts = {k: v for k, v in nodes.items() if v["kind"] == "post"}
    assert sorted(v["label"] for v in posts.values()) == ["id0", "id1", "id2", "id3", "id4", "id7"]  # no singletons
    kinds = sorted(v["kind"] for k, v in nodes.items() if k.startswith("i"))
    assert kinds == ["phone", "template"]
    phone = next(k for k, v in nodes.items() if v["kind"] == "phone")
    assert {s for s, t in edges if t == phone} == {"p0", "p1", "p2", "p7"}
    assert nodes["p0"]["campaign"] == "C000001" and nodes["p0"]["score"] == "0.5"


def test_json_is_node_link_and_singletons_can_be_included(campaigns, tmp_path):
    path = tmp_path / "g.json"
    campaigns.write_graph(path, min_size=1)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert {"nodes", "links", "directed"} <= set(data)
    assert sum(1 for n in data["nodes"] if n["kind"] == "post") == 8
    assert len(data["links"]) == 4 + 2
    node_ids = {n["id"] for n in data["nodes"]}
    assert all(e["source"] in node_ids and e["target"] in node_ids for e in data["links"])


def test_graph_refuses_unknown_suffix(campaigns, tmp_path):
    with pytest.raises(ValueError, match="graphml"):
        campaigns.write_graph(tmp_path / "g.gexf")
    assert list(tmp_path.iterdir()) == []


def test_networkx_reads_back_exactly_the_graph_we_write(campaigns, tmp_path):
    """networkx is the reference reader of both formats: the same nodes, attributes and edges as graph_data."""
    networkx = pytest.importorskip("networkx")
    from ct_screen.link.graph import graph_data

    data = graph_data(campaigns, min_size=1)
    expected_nodes = {n["id"]: {k: v for k, v in n.items() if k != "id"} for n in data["nodes"]}
    expected_edges = {frozenset((e["source"], e["target"])) for e in data["links"]}
    campaigns.write_graph(tmp_path / "g.graphml", min_size=1)
    campaigns.write_graph(tmp_path / "g.json", min_size=1)
    from_graphml = networkx.read_graphml(tmp_path / "g.graphml")
    from_json = networkx.node_link_graph(json.loads((tmp_path / "g.json").read_text(encoding="utf-8")), edges="links")
    for graph in (from_graphml, from_json):
        assert set(map(frozenset, graph.edges)) == expected_edges
        assert set(graph.nodes) == set(expected_nodes)
    assert dict(from_json.nodes(data=True)) == expected_nodes
    safe = {node: {k: v.replace("\x01", "\ufffd").replace("\ud800", "\ufffd") if isinstance(v, str) else v
                   for k, v in attrs.items()} for node, attrs in expected_nodes.items()}
    assert dict(from_graphml.nodes(data=True)) == safe  # types kept (long, double); unsafe XML text replaced
