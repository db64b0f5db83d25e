"""Statistics: quantitative claims about exchanges ("more than 300 pairs of sister
cities", "40 delegations in 2023", "203 (21.4%)", "US$5.1 billion")."""

from __future__ import annotations

import re
from collections.abc import Iterator

from kizuna.extract import prefilter as rx
from kizuna.extract.common import dedup, institutional, make_fact, national_only
from kizuna.extract.context import DocInfo, PlaceHit, SentInfo
from kizuna.extract.dates import ordinal_value, past_years_span
from kizuna.extract.prefilter import gated
from kizuna.facts import Fact

NUMBER = gated(  # lower case throughout: IGNORECASE anyway, and it lets the prefilter scan folded text
    r"(?P<q>more than|over|at least|nearly|almost|about|around|approximately|approx\.|some|roughly|up to|"
    r"fewer than|less than|close to|as many as|a total of|totall?ing|reached|exceeding|upwards of)?\s*"
    r"(?P<cur>us\\?\$|\\?\$|usd\s?|¥|€|rmb\s?)?(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|"
    r"\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred)\b)"
    r"(?:\s*(?:-|–|to)\s*(?P<num2>\d[\d,]*(?:\.\d+)?))?"
    r"(?:\s*(?P<scale>million|billion|trillion|mn|bn)\b)?\s*(?P<cur2>yuan|usd|u\.s\. dollars|dollars|won|dong|vnd|"
    r"euros?|yen|cny|rmb)?(?P<pct>\s*(?:%|per\s?cent\b|percent\b))?",
    re.IGNORECASE,
)
# What NUMBER's figure must start with (keep in step with its ``num`` group): NUMBER, the
# costliest pattern of extraction, is only run near these (see :func:`figures`).
MAY_HOLD_NUMBER = gated(r"\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|"
                             r"thirty|forty|fifty|hundred)\b", re.IGNORECASE)
COUNT_NOUN = gated(
    r"^(?:(?!that\b|which\b|who\b|of\b|in\b)[\w'’-]+\s+){0,3}?(?P<noun>sister[- ]cit(?:y|ies)|sister[- ]\w+|friendship[- ]\w+|partner(?:ship)?[- ]?\w*|"
    r"twin\w*|pairs?|relationships?|ties|affiliations?|delegations?|visits?|agreements?|MoUs?|MOUs?|memorand\w*|"
    r"projects?|enterprises?|companies|firms|businesses|investments?|investors?|exchanges?|programs?|programmes?|"
    r"local governments?|localities|prefectures|municipalities|provinces|governors|mayors|trainees|"
    r"interns|flights|countries|states|cities|regions|partners|counterparts|ports|fields|sectors|meetings|sessions|"
    r"member (?:governments|cities|localities|provinces|states|regions))\b",
    re.IGNORECASE,
)
CONTEXT = gated(
    r"sister|friendship|partner|twin|exchange|delegation|agreement|cooperat|invest|trade|export|import|"
    r"enterprise|compan|firm|business|project|visit|affiliat|governor|relationship|mou\b|"
    r"member (?:governments|cities|localities|provinces|states|regions)|joint (?:[\w-]+ ){0,2}(?:meetings|sessions)",
    re.IGNORECASE,
)
MONEY_CONTEXT = gated(r"invest|export|import|trade|worth|valued|value|turnover|capital|contract", re.IGNORECASE)
SKIP_AFTER = gated(r"^\s*(?:-member|member(?!\s+(?:governments|cities|localities|provinces|states|regions)\b)|-strong|-person|years?|anniversary|people|residents|inhabitants|attendees|participants|"
                        r"km|kilomet|hectares|square|th\b|st\b|nd\b|rd\b|a\.m|p\.m|o'clock|times|days|hours|minutes|"
                        r"percent of the population|guests)", re.IGNORECASE)
SCALE = {"million": 1e6, "mn": 1e6, "billion": 1e9, "bn": 1e9, "trillion": 1e12}
CURRENCY = {"us$": "USD", "$": "USD", "usd": "USD", "dollars": "USD", "u.s. dollars": "USD", "yuan": "CNY",
            "rmb": "CNY", "cny": "CNY", "¥": "JPY", "yen": "JPY", "won": "KRW", "dong": "VND", "vnd": "VND",
            "€": "EUR", "euro": "EUR", "euros": "EUR"}
QUALIFIER = {"more than": "at-least", "over": "at-least", "at least": "at-least", "exceeding": "at-least",
             "upwards of": "at-least", "as many as": "exact", "nearly": "approx", "almost": "approx", "about": "approx",
             "around": "approx", "approximately": "approx", "approx.": "approx", "some": "approx", "roughly": "approx",
             "close to": "approx", "up to": "at-most", "fewer than": "at-most", "less than": "at-most"}


WORD_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
                "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
                "hundred": 100}


def _num(s: str) -> float:
    if s.lower() in WORD_NUMBERS:
        return float(WORD_NUMBERS[s.lower()])
    return float(s.replace(",", ""))


REACH_BACK = 32  # non-space characters a figure's qualifier and currency may take before it ("approximately US$")


def figures(text: str) -> Iterator[re.Match[str]]:
    """``NUMBER.finditer(text)``, scanning only near where a figure can start.

    A match holds a figure (MAY_HOLD_NUMBER finds where one starts) with at most a
    qualifier, spaces and a currency before it, so the leftmost match is searched
    from REACH_BACK non-space characters before the next figure, not from every
    character of the sentence."""
    pos = 0
    for c in MAY_HOLD_NUMBER.finditer(text):
        at = c.start()
        if at < pos:
            continue  # inside the last match
        # Any start between ``pos`` and REACH_BACK non-space characters back finds the same match
        # (no figure lies in between, and no qualifier is that long): take twice that many
        # characters when they hold enough non-space ones, else ``pos`` itself.
        lo = max(pos, at - 2 * REACH_BACK)
        if lo > pos and len("".join(text[lo:at].split())) < REACH_BACK:
            lo = pos
        m = NUMBER.search(text, lo)
        if m is None:
            return
        yield m
        pos = m.end()


# a report's figure line: "Delegations received from partner cities in FY2024: 7 (FY2023: 5)"
_LABELLED = re.compile(r"^\s*(?:[-•*·]\s*)?(?P<label>[A-Z][a-z]+(?:\s+[\w'’-]+){0,8}?)(?:\s+(?:in|during)\s+"
                       r"(?P<fy>FY\s?|fiscal\s+)?(?P<year>(?:19|20)\d\d))?\s*:\s*(?P<num>\d[\d,]*)"
                       r"(?:\s*\(\s*(?P<fy2>FY\s?|fiscal\s+)?(?P<year2>(?:19|20)\d\d)\s*:\s*(?P<num2>\d[\d,]*)\s*\))?\s*$")


def _labelled(doc: DocInfo, s: SentInfo) -> list[Fact]:
    """The figures of a report's 'label: N' line whose label counts exchanges (delegations, visits,
    partner cities): one statistic per figure, dated by its (Japanese fiscal) year; none for any
    other label ("Foreign residents as of March 31: 13,412" is a population)."""
    m = _LABELLED.match(s.text)
    if m is None or not CONTEXT.search(m.group("label")):
        return []
    noun = COUNT_NOUN.match(m.group("label"))
    if noun is None or not rx.search(r"s$", noun.group("noun")):
        return []
    subject = m.group("label").strip()[:80]
    places = [h for h in dedup(s.parties)] or ([doc.focus] if doc.focus is not None else [])
    facts = []
    for num, fy, year in ((m.group("num"), m.group("fy"), m.group("year")),
                          (m.group("num2"), m.group("fy2"), m.group("year2"))):
        if num is None:
            continue
        date, end = (f"{year}-04", f"{int(year) + 1}-03") if year and fy else (year, None)
        facts.append(make_fact("statistic", places, s, date=date, date_end=end, status="happened", people=False,
                               attributes={"subject": subject, "value": int(num.replace(",", "")),
                                           "qualifier": "exact", "unit": _unit(noun.group("noun"))},
                               confidence=0.45))
    return facts


def extract(doc: DocInfo, s: SentInfo) -> list[Fact]:
    """Statistic facts in one sentence."""
    text = s.text
    labelled = _labelled(doc, s)
    if labelled:
        return labelled
    if not CONTEXT.search(text) and not (doc.last_stat_sentence == s.index - 1 and RANKED_SHARE.search(text)) \
            and not _TOOK_PART_VERB.search(text) and not _SENT_PEOPLE.search(text) and not _WORKING_IN.search(text) \
            and not _HOME_TO.search(text):
        return []  # ("Then, Canada is third with 45 (6%)": the ranking the sentence before began goes on)
    facts: list[Fact] = []
    date_spans = [(d.start - s.sent.start, d.end - s.sent.start) for d in s.dates]
    where: tuple[list[PlaceHit], str | None] | None = None
    for m in figures(text):
        ns, ne = m.start("num"), m.end("num")
        if any(a <= ns < b for a, b in date_spans):
            continue
        if ns == 0 and _SECTION_NUMBER.match(text):
            continue  # "3.2 A delegation of 18 ...": a numbered paragraph of minutes, not a figure
        if ns > 0 and (text[ns - 1].isalnum() or text[ns - 1] in "-/."):
            continue
        word_number = m.group("num").isalpha()
        if word_number and not _sub_count(text[m.end():], facts) and (
                m.group("pct") or m.group("scale") or not COUNT_NOUN.match(text[m.end():])
                            or _num(m.group("num")) < 4 or m.group("q")
                            or rx.search(r"\b(?:the|these|those|their|its|our|all|both|a)\s+$", text[max(0, ns - 8): ns], re.I)):
            continue  # "the two sides", "a five-year memo": not counts
        if rx.search(r"\b(?:No|no|Number|number)\.?\s*$", text[max(0, ns - 8): ns]) and not word_number:
            if not rx.search(r"number of", text[max(0, ns - 30): ns]) and not NOUN_NUMBERS.search(text[:ns]):
                continue  # "No. 4": a label
        if rx.search(r"\bdelegation of\s+$|\bgroup of\s+$", text[max(0, ns - 16): ns]):
            continue  # a delegation's size is an attribute of the visit
        if rx.search(r"\b(?:reception|luncheon|dinner|banquet|gathering|seminar|session|briefing|workshop|presentation|"
                     r"roadshow)(?:\s+in\s+[A-Z][\w-]+)?\s+(?:with|for|attended by)\s+"
                     r"(?:more than |over |about |some |nearly )?$", text[max(0, ns - 40): ns]):
            continue  # who came to one event, not a figure of the exchange
        if rx.search(r"\b(?:participants|attendees|guests|delegates|representatives|people|visitors)\s+(?:from|of)\s+"
                     r"(?:more than |over |about |some |nearly |around )?$", text[max(0, ns - 45): ns]):
            continue  # "300 participants from 50 local governments", "representatives of 25 companies": attendance
        if _GATHERED_FROM.search(text[max(0, ns - 80): ns]) and _GATHERING.search(text):
            continue  # "with mayors and officials from 46 cities in 28 countries gathering in the city": who came
        if (m.group("cur") or m.group("cur2")) and rx.search(r"\d[^()]*\(\s*(?:US\$|\$|USD\s?|¥|€|RMB\s?)?$",
                                                             text[max(0, ns - 40): ns]):
            continue  # "1.53 billion yuan ($224.34 million)": the same sum in another currency
        if text[ne: ne + 1].isalpha() and not m.group("scale") and not m.group("cur2"):
            continue  # "7th", "2nd"
        rest = text[m.end():]
        if ATTENDANCE.search(text[max(0, ns - 40): ns]):
            continue  # "which drew some 60 firms", "expected to draw officials from about 20 cities": who came
        plain = not (m.group("cur") or m.group("cur2") or m.group("pct") or m.group("scale"))
        took_part = plain and not word_number and not _SIZE_WORD.match(rest) and _took_part(text, rest)
        sub = plain and _sub_count(rest, facts, text[max(0, ns - 25): ns])
        if SKIP_AFTER.match(rest) and not m.group("cur") and not m.group("cur2") and not took_part \
                and not (m.group("pct") and rx.match(r"\s*year[- ]on[- ]year\b", rest)):  # "rose 12.5 percent year on year"
            continue
        if plain and DOMESTIC_SCOPE.match(rest):
            continue  # "farms in 11 cities and counties of the province": places at home, not partners
        if text[max(0, ns - 1): ns] == "(" and m.group("pct"):
            continue  # "(30%)": a share of the count before it
        if "=" in text[max(0, ns - 2): ns] or "=" in text[ne: ne + 2]:
            continue  # an exchange rate: "US$1=¥130"
        if m.group("pct") and rx.match(r"^\s*(?:of|to)\b", rest) and not any(
                h.level != "country" for h in s.parties):
            continue  # "70% of Japanese businesses", "15 to 16% of the total": a share, not a count
        value = _num(m.group("num"))
        if m.group("scale"):
            value = round(value * SCALE[m.group("scale").lower()], 2)  # 4.1 billion is 4100000000, not 4099999999.9999995
        money = m.group("cur") or m.group("cur2")
        attrs: dict = {}
        if (money or m.group("pct")) and national_only(text):
            continue  # "Prime Minister X hosted Prime Minister Y, where the two governments set a goal of ..."
        if (money or m.group("pct")) and len({h.country for h in s.places}) < 2 and not (
                s.places and CONTINENT.search(text)):
            continue  # a trade total with no partner: not about an exchange between two sides
        if (money or m.group("pct")) and not any(h.level != "country" and (not h.located or _invested_in(text))
                                                 and not institutional(s, h) for h in s.parties):
            continue  # trade between two countries: national, not local
        if money:
            if not MONEY_CONTEXT.search(text) and not m.group("scale"):
                continue
            cur = (m.group("cur") or m.group("cur2") or "").strip().lower().replace("\\", "")
            attrs["unit"] = CURRENCY.get(cur, cur.upper())
        elif m.group("pct"):
            if not rx.search(r"export|import|trade|invest|increase|growth|rose|grew|share|\bup\s+(?:by\s+)?\d", text, re.I):
                continue
            attrs["unit"] = "percent"
        elif took_part:
            attrs["unit"] = "people"
            attrs["subject"] = rest[: took_part].strip()[:80]
        elif sub:
            attrs["unit"] = sub.attributes.get("unit")
            attrs["subject"] = f"{sub.attributes.get('subject')} {rest.split(',')[0].strip()}"[:80]
        else:
            noun = COUNT_NOUN.match(rest)
            counted = _counted_in_sentence(text, m.start("num"), rest)
            if not noun and not counted:
                continue
            if not noun:
                if 1900 <= value <= 2100 and "," not in m.group("num"):
                    continue
                attrs["unit"] = counted
                attrs["subject"] = counted
                noun = None
            elif 1900 <= value <= 2100 and "," not in m.group("num"):
                continue
            else:
                attrs["unit"] = _unit(noun.group("noun"))
                attrs["subject"] = (rest[: noun.end()]).strip()[:80]
        q = (m.group("q") or "").lower()
        attrs["value"] = int(value) if value == int(value) else value
        attrs["qualifier"] = QUALIFIER.get(q, "exact")
        if m.group("num2") and not money:
            attrs["value_max"] = _num(m.group("num2"))
            attrs["qualifier"] = "at-least"
        share = rx.match(r"^\s*(?:[\w-]+\s+){0,3}?\(\s*(\d+(?:\.\d+)?)\s*%\s*\)", rest)
        if share:
            attrs["share"] = round(float(share.group(1)) / 100, 4)
        if where is None:  # the same for every figure of the sentence: worked out once
            where = (_places(doc, s), _as_of(doc, s))
        span = past_years_span(text, doc.published) if where[1] is None else None
        facts.append(make_fact("statistic", where[0], s, date=span[0] if span else where[1],
                               date_end=span[1] if span else None, status="happened", attributes=attrs,
                               confidence=0.5, people=False))
    for m in RANK.finditer(text):  # "Taiwan is Idaho's second-largest export market": a rank among partners
        n = ordinal_value(m.group("ord"))
        if n and len({h.country for h in s.places}) >= 2 and not any(f.attributes.get("value") == n for f in facts) \
                and not _national_rank(s, m.start()):
            facts.append(make_fact("statistic", dedup(s.places), s, status="happened", people=False,
                                   attributes={"subject": m.group(0).strip(), "value": n, "qualifier": "exact",
                                               "unit": "rank"}, confidence=0.45))
    for m in ORDINAL_TIE.finditer(text):  # "the fifth sister relationship South Jeolla has formed"
        n = ordinal_value(m.group("ord"))
        if n and not any(f.attributes.get("value") == n for f in facts):
            subject = f"{m.group('noun')} ties of {s.parties[0].ref.name}" if s.parties else m.group("noun")
            facts.append(make_fact("statistic", dedup(s.parties)[:1], s, status="happened", people=False,
                                   attributes={"subject": subject, "value": n, "qualifier": "exact",
                                               "unit": "partnerships", "note": "ordinal: the Nth such tie"},
                                   confidence=0.4))
    if facts:
        doc.last_stat_sentence = s.index
    return facts


# those who came to one event, counted by where they came from, then the event or the gathering itself
_GATHERED_FROM = gated(r"\b(?:mayors|officials|delegates|delegations|representatives|participants|guests|leaders|"
                       r"governors)(?:\s+and\s+[a-z-]+)?\s+from\s+(?:more than |over |about |some |nearly |around )?"
                       r"(?:[\d,]+\s+[a-z]+\s+(?:in|and)\s+(?:more than |over |about |some |nearly |around )?)?$")
_GATHERING = gated(r"\b(?:gathering|gathered|gather|attending|attended|taking part|took part|convened|assembled)\b|"
                   r"\b(?:forum|conference|summit|symposium|festival|ceremony|expo)\b", re.IGNORECASE)
ATTENDANCE = gated(r"\b(?:drew|draws?|drawing|attracted|attracts?|brought together|bringing together|gathered)\s+"
                   r"(?:[\w-]+\s+){0,3}?(?:more than |over |about |some |nearly |around |up to )?$", re.IGNORECASE)
# the people counted, then what they did in the exchange: "more than 400 young people from the two regions
# have taken part", "some 120 Ilonggos have been deployed to Gimhae", "38 farmers have trained in X"
_PEOPLE = (r"(?:people|persons|residents|citizens|students|pupils|young people|youths|teachers|artists|farmers|"
           r"workers|trainees|trainers|interns|volunteers|experts|technicians|researchers|doctors|nurses|caregivers|"
           r"engineers|athletes|officials|civil servants|children|performers|[A-Z][a-z]+(?:ans|ese|os|is))")
_TOOK_PART = gated(r"^\s*(?:(?!that\b|which\b|who\b)[\w'’,-]+\s+){0,6}?" + _PEOPLE + r"\b[^.;]{0,60}?\b(?:(?:have|has|had)\s+"
                   r"(?:so far\s+|since\s+\w+\s+)?(?:taken part|participated|joined|trained|studied|worked|been deployed|"
                   r"been sent|been dispatched|been hosted|gone|travelled|traveled)|took part|taking part|participated in|were sent|were dispatched|"
                   r"(?:are|were)\s+(?:currently\s+|now\s+|still\s+)?(?:working|studying|training)\s+in(?=\s+(?-i:[A-Z]))|"
                   r"(?:worked|studied|trained)\s+in(?=\s+(?-i:[A-Z]))|"
                   r"(?:visited|travell?ed to)(?=\s+[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?(?:[\s,.;]|$)))")
_EXCHANGE_WORDS = gated(r"exchange|program|programme|deployed|dispatched|trained|studied|worked on|worked at|"
                        r"to (?-i:[A-Z])|in (?-i:[A-Z])|visited (?-i:[A-Z])|(?:school|study|home-?stay) (?:trips?|tours?|visits?)", re.IGNORECASE)
# "nine sister cities abroad, including two in Japan", "12 sister cities, three of them in South Korea"
_SUB_COUNT = gated(r"^\s*(?:of them\s+|of which\s+|of these\s+)?(?:are\s+|is\s+)?in\s+(?:the\s+)?[A-Z]")
DOMESTIC_SCOPE = gated(r"^\s*(?:cities|counties|towns|villages|districts|municipalities)(?:\s+and\s+\w+)?\s+"
                       r"(?:of|in|across)\s+(?:the|its|this)\s+(?:province|prefecture|state|region|country|island)\b")


_TOOK_PART_VERB = gated(r"\b(?:have|has|had)\s+(?:since\s+|so far\s+|also\s+)?(?:taken part|participated|trained|"
                        r"been deployed|been sent|been dispatched|been hosted|sent|dispatched|exchanged|travell?ed|"
                        r"studied|worked)\b"
                        r"|\b(?:trainees|students|participants|workers|interns)\s+(?:taking|took)\s+part\b"
                        # "64 workers from Bayombong worked in Hongcheon last year": one side's people in the other
                        r"|\b(?:workers|trainees|students|interns|nurses|caregivers)\s+from\s+(?-i:[A-Z])[\w\s'’-]{0,40}?\s+"
                        r"(?:worked|studied|trained)\s+in\s+(?-i:[A-Z])")
# "they have exchanged more than 300 delegations and 16,000 students, teachers and artists"
_EXCHANGED_BEFORE = gated(r"\b(?:exchanged|sent|sends|sending|dispatched|hosted|hosting|welcomed|receiving|training|receive[sd]?|accept(?:ed|s)?|train(?:s|ed)?|"
                          r"scholarships?\s+to|home to)\b[^.;]{0,60}$")
# the people come as a group the exchange moves ("120 seasonal farm workers", "1,200 high school students"),
# not "1,000 Taiwanese families" or "students' parents"
_PEOPLE_AFTER = gated(r"^\s*(?:[\w-]+\s+){0,3}?" + _PEOPLE + r"\b(?!['’]|\s+(?:families|households|parents|"
                      r"companies|firms|businesses|tourists|visitors|residents|homes)\b)")
# "has sent a total of 310 workers to", "will receive 120 seasonal farm workers from", "granted scholarships to
# more than 500 students": people moved by the exchange, in a sentence with none of CONTEXT's words
_SENT_PEOPLE = gated(r"\b(?:sent|sends|sending|dispatched|receive[sd]?|receiving|accept(?:ed|s)?|train(?:s|ed)?|hosted|hosting|scholarships?\s+to)\s+"
                     r"(?:a total of\s+|more than\s+|over\s+|about\s+|some\s+|nearly\s+|around\s+)?\d[\d,]*\s+"
                     r"(?:[\w-]+\s+){0,3}?" + _PEOPLE + r"\b")


def _took_part(text: str, rest: str) -> int:
    """Where the people a figure counts end, when they took part in the exchange (0 when not)."""
    m = _TOOK_PART.match(rest)
    if m and _EXCHANGE_WORDS.search(text):
        return m.end()
    after = _PEOPLE_AFTER.match(rest)
    if after and _EXCHANGED_BEFORE.search(text[: len(text) - len(rest)]):
        return after.end()
    return 0


def _sub_count(rest: str, facts: list[Fact], before: str = "") -> Fact | None:
    """A figure right before 'in <Place>' after a count of ties in the same sentence: part of that count
    (or, after 'including', part of any count told before it: "9,800 working in Japan, including 230 in Kochi")."""
    if not _SUB_COUNT.match(rest):
        return None
    if facts and _INCLUDING.search(before):
        return facts[-1]
    return next((f for f in reversed(facts) if f.attributes.get("unit") in ("pairs", "partnerships")), None)


# "a 16-member citizens' delegation ... visited": a delegation's size, not people counted as taking part
_SIZE_WORD = re.compile(r"[-\s]?(?:member|strong|person|man|woman)\b")
_INCLUDING = gated(r"\b(?:including|among them|of whom)\s+(?:about\s+|some\s+|more than\s+|over\s+|nearly\s+)?$", re.IGNORECASE)
_SECTION_NUMBER = re.compile(r"\d{1,2}[.-]\d{1,2}\s+[A-Z(]")  # "3.2 A delegation ...", "3-1 Our partner cities"
# people of one side working or studying in the other: "9,800 people from Ha Tinh are currently working in Japan"
_WORKING_IN = gated(r"\b(?:are|were|is)\s+(?:currently\s+|now\s+|still\s+)?(?:working|studying|training)\s+in\s+(?-i:[A-Z])",
                    re.IGNORECASE)
# "Chungnam is home to some 6,400 Indonesian migrant workers": people of another country living in the place
_HOME_TO = gated(r"\bhome to\s+(?:some\s+|about\s+|around\s+|more than\s+|over\s+|nearly\s+|roughly\s+)?\d[\d,]*\s+"
                 r"(?-i:[A-Z])[a-z]+(?:an|ese|i|sh|ch)\s+(?:[\w-]+\s+){0,2}?(?:workers|students|trainees|interns|"
                 r"caregivers|nurses|engineers)\b", re.IGNORECASE)


RANKED_SHARE = gated(r"\b(?:with|at|by)\s+\d[\d,]*\s*\(\s*\d+(?:\.\d+)?\s*%\s*\)")


def _places(doc: DocInfo, s: SentInfo) -> list[PlaceHit]:
    """What a figure is about: the sentence's places, else the countries the story is about."""
    places = dedup(s.places)
    if places:
        return places
    out = []
    for cc in doc.countries[:2]:
        p = doc.gazetteer.get(cc)
        if p is not None:
            out.append(PlaceHit(s.sent.start, s.sent.start, cc, p.ref()))
    return out


def _as_of(doc: DocInfo, s: SentInfo) -> str | None:
    """The date a figure is counted at: the sentence's own, else the 'as of' date of the passage."""
    if s.dates:
        # not a year a list gives one partner in brackets ("including Niigata, Japan (1979), ..."): that tie's
        d = next((d for d in s.dates if d.value and not rx.search(
            r"[A-Za-z]\s*\(\s*$", s.text[max(0, d.start - s.sent.start - 3): d.start - s.sent.start])), None)
        if d is not None and rx.search(r"\bas of\b|\bas at\b|\bend of\b", s.text, re.IGNORECASE):
            doc.last_as_of = d.value
        return d.value if d else None
    goes_on = doc.last_stat_sentence == s.index - 1 and RANKED_SHARE.search(s.text)
    if doc.last_as_of and (goes_on or rx.search(r"affiliation|sister|partner|ties|relationship", s.text, re.IGNORECASE)):
        return doc.last_as_of
    return None


NUMBER_OF = gated(
    r"\bnumber of (?:[\w-]+\s+){0,3}?(?P<noun>affiliations|sister[- ]cit(?:y|ies)|relationships|investments|"
    r"delegations|visits|agreements|projects|enterprises|companies|partnerships|exchanges|ties|pairs|cities|"
    r"provinces|partners|localities|municipalities)\b",
    re.IGNORECASE,
)
NOUN_NUMBERS = gated(
    r"(?P<noun>sister[- ]cit(?:y|ies)|partner cities|friendship cities|ties|relationships|partnerships|partners)"
    r"\s+(?:now\s+)?(?:number(?:ed)?|total(?:l?ed)?|reach(?:ed)?|stands? at|stood at)\s+$",
    re.IGNORECASE,
)
CONTINENT = gated(r"\b(?:Africa|Europe|Asia|ASEAN|Latin America|South America|Oceania|the Middle East|the EU)\b")
ORDINAL_TIE = gated(
    r"\b(?:the|(?-i:[A-Z])[\w-]*['’]s|its|their) (?P<ord>second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)) "
    # "the fourth officially established pair of sister provinces": a few words may come between
    r"(?:(?:officially|formally|newly|established|formal|official|such|overseas|foreign|international)\s+){0,3}(?:pair of\s+)?"
    r"(?P<noun>(?:sister|friendship|partner|twin)[- ]?\w*(?: \w+)?)\b",
    re.IGNORECASE,
)
RANK = gated(
    r"\b(?P<ord>second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:nd|rd|th))(?:[- ](?:largest|biggest)\s+"
    r"(?:export|import|trading|trade|investment|tourism)\s+(?:destination|partner|market|source)\b"
    r"|[- ](?:largest|biggest)\s+(?:foreign\s+)?investor\b"
    r"| place in terms of (?:[\w-]+\s+){0,2}?(?:investments?|trade|exports?|imports?|visitors|tourists)\b)",
    re.IGNORECASE,
)


def _counted_in_sentence(text: str, pos: int, rest: str) -> str | None:
    """'The number of affiliations ... is 393 (30%)': the count's noun named earlier in the sentence."""
    nn = NOUN_NUMBERS.search(text[:pos])
    if nn:
        return nn.group("noun").lower()
    nm = NUMBER_OF.search(text[:pos]) or NUMBER_OF.search(text[pos:])
    share = rx.match(r"^\s*\(\s*\d+(?:\.\d+)?\s*%", rest)
    before = text[max(0, pos - 25): pos]
    verb = rx.search(r"\b(?:is|was|were|are|totaled|totalled|reached|stood at|at|with|by|of|to|number|numbered)\s+"
                     r"(?:more than |over |about |around |nearly |some )?$", before)
    if nm and (verb or share):
        return nm.group("noun").lower()
    if share and verb:
        return "affiliations" if "affiliation" in text.lower() else "count"
    if rx.match(r"^\s*\)", rest) and rx.search(r"\(\s*$", text[:pos]) and re.search(
            r"sister|ties|affiliation|partner|relationship", text, re.I):
        return "partnerships"  # "most numerous with America (455)"
    return None


def _unit(noun: str) -> str:
    n = noun.lower()
    if n.startswith("sister") or n.startswith("friendship") or n.startswith("twin") or n.startswith("partner"):
        return "pairs" if "pair" in n else "partnerships"
    return n if n.endswith("s") else n + "s"


def _national_rank(s: SentInfo, at: int) -> bool:
    """'Japan is Vietnam's fourth-largest trading partner': a rank of one country among another
    country's partners is national, not an exchange of local governments ("Taiwan is Idaho's
    second-largest export market" is kept: a state ranks its partners)."""
    owners = [h for h in s.places if h.end - s.sent.start < at and s.text[h.end - s.sent.start:].startswith(("'s", "’s"))]
    owner = owners[-1] if owners else None  # "Vietnam's third-largest source ... and its fourth-largest partner"
    if owner is None:
        return False
    first = s.places[0]
    return owner.level == "country" and first.level == "country"


def _invested_in(text: str) -> bool:
    """'85 RoK-invested projects with a registered capital of 1.5 billion USD are operating in Vinh
    Phuc': investment located in a province is that province's figure, though it is named after 'in'."""
    return bool(rx.search(r"\b(?:invested|investment|investors?|registered capital)\b", text, re.IGNORECASE))
