"""Each kind of bad input is one IntakeError naming the file and the reason."""

from __future__ import annotations

import os

import pytest
from tests.intake.helpers import make_pdf

from kizuna.errors import IntakeError
from kizuna.intake import discover, read_path

STORY = "Busan Mayor Park Heong-joon visited Ho Chi Minh City on June 13 and signed a memorandum.\n"


def _fails(path, reason_part: str, max_bytes: int = 1_000_000) -> IntakeError:
    with pytest.raises(IntakeError) as info:
        read_path(str(path), max_bytes=max_bytes)
    err = info.value
    assert err.path == str(path)
    assert reason_part in err.reason
    assert "\n" not in str(err)
    return err


def test_empty_file(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.txt").write_bytes(b"  \n\n \t\n")
    _fails(tmp_path / "empty.txt", "empty file")
    _fails(tmp_path / "blank.txt", "empty file")


def test_binary_file(tmp_path):
    path = tmp_path / "photo.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    _fails(path, "binary file")


def test_over_size_limit(tmp_path):
    path = tmp_path / "big.txt"
    path.write_text(STORY * 100, encoding="utf-8")
    _fails(path, "too large", max_bytes=1000)
    assert read_path(str(path), max_bytes=100_000)


def test_undecodable_bytes(tmp_path):
    path = tmp_path / "garbled.txt"
    path.write_bytes(bytes((0x80 + (i * 37) % 128) for i in range(3000)))
    _fails(path, "undecodable")
    bom = tmp_path / "bad-bom.txt"
    bom.write_bytes(b"\xef\xbb\xbf" + STORY.encode() + b"\xff\xfe\xfa")
    _fails(bom, "undecodable")


def test_html_without_main_content(tmp_path):
    path = tmp_path / "nav.html"
    path.write_text("<html><head><title>x</title></head><body><nav><a href='/'>Home</a></nav></body></html>",
                    encoding="utf-8")
    _fails(path, "HTML has no main content")


def test_pdf_without_text_layer(tmp_path):
    path = tmp_path / "scan.pdf"
    path.write_bytes(make_pdf([None, None]))
    _fails(path, "PDF has no text layer")


def test_broken_pdf(tmp_path):
    path = tmp_path / "broken.pdf"
    path.write_bytes(b"%PDF-1.4\nthis is not really a pdf\n")
    _fails(path, "PDF")


def test_file_vanishing_mid_batch(tmp_path):
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text(STORY, encoding="utf-8")
    files, errors = discover([str(tmp_path)])
    assert len(files) == 2 and not errors
    os.remove(files[1])
    assert read_path(files[0], max_bytes=10_000)
    _fails(files[1], "vanished")


def test_unreadable_file(tmp_path):
    odd = tmp_path / "folder.txt"
    odd.mkdir()
    _fails(odd, "is a directory")
    if os.geteuid() != 0:  # root can read any file
        path = tmp_path / "locked.txt"
        path.write_text(STORY, encoding="utf-8")
        path.chmod(0)
        _fails(path, "cannot read")


def test_missing_paths_in_discover(tmp_path):
    files, errors = discover([str(tmp_path / "nope"), str(tmp_path / "nope.txt")])
    assert files == []
    assert [(e.path, e.reason) for e in errors] == [
        (str(tmp_path / "nope"), "no such file or directory"),
        (str(tmp_path / "nope.txt"), "no such file or directory"),
    ]


def test_jsonl_bad_records_are_reported_and_good_ones_kept(tmp_path):
    path = tmp_path / "feed.jsonl"
    path.write_text(
        '{"url": "https://example.org/a", "title": "A", "published": "2023-06-15", "text": "' + STORY.strip() + '"}\n'
        "{not json\n"
        '{"url": "https://example.org/c", "title": "C"}\n',
        encoding="utf-8",
    )
    docs = read_path(str(path), max_bytes=100_000)
    assert len(docs) == 1
    assert [(e.path, e.reason) for e in docs.errors] == [
        (f"{path}#L2", "invalid JSON: Expecting property name enclosed in double quotes"),
        (f"{path}#L3", "record has no text"),
    ]


def test_jsonl_with_only_bad_records_fails(tmp_path):
    path = tmp_path / "bad.jsonl"
    path.write_text("{oops\n[1, 2]\n", encoding="utf-8")
    _fails(path, "no usable records")
