"""ct-screen link from the command line: every row back in order, campaign columns, graph export."""

from __future__ import annotations

import csv
import io
import json
import xml.etree.ElementTree as ET

import pandas as pd
from click.testing import CliRunner

from ct_screen.cli import main

from .samples import HONEST, PHONE_FIVE_WAYS, board_posts, template_posts, unrelated_posts

POSTS = PHONE_FIVE_WAYS + template_posts() + unrelated_posts(3) + ['=HYPERLINK("x") ring 07700 900123', ""]


def cli(args, input=None):
    return CliRunner().invoke(main, args, input=input, catch_exceptions=False)


def write_csv(path, posts, **extra):
    with open(path, "w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(["post_id", "text", *extra])
        for i, post in enumerate(posts):
            writer.writerow([f"p{i}", post, *(v[i] for v in extra.values())])


def read(path):
    return pd.read_csv(path, dtype=str, keep_default_na=False)


def test_link_writes_every_row_in_order_with_campaign_columns(tmp_path):
    src, out, graph = tmp_path / "posts.csv", tmp_path / "out.csv", tmp_path / "g.graphml"
    write_csv(src, POSTS)
    result = cli(["link", str(src), "-o", str(out), "--graph", str(graph), "--id-column", "post_id"])
    assert result.exit_code == 0, result.output
    assert "linked 16 rows into 6 campaigns (2 of 2+ posts holding 12 rows; largest 6)" in result.stderr
    frame = read(out)
    assert list(frame.columns) == ["post_id", "text", "ct_campaign", "ct_campaign_size", "ct_campaign_links"]
    assert frame["post_id"].tolist() == [f"p{i}" for i in range(len(POSTS))]
    assert frame["text"][14] == "'" + POSTS[14]  # formula neutralised, as in ct-screen score
    assert frame["ct_campaign"][:5].tolist() == ["C000001"] * 5 and frame["ct_campaign"][14] == "C000001"
    assert frame["ct_campaign_size"][5:11].tolist() == ["6"] * 6
    assert frame["ct_campaign_links"][0] == "phone:+447700900123 (6 posts)"
    assert frame["ct_campaign_links"][5].startswith("template:")
    labels = {d.text for d in ET.parse(graph).getroot().iter("{http://graphml.graphdrawing.org/xmlns}data")}
    assert {"p0", "p14", "phone:+447700900123"} <= labels


def test_link_reports_common_values_and_takes_options(tmp_path):
    src, out = tmp_path / "posts.jsonl", tmp_path / "out.jsonl"
    posts = HONEST + board_posts(30)
    src.write_text("".join(json.dumps({"id": i, "body": p}) + "\n" for i, p in enumerate(posts)), encoding="utf-8")
    result = cli(["link", str(src), "-o", str(out), "--text-column", "body"])
    assert result.exit_code == 0, result.output
    assert "1 value(s) shared by more than 20 rows reported, not linked: url:bigjobs.example/apply (32)" in result.stderr
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in rows] == list(range(32)) and {r["ct_campaign_size"] for r in rows} == {1}
    relaxed = cli(["link", str(src), "-o", str(out), "--text-column", "body", "--min-common", "40"])
    assert relaxed.exit_code == 0 and "largest 32" in relaxed.stderr
    only_phones = cli(["link", str(src), "-o", str(out), "--text-column", "body", "--min-common", "40",
                       "--link-on", "phone,email"])
    assert "largest 1" in only_phones.stderr


def test_scored_input_gets_a_campaign_score_and_json_graph(tmp_path):
    src, out, graph = tmp_path / "scored.csv", tmp_path / "out.parquet", tmp_path / "g.json"
    posts = PHONE_FIVE_WAYS[:3] + unrelated_posts(2)
    write_csv(src, posts, ct_score=["0.1", "0.95", "", "0.2", "0.3"])
    result = cli(["link", str(src), "-o", str(out), "--graph", str(graph)])
    assert result.exit_code == 0, result.output
    frame = pd.read_parquet(out)
    assert frame["ct_campaign_score"].tolist()[:4] == [0.95, 0.95, 0.95, 0.2]
    data = json.loads(graph.read_text(encoding="utf-8"))
    assert sum(n["kind"] == "post" for n in data["nodes"]) == 3 and len(data["links"]) == 3


def test_stdin_to_stdout_and_errors(tmp_path):
    buffer = io.StringIO()
    csv.writer(buffer).writerows([["text"], *([p] for p in PHONE_FIVE_WAYS[:2])])
    text = buffer.getvalue()
    result = cli(["link", "-"], input=text)
    assert result.exit_code == 0
    frame = pd.read_csv(io.StringIO(result.stdout), dtype=str)
    assert frame["ct_campaign"].tolist() == ["C000001", "C000001"]
    src = tmp_path / "posts.csv"
    write_csv(src, POSTS)
    bad_graph = cli(["link", str(src), "--graph", str(tmp_path / "g.gexf")])
    assert bad_graph.exit_code != 0 and ".graphml or .json" in bad_graph.stderr
    missing = cli(["link", str(src), "-o", str(tmp_path / "o.csv"), "--text-column", "nope"])
    assert missing.exit_code == 1 and "no text column 'nope'" in missing.stderr
    assert not (tmp_path / "o.csv").exists()
    bad_kind = cli(["link", str(src), "--link-on", "fax"])
    assert bad_kind.exit_code != 0 and "unknown kind" in bad_kind.stderr


def test_link_stage_adds_campaign_columns_to_a_scoring_run(tmp_path):
    from ct_screen.batch import score_file
    from ct_screen.link.files import link_stage

    src, out, graph = tmp_path / "posts.csv", tmp_path / "scored.csv", tmp_path / "g.json"
    posts = ["Pay a 50 USD registration fee, then WhatsApp +44 7700 900123", "Friendly team! Call 07700 900123",
             *unrelated_posts(2)]
    write_csv(src, posts)
    found = []
    summary = score_file(str(src), str(out), model=None, jobs=1, stages=[link_stage(graph=str(graph),
                                                                                     on_done=found.append)])
    assert summary.rows == 4
    frame = pd.read_csv(out, dtype={"ct_score": float, "ct_campaign_score": float}, keep_default_na=False)
    assert frame.columns.tolist()[-4:] == ["ct_campaign", "ct_campaign_size", "ct_campaign_links", "ct_campaign_score"]
    assert frame["ct_campaign_size"].tolist() == [2, 2, 1, 1]
    assert frame["ct_score"][0] > frame["ct_score"][1]  # the bland sibling inherits the fee post's score
    assert frame["ct_campaign_score"].tolist() == [frame["ct_score"][0]] * 2 + frame["ct_score"][2:].tolist()
    assert found[0].n_posts == 4 and graph.exists()
