"""Real bytes in each legacy encoding come out as the same Unicode text."""

from __future__ import annotations

import unicodedata

import pytest

from kizuna.intake import read_path

JA = ("大阪府と上海市は友好都市提携五十周年を記念して、知事が訪問団を率いて上海を訪れました。"
      "両都市は経済と文化の交流をさらに深めることで合意しました。")
JA2 = ("神奈川県とメリーランド州は姉妹州提携四十周年を迎え、知事が横浜で夕食会を開きました。"
       "今後も生命科学の分野で協力を続けます。")
ZH_HANS = ("吉林省与宫城县友好关系建立三十周年纪念活动在长春市举行，省长出席并致辞。"
           "双方表示将继续深化经济、文化和青少年交流。")
ZH_HANT = ("花蓮市與日本岩手縣盛岡市簽署友好城市協定，市長表示這是城市外交的又一成果，"
           "雙方將在觀光與教育方面加強交流。")
KO = ("부산광역시와 일본 후쿠오카시는 자매결연 이십 주년을 맞아 기념행사를 열었으며, "
      "두 도시 시장은 초광역 경제권 구상을 지지한다고 밝혔습니다.")
FR = ("La délégation de Bry-sur-Marne a célébré le cinquantième anniversaire du jumelage avec "
      "Sawbridgeworth et Moosburg ; le maire a remercié les élus présents à la cérémonie. "
      "« Une amitié forte », a-t-il déclaré.")
VI = ("Đoàn đại biểu tỉnh Quảng Nam đã có buổi làm việc với Hội đồng nhân dân tỉnh Sê Kông của Lào "
      "để trao đổi kinh nghiệm hoạt động và hợp tác giữa hai địa phương.")

_TONES = "\u0300\u0301\u0303\u0309\u0323"


def encode_cp1258(text: str) -> bytes:
    """cp1258 writes Vietnamese tone marks as combining characters after a base letter."""
    out = bytearray()
    for ch in text:
        try:
            out += ch.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        d = unicodedata.normalize("NFD", ch)
        tones = "".join(m for m in d[1:] if m in _TONES)
        base = unicodedata.normalize("NFC", d[0] + "".join(m for m in d[1:] if m not in _TONES))
        out += base.encode("cp1258") + tones.encode("cp1258")
    return bytes(out)


CASES = [
    ("utf-8", ZH_HANS, lambda t: t.encode("utf-8")),
    ("utf-8-bom", JA, lambda t: b"\xef\xbb\xbf" + t.encode("utf-8")),
    ("utf-16-le-bom", KO, lambda t: t.encode("utf-16")),
    ("utf-16-be-bom", VI, lambda t: b"\xfe\xff" + t.encode("utf-16-be")),
    ("shift_jis", JA, lambda t: t.encode("shift_jis")),
    ("euc-jp", JA2, lambda t: t.encode("euc_jp")),
    ("gbk", ZH_HANS, lambda t: t.encode("gbk")),
    ("gb18030", ZH_HANS, lambda t: t.encode("gb18030")),
    ("big5", ZH_HANT, lambda t: t.encode("big5")),
    ("euc-kr", KO, lambda t: t.encode("euc_kr")),
    ("cp1252", FR, lambda t: t.encode("cp1252")),
    ("cp1258", VI, encode_cp1258),
]


@pytest.mark.parametrize(("name", "text", "encode"), CASES, ids=[c[0] for c in CASES])
def test_legacy_encodings_decode_to_unicode(tmp_path, name, text, encode):
    path = tmp_path / f"{name}.txt"
    path.write_bytes(encode(text))
    (doc,) = read_path(str(path), max_bytes=1_000_000)
    assert doc.text == text
    assert doc.meta["encoding"]


def test_html_meta_charset_is_used(tmp_path):
    body = f"<p>{JA}</p><p>{JA2}</p>"
    html = ("<html><head><meta charset=\"shift_jis\"><title>友好都市</title></head>"
            f"<body><article>{body}</article></body></html>")
    path = tmp_path / "page.html"
    path.write_bytes(html.encode("shift_jis"))
    (doc,) = read_path(str(path), max_bytes=1_000_000)
    assert JA in doc.text and doc.language == "ja"
