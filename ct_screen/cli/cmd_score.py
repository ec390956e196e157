"""``ct-screen score``: score an export (CSV/TSV/JSON lines/Parquet) and write it back with ``ct_*`` columns.

A thin shell over :func:`ct_screen.batch.score_file`: it parses options,
prints the summary and turns file-level errors into a message and exit code 1.
"""

from __future__ import annotations

import os
import signal
import sys

import click

from ..batch.formats import format_choices
from .options import delimiter_value, exit_on_sigterm, model_sha256_option

FORMATS = format_choices()


@click.command("score")
@click.argument("input_path", metavar="INPUT", type=str)
@click.option("-o", "--output", "output", type=str, default=None,
              help="Output file (.csv/.tsv/.jsonl[.gz]/.parquet); '-' or omitted: standard output.")
@click.option("--text-column", "text_columns", multiple=True,
              help="Column holding post text; repeat to join several as the fields of one post. "
                   "Default: the EMSCAD field names present, else one obvious column (text, body, description ...).")
@click.option("--id-column", default=None, help="Column identifying each post (checked to exist).")
@click.option("--min-band", type=click.Choice(["review", "high"]), default=None,
              help="Keep only rows in this band or above (rows that could not be scored are kept).")
@click.option("--sort", is_flag=True, help="Highest score first (default: input order).")
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=None,
              help="Worker processes (default: all cores).")
@click.option("--chunk-size", type=click.IntRange(min=1), default=1000, show_default=True,
              help="Rows read, screened and written at a time.")
@click.option("--rules", "rules", type=click.Path(dir_okay=False), default=None, help="Extra rules (YAML/TOML).")
@click.option("--model", "model", type=click.Path(), default=None, help="Model folder (default: the bundled model).")
@model_sha256_option
@click.option("--no-model", is_flag=True, help="Score with the rules only.")
@click.option("--thresholds", "thresholds", type=click.Path(dir_okay=False), default=None,
              help="Band cut-offs chosen for this platform: a YAML/JSON file with review and high, e.g. from "
                   "ct_screen.thresholds.save_thresholds; refused if chosen on another model's scores.")
@click.option("--format", "output_format", type=click.Choice(FORMATS, case_sensitive=False), default=None,
              help="Output format when the output name does not tell (default for stdout: the input's).")
@click.option("--input-format", type=click.Choice(FORMATS, case_sensitive=False), default=None,
              help="Input format when the input name does not tell (default for stdin: csv).")
@click.option("--encoding", default=None,
              help="Input encoding (e.g. latin-1, cp1252). Default: UTF-8, and a file that is not UTF-8 stops "
                   "with the line; given explicitly, rows with undecodable bytes are flagged and kept.")
@click.option("--delimiter", default=None, help="CSV delimiter, e.g. ';' or tab (also used for CSV output).")
@click.option("--max-chars", type=click.IntRange(min=1), default=1_000_000, show_default=True,
              help="Rows with longer text are not scored (flagged in ct_error).")
@click.option("--raw", is_flag=True, help="Do not neutralise cells that spreadsheets would run as formulas.")
@click.option("--no-progress", is_flag=True, help="No progress bar.")
@click.option("--engine", type=click.Choice(["local", "dask"]), default="local", show_default=True,
              help="dask: score on a Dask cluster; INPUT is then a folder of Parquet parts and -o an output folder "
                   "with one scored part per input part (pip install 'ct-screen[dask]').")
@click.option("--scheduler", default=None, metavar="ADDRESS|local",
              help="With --engine dask: a scheduler address (tcp://host:8786) or 'local' (default) for a cluster "
                   "of --jobs worker processes on this machine.")
def command(input_path: str, output: str | None, text_columns: tuple[str, ...], id_column: str | None,
            min_band: str | None, sort: bool, jobs: int | None, chunk_size: int, rules: str | None,
            model: str | None, model_sha256: str | None, no_model: bool, thresholds: str | None, output_format: str | None, input_format: str | None,
            encoding: str | None, delimiter: str | None, max_chars: int, raw: bool, no_progress: bool, engine: str,
            scheduler: str | None) -> None:
    """Score every post of INPUT (a file or '-' for stdin) and write it with ct_* columns.

    Output: every input column unchanged, then ct_score, ct_band, ct_categories,
    ct_reasons, ct_top_terms, ct_contacts, ct_notices, ct_evidence (rule ids and
    evidence spans: JSON text in CSV, structured in JSON lines and Parquet) and
    ct_error; one row per input row.
    Exit status 0 when every row was read (rows that could not be scored are
    kept and flagged in ct_error), 1 when the file itself cannot be read.
    """
    from ..batch import BatchError, score_file
    from ..batch.options import OptionsError, ScoreOptions

    if input_path == "-" and sys.stdin.isatty():
        raise click.UsageError("INPUT is '-' but nothing is piped into standard input")
    signal.signal(signal.SIGTERM, exit_on_sigterm)

    def log(message: str) -> None:
        click.echo(f"ct-screen: note: {message}", err=True)

    try:
        options = ScoreOptions(
            text_columns=text_columns or None, id_column=id_column, min_band=min_band, sort=sort, jobs=jobs,
            chunk_size=chunk_size, rules=rules, model=model or "default", no_model=no_model,
            model_sha256=model_sha256, thresholds=thresholds, input_format=input_format, output_format=output_format,
            encoding=encoding, delimiter=delimiter_value(delimiter), raw=raw, max_chars=max_chars,
            progress=False if no_progress else None)
        if engine != "local" or scheduler is not None:
            from .engine_run import engine_runner

            summary = engine_runner(engine, scheduler, input_path, output, options, log)()
        else:
            summary = score_file(input_path, output, options, log=log)
    except OptionsError as exc:
        raise click.UsageError(str(exc)) from None
    except BatchError as exc:
        raise click.ClickException(f"{exc} (no output written)" if output not in (None, "-") else str(exc)) from None
    except KeyboardInterrupt:
        click.echo("ct-screen: interrupted; no output file written", err=True)
        sys.exit(130)
    except BrokenPipeError:  # the reader of our standard output went away (e.g. `| head`)
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        sys.exit(1)
    click.echo(summary.line(), err=True)
