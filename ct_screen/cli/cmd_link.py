"""``ct-screen link``: link the posts of an export into campaigns and write every row back with campaign columns.

A thin shell over :func:`ct_screen.link.files.link_file`: it parses options,
prints the summary and turns file-level errors into a message and exit code 1.
"""

from __future__ import annotations

import signal
import sys

import click

from ..batch.formats import format_choices
from .options import delimiter_value, exit_on_sigterm

FORMATS = format_choices()
KINDS = ["phone", "email", "url", "handle", "profile", "template"]


def _kinds(values: tuple[str, ...]) -> list[str]:
    kinds = [k.strip() for v in values for k in v.split(",") if k.strip()]
    unknown = sorted(set(kinds) - set(KINDS))
    if unknown:
        raise click.BadParameter(f"unknown kind(s) {', '.join(unknown)}; choose from {', '.join(KINDS)}",
                                 param_hint="--link-on")
    return kinds


@click.command("link")
@click.argument("input_path", metavar="INPUT", type=str)
@click.option("-o", "--output", "output", type=str, default=None,
              help="Output file (.csv/.tsv/.jsonl[.gz]/.parquet); '-' or omitted: standard output.")
@click.option("--graph", "graph", type=click.Path(dir_okay=False), default=None,
              help="Also write the post-indicator graph: FILE.graphml (Gephi) or FILE.json (networkx node-link).")
@click.option("--text-column", "text_columns", multiple=True,
              help="Column holding post text; repeat to join several as the fields of one post "
                   "(default: as in 'ct-screen score').")
@click.option("--id-column", default=None, help="Column identifying each post (used in the graph).")
@click.option("--template-threshold", type=click.FloatRange(0, 1, min_open=True), default=0.7, show_default=True,
              help="Similarity (Jaccard of word 3-shingles, numbers folded) at which two texts are one template.")
@click.option("--max-share", type=click.FloatRange(0, 1, min_open=True), default=0.05, show_default=True,
              help="A value shared by more than this share of rows (and more than --min-common) is not a link.")
@click.option("--min-common", type=click.IntRange(min=2), default=20, show_default=True,
              help="A value shared by this many rows or fewer is never too common to link.")
@click.option("--link-on", "link_on", multiple=True, metavar="KINDS",
              help=f"What may link posts (comma-separated, repeatable; default all): {', '.join(KINDS)}.")
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=1, show_default=True,
              help="Worker processes for reading contacts and templates.")
@click.option("--chunk-size", type=click.IntRange(min=1), default=2000, show_default=True,
              help="Rows read and written at a time.")
@click.option("--format", "output_format", type=click.Choice(FORMATS, case_sensitive=False), default=None,
              help="Output format when the output name does not tell (default for stdout: the input's).")
@click.option("--input-format", type=click.Choice(FORMATS, case_sensitive=False), default=None,
              help="Input format when the input name does not tell (default for stdin: csv).")
@click.option("--encoding", default=None, help="Input encoding (default UTF-8), as in 'ct-screen score'.")
@click.option("--delimiter", default=None, help="CSV delimiter, e.g. ';' or tab (also used for CSV output).")
@click.option("--raw", is_flag=True, help="Do not neutralise cells that spreadsheets would run as formulas.")
@click.option("--no-progress", is_flag=True, help="No progress bar.")
def command(input_path: str, output: str | None, graph: str | None, text_columns: tuple[str, ...],
            id_column: str | None, template_threshold: float, max_share: float, min_common: int,
            link_on: tuple[str, ...], jobs: int, chunk_size: int, output_format: str | None,
            input_format: str | None, encoding: str | None, delimiter: str | None, raw: bool,
            no_progress: bool) -> None:
    """Link the posts of INPUT (a file or '-' for stdin) into campaigns.

    Posts are linked by a shared contact (phone, e-mail, URL, messenger handle,
    EMSCAD mask), a shared company profile or near-identical text. Output: every
    input row, in order, then ct_campaign, ct_campaign_size and ct_campaign_links
    (and ct_campaign_score, the highest member score, when INPUT has ct_score).
    Values shared by too many rows are reported on standard error, not linked.
    """
    from ..batch import BatchError
    from ..link.files import link_file

    if input_path == "-" and sys.stdin.isatty():
        raise click.UsageError("INPUT is '-' but nothing is piped into standard input")
    if graph is not None and not graph.lower().endswith((".graphml", ".json")):
        raise click.BadParameter("the graph file must end in .graphml or .json", param_hint="--graph")
    kinds = _kinds(link_on) if link_on else KINDS
    signal.signal(signal.SIGTERM, exit_on_sigterm)
    try:
        summary = link_file(input_path, output, graph=graph, text_columns=list(text_columns) or None,
                            id_column=id_column, jobs=jobs, chunk_size=chunk_size, input_format=input_format,
                            output_format=output_format, encoding=encoding, delimiter=delimiter_value(delimiter),
                            raw=raw, progress=False if no_progress else None, template_threshold=template_threshold,
                            max_share=max_share, min_common=min_common, link_on=kinds)
    except BatchError as exc:
        raise click.ClickException(f"{exc} (no output written)" if output not in (None, "-") else str(exc)) from None
    except KeyboardInterrupt:
        click.echo("ct-screen: interrupted; no output file written", err=True)
        sys.exit(130)
    for note in summary.notes:
        click.echo(f"ct-screen: note: {note}", err=True)
    click.echo(summary.line(), err=True)
