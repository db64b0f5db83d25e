"""An outlet's name printed above the headline is no headline, and hashtag lines are tags."""

from __future__ import annotations

import pytest

from kizuna.intake import read_path
from kizuna.intake.assemble import masthead
from kizuna.intake.clean import clean_text


@pytest.mark.parametrize("line", ["Yonhap News Agency", "The Korea Times", "VnExpress International", "Kyodo News",
                                  "Nikkei Asia", "Xinhua"])
def test_outlet_names_are_mastheads(line: str) -> None:
    assert masthead(line)


@pytest.mark.parametrize("line", ["Busan mayor leads trade mission to Ho Chi Minh City",
                                  "Sister cities mark 30 years of news exchanges",
                                  "Gangwon, Tochigi sign tourism pact"])
def test_headlines_are_not(line: str) -> None:
    assert not masthead(line)


def test_the_headline_under_a_masthead_is_the_title(tmp_path) -> None:
    page = tmp_path / "story.txt"
    page.write_text("Korea Herald\n"
                    "Daegu to host delegation from Vietnam's Quang Nam next month\n"
                    "DAEGU, May 2 -- A delegation from Quang Nam Province will arrive in Daegu next month, "
                    "the city said on Friday.\n", encoding="utf-8")
    [doc] = read_path(str(page), max_bytes=1_000_000)
    assert doc.title == "Daegu to host delegation from Vietnam's Quang Nam next month"


@pytest.mark.parametrize("line", ["Keywords #Gyeonggi #Vietnam", "#Tourism #Busan #SisterCity", "Tags #Nagasaki"])
def test_hashtag_lines_are_tags(line: str) -> None:
    out = clean_text("Busan and Nagasaki renewed their pact on Monday, officials said.\n" + line + "\n")
    assert "#" not in out.text
    assert out.tags


def test_a_sentence_with_a_hashtag_is_kept() -> None:
    text = "The city promoted the visit online with the hashtag #BusanLovesHue, officials said."
    assert clean_text(text + "\n").text.strip() == text


def test_a_release_page_loses_its_labels_and_contacts(tmp_path) -> None:
    page = tmp_path / "release.txt"
    page.write_text("City of Boise - News Release\n"
                    "FOR IMMEDIATE RELEASE\n"
                    "Boise welcomes students from Okayama\n"
                    "BOISE (June 2, 2026) — Twenty students from Okayama, Japan, arrived in Boise "
                    "on Monday for a week of home stays, the City said.\n"
                    "###\n"
                    "Media contact: Pat Lee, pat.lee@springfield.example\n"
                    "Follow the City on social media.\n", encoding="utf-8")
    [doc] = read_path(str(page), max_bytes=1_000_000)
    assert doc.title == "Boise welcomes students from Okayama"
    assert "RELEASE" not in doc.text and "contact" not in doc.text and "social media" not in doc.text
    assert "Twenty students from Okayama" in doc.text


def test_a_short_outlet_line_above_a_headline_is_no_title(tmp_path) -> None:
    page = tmp_path / "cna.txt"
    page.write_text("Focus Taiwan\nTaichung, Aomori sign tourism and education exchange pact\n"
                    "Taipei, Aug. 25 (CNA) Taichung and Aomori signed an exchange agreement on Monday.\n",
                    encoding="utf-8")
    [doc] = read_path(str(page), max_bytes=1_000_000)
    assert doc.title == "Taichung, Aomori sign tourism and education exchange pact"
