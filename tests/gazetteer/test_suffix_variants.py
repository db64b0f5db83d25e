"""A municipality's romanised suffix is stripped only with its own country's suffixes."""

from kizuna.gazetteer.build import suffix_variants


def test_japanese_village_suffix_is_not_stripped_from_a_vietnamese_name():
    assert suffix_variants("nghi son", "VN") == []
    assert suffix_variants("hara mura", "JP") == ["hara"]
    assert suffix_variants("gimhae si", "KR") == ["gimhae"]


def test_a_border_gate_named_huu_nghi_is_no_place(gz):
    assert gz.resolve_name("Nghi") is None
