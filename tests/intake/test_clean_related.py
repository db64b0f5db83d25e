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
