"""Readers for each format, document ids, discover and sidecars, on real files."""

from __future__ import annotations

import json

from tests.intake.helpers import make_pdf

from kizuna.intake import discover, read_path

STORY = ("Busan Mayor Park Heong-joon visited Ho Chi Minh City on June 13 and met Chairman Phan Van Mai.\n"
         "The two cities, which became sister cities in 1995, signed a memorandum on port logistics.\n")

HTML = """<!DOCTYPE html>
<html lang="en"><head>
<title>Busan and Ho Chi Minh City renew cooperation - Example Herald</title>
<meta property="article:published_time" content="2023-06-15T09:00:00+09:00">
<link rel="canonical" href="https://herald.example.org/news/busan-hcmc">
</head><body>
<nav><a href="/">Home</a> | <a href="/world">World</a></nav>
<article><h1>Busan and Ho Chi Minh City renew cooperation</h1>
<p>Busan Mayor Park Heong-joon visited Ho Chi Minh City on June 13 and met Chairman Phan Van Mai of the
municipal People's Committee to discuss the ties between the two port cities.</p>
<p>The two cities, which became sister cities in 1995, signed a memorandum of understanding on port
logistics and trade, and agreed to exchange civil servants from next year.</p>
<p>Busan now counts 28 sister cities around the world.</p>
</article>
<footer>Copyright 2023 Example Herald. All rights reserved.</footer>
</body></html>"""


def test_same_bytes_same_id(tmp_path):
    a, b, c = tmp_path / "a.txt", tmp_path / "b.txt", tmp_path / "c.txt"
    a.write_text(STORY, encoding="utf-8")
    b.write_text(STORY, encoding="utf-8")
    c.write_text(STORY + "More.\n", encoding="utf-8")
    (da,), (db,), (dc,) = (read_path(str(p), max_bytes=10_000) for p in (a, b, c))
    assert da.doc_id == db.doc_id != dc.doc_id
    assert da.doc_id == "d-" + da.sha256[:16]
    assert da.origin == str(a)


def test_text_document_fields(tmp_path):
    path = tmp_path / "story.txt"
    path.write_text("Example Herald > World > Asia\n\nBusan and HCMC renew ties\n\nPublished: 2023-06-15\n\n"
                    + STORY + "\nShare | Tweet | Email\n", encoding="utf-8")
    (doc,) = read_path(str(path), max_bytes=10_000)
    assert doc.format == "text"
    assert doc.title == "Busan and HCMC renew ties"
    assert (doc.published, doc.published_source) == ("2023-06-15", "dateline")
    assert doc.outlet == "Example Herald"
    assert doc.language == "en"
    assert STORY.strip() in doc.text
    assert "Share" not in doc.text and "Example Herald >" not in doc.text
    assert doc.meta["breadcrumb"] == ["Example Herald", "World", "Asia"]


def test_markdown_title(tmp_path):
    path = tmp_path / "note.md"
    path.write_text("# Busan and HCMC renew ties\n\n" + STORY, encoding="utf-8")
    (doc,) = read_path(str(path), max_bytes=10_000)
    assert doc.format == "markdown" and doc.title == "Busan and HCMC renew ties"


def test_html_reader(tmp_path):
    path = tmp_path / "page.html"
    path.write_text(HTML, encoding="utf-8")
    (doc,) = read_path(str(path), max_bytes=100_000)
    assert doc.format == "html"
    assert doc.title.startswith("Busan and Ho Chi Minh City renew cooperation")
    assert (doc.published, doc.published_source) == ("2023-06-15", "html-meta")
    assert doc.url == "https://herald.example.org/news/busan-hcmc"
    assert "Busan now counts 28 sister cities around the world." in doc.text
    assert "Copyright" not in doc.text


def test_txt_that_is_really_html(tmp_path):
    path = tmp_path / "saved.txt"
    path.write_text(HTML, encoding="utf-8")
    (doc,) = read_path(str(path), max_bytes=100_000)
    assert doc.format == "html" and "<p>" not in doc.text


def test_pdf_reader(tmp_path):
    path = tmp_path / "report.pdf"
    path.write_bytes(make_pdf(["Sister cities report", "Busan and Fukuoka signed a friendship pact in 2007."]))
    (doc,) = read_path(str(path), max_bytes=100_000)
    assert doc.format == "pdf"
    assert "Busan and Fukuoka signed a friendship pact in 2007." in doc.text
    assert doc.meta["pages"] == 2


def test_jsonl_records(tmp_path):
    path = tmp_path / "feed.jsonl"
    recs = [
        {"url": "https://example.org/2019/11/25/hualien", "title": "Hualien and Morioka", "published": None,
         "text": "Hualien City signed a friendship agreement with Morioka on Sunday, the mayor said."},
        {"url": "https://example.org/b", "title": "B", "published": "2023-06-15T09:00:00Z", "text": STORY},
    ]
    path.write_text("\n".join(json.dumps(r) for r in recs) + "\n", encoding="utf-8")
    docs = read_path(str(path), max_bytes=100_000)
    assert [d.origin for d in docs] == [f"{path}#L1", f"{path}#L2"]
    assert [d.format for d in docs] == ["jsonl", "jsonl"]
    # an explicit null from the record is respected, not replaced by the URL's date
    assert (docs[0].published, docs[0].published_source) == (None, "record")
    assert (docs[1].published, docs[1].published_source) == ("2023-06-15", "record")
    assert docs[1].url == "https://example.org/b" and docs[1].title == "B"
    again = read_path(str(path), max_bytes=100_000)
    assert [d.doc_id for d in again] == [d.doc_id for d in docs]
    assert docs.errors == []


def test_sidecar_metadata_and_discover_skips_it(tmp_path):
    arts = tmp_path / "articles"
    arts.mkdir()
    (arts / "x-001.txt").write_text("Some headline\n\nTime: 2020-01-02\n\n" + STORY, encoding="utf-8")
    (arts / "x-002.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "articles.jsonl").write_text(
        json.dumps({"doc": "x-001", "url": "https://ex.org/a", "published": None, "topic": "t"}) + "\n"
        + json.dumps({"doc": "x-002", "url": "https://ex.org/2018-09/04/c_1.htm", "published": "2018-09-04"})
        + "\n", encoding="utf-8")
    (arts / "meta.jsonl").write_text(json.dumps({"id": "x-999.txt", "published": "2001-01-01"}) + "\n",
                                     encoding="utf-8")
    files, errors = discover([str(tmp_path)])
    assert files == [str(arts / "x-001.txt"), str(arts / "x-002.txt")] and not errors
    (d1,) = read_path(files[0], max_bytes=10_000)
    (d2,) = read_path(files[1], max_bytes=10_000)
    assert (d1.published, d1.published_source, d1.url) == (None, "sidecar", "https://ex.org/a")
    assert d1.meta["topic"] == "t"
    assert (d2.published, d2.published_source) == ("2018-09-04", "sidecar")


def test_discover_sorted_recursive_and_suffixes(tmp_path):
    for rel in ("b/z.html", "a.pdf", "b/y.htm", "c.md", "d.jsonl", "e.csv", ".hidden.txt", "b/x.TXT"):
        p = tmp_path / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text('{"text": "x"}' if rel.endswith("jsonl") else "x", encoding="utf-8")
    files, errors = discover([str(tmp_path), str(tmp_path / "c.md")])
    names = [f[len(str(tmp_path)) + 1:] for f in files]
    assert names == ["a.pdf", "b/x.TXT", "b/y.htm", "b/z.html", "c.md", "d.jsonl"]
    assert not errors
