"""A "Related news: <headline>" line is a link to another story: its places are no facts."""

from __future__ import annotations

import pytest

from kizuna.intake.clean import clean_text


@pytest.mark.parametrize("label", ["Related news", "Related Stories", "Related articles", "Related", "RELATED COVERAGE"])
def test_a_related_headline_line_is_dropped(label: str) -> None:
    page = ("Hue and Kanazawa renew their friendship pact\n\n"
            "Hue and Kanazawa renewed their friendship pact on Monday.\n\n"
            f"{label}: Hue welcomes first direct flight from Osaka\n")
    out = clean_text(page)
    assert "Osaka" not in out.text
    assert "Hue and Kanazawa renewed their friendship pact on Monday." in out.text.splitlines()


def test_a_sentence_about_related_projects_is_kept() -> None:
    page = "Related projects in Hue: the two cities also restore a pagoda together.\n"
    assert clean_text(page).text == page.strip()


@pytest.mark.parametrize("heading", ["Related coverage:", "RELATED CONTENT", "Related links", "See also", "Top stories"])
def test_a_block_of_related_headlines_is_dropped(heading: str) -> None:
    page = ("Kumamoto and Gwangju renew their pact\n\n"
            "Kumamoto and Gwangju renewed their friendship pact on Monday, officials said.\n\n"
            f"{heading}\n"
            "Japan, South Korea diplomats meet in Seoul\n"
            "Tokyo stocks close higher\n")
    out = clean_text(page)
    assert "Seoul" not in out.text and "Tokyo" not in out.text
    assert "Kumamoto and Gwangju renewed their friendship pact on Monday, officials said." in out.text


def test_a_sentence_beginning_with_related_is_kept() -> None:
    text = "Related exchanges between Kumamoto and Gwangju began in 1990, officials said."
    assert text in clean_text("Kumamoto and Gwangju\n\n" + text + "\n").text
