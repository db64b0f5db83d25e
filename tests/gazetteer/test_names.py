"""Name folding and kana-to-Hepburn conversion."""

import pytest

from kizuna.gazetteer.kana import hepburn, variants
from kizuna.gazetteer.names import deaccent, fold


@pytest.mark.parametrize(("a", "b"), [
    ("Thanh Hóa", "Thanh Hoa"), ("THANH HOA", "thanh hoa"), ("Gyeongsangbuk-do", "Gyeongsangbuk do"),
    ("Đà Nẵng", "Da Nang"), ("Ōita", "Oita"), ("Kōtō", "koto"),
])
def test_fold_makes_one_key(a, b):
    assert fold(a) == fold(b)


def test_deaccent_keeps_case():
    assert deaccent("Đắk Lắk") == "Dak Lak"
    assert deaccent("Thừa Thiên Huế") == "Thua Thien Hue"


@pytest.mark.parametrize(("kana", "romaji"), [
    ("チュウオウ", "Chuo"), ("オオイタ", "Oita"), ("コウベ", "Kobe"), ("キョウト", "Kyoto"), ("ニイガタ", "Niigata"),
    ("シンオンセン", "Shin'onsen"), ("オオウチ", "Ouchi"), ("ヨッカイチ", "Yokkaichi"), ("ハッチョウ", "Hatcho"),
    ("ジョウエツ", "Joetsu"), ("リュウガサキ", "Ryugasaki"), ("ナンブ", "Nanbu"), ("テシカガ", "Teshikaga"),
    ("シュウナン", "Shunan"), ("セタガヤ", "Setagaya"), ("ぎふ", "Gifu"),
])
def test_hepburn(kana, romaji):
    assert hepburn(kana) == romaji


def test_variants_cover_other_spellings():
    assert "Nambu" in variants("ナンブ")
    assert "Toyooka" in variants("トヨオカ")  # a morpheme boundary, not a long vowel
    assert "Shinonsen" in variants("シンオンセン")
    assert hepburn("トヤマ") not in variants("トヤマ")
