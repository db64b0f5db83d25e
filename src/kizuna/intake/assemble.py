"""Turn decoded text plus whatever metadata a reader found into an :class:`IntakeDocument`.

Every reader funnels through :func:`build_document` so cleaning, date choice,
sidecar precedence and language detection are decided in one place.

Publication date precedence (first that applies wins, source recorded):

1. a metadata sidecar record that has a ``published`` key, even ``null``
   (the dataset maker's judgement beats our guess): ``sidecar``;
2. the ``.jsonl`` record's own ``published``: ``record``;
3. HTML metadata (htmldate without text heuristics): ``html-meta``;
4. a dateline or labelled date line in the text: ``dateline``;
5. a date in the URL path: ``url``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from kizuna.intake.clean import clean_text
from kizuna.intake.dates import normalise_date, url_date
from kizuna.intake.documents import IntakeDocument
from kizuna.intake.language import detect_language
from kizuna.intake.sidecar import find_sidecar

_HOME = re.compile(r"^(?:home|首页|首頁|홈|ホーム|trang chủ)$", re.I)
_MD_HEADING = re.compile(r"^#{1,3}\s+(.+?)\s*#*\s*$")


@dataclass
class Hints:
    """What a reader learnt besides the text (all optional)."""

    url: str | None = None
    title: str | None = None
    published: str | None = None
    published_source: str | None = None
    outlet: str | None = None
    byline: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)
    sidecar_path: str | None = None  # the article file a sidecar would describe


class EmptyText(ValueError):
    """Nothing readable is left after cleaning."""


def _guess_title(text: str, fmt: str) -> str | None:
    """First short non-sentence line near the top: the headline in scraped pages."""
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()][:6]
    if fmt == "markdown":
        for ln in lines:
            m = _MD_HEADING.match(ln)
            if m:
                return m.group(1)
    candidates = [ln for ln in lines if 3 <= len(ln) <= 200 and len(ln.split()) >= 2
                  and not ln.endswith((".", "。", ":", ";")) and not masthead(ln)]
    if len(candidates) >= 2 and len(candidates[0].split()) <= 3 and len(candidates[1].split()) >= 5 \
            and lines.index(candidates[1]) == lines.index(candidates[0]) + 1:
        candidates.pop(0)  # "Focus Taiwan" above "Taichung, Aomori sign tourism, education exchange pact"
    return candidates[0].lstrip("# ").strip() if candidates else None


# The last word of an outlet's name as pages print it above the headline ("Yonhap News Agency",
# "The Korea Times", "VnExpress International", "Kyodo News", "Nikkei Asia").
_MEDIA_WORDS = frozenset("news agency times herald daily post press tribune journal gazette online network "
                         "tv radio broadcasting international plus xinhua xinhuanet kyodo yonhap vnexpress "
                         "shimbun ilbo mainichi asahi yomiuri nikkei asia today weekly magazine wire".split())
_RELEASE_HEAD = re.compile(r"^(?:news ?room|(?:news|press|media) releases?)\s*[-–—|:]|[-–—|:]\s*(?:news ?room|"
                           r"(?:news|press|media) releases?)$|^(?:news ?room|(?:news|press|media) releases?)$", re.I)
_NAME_WORD = re.compile(r"^(?:[A-Z0-9][\w.&'’-]*|of|the|and|&)$")


def masthead(line: str) -> bool:
    """Whether ``line`` is only an outlet's name: up to five capitalised words ending in a media
    word. Such a line stands above many scraped headlines and is no headline itself."""
    if _RELEASE_HEAD.search(line):
        return True  # "City of San Antonio - News Release", "Newsroom | Gyeonggi Province"
    words = line.strip().split()
    return (1 <= len(words) <= 5 and all(_NAME_WORD.match(w) for w in words)
            and words[-1].lower().strip(".") in _MEDIA_WORDS)


def _host(url: str | None) -> str | None:
    m = re.match(r"^[a-z]+://(?:www\.)?([^/:?#]+)", url or "", re.I)
    return m.group(1).lower() if m else None


def build_document(*, origin: str, doc_id: str, sha256: str, raw_text: str, fmt: str,
                   hints: Hints | None = None) -> IntakeDocument:
    """Clean ``raw_text`` and settle title, date, URL, outlet and language; see module docstring."""
    hints = hints or Hints()
    cleaned = clean_text(raw_text)
    text = cleaned.text
    if not text.strip():
        raise EmptyText("no text left after removing page furniture")
    meta: dict[str, Any] = dict(hints.meta)
    meta["removed_lines"] = len(cleaned.removed)
    if cleaned.removed:
        meta["removed"] = [{"line": n, "why": why, "text": s[:200]} for n, why, s in cleaned.removed]
    if cleaned.tags:
        meta["tags"] = cleaned.tags
    if cleaned.breadcrumb:
        meta["breadcrumb"] = cleaned.breadcrumb
    if cleaned.photo_credits:
        meta["photo_credits"] = cleaned.photo_credits
    if cleaned.dateline_line:
        meta["dateline"] = cleaned.dateline_line

    url, title, outlet = hints.url, hints.title, hints.outlet
    published, source = hints.published, hints.published_source
    if published is None and source is None:
        if cleaned.dateline:
            published, source = cleaned.dateline, "dateline"

    side = find_sidecar(hints.sidecar_path) if hints.sidecar_path else None
    if side:
        side_path, rec = side
        meta["sidecar"] = side_path
        url = rec.get("url") or url
        title = rec.get("title") or title
        outlet = rec.get("outlet") or rec.get("source") or outlet
        if "published" in rec:
            published, source = normalise_date(rec.get("published")), "sidecar"
        for key, value in rec.items():
            if key not in ("url", "title", "published", "text", "doc", "id", "file", "outlet", "source"):
                meta.setdefault(key, value)

    if published is None and source is None:
        found = url_date(url)
        if found:
            published, source = found, "url"

    if not outlet and cleaned.breadcrumb and not _HOME.match(cleaned.breadcrumb[0]):
        outlet = cleaned.breadcrumb[0]
    outlet = outlet or _host(url)
    byline = hints.byline or cleaned.byline
    if byline:
        meta["byline"] = byline  # the store keeps meta, not a byline column
    return IntakeDocument(
        origin=origin, doc_id=doc_id, sha256=sha256, text=text,
        title=title or _guess_title(text, fmt), published=published,
        published_source=source if published or source in ("sidecar", "record") else None,
        url=url, outlet=outlet, language=detect_language(text), format=fmt,
        byline=byline, meta=meta,
    )
