"""One tie, one fact: an anniversary counts the tie the story states."""

from .conftest import of_type


def test_years_of_friendship_count_the_stated_sister_tie(extract):
    text = ("Mayor Anne Dupont will lead a delegation to Niigata in June to celebrate 50 years of friendship "
            "between Nantes and its oldest sister city.\nNantes and Niigata became sister cities in 1974.\n")
    ties = of_type(extract(text, "2024-05-08"), "partnership")
    assert [(t.date, t.attributes.get("kind")) for t in ties] == [("1974", "sister")]
