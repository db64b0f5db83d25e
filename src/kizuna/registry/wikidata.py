"""``kizuna import wikidata``: a SPARQL JSON result of P190 (twinned administrative body) pairs.

The file is the standard result format, ``{"head": {"vars": [...]},
"results": {"bindings": [...]}}``, of a query such as::

    SELECT ?item ?itemLabel ?itemCountryCode ?twin ?twinLabel ?twinCountryCode ?start WHERE {
      ?item p:P190 ?st . ?st ps:P190 ?twin .
      OPTIONAL { ?st pq:P580 ?start . }
      OPTIONAL { ?item wdt:P17/wdt:P297 ?itemCountryCode . }
      OPTIONAL { ?twin wdt:P17/wdt:P297 ?twinCountryCode . }
      SERVICE wikibase:label { bd:serviceParam wikibase:language "en". }
    }

Variables: the two items are ``item``/``twin`` (or ``a``/``b``, ``city``/``partner``);
each may have ``<var>Label``, ``<var>Country`` (a country item or a name),
``<var>CountryLabel``, ``<var>CountryCode`` (P297); ``start`` (or ``startDate``,
``since``) with an optional ``startPrecision`` (9 year, 10 month, 11 day);
``kind`` (sister, friendship, partner, twinning, other; default sister).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from kizuna.errors import RegistryImportError
from kizuna.facts import PARTNERSHIP_KINDS
from kizuna.registry.common import ImportReport, partnership, write
from kizuna.registry.places import PlaceResolver, country_code, country_from_qid
from kizuna.store import Store
from kizuna.store.reports import Report

PAIRS: tuple[tuple[str, str], ...] = (("item", "twin"), ("a", "b"), ("city", "partner"), ("place", "sister"))
START_VARS: tuple[str, ...] = ("start", "startDate", "since", "date")
QID_RE = re.compile(r"(?:^|/)(Q\d+)$")
TIME_RE = re.compile(r"^\+?(\d{4})-(\d{2})-(\d{2})")


def _value(binding: dict[str, Any], var: str) -> str | None:
    cell = binding.get(var)
    if not isinstance(cell, dict):
        return None
    v = cell.get("value")
    return str(v).strip() if v not in (None, "") else None


def qid_of(value: str | None) -> str | None:
    """``http://www.wikidata.org/entity/Q1490`` or ``Q1490`` → ``Q1490``."""
    if not value:
        return None
    m = QID_RE.search(value)
    return m.group(1) if m else None


def wikidata_date(value: str | None, precision: str | None) -> str | None:
    """A Wikidata time at its precision; without one, 1 January means "the year"."""
    if not value:
        return None
    m = TIME_RE.match(value)
    if not m:
        raise ValueError(f"bad date {value!r}")
    y, mo, d = m.groups()
    prec = int(precision) if precision and precision.isdigit() else None
    if prec is None:
        prec = 9 if (mo, d) == ("01", "01") else 11
    if prec <= 9:
        return y
    if prec == 10:
        return f"{y}-{mo}"
    return f"{y}-{mo}-{d}"


def _country(b: dict[str, Any], var: str) -> tuple[str | None, str | None]:
    """(ISO code, the raw country as given) for one side of a binding."""
    code = _value(b, f"{var}CountryCode")
    if code and country_code(code):
        return country_code(code), code
    raw = _value(b, f"{var}Country")
    qid = qid_of(raw)
    if qid and country_from_qid(qid):
        return country_from_qid(qid), raw
    label = _value(b, f"{var}CountryLabel") or (raw if raw and not qid else None)
    if label:
        return country_code(label), label
    return None, raw


def read_bindings(path: Path, report: ImportReport, resolver: PlaceResolver) -> Iterator[Report]:
    """Reports of the good bindings; a bad binding is recorded with its row number (1-based)."""
    origin = str(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        vars_ = list(data["head"]["vars"])
        bindings = data["results"]["bindings"]
    except (ValueError, KeyError, TypeError) as exc:
        raise RegistryImportError(origin, f"not a SPARQL JSON result ({exc.__class__.__name__}: {exc})") from exc
    pair = next(((x, y) for x, y in PAIRS if x in vars_ and y in vars_), None)
    if pair is None:
        raise RegistryImportError(origin, f"no item variables: expected one of {PAIRS} in {vars_}")
    start_var = next((v for v in START_VARS if v in vars_), None)
    for n, b in enumerate(bindings, start=1):
        report.rows += 1
        if not isinstance(b, dict):
            report.bad.append((n, "binding is not an object"))
            continue
        qids = [qid_of(_value(b, v)) for v in pair]
        if not all(qids):
            report.bad.append((n, f"missing or non-Wikidata item in {pair[0]}/{pair[1]}"))
            continue
        try:
            date = wikidata_date(_value(b, start_var), _value(b, f"{start_var}Precision")) if start_var else None
        except ValueError as exc:
            report.bad.append((n, str(exc)))
            continue
        kind = (_value(b, "kind") or "sister").lower()
        if kind not in PARTNERSHIP_KINDS:
            report.bad.append((n, f"unknown kind {kind!r}"))
            continue
        refs = []
        labels = []
        for var, qid in zip(pair, qids, strict=True):
            label = _value(b, f"{var}Label") or qid or ""
            cc, raw_country = _country(b, var)
            if raw_country and cc is None:
                report.unknown_countries.add(raw_country)
            ref = resolver.resolve(label, cc)
            if ref.id is None:
                report.mentions_unresolved += 1
            refs.append(ref)
            labels.append(f"{label} ({qid})")
        text = f"binding {n}: {labels[0]} twinned with {labels[1]}" + (f" since {date}" if date else "")
        yield partnership(refs[0], refs[1], origin=origin, text=text, date=date, kind=kind,
                          qids=(qids[0], qids[1]))


def import_wikidata(store: Store, path: str | Path, *, resolver: PlaceResolver | None = None,
                    progress: Callable[[int], None] | None = None) -> ImportReport:
    """Import a Wikidata P190 SPARQL JSON result as partnership facts (QIDs kept on places)."""
    p = Path(path)
    if not p.is_file():
        raise RegistryImportError(str(path), "no such file")
    report = ImportReport(path=str(path))
    resolver = resolver or PlaceResolver()
    try:
        write(store, read_bindings(p, report, resolver), report, progress)
    except UnicodeDecodeError as exc:
        raise RegistryImportError(str(path), f"not UTF-8 text ({exc.reason})") from exc
    report.places_resolved = resolver.resolved()
    report.places_unresolved = resolver.unresolved()
    return report
