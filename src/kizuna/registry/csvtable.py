"""``kizuna import csv``: a table of partner pairs, its columns named by ``--map``.

Required roles: ``a`` and ``b`` (the two partners' names).  Optional:
``a_country``, ``b_country`` (country names or ISO codes), ``date`` (a
founding date, YYYY[-MM[-DD]]), ``kind`` (sister, friendship, partner,
twinning, other), ``a_id``/``b_id`` (gazetteer ids that skip name resolution).
"""

from __future__ import annotations

import csv
import re
from collections.abc import Callable, Iterator
from pathlib import Path

from kizuna.errors import RegistryImportError
from kizuna.facts import PARTNERSHIP_KINDS, PlaceRef
from kizuna.registry.common import ImportReport, partnership, write
from kizuna.registry.places import PlaceResolver, country_code
from kizuna.store import Store
from kizuna.store.reports import Report

ROLES: tuple[str, ...] = ("a", "b", "a_country", "b_country", "date", "kind", "a_id", "b_id")
DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
KIND_WORDS = {"sister": "sister", "sister city": "sister", "twin": "twinning", "twinning": "twinning",
              "twin town": "twinning", "friendship": "friendship", "friendship city": "friendship",
              "partner": "partner", "partnership": "partner", "partner city": "partner", "other": "other"}


def check_mapping(mapping: dict[str, str], header: list[str], path: str) -> None:
    """Every role known, ``a`` and ``b`` given, every mapped column in the header."""
    unknown = sorted(set(mapping) - set(ROLES))
    if unknown:
        raise RegistryImportError(path, f"unknown role(s) {', '.join(unknown)} (known: {', '.join(ROLES)})")
    for role in ("a", "b"):
        if role not in mapping:
            raise RegistryImportError(path, f"map the column of partner {role!r}: --map {role}=COLUMN")
    missing = [c for c in mapping.values() if c not in header]
    if missing:
        raise RegistryImportError(path, f"no column {', '.join(map(repr, missing))} (header: {', '.join(header)})")


def _kind(raw: str | None, default: str) -> str | None:
    if raw is None or not raw.strip():
        return default
    return KIND_WORDS.get(raw.strip().lower(), raw.strip().lower() if raw.strip().lower() in PARTNERSHIP_KINDS
                          else None)


def read_rows(path: Path, mapping: dict[str, str], report: ImportReport, resolver: PlaceResolver,
              kind: str = "sister") -> Iterator[Report]:
    """Reports of the good rows; every bad row is recorded in ``report.bad`` with its line number."""
    origin = str(path)
    with path.open(encoding="utf-8-sig", newline="") as fh:
        reader = csv.reader(fh)
        try:
            header = next(reader)
        except StopIteration:
            raise RegistryImportError(origin, "empty file (no header)") from None
        check_mapping(mapping, header, origin)
        col = {role: header.index(name) for role, name in mapping.items()}
        for row in reader:
            line = reader.line_num
            if not any(cell.strip() for cell in row):
                continue
            report.rows += 1
            if len(row) != len(header):
                report.bad.append((line, f"{len(row)} fields, the header has {len(header)}"))
                continue
            get = {role: row[i].strip() for role, i in col.items()}
            if not get["a"] or not get["b"]:
                report.bad.append((line, f"empty partner name ({mapping['a' if not get['a'] else 'b']})"))
                continue
            date = get.get("date") or None
            if date and not DATE_RE.match(date):
                report.bad.append((line, f"bad date {date!r} (YYYY, YYYY-MM or YYYY-MM-DD)"))
                continue
            k = _kind(get.get("kind"), kind)
            if k is None:
                report.bad.append((line, f"unknown kind {get.get('kind')!r} ({', '.join(PARTNERSHIP_KINDS)})"))
                continue
            refs: list[PlaceRef] = []
            for side in ("a", "b"):
                raw_country = get.get(f"{side}_country") or None
                cc = country_code(raw_country)
                if raw_country and cc is None:
                    report.unknown_countries.add(raw_country)
                ref = _by_id(resolver, get.get(f"{side}_id")) or resolver.resolve(get[side], cc)
                if ref.id is None:
                    report.mentions_unresolved += 1
                refs.append(ref)
            if refs[0].id is not None and refs[0].id == refs[1].id:
                # "Nienburg–Nienburg" (two German towns of one name), "Lengnau, Bern" and "Lengnau,
                # Aargau": two places the gazetteer cannot tell apart; both kept as written
                refs = [PlaceRef(id=None, name=get[side], country=ref.country, level=None)
                        for side, ref in zip("ab", refs, strict=True)]
                report.mentions_unresolved += 2
            text = (f"row {line}: {get['a']} ({get.get('a_country') or '?'}) – "
                    f"{get['b']} ({get.get('b_country') or '?'})")
            yield partnership(refs[0], refs[1], origin=origin, text=text, date=date, kind=k)


def _by_id(resolver: PlaceResolver, ident: str | None) -> PlaceRef | None:
    if not ident or resolver.gz is None:
        return None
    place = resolver.gz.get(ident)
    return place.ref() if place is not None else None


def import_csv(store: Store, path: str | Path, mapping: dict[str, str], *, kind: str = "sister",
               resolver: PlaceResolver | None = None, progress: Callable[[int], None] | None = None
               ) -> ImportReport:
    """Import a CSV table of pairs as partnership facts; pairs listed from both sides become one fact."""
    p = Path(path)
    if not p.is_file():
        raise RegistryImportError(str(path), "no such file")
    if kind not in PARTNERSHIP_KINDS:
        raise RegistryImportError(str(path), f"kind must be one of {', '.join(PARTNERSHIP_KINDS)}")
    report = ImportReport(path=str(path))
    resolver = resolver or PlaceResolver()
    try:
        write(store, read_rows(p, mapping, report, resolver, kind), report, progress)
    except UnicodeDecodeError as exc:
        raise RegistryImportError(str(path), f"not UTF-8 text ({exc.reason} at byte {exc.start})") from exc
    except csv.Error as exc:
        raise RegistryImportError(str(path), f"unreadable CSV: {exc}") from exc
    report.places_resolved = resolver.resolved()
    report.places_unresolved = resolver.unresolved()
    return report
