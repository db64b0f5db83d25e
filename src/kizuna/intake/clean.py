"""Remove page furniture from article text by dropping whole lines.

Why whole lines: fact evidence offsets point into the stored text, and gold
evidence must stay an exact substring of it.  Kept lines are never rewrapped or
edited, so every story sentence survives byte for byte; the only edits are
newline normalisation and the removal of lines that are recognisably furniture
(breadcrumbs, share/print menus, cookie notices, job ads, "Recent Posts"
blocks, copyright, tags, photo credits, datelines and bylines).

The rules are deliberately narrow: losing one story sentence costs more than
keeping a noise line.  What a removed line told us (a dateline, a byline, tags,
a breadcrumb) is returned as metadata.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from kizuna.intake.dates import DATE_LIKE, TIME_LIKE, date_like, labelled_date, parse_date

# Words that make up navigation, share and footer menus.  A short line made only of
# these words is furniture.
NAV_WORDS = frozenset("""
share shared this print page pages tweet email e mail close suggest to a friend send back list previous
next article articles top wechat weibo facebook twitter x zalo linkedin whatsapp kakaotalk kakao line
comment comments save most read viewed popular liked related news recent posts subscribe newsletter
newsletters our archive text size font adjust large medium small l m s type content tools home menu
search login log sign up in out privacy policy accessibility imprint data protection terms of use
contact us sitemap skip main navigation go rss feed copy link reddit pinterest telegram naver band
readers hours more stories you may also like latest global edition asia english français español
中文 雙語 简体 繁體 한국어 日本語 bar_progress and the or on for
""".split())

# Nav words that do not occur in ordinary prose headings ("of", "in" and the like excluded).
MENU_WORDS = NAV_WORDS - frozenset("to a this in of up out and the or on for line data type text back list".split())

NAV_PHRASES = frozenset({
    "본문 바로가기", "bar_progress", "메뉴 바로가기", "주메뉴 바로가기", "전체메뉴", "로그인", "회원가입", "검색",
    "phiên bản di động", "join us on social!", "special coverage", "(end)", "comments are closed.",
    "leave a reply", "leave a comment", "world", "back to archive", "list of past newsletters",
    "返回顶部", "打印本页", "关闭窗口", "分享到", "トップへ戻る", "ページの先頭へ",
})

BLOCK_HEADINGS = frozenset({
    "recent posts", "related news", "related", "related articles", "related stories", "related posts",
    "more news", "more stories", "read more", "you may also like", "most popular", "most read",
    "most viewed", "most viewed in 24 hours", "latest news", "trending", "관련기사", "관련 기사",
    "相关新闻", "相關新聞", "相关阅读", "関連記事", "tin liên quan", "bài liên quan",
    "see also", "also read", "read also", "top stories", "editor's picks", "editors' picks", "recommended",
    "recommended stories", "most shared", "in other news", "what to read next", "more on this story",
})
# "Related coverage", "RELATED CONTENT", "Related links:": a heading of related stories, in any wording
_RELATED_HEADING = re.compile(r"^related(?:\s+[a-z]+){0,2}$")

META_LABELS = ("source", "time", "date", "editor", "resource", "printing size", "author", "updated",
               "published", "posted", "reporter", "views", "hits", "来源", "作者", "时间", "編集", "출처")

_SENT_END = re.compile(r"[.!?。！？]['\"”’)]?$")
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)?")
_JOB = re.compile(r"^job (?:title|description)\s*:|\bcompany:.*\bjob description:", re.I)
_AGO = re.compile(r"^\d+\s+(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)\s+ago$", re.I)
_COOKIE = re.compile(r"\bcookies?\b", re.I)  # a match lower-cases to 'cook...' (even with a Kelvin sign K)
_COOKIE_CTX = re.compile(r"\b(?:use|uses|accept|consent|settings|policy|browsing|agree)\b", re.I)
_COPYRIGHT = re.compile(r"^(?:©|\(c\)|copyright\b|版权所有|저작권)|all rights reserved", re.I)
_TAGS = re.compile(r"^(?:tags?|keywords?|topics?|categories|category|labels?|标签|關鍵詞|关键词|태그)\s*[:：]\s*(.*)$",
                   re.I)
_HASHTAGS = re.compile(r"^(?:(?:tags?|keywords?|topics?)\s+)?#[^\W_][\w-]*(?:\s+#[^\W_][\w-]*)*\s*$", re.I)
_PHOTO = re.compile(
    r"^[\[(<]?\s*(?:photo|photos|image|images|picture|pictured|caption|photo credit|image source|credit|"
    r"图片来源|图|사진|写真)\s*[:=/：]\s*(?P<credit>[^\])>]*)[\])>]?\s*$",
    re.I,
)
_BYLINE = re.compile(
    r"^[\[(<]?\s*(?:by|published by|posted by|written by|author|editor|reporter|web editor|"
    r"(?:the )?source of news|责任编辑|编辑|記者|기자)\b\s*[:：]?\s*(?P<who>.*?)[\])>]?\s*$",
    re.I,
)
_INLINE_REPORTER = re.compile(r"^\[([^\]]*\breporter\b[^\]]*)\]", re.I)
_HANDLE = re.compile(r"^\S+@\S+$")
_MISC = re.compile(
    r"^(?:reading time\b|sign up for\b|enditem\b|related(?:\s+(?:news|stories|articles|posts|links|coverage|content|reading))?\s*:|read more\s*:|this site uses akismet\b|"
    r"with your current subscription plan\b|share (?:this|on|to|via)\b.{0,40}$|click here to\b|"
    r"(?:for immediate release|(?:news|press|media) release|embargoed (?:until|till)\b.{0,40})\s*:?$|"
    r"(?:media|press|news)?\s*(?:contacts?|enquiries|inquiries)\s*:|for (?:more|further) information,? (?:please )?contact\b)",
    re.I,
)
# The end of a press release ("###", "-30-", "- END -"): what follows is contacts and boilerplate.
_RELEASE_END = re.compile(r"^(?:#{3,}|-\s*30\s*-|[-–—]\s*end\s*[-–—])$", re.I)


def _job_ad(s: str) -> bool:
    """``_JOB.search(s)``, skipping the scan when neither alternative can match.

    The first alternative starts the line with "job" (``j`` has no case partner but
    ``J``); the second needs two colons.  A case-insensitive search over a whole
    paragraph costs far more than these tests.
    """
    return (s[:1] in "jJ" or s.count(":") >= 2) and _JOB.search(s) is not None


def _copyright(s: str, low: str) -> bool:
    """``_COPYRIGHT.search(s)`` (``low``: ``s.lower()``), skipping the scan when it cannot match.

    The anchored alternatives start with one of ``©(c版저`` (``c`` has no case partner
    but ``C``); "all rights reserved" contains "rved", whose letters match only their
    ASCII capitals under ``re.I`` (unlike s, i or k, which also match ſ, ı and the
    Kelvin sign, which ``lower`` does not turn into ASCII).
    """
    return (s[:1] in "©(c版저C" or "rved" in low) and _COPYRIGHT.search(s) is not None


_BULLET = re.compile(r"^[-•·*]\s+\S")
_BREADCRUMB_SEP = re.compile(r"\s*(?:>|›|»|→)\s*")
_CRUMB_SEP_CHAR = re.compile("[>›»→]")  # any of these in the line: one C scan instead of four substring tests
_NOT_CRUMBS = re.compile("[<=`{}]")
_HOME = re.compile(r"^(?:home|首页|首頁|홈|ホーム|trang chủ)$", re.I)
_META_LABEL_RES = tuple(re.compile(rf"(?:^|\W){re.escape(lab)}\s*[:：]", re.I) for lab in META_LABELS)
_DATELINE_WORDS = re.compile(r"(?i)\b(?:source|time|date|updated|last updated|published|posted on|posted|page\s*\d+|"
                             r"am|pm|gmt|utc|l m s)\b|时间|时間|日期|[|:：/()\[\],.+-]")


@dataclass
class Cleaned:
    """The cleaned text, the lines removed and what they told us."""

    text: str
    removed: list[tuple[int, str, str]] = field(default_factory=list)  # (line number, reason, line)
    dateline: str | None = None
    dateline_line: str | None = None
    byline: str | None = None
    tags: list[str] = field(default_factory=list)
    breadcrumb: list[str] | None = None
    photo_credits: list[str] = field(default_factory=list)


def normalise_newlines(text: str) -> str:
    """CRLF/CR to LF and no BOM or NULs: the only character-level edits intake makes."""
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\ufeff", "").replace("\x00", "")


@lru_cache(maxsize=4096)
def _words(s: str) -> tuple[str, ...]:
    """The words of ``s``, lower-cased (cached: the rules below ask about the same lines many times)."""
    return tuple(_WORD.findall(s.lower()))


@lru_cache(maxsize=4096)
def _is_prose(s: str) -> bool:
    """A line that reads like story text: several words ending like a sentence, or long."""
    n = 0
    for _m in _WORD.finditer(s.lower()):  # counting stops at 12: a long paragraph need not be split up
        n += 1
        if n >= 12:
            return True
    return n >= 6 and bool(_SENT_END.search(s))


def _nav(s: str, lower: str | None = None) -> bool:
    """A menu line: a known phrase, or a short line of navigation words only (``lower``: ``s.lower()``)."""
    lower = s.lower() if lower is None else lower
    low = lower.strip(" <>[]()|:-")
    if low in NAV_PHRASES or lower in NAV_PHRASES:
        return True
    if len(s) > 100:
        return False
    words = _words(s)
    return (0 < len(words) <= 12 and not all(w.isdigit() for w in words)
            and all(w in NAV_WORDS or w.isdigit() for w in words))


def _pipe_menu(s: str) -> bool:
    """``Share | Tweet | Email``; not a table row (``| a | 3 |``), which may hold statistics."""
    if "|" not in s or len(s) > 160 or s.startswith("|") or s.endswith("|"):
        return False
    parts = [p.strip() for p in s.split("|") if p.strip()]
    if not 2 <= len(parts) <= 7 or any(p.replace(",", "").replace(".", "").isdigit() for p in parts):
        return False
    if not all(len(p) <= 45 and len(_words(p)) <= 7 and not _is_prose(p) for p in parts):
        return False
    menuish = sum(1 for p in parts if date_like(p) or TIME_LIKE.search(p)
                  or any(w in MENU_WORDS for w in _words(p)))
    return menuish * 2 >= len(parts)


def _breadcrumb(s: str) -> list[str] | None:
    """``Home > News > Busan``; not code or maths (``x >= 0``, ``<id>``) nor list items."""
    if len(s) > 200 or _NOT_CRUMBS.search(s) or _BULLET.match(s):
        return None
    if _CRUMB_SEP_CHAR.search(s):
        parts = [p.strip() for p in _BREADCRUMB_SEP.split(s)]
    elif " / " in s:
        parts = [p.strip() for p in s.split(" / ")]
        if not (_HOME.match(parts[0]) or len(parts) >= 3):
            return None
    else:
        return None
    parts = [p for p in parts if p]
    if len(parts) < 2:
        return None
    if any(_SENT_END.search(p) and len(_words(p)) > 6 for p in parts):
        return None
    if any(len(_words(p)) > 14 for p in parts):
        return None
    return parts


def _dateline(s: str) -> bool:
    """A short line that is a date plus labels/source names: nothing of the story."""
    if len(s) > 130 or not date_like(s):
        return False
    rest = TIME_LIKE.sub(" ", DATE_LIKE.sub(" ", s))
    if ":" in s or "：" in s:  # every label pattern ends in a colon
        labels = sum(1 for pat in _META_LABEL_RES if pat.search(s))
        if labels >= 2:
            return True
    rest = _DATELINE_WORDS.sub(" ", rest)
    return len(_words(rest)) <= 4


def clean_text(raw: str) -> Cleaned:
    """Drop furniture lines from ``raw`` (already decoded); see the module docstring."""
    text = normalise_newlines(raw)
    lines = text.splitlines(keepends=True)
    stripped = [ln.strip() for ln in lines]
    prose_idx = [i for i, s in enumerate(stripped) if _is_prose(s)]
    first_prose = prose_idx[0] if prose_idx else len(lines)
    last_prose = prose_idx[-1] if prose_idx else -1
    out = Cleaned(text="")
    drop: dict[int, str] = {}
    seen: set[str] = set()
    in_block = False
    byline_next = False

    for i, s in enumerate(stripped):
        if not s:
            continue
        low = s.lower()
        reason: str | None = None
        date = labelled_date(s) if (i < first_prose + 3 or i > last_prose) else None
        if date is None and len(s) <= 130 and (i <= first_prose + 2 or i > last_prose) and _dateline(s):
            date = parse_date(s)
        if date and out.dateline is None:
            out.dateline, out.dateline_line = date, s

        if byline_next and len(s) <= 60 and not _is_prose(s):
            reason, out.byline = "byline", out.byline or s.rstrip(".")
        elif in_block:
            if _is_prose(s) and not (":" in s and _job_ad(s)) and not s.endswith(("…", "...")):
                in_block = False
            else:
                reason = "related-block"
        byline_next = False
        if reason is None and not in_block and i > first_prose and _RELEASE_END.match(s):
            reason = "release-end"
            for j in range(i + 1, len(stripped)):
                if stripped[j]:
                    drop[j] = "after-release-end"
        if reason is None and i in drop:
            continue
        if reason is None and not in_block:
            reason = _classify(s, low, out, i, first_prose, last_prose, stripped)
            if reason == "related-heading":
                in_block = True
            elif reason == "byline" and low.rstrip(":") in ("published by", "posted by", "by", "written by"):
                byline_next = True
        if reason is None and len(s) <= 200 and s in seen:
            reason = "repeated-line"
        if reason:
            drop[i] = reason
        else:
            seen.add(s)

    kept = []
    for i, line in enumerate(lines):
        if i in drop:
            out.removed.append((i + 1, drop[i], stripped[i]))
        else:
            kept.append(line)
    out.text = "".join(kept).strip("\n")
    return out


def _classify(s: str, low: str, out: Cleaned, i: int, first_prose: int, last_prose: int,
              stripped: list[str]) -> str | None:
    """Why line ``s`` is furniture, or ``None`` to keep it."""
    head = low.strip(" :")
    if head in BLOCK_HEADINGS or (len(head) <= 30 and _RELATED_HEADING.match(head)):
        return "related-heading"
    if (":" in s and _job_ad(s)) or _AGO.match(s):  # both job patterns need a colon
        return "job-ad"
    if _nav(s, low):
        return "navigation"
    if len(s) <= 300 and "cook" in low and _COOKIE.search(s) and _COOKIE_CTX.search(s):  # 'cook': see _COOKIE
        return "cookie-notice"
    if _MISC.match(s):
        return "navigation"
    if len(s) <= 200 and _copyright(s, low):
        return "copyright"
    if len(s) <= 200 and "#" in s and _HASHTAGS.match(s):  # "Keywords #Gyeonggi #Vietnam", "#Tourism #Busan"
        out.tags.extend(t.lstrip("#") for t in s.split() if t.startswith("#") and len(t) > 1)
        return "tags"
    m = _TAGS.match(s)
    if m and len(s) <= 200:
        out.tags.extend(t.strip() for t in re.split(r"[,;|、，]\s*|\s{2,}", m.group(1)) if t.strip())
        return "tags"
    m = _PHOTO.match(s)
    if m and len(s) <= 90:
        out.photo_credits.append(m.group("credit").strip())
        return "photo-credit"
    m = _BYLINE.match(s)
    if m and len(s) <= 80 and len(_words(s)) <= 9 and not _SENT_END.search(s.rstrip(")]>")):
        if m.group("who"):
            out.byline = out.byline or m.group("who").split("|")[0].strip()
        return "byline"
    if _HANDLE.match(s):
        out.byline = out.byline or s.rstrip(".")
        return "byline"
    m = _INLINE_REPORTER.match(s)
    if m:
        out.byline = out.byline or m.group(1).strip()  # keep the line: story follows the tag
    if _pipe_menu(s):
        return "dateline" if date_like(s) else "navigation"
    crumbs = _breadcrumb(s)
    if crumbs:
        out.breadcrumb = out.breadcrumb or crumbs
        return "breadcrumb"
    if (i <= first_prose + 2 or i > last_prose) and _dateline(s):
        return "dateline"
    if i < first_prose and _BULLET.match(s) and not _is_prose(s):
        neighbours = [stripped[j] for j in (i - 1, i + 1) if 0 <= j < len(stripped)]
        if any(_BULLET.match(n) for n in neighbours):
            return "related-list"
    if 0 <= last_prose < i and len(_words(s)) <= 3 and not _SENT_END.search(s) and not any(c.isdigit() for c in s):
        return "trailer"
    if 0 <= last_prose < i and _BULLET.match(s) and len(_words(s)) <= 4:
        return "trailer"
    return None
