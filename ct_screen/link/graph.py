"""Export the post–indicator graph for Gephi or networkx: GraphML (``.graphml``) or JSON (``.json``).

Nodes are posts (``p<row>``) and the indicators that link them (``i<number>``);
an edge joins a post to each indicator it carries. Only campaigns of at least
``min_size`` posts are written (a post alone has no edges). The JSON form is
networkx's node-link format (``networkx.node_link_graph(data, edges="links")``).
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Protocol
from xml.sax.saxutils import escape, quoteattr

import numpy as np

__all__ = ["CampaignTables", "graph_data", "write_graph"]


class CampaignTables(Protocol):
    """What the export reads of :class:`~ct_screen.link.campaigns.Campaigns` (whose ``write_graph`` calls it).

    The export names only these tables, so it imports nothing of the campaigns module.
    """

    @property
    def labels(self) -> np.ndarray: ...  # campaign number of each post
    @property
    def sizes(self) -> np.ndarray: ...  # posts per campaign number
    @property
    def links_post(self) -> np.ndarray: ...  # the post of each post-indicator link
    @property
    def links_indicator(self) -> np.ndarray: ...  # the indicator of each link
    @property
    def campaign_ids(self) -> Sequence[str]: ...
    @property
    def post_scores(self) -> np.ndarray | None: ...
    @property
    def post_ids(self) -> Sequence[Any]: ...
    @property
    def indicators(self) -> Sequence[Any]: ...

_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_POST_KEYS = (("kind", "string"), ("label", "string"), ("campaign", "string"), ("row", "long"),
              ("campaign_size", "long"), ("score", "double"))
_INDICATOR_KEYS = (("value", "string"), ("posts", "long"), ("similarity", "double"))


def graph_data(campaigns: CampaignTables, *, min_size: int = 2) -> dict[str, Any]:
    """The graph as a networkx node-link dict (``nodes``, ``links``)."""
    sizes = campaigns.sizes[campaigns.labels]
    keep_post = sizes >= min_size
    posts, inds = campaigns.links_post, campaigns.links_indicator
    edge_keep = keep_post[posts] if len(posts) else np.zeros(0, dtype=bool)
    posts, inds = posts[edge_keep], inds[edge_keep]
    ids = campaigns.campaign_ids
    scores = campaigns.post_scores
    nodes: list[dict[str, Any]] = []
    for row in np.flatnonzero(keep_post):
        node = {"id": f"p{row}", "kind": "post", "label": str(campaigns.post_ids[row]),
                "campaign": ids[campaigns.labels[row]], "row": int(row), "campaign_size": int(sizes[row])}
        if scores is not None and not np.isnan(scores[row]):
            node["score"] = float(scores[row])
        nodes.append(node)
    for number in np.unique(inds):
        ind = campaigns.indicators[number]
        node = {"id": f"i{number}", "kind": ind.kind, "label": ind.key, "value": ind.value, "posts": ind.posts}
        if ind.similarity is not None:
            node["similarity"] = ind.similarity
        nodes.append(node)
    links = [{"source": f"p{p}", "target": f"i{i}"} for p, i in zip(posts.tolist(), inds.tolist(), strict=True)]
    return {"directed": False, "multigraph": False, "graph": {"name": "ct-screen campaigns"},
            "nodes": nodes, "links": links}


def _xml(value: Any) -> str:
    """Text safe in XML 1.0: characters it cannot hold (controls, lone surrogates) become U+FFFD."""
    return _NOT_XML.sub("\ufffd", str(value))


def _graphml(data: dict[str, Any]) -> str:
    keys = _POST_KEYS + _INDICATOR_KEYS
    lines = ['<?xml version="1.0" encoding="UTF-8"?>',
             '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" '
             'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
             'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns '
             'http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">']
    lines += [f'  <key id="{name}" for="node" attr.name="{name}" attr.type="{kind}"/>' for name, kind in keys]
    lines.append('  <graph id="campaigns" edgedefault="undirected">')
    for node in data["nodes"]:
        lines.append(f"    <node id={quoteattr(_xml(node['id']))}>")
        for name, _ in keys:
            if name in node:
                lines.append(f'      <data key="{name}">{escape(_xml(node[name]))}</data>')
        lines.append("    </node>")
    for edge in data["links"]:
        lines.append(f"    <edge source={quoteattr(edge['source'])} target={quoteattr(edge['target'])}/>")
    lines += ["  </graph>", "</graphml>", ""]
    return "\n".join(lines)


def write_graph(campaigns: CampaignTables, path: str | os.PathLike, *, min_size: int = 2) -> Path:
    """Write the graph to ``path``: GraphML for ``.graphml``, node-link JSON for ``.json``.

    The file is written next to its target and moved into place, so a reader
    never sees half a file.

    Raises
    ------
    ValueError
        For any other suffix.
    """
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".graphml", ".json"):
        raise ValueError(f"graph file must end in .graphml or .json, not {path.name!r}")
    data = graph_data(campaigns, min_size=min_size)
    text = _graphml(data) if suffix == ".graphml" else json.dumps(data)
    tmp = path.with_name(f".{path.name}.tmp{os.getpid()}")
    try:
        tmp.write_text(text, encoding="utf-8")
        os.replace(tmp, path)
    finally:
        if tmp.exists():
            tmp.unlink()
    return path
