"""Score the knowledge base against a gold file, with the evaluation's own rules.

The rules are those of ``shared/eval/score.py`` (our evaluations use it), kept
here so ``kizuna eval`` needs nothing outside the package and agrees with it
figure for figure (a test runs both on the same export):

* A gold ``doc`` id matches an exported source whose origin's file stem equals
  it, or ends with ``<doc>.txt``/``<doc>.html``; ``seed-000`` also matches
  stems beginning ``000_``.
* Pair facts (every type but statistic) need the same doc and type and matching
  places: a visit's ``[origin, destination]`` in order; a partnership's or
  agreement's places as an unordered set, all of them; a meeting's or
  cooperation's at least two gold places found (or all, when fewer) and at
  least half of the predicted places right.
* A place matches when countries agree (when both are given) and the ids are
  equal, or the normalised names are equal, one a prefix of the other (4+
  letters), or within 88 rapidfuzz ratio.
* Statistics need the same doc and the same numeric ``value``.
* Each gold fact takes the first unused predicted fact that matches (greedy, in
  file order).  Precision, recall and F1 per type; ``pairs`` is micro-averaged
  over the pair types; date accuracy is counted on matched facts whose gold
  date is set (the predicted date must start with the gold date).
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz

_SUFFIXES = [
    "metropolitan city", "special self-governing province", "special self-governing city",
    "special city", "autonomous region", "autonomous prefecture", "hui", "uygur", "uyghur",
    "zhuang", "prefecture", "province", "provincial", "municipality", "metropolis",
    "city", "county", "district", "ward", "town", "village", "state", "region",
    "sheng", "shi", "ken", "fu", "to", "do", "si", "gun", "gu", "tinh", "thanh pho",
    "of", "the", "government", "people's government",
]
_ALIASES = {
    "gyeongbuk": "gyeongsangbuk", "north gyeongsang": "gyeongsangbuk",
    "gyeongnam": "gyeongsangnam", "south gyeongsang": "gyeongsangnam",
    "jeonbuk": "jeollabuk", "north jeolla": "jeollabuk", "jeonnam": "jeollanam",
    "south jeolla": "jeollanam", "chungbuk": "chungcheongbuk", "north chungcheong": "chungcheongbuk",
    "chungnam": "chungcheongnam", "south chungcheong": "chungcheongnam",
    "heilongjian": "heilongjiang", "aiti": "aichi", "hukuoka": "fukuoka", "hukusima": "fukushima",
    "hukui": "fukui", "sizuoka": "shizuoka", "kyouto": "kyoto", "tiba": "chiba", "ooita": "oita",
    "ho chi minh": "ho chi minh", "saigon": "ho chi minh", "hcmc": "ho chi minh",
    "korea": "south korea", "republic of korea": "south korea", "rok": "south korea",
    "prc": "china", "people's republic of china": "china", "usa": "united states",
    "us": "united states", "u.s.": "united states", "america": "united states",
    "viet nam": "vietnam", "inner mongolia": "nei mongol",
}
PAIR_TYPES = ("partnership", "visit", "meeting", "agreement", "cooperation")


def norm_name(name: str | None) -> str:
    """Normalise a place name the way the evaluation does (suffixes and accents off)."""
    if not name:
        return ""
    s = unicodedata.normalize("NFKD", name)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    s = s.replace("đ", "d").replace("’", "'")
    s = re.sub(r"[^a-z0-9' ]+", " ", s)
    s = re.sub(r"\s+", " ", s).strip()
    changed = True
    while changed:
        changed = False
        for suf in _SUFFIXES:
            for pat in (" " + suf, suf + " "):
                if s.endswith(pat) and len(s) > len(pat) + 2 and pat.startswith(" "):
                    s, changed = s[: -len(pat)].strip(), True
                if s.startswith(pat) and len(s) > len(pat) + 2 and pat.endswith(" ") and suf in ("the", "of"):
                    s, changed = s[len(pat):].strip(), True
    s = s.replace(" ", "")
    for k, v in _ALIASES.items():
        if s == k.replace(" ", ""):
            return v.replace(" ", "")
    return s


def place_match(g: dict[str, Any], p: dict[str, Any]) -> bool:
    """Whether a predicted place reference matches a gold one."""
    gc, pc = (g.get("country") or "").upper(), (p.get("country") or "").upper()
    if gc and pc and gc != pc:
        return False
    gid, pid = g.get("id"), p.get("id")
    if gid and pid and gid == pid:
        return True
    gn, pn = norm_name(g.get("name")), norm_name(p.get("name"))
    if not gn or not pn:
        return False
    if gn == pn:
        return True
    if len(gn) >= 4 and len(pn) >= 4 and (gn.startswith(pn) or pn.startswith(gn)):
        return True
    return bool(fuzz.ratio(gn, pn) >= 88)


def _unordered_hits(gold: list[dict[str, Any]], pred: list[dict[str, Any]]) -> int:
    used: set[int] = set()
    hits = 0
    for g in gold:
        for i, p in enumerate(pred):
            if i not in used and place_match(g, p):
                used.add(i)
                hits += 1
                break
    return hits


def fact_match(g: dict[str, Any], p: dict[str, Any]) -> bool:
    """Whether predicted fact ``p`` counts as gold fact ``g`` (same doc assumed)."""
    if g["type"] != p["type"]:
        return False
    gp, pp = g.get("places") or [], p.get("places") or []
    t = g["type"]
    if t == "visit":
        return len(gp) == len(pp) and all(place_match(a, b) for a, b in zip(gp, pp, strict=False))
    if t == "statistic":
        try:
            return abs(float(g["attributes"]["value"]) - float(p["attributes"]["value"])) < 1e-6
        except (KeyError, TypeError, ValueError):
            return False
    hits = _unordered_hits(gp, pp)
    if t in ("partnership", "agreement") and len(gp) <= 2:
        return hits == len(gp) == len(pp)
    return hits >= min(2, len(gp)) and hits >= 0.5 * len(pp)


def doc_keys(origin: str) -> set[str]:
    """The gold doc ids an exported source origin can stand for."""
    base = origin.replace("\\", "/").rsplit("/", 1)[-1]
    stem = base.rsplit(".", 1)[0]
    keys = {stem, base}
    m = re.match(r"^(\d{3})_", stem)
    if m:
        keys.add("seed-" + m.group(1))
    return keys


def _prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return round(p, 3), round(r, 3), round(f, 3)


def score(gold: list[dict[str, Any]], predicted: Iterable[dict[str, Any]]) -> dict[str, Any]:
    """Score exported facts against gold facts; returns per-type P/R/F1, pairs, dates, misses."""
    gold_docs = {g["doc"] for g in gold}
    pred_by_doc: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for f in predicted:
        seen: set[str] = set()
        for s in f.get("sources") or []:
            for k in doc_keys(s.get("origin") or s.get("doc") or ""):
                if k in gold_docs and k not in seen:
                    seen.add(k)
                    pred_by_doc[k].append(f)
    tp: dict[str, int] = defaultdict(int)
    fp: dict[str, int] = defaultdict(int)
    fn: dict[str, int] = defaultdict(int)
    dates = [0, 0]
    misses: list[dict[str, Any]] = []
    false_pos: list[dict[str, Any]] = []
    for doc in sorted(gold_docs):
        gs = [g for g in gold if g["doc"] == doc]
        ps = list(pred_by_doc.get(doc, []))
        used: set[int] = set()
        for g in gs:
            hit = next((i for i, p in enumerate(ps) if i not in used and fact_match(g, p)), None)
            if hit is None:
                fn[g["type"]] += 1
                misses.append({"doc": doc, "type": g["type"], "places": [x.get("name") for x in g.get("places") or []],
                               "value": (g.get("attributes") or {}).get("value"), "evidence": g.get("evidence")})
                continue
            used.add(hit)
            tp[g["type"]] += 1
            gd = g.get("date")
            if gd:
                dates[1] += 1
                dates[0] += int((ps[hit].get("date") or "")[: len(gd)] == gd)
        for i, p in enumerate(ps):
            if i not in used:
                fp[p["type"]] += 1
                false_pos.append({"doc": doc, "type": p["type"], "id": p.get("id"),
                                  "places": [x.get("name") for x in p.get("places") or []],
                                  "value": (p.get("attributes") or {}).get("value")})
    types = sorted(set(tp) | set(fp) | set(fn))
    out: dict[str, Any] = {}
    for t in types:
        p, r, f1 = _prf(tp[t], fp[t], fn[t])
        out[t] = {"p": p, "r": r, "f1": f1, "tp": tp[t], "fp": fp[t], "fn": fn[t]}
    pair = [t for t in types if t != "statistic"]
    p, r, f1 = _prf(sum(tp[t] for t in pair), sum(fp[t] for t in pair), sum(fn[t] for t in pair))
    out["pairs"] = {"p": p, "r": r, "f1": f1}
    out["dates"] = {"correct": dates[0], "of": dates[1]}
    return {"scores": out, "types": types, "misses": misses, "false_positives": false_pos}


def load_gold(path: str | Path) -> list[dict[str, Any]]:
    """Read a gold JSONL file; a bad line raises ValueError naming the line."""
    out = []
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                d = json.loads(line)
            except json.JSONDecodeError as exc:
                raise ValueError(f"{path}:{n}: not JSON ({exc.msg})") from exc
            if not isinstance(d, dict) or "doc" not in d or "type" not in d:
                raise ValueError(f"{path}:{n}: a gold fact needs 'doc' and 'type'")
            out.append(d)
    return out


def format_report(result: dict[str, Any]) -> str:
    """The text report, line for line as the evaluation's scorer prints it."""
    sc = result["scores"]
    lines = []
    for t in result["types"] + ["pairs"]:
        o = sc[t]
        extra = f"  tp={o['tp']} fp={o['fp']} fn={o['fn']}" if "tp" in o else ""
        lines.append(f"{t:12s} P={o['p']:.3f} R={o['r']:.3f} F1={o['f1']:.3f}{extra}")
    lines.append(f"dates correct on matched: {sc['dates']['correct']}/{sc['dates']['of']}")
    lines.append(f"pair F1 {sc['pairs']['f1']:.3f}")
    return "\n".join(lines)
