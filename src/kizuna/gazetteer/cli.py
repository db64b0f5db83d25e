"""``kizuna places``: look names up in the gazetteer and count what it holds."""

from __future__ import annotations

import json

import click

LEVELS = ("country", "region", "municipality")


@click.group()
def places() -> None:
    """Look up place names and show what the gazetteer holds."""


@places.command("lookup", short_help="Ranked candidates for a place name.")
@click.argument("name")
@click.option("--country", "country", metavar="CC", help="Only candidates in this country (ISO alpha-2).")
@click.option("--level", type=click.Choice(LEVELS), help="Only candidates of this level.")
@click.option("--date", "date", metavar="YYYY[-MM[-DD]]", help="Resolve as of this date (Vietnam's 2025 merger).")
@click.option("--limit", default=10, show_default=True, help="At most this many candidates.")
@click.option("--json", "as_json", is_flag=True, help="One JSON object: the name and its ranked candidates.")
def lookup_cmd(name: str, country: str | None, level: str | None, date: str | None, limit: int,
               as_json: bool) -> None:
    """Ranked candidates for NAME: id, canonical name, country, level, parent, why."""
    from kizuna.gazetteer import Gazetteer

    gz = Gazetteer.load()
    cands = gz.lookup(name, country=country, level=level, date=date, limit=limit)
    chosen = gz.resolve_name(name, country=country, level=level, date=date)
    rows = [{"id": c.place.id, "name": c.place.name, "country": c.place.country, "level": c.place.level,
             "parent": c.place.parent, "kind": c.place.kind, "valid_from": c.place.valid_from,
             "valid_to": c.place.valid_to, "score": c.score, "why": c.reason} for c in cands]
    if as_json:
        click.echo(json.dumps({"name": name, "resolved": chosen.id if chosen else None, "candidates": rows},
                              ensure_ascii=False))
        return
    if not rows:
        click.echo(f"no place named {name!r}")
        raise SystemExit(1)
    for r in rows:
        mark = "*" if chosen and r["id"] == chosen.id else " "
        dates = f" [{r['valid_from'] or ''}..{r['valid_to'] or ''}]" if r["valid_from"] or r["valid_to"] else ""
        click.echo(f"{mark} {r['id']:<18} {r['name']:<28} {r['country']:<3} {r['level']:<12} "
                   f"{r['parent'] or '-':<7} {r['score']:>6.2f}  {r['why']}{dates}")
    if not chosen:
        click.echo("(ambiguous: nothing chosen without more context)")


@places.command("stats", short_help="Counts by country and level; names and aliases.")
@click.option("--country", "country", metavar="CC", help="Only this country.")
@click.option("--json", "as_json", is_flag=True, help="The counts as one JSON object.")
def stats_cmd(country: str | None, as_json: bool) -> None:
    """Counts of places by country and level, and of names and curated aliases."""
    from kizuna.gazetteer import Gazetteer
    from kizuna.gazetteer.stats import gazetteer_stats

    st = gazetteer_stats(Gazetteer.load(), country)
    if as_json:
        click.echo(json.dumps(st, ensure_ascii=False))
        return
    click.echo(f"{'country':<8} {'level':<13} {'current':>8} {'ended':>6}")
    for r in st["rows"]:
        click.echo(f"{r['country']:<8} {r['level']:<13} {r['current']:>8} {r['ended'] or '':>6}")
    totals: dict[str, int] = {}
    for r in st["rows"]:
        totals[r["level"]] = totals.get(r["level"], 0) + r["current"]
    click.echo("total    " + ", ".join(f"{lv} {totals.get(lv, 0)}" for lv in LEVELS))
    for k in st["municipality_kinds"]:
        click.echo(f"{k['country']} {k['kind']}: {k['count']}")
    click.echo(f"names indexed: {st['names']}; curated aliases: {st['curated_aliases']}; "
               f"geonames ids: {st['ids']['geonames']}; jp-lg ids: {st['ids']['jp-lg']}")


COMMANDS = [places]
