"""``kizuna import wikidata FILE`` and ``kizuna import csv FILE --map role=COLUMN``: thin printers."""

from __future__ import annotations

import sys
from collections.abc import Callable
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import click

from kizuna.cli import db_option, open_db


def _count_lines(path: str) -> int | None:
    try:
        with open(path, "rb") as fh:
            return max(sum(1 for _ in fh) - 1, 0)
    except OSError:
        return None


@contextmanager
def _bar(label: str, total: int | None) -> Any:
    """A rich progress bar on stderr (drawn only on a terminal); yields ``advance(n)``."""
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    console = Console(stderr=True)
    with Progress(TextColumn(f"[bold]{label}"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                  console=console, disable=not console.is_terminal, transient=True) as bar:
        task = bar.add_task(label, total=total)

        def advance(n: int) -> None:
            bar.update(task, advance=n)

        yield advance


def _finish(report: Any) -> None:
    for line in report.bad_lines():
        click.echo(line, err=True)
    click.echo(report.summary())
    if report.unknown_countries:
        shown = sorted(report.unknown_countries)
        click.echo("countries not recognised: " + ", ".join(shown[:20]) + (" ..." if len(shown) > 20 else ""),
                   err=True)
    if report.bad:
        sys.exit(1)


@click.group("import")
def import_group() -> None:
    """Import registries of partnerships (Wikidata, CSV tables) as sourced facts."""


@import_group.command("wikidata")
@click.argument("file", type=click.Path(dir_okay=False))
@db_option
def wikidata_cmd(file: str, db: str | None) -> None:
    """Import a Wikidata SPARQL JSON result of P190 pairs (QIDs, labels, countries, P580 start)."""
    from kizuna.registry import import_wikidata

    store = open_db(db)
    with _bar("wikidata", None) as advance:
        report = import_wikidata(store, file, progress=advance)
    _finish(report)


def _parse_map(values: tuple[str, ...]) -> dict[str, str]:
    from kizuna.registry.csvtable import ROLES

    out: dict[str, str] = {}
    for v in values:
        role, sep, column = v.partition("=")
        if not sep or not role.strip() or not column:
            raise click.BadParameter(f"use ROLE=COLUMN, not {v!r}", param_hint="--map")
        if role.strip() not in ROLES:
            raise click.BadParameter(f"unknown role {role.strip()!r} (roles: {', '.join(ROLES)})",
                                     param_hint="--map")
        out[role.strip()] = column
    for role in ("a", "b"):
        if role not in out:
            raise click.BadParameter(f"map partner {role!r}: --map {role}=COLUMN", param_hint="--map")
    return out


@import_group.command("csv")
@click.argument("file", type=click.Path(dir_okay=False))
@click.option("--map", "maps", multiple=True, metavar="ROLE=COLUMN",
              help="Roles: a, b (required), a_country, b_country, date, kind, a_id, b_id.")
@click.option("--kind", default="sister", show_default=True,
              type=click.Choice(["sister", "friendship", "partner", "twinning", "other"]),
              help="Tie type of rows without a kind column.")
@db_option
def csv_cmd(file: str, maps: tuple[str, ...], kind: str, db: str | None) -> None:
    """Import a CSV table of partner pairs, its columns named with --map."""
    from kizuna.registry import import_csv

    mapping = _parse_map(maps)
    if not Path(file).is_file():
        raise click.BadParameter(f"no such file {file!r}", param_hint="FILE")
    store = open_db(db)
    progress: Callable[[int], None]
    with _bar("import", _count_lines(file)) as progress:
        report = import_csv(store, file, mapping, kind=kind, progress=progress)
    _finish(report)


COMMANDS: list[click.Command] = [import_group]
