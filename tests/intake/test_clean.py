"""The cleaner drops furniture lines only, never edits kept lines."""

from __future__ import annotations

from kizuna.intake.clean import clean_text

PAGE = """Home > News > Busan

Busan and Fukuoka mark 20 years of friendship

Published: 2009-09-21 | 10:26
By Kim Daehyun

본문 바로가기
[Asia Economy Reporter Kim Daehyun] Busan Mayor Hur Nam-sik attended the celebration held in Fukuoka on Sept. 20.
Photo: Lee Min-ho
The two mayors backed a super-metropolitan economic zone.
| City | Sister cities |
|---|---|
| Busan | 28 |
We use cookies to improve your browsing experience. Accept | Settings
Share | Tweet | Email
Tags: Busan, Fukuoka
© 2009 Dynamic Busan. All rights reserved.

Recent Posts

Salesforce Developer

Job title: Salesforce Developer Company: Han Staffing Job description: salesforce apex visual Job Description:Our…

9 months ago
"""


def test_furniture_removed_story_kept():
    out = clean_text(PAGE)
    kept = out.text.splitlines()
    for line in (
        "Busan and Fukuoka mark 20 years of friendship",
        "[Asia Economy Reporter Kim Daehyun] Busan Mayor Hur Nam-sik attended the celebration held in "
        "Fukuoka on Sept. 20.",
        "The two mayors backed a super-metropolitan economic zone.",
        "| Busan | 28 |",
    ):
        assert line in kept
    for noise in ("Home > News", "Published:", "By Kim", "바로가기", "Photo:", "cookies", "Share |", "Tags:", "©",
                  "Recent Posts", "Job title", "months ago", "Salesforce"):
        assert noise not in out.text, noise
    assert out.dateline == "2009-09-21"
    assert out.tags == ["Busan", "Fukuoka"]
    assert out.byline == "Kim Daehyun"
    assert out.breadcrumb == ["Home", "News", "Busan"]
    reasons = {why for _, why, _ in out.removed}
    assert {"breadcrumb", "cookie-notice", "navigation", "tags", "copyright", "job-ad"} <= reasons or \
        {"breadcrumb", "cookie-notice", "navigation", "tags", "copyright", "related-block"} <= reasons


def test_kept_text_is_original_lines_in_order():
    out = clean_text(PAGE)
    original = PAGE.splitlines()
    pos = 0
    for line in out.text.splitlines():
        pos = original.index(line, pos) + 1  # every kept line exists, unchanged, in order


def test_newlines_normalised_only():
    out = clean_text("Title line here\r\nBusan and Fukuoka signed an agreement on trade and ports.\r\n")
    assert out.text == "Title line here\nBusan and Fukuoka signed an agreement on trade and ports."


def test_story_with_dates_in_the_body_is_not_a_dateline():
    text = ("Mayors meet\n\n" + "The Busan delegation visited Fukuoka. " * 3 + "\n\n"
            "On November 24, 2019 the governor met the mayor in Shizuoka to discuss ties.\n")
    out = clean_text(text)
    assert out.dateline is None
    assert "On November 24, 2019 the governor met the mayor" in out.text


def test_code_and_tables_are_not_breadcrumbs_or_menus():
    text = ("Notes on the data\n\n- every evidence occurs (`text.find(evidence) >= 0`);\n"
            "| Japan–China | 4 | 18 |\nTokyo | Osaka | Nagoya\n")
    assert clean_text(text).removed == []


def test_scan_guards_answer_as_the_full_searches():
    """_job_ad and _copyright skip their regex only when it cannot match (case partners included)."""
    from pathlib import Path

    from kizuna.intake.clean import _COPYRIGHT, _JOB, _copyright, _job_ad

    shared = Path(__file__).resolve().parents[2].parent / "shared"
    lines = [ln.strip() for p in sorted(shared.glob("*/articles/*.txt")) + sorted(shared.glob("seeds/*.txt"))
             for ln in p.read_text(encoding="utf-8", errors="replace").splitlines()]
    lines += ["Job title: clerk", "JOB DESCRIPTION : x", "Company: ACME Job description: filing",
              "company: a, job description:", "© 2024 City Hall", "(C) Herald", "Copyright 2020", "版权所有",
              "저작권 보호", "ALL RIGHTS RESERVED.", "All rights reſerved", "All rıghts reserved",
              "\u212aobe Shimbun. All rights reserved", "Reserved seats: all rights", "", "j", ":", "a:b:c"]
    for s in lines:
        assert _job_ad(s) == bool(_JOB.search(s)), s
        assert _copyright(s, s.lower()) == bool(_COPYRIGHT.search(s)), s
