"""``kizuna review``, ``kizuna fact accept|reject|edit|add|show``, ``kizuna history``: thin printers."""

from __future__ import annotations

import json
from typing import Any

import click

from kizuna.cli import db_option, open_db


def _places(f: dict[str, Any]) -> str:
    sep = " → " if f["type"] == "visit" else " · "
    return sep.join(f"{p['name']} ({p['id'] or '?'})" for p in f["places"])


def _conflict(f: dict[str, Any]) -> str:
    c = f.get("conflict") or {}
    return "; ".join(f"{k}: " + " vs ".join(str(v["value"]) for v in vals) for k, vals in c.items())


def _print_fact(f: dict[str, Any]) -> None:
    click.echo(f"{f['id']}  {f['type']}  {_places(f)}")
    click.echo(f"  date {f.get('date') or '-'}  status {f['status']}  confidence {f['confidence']}  "
               f"curation {f.get('curation', 'none')}  provenance {f.get('provenance', 'extracted')}")
    if f.get("attributes"):
        click.echo(f"  attributes {json.dumps(f['attributes'], ensure_ascii=False)}")
    if f.get("people"):
        click.echo("  people " + ", ".join(p["name"] for p in f["people"]))
    if f.get("conflict"):
        click.echo(f"  CONFLICT {_conflict(f)}")
        for k, vals in f["conflict"].items():
            for v in vals:
                click.echo(f"    {k} = {v['value']}  ({v['source']})")


@click.command()
@click.option("--limit", type=click.IntRange(min=1), default=20, show_default=True)
@click.option("--conflicts", is_flag=True, help="Only facts whose sources disagree.")
@click.option("--all", "include_rejected", is_flag=True, help="Include rejected facts.")
@click.option("--json", "as_json", is_flag=True, help="One JSON object a line.")
@db_option
def review(limit: int, conflicts: bool, include_rejected: bool, as_json: bool, db: str | None) -> None:
    """Facts to check: conflicting first, then the least confident, newest first."""
    from rich.console import Console
    from rich.table import Table

    from kizuna.curation import review as queue

    rows = queue(open_db(db), limit=limit, conflicts_only=conflicts, include_rejected=include_rejected)
    if as_json:
        for f in rows:
            click.echo(json.dumps(f, ensure_ascii=False))
        return
    table = Table(title=f"{len(rows)} facts to review")
    for col in ("id", "type", "places", "date", "conf.", "src", "curation", "conflict"):
        table.add_column(col)
    for f in rows:
        table.add_row(f["id"], f["type"], _places(f), f.get("date") or "", f"{f['confidence']:.2f}",
                      str(f["n_sources"]), f.get("curation", "none"), _conflict(f))
    Console(width=200).print(table)


@click.group()
def fact() -> None:
    """Curate one fact: accept, reject, edit, add, show."""


@fact.command()
@click.argument("fact_id")
@db_option
def accept(fact_id: str, db: str | None) -> None:
    """Mark a fact as checked by a person."""
    from kizuna.curation import accept as do

    do(open_db(db), fact_id)
    click.echo(f"{fact_id} accepted")


@fact.command()
@click.argument("fact_id")
@db_option
def reject(fact_id: str, db: str | None) -> None:
    """Reject a fact: hidden from exports, and it stays rejected when it is reported again."""
    from kizuna.curation import reject as do

    do(open_db(db), fact_id)
    click.echo(f"{fact_id} rejected")


def _pairs(values: tuple[str, ...], what: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for v in values:
        if "=" not in v:
            raise click.UsageError(f"{what} takes NAME=VALUE, not {v!r}")
        k, _, val = v.partition("=")
        out[k.strip()] = val
    return out


@fact.command()
@click.argument("fact_id")
@click.option("--set", "sets", multiple=True, metavar="FIELD=VALUE",
              help="date, date_end, status, confidence, type or attributes.NAME (JSON or text; empty = null).")
@click.option("--place", "places", multiple=True, metavar="N=ID_OR_NAME",
              help="Replace place N (0-based) by a gazetteer id or a name.")
@click.option("--person", "people", multiple=True, metavar="NAME[|TITLE|PLACE_ID]",
              help="Replace the people (repeat for several).")
@click.option("--json", "as_json", is_flag=True)
@db_option
def edit(fact_id: str, sets: tuple[str, ...], places: tuple[str, ...], people: tuple[str, ...], as_json: bool,
         db: str | None) -> None:
    """Edit any field of a fact; the edit survives new reports of the fact."""
    from kizuna.curation import EditRequest, edit_fact

    if not (sets or places or people):
        raise click.UsageError("nothing to edit: give --set, --place or --person")
    place_map: dict[int, str] = {}
    for k, v in _pairs(places, "--place").items():
        if not k.isdigit():
            raise click.UsageError(f"--place takes N=ID_OR_NAME with N a position, not {k!r}")
        place_map[int(k)] = v
    after = edit_fact(open_db(db), fact_id, EditRequest(sets=_pairs(sets, "--set"), places=place_map,
                                                         people=list(people) if people else None))
    if as_json:
        click.echo(json.dumps(after, ensure_ascii=False))
    else:
        _print_fact(after)


@fact.command()
@click.option("--type", "type_", required=True,
              type=click.Choice(["partnership", "visit", "meeting", "agreement", "cooperation", "statistic"]))
@click.option("--place", "places", multiple=True, metavar="ID_OR_NAME", help="In order (visit: origin first).")
@click.option("--source", required=True, metavar="URL_OR_TEXT", help="Where you know it from.")
@click.option("--date", default=None)
@click.option("--date-end", default=None)
@click.option("--status", default="happened", show_default=True)
@click.option("--set", "sets", multiple=True, metavar="attributes.NAME=VALUE")
@click.option("--person", "people", multiple=True, metavar="NAME[|TITLE|PLACE_ID]")
@click.option("--json", "as_json", is_flag=True)
@db_option
def add(type_: str, places: tuple[str, ...], source: str, date: str | None, date_end: str | None, status: str,
        sets: tuple[str, ...], people: tuple[str, ...], as_json: bool, db: str | None) -> None:
    """Add a fact a person knows (provenance "curated"); it merges with the same fact if known."""
    from kizuna.curation import add_fact

    attrs: dict[str, str] = {}
    for k, v in _pairs(sets, "--set").items():
        if not k.startswith("attributes."):
            raise click.UsageError(f"fact add --set takes attributes.NAME=VALUE, not {k!r}")
        attrs[k.removeprefix("attributes.")] = v
    after = add_fact(open_db(db), type_=type_, places=list(places), source=source, date=date, date_end=date_end,
                     status=status, attributes=attrs, people=list(people))
    if as_json:
        click.echo(json.dumps(after, ensure_ascii=False))
    else:
        _print_fact(after)


@fact.command()
@click.argument("fact_id")
@click.option("--json", "as_json", is_flag=True, help="The export shape, with its sources.")
@db_option
def show(fact_id: str, as_json: bool, db: str | None) -> None:
    """One fact with its sources and conflicts (rejected facts too)."""
    from kizuna.curation import snapshot
    from kizuna.export import fact_to_json

    row = open_db(db).get_fact(fact_id)
    if as_json:
        click.echo(json.dumps(fact_to_json(row), ensure_ascii=False))
        return
    _print_fact(snapshot(row))
    for src in fact_to_json(row)["sources"]:
        click.echo(f"  source {src['doc'] or '-'} {src['origin']} [{src['start']}:{src['end']}] {src['text']}")


@click.command()
@click.argument("fact_id")
@click.option("--json", "as_json", is_flag=True)
@db_option
def history(fact_id: str, as_json: bool, db: str | None) -> None:
    """Every change to a fact: when, who, what, before → after."""
    from kizuna.curation import history as entries
    from kizuna.curation.audit import changed

    rows = entries(open_db(db), fact_id)
    if as_json:
        for e in rows:
            click.echo(json.dumps(e, ensure_ascii=False))
        return
    if not rows:
        click.echo(f"no recorded changes to {fact_id}")
        return
    for e in rows:
        click.echo(f"{e['at']}  {e['who']}  {e['action']}")
        for k, (b, a) in changed(e["before"], e["after"]).items():
            click.echo(f"    {k}: {json.dumps(b, ensure_ascii=False)} → {json.dumps(a, ensure_ascii=False)}")


COMMANDS: list[click.Command] = [review, fact, history]
