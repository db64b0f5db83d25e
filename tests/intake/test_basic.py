"""Smoke tests for discover/read_path on real files."""

from __future__ import annotations

from kizuna.intake import discover, read_path


def test_discover_and_read(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.txt").write_text("Osaka and Shanghai signed a deal.\n", encoding="utf-8")
    (tmp_path / "a.md").write_text("# Title\n\nBody text.\n", encoding="utf-8")
    (tmp_path / "skip.bin").write_bytes(b"\x00\x01")
    files, errors = discover([str(tmp_path), str(tmp_path / "missing.txt")])
    assert files == [str(tmp_path / "a.md"), str(tmp_path / "sub" / "b.txt")]
    assert [e.reason for e in errors] == ["no such file or directory"]
    docs = read_path(files[1], max_bytes=1000)
    assert docs[0].origin == files[1]
    assert docs[0].doc_id.startswith("d-") and len(docs[0].doc_id) == 18
    assert "Osaka" in docs[0].text
