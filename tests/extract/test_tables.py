"""A city's page listing its sister cities in a table: one partnership a row, dated by its year."""

from kizuna.extract import extract_facts
from kizuna.intake import read_path

PAGE = """<html><head><title>Twin towns | Matsue City</title></head><body>
<h1>Twin towns</h1>
<p>Matsue has five sister cities abroad, listed below.</p>
<table>
<tr><th>City</th><th>Country</th><th>Since</th></tr>
<tr><td>New Orleans</td><td>United States</td><td>1994</td></tr>
<tr><td>Jinju</td><td>South Korea</td><td>1999</td></tr>
<tr><td>Hangzhou</td><td>China</td><td>1990</td></tr>
<tr><td>Atlantis Town</td><td>Nowhere</td><td>2001</td></tr>
</table>
<p>The table of contents is updated each year.</p>
</body></html>
"""


def _facts(gz, tmp_path):
    page = tmp_path / "twins.html"
    page.write_text(PAGE, encoding="utf-8")
    [doc] = read_path(str(page), max_bytes=1_000_000)
    return extract_facts(doc.text, published="2026-01-10", title=doc.title, gazetteer=gz)


def test_each_row_is_a_partnership_of_the_page_city(gz, tmp_path):
    ties = [f for f in _facts(gz, tmp_path) if f.type == "partnership"]
    got = sorted((next(p.name for p in f.places if p.name != "Matsue"), f.date) for f in ties)
    assert got == [("Hangzhou", "1990"), ("Jinju", "1999"), ("New Orleans", "1994")]
    assert all(any(p.name == "Matsue" for p in f.places) and f.attributes["kind"] == "sister" for f in ties)


def test_a_table_with_no_tie_words_before_it_gives_nothing(gz):
    text = ("Matsue welcomed many visitors last year.\n| City | Country | Visitors |\n|---|---|---|\n"
            "| Hangzhou | China | 1990 |\n")
    assert not [f for f in extract_facts(text, published="2026-01-10", gazetteer=gz) if f.type == "partnership"]
