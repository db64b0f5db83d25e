"""The ``kizuna`` command line: thin wrappers over importable functions.

Domain errors become one line on stderr at this edge only: usage errors exit 2,
failures exit 1.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from importlib import resources
from typing import Any, TypeVar

import click

from kizuna.config import DEFAULT_MAX_BYTES, resolve_db_url
from kizuna.errors import KizunaError, NotFound

F = TypeVar("F", bound=Callable[..., Any])

db_option = click.option(
    "--db", "db", default=None, metavar="URL",
    help="Database URL (default: $KIZUNA_DB, else sqlite:///kizuna.db in the current folder).",
)


def open_db(db: str | None) -> Any:
    """Open the database chosen by --db / $KIZUNA_DB / the default, failing with one line."""
    from kizuna.store import open_store

    return open_store(resolve_db_url(db))


def fail(message: str, code: int = 1) -> None:
    click.echo(f"error: {message}", err=True)
    sys.exit(code)


class KizunaGroup(click.Group):
    """Converts Kizuna errors into one-line messages and exit code 1."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except KizunaError as exc:
            fail(str(exc))
        except BrokenPipeError:
            sys.exit(0)


@click.group(cls=KizunaGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="kizuna")
def main() -> None:
    """Kizuna: a sourced knowledge base of exchanges between local governments."""


def sample_corpus_path() -> str:
    """Folder of the bundled sample corpus (short articles written by the Kizuna team)."""
    return str(resources.files("kizuna") / "sample_corpus")


@main.command()
@click.argument("paths", nargs=-1, type=click.Path())
@click.option("--sample", is_flag=True, help="Ingest the bundled sample corpus (written by us).")
@click.option("--max-mb", type=float, default=DEFAULT_MAX_BYTES / 1024 / 1024, show_default=True,
              help="Skip files larger than this many megabytes.")
@db_option
def ingest(paths: tuple[str, ...], sample: bool, max_mb: float, db: str | None) -> None:
    """Read documents (.txt .md .html .pdf .jsonl; folders recursively) and store their facts."""
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    from kizuna.pipeline import ingest as run_ingest

    targets = list(paths) + ([sample_corpus_path()] if sample else [])
    if not targets:
        raise click.UsageError("give at least one file or folder (or --sample)")
    store = open_db(db)
    console = Console(stderr=True)
    with Progress(TextColumn("[bold]ingest"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                  TextColumn("{task.fields[name]}"), console=console, disable=not console.is_terminal,
                  transient=True) as bar:
        task = bar.add_task("ingest", total=None, name="")

        def on_files(n: int) -> None:
            bar.update(task, total=n)

        def on_progress(path: str, outcome: str) -> None:
            bar.update(task, advance=1, name=path.rsplit("/", 1)[-1][:40])

        report = run_ingest(targets, store, max_bytes=int(max_mb * 1024 * 1024), progress=on_progress,
                            on_files=on_files)
    for path, reason in report.failed:
        click.echo(f"failed: {path}: {reason}", err=True)
    click.echo(
        f"{report.documents} documents read, {report.skipped} skipped as already known, "
        f"{len(report.failed)} failed, {report.facts} facts stored"
    )
    if report.failed:
        sys.exit(1)


@main.command()
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv"]), default="jsonl", show_default=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True), default=None,
              help="Write to this file instead of standard output.")
@click.option("--include-rejected", is_flag=True, help="Also export facts a curator rejected.")
@db_option
def export(fmt: str, output: str | None, include_rejected: bool, db: str | None) -> None:
    """Export the facts (JSONL exactly as spec/FACTS.md; CSV one row per fact)."""
    from kizuna.export import fact_to_json, in_text_order, write_csv, write_jsonl

    store = open_db(db)
    facts = in_text_order(fact_to_json(r) for r in store.iter_facts(include_rejected=include_rejected))
    writer = write_csv if fmt == "csv" else write_jsonl
    if output:
        with open(output, "w", encoding="utf-8", newline="") as fh:
            n = writer(facts, fh)
        click.echo(f"{n} facts written to {output}", err=True)
    else:
        writer(facts, sys.stdout)


@main.command()
@click.option("--type", "ftype", type=click.Choice(
    ["partnership", "visit", "meeting", "agreement", "cooperation", "statistic"]), default=None)
@click.option("--place", default=None, help="Only facts naming this place (name or id, case-insensitive).")
@click.option("--json", "as_json", is_flag=True, help="One JSON object a line (the export shape).")
@db_option
def facts(ftype: str | None, place: str | None, as_json: bool, db: str | None) -> None:
    """List the facts in a readable table."""
    from rich.console import Console
    from rich.table import Table

    from kizuna.export import fact_to_json

    store = open_db(db)
    rows = [fact_to_json(r) for r in store.iter_facts(type=ftype)]
    if place:
        needle = place.lower()
        rows = [f for f in rows if any(needle == (p.get("id") or "").lower() or needle in (p.get("name") or "").lower()
                                       for p in f["places"])]
    if as_json:
        for f in rows:
            click.echo(json.dumps(f, ensure_ascii=False))
        return
    table = Table(title=f"{len(rows)} facts")
    for col in ("id", "type", "places", "date", "status", "details", "sources"):
        table.add_column(col)
    for f in rows:
        places = " → " if f["type"] == "visit" else " · "
        attrs = f.get("attributes") or {}
        details = ", ".join(f"{k}={v}" for k, v in attrs.items() if k not in ("note",) and not isinstance(v, dict))
        table.add_row(f["id"], f["type"], places.join(p["name"] for p in f["places"]), f.get("date") or "",
                      f["status"], details[:60], str(len(f["sources"])))
    Console().print(table)


@main.command("show-doc")
@click.argument("ident")
@click.option("--json", "as_json", is_flag=True)
@db_option
def show_doc(ident: str, as_json: bool, db: str | None) -> None:
    """Show a document's metadata and cleaned text (by id or by origin path/URL)."""
    store = open_db(db)
    doc = store.get_document(ident)
    data = {"id": doc.id, "origin": doc.origin, "url": doc.url, "title": doc.title, "published": doc.published,
            "published_source": doc.published_source, "outlet": doc.outlet, "language": doc.language,
            "format": doc.format, "sha256": doc.sha256, "meta": doc.meta, "text": doc.text}
    if as_json:
        click.echo(json.dumps(data, ensure_ascii=False, indent=2))
        return
    for k, v in data.items():
        if k not in ("text", "meta"):
            click.echo(f"{k:17s} {v if v is not None else '-'}")
    click.echo("")
    click.echo(doc.text)


@main.command("eval")
@click.argument("gold", type=click.Path(exists=True, dir_okay=False))
@click.option("--json", "as_json", is_flag=True, help="Scores, misses and false positives as JSON.")
@click.option("--misses", is_flag=True, help="Also list missed gold facts and false positives.")
@db_option
def eval_cmd(gold: str, as_json: bool, misses: bool, db: str | None) -> None:
    """Score the database against a gold JSONL file (the evaluation's match rules).

    \b
    Rules (docs/eval.md has them in full): a gold doc id matches a source whose
    origin file stem equals it ("seed-000" also matches "000_*"); pair facts need
    the same type and places (visits in order origin→destination; partnerships and
    agreements all places, unordered; meetings and cooperation at least two gold
    places found and half the predicted ones right); statistics the same value.
    """
    from kizuna.evaluate import format_report, load_gold, score
    from kizuna.export import fact_to_json, in_text_order

    try:
        gold_facts = load_gold(gold)
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint="GOLD") from exc
    store = open_db(db)
    result = score(gold_facts, in_text_order(fact_to_json(r) for r in store.iter_facts()))
    if as_json:
        click.echo(json.dumps(result, ensure_ascii=False))
        return
    click.echo(format_report(result))
    if misses:
        for m in result["misses"]:
            click.echo(f"miss {m['doc']} {m['type']} {m['places']} {m['value'] if m['value'] is not None else ''}")
        for m in result["false_positives"]:
            click.echo(f"extra {m['doc']} {m['type']} {m['places']} {m['value'] if m['value'] is not None else ''}")


# Modules that bring their own command groups.  Each exposes ``COMMANDS``: a list of
# click commands to add to ``kizuna``.  They live beside the package that does the work.
SUBCOMMAND_MODULES: tuple[str, ...] = (
    "kizuna.gazetteer.cli",
    "kizuna.curation.cli",
    "kizuna.registry.cli",
)


def _register_subcommands() -> None:
    """Add the command groups of optional packages that are present."""
    from importlib import import_module
    from importlib.util import find_spec

    for module in SUBCOMMAND_MODULES:
        try:
            found = find_spec(module) is not None
        except ModuleNotFoundError:
            found = False
        if found:
            for command in getattr(import_module(module), "COMMANDS", []):
                main.add_command(command)


_register_subcommands()

__all__ = ["main", "NotFound"]
