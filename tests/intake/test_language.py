"""Language detection: the array scorer must decide exactly as py3langid does."""

from __future__ import annotations

import random

import numpy as np
import pytest

from kizuna.intake.language import WINDOW, _identifier, _scorer, detect_language

EN = ("The mayor of Busan met a delegation from Ho Chi Minh City on Tuesday to discuss cooperation "
      "in tourism, trade and education, and both sides agreed to expand youth exchanges next year.")
FR = ("Le maire de Lyon a reçu mardi une délégation de la ville de Pékin pour discuter de la coopération "
      "dans les domaines du tourisme, du commerce et de l'éducation entre les deux villes jumelées.")
DE = ("Der Bürgermeister von Köln empfing am Dienstag eine Delegation aus der Partnerstadt, um über die "
      "Zusammenarbeit in den Bereichen Tourismus, Handel und Bildung zu sprechen.")
ES = ("El alcalde de Barcelona recibió el martes a una delegación de la ciudad hermana para hablar de la "
      "cooperación en turismo, comercio y educación entre las dos ciudades.")
ID = ("Wali kota Surabaya menerima delegasi dari kota kembar pada hari Selasa untuk membahas kerja sama "
      "di bidang pariwisata, perdagangan dan pendidikan antara kedua kota tersebut.")
JA = "釜山市長は火曜日、ホーチミン市の代表団と会談し、観光や貿易、教育の分野での協力について話し合った。両市は来年、青少年交流を拡大することで合意した。"
KO = "부산시장은 화요일 호찌민시 대표단을 만나 관광, 무역, 교육 분야의 협력 방안을 논의했으며 양측은 내년에 청소년 교류를 확대하기로 합의했다."
ZH = "釜山市市长周二会见了胡志明市代表团，双方就旅游、贸易和教育领域的合作进行了讨论，并同意明年扩大青少年交流。"
VI = ("Chủ tịch thành phố Hồ Chí Minh đã tiếp đoàn đại biểu thành phố Busan vào thứ Ba để thảo luận về hợp tác "
      "trong các lĩnh vực du lịch, thương mại và giáo dục.")


def _texts() -> list[str]:
    """Plain, mixed, shouted, tiny and random texts: every path through the scorer."""
    rng = random.Random(7)
    out = [EN, FR, DE, ES, ID, JA, KO, ZH, VI, EN.upper(), "", "a", "Busan", "12345 67890", "\u200b" * 40,
           EN + " " + JA, JA + " " + EN, FR + " " + EN, " ".join([EN, DE, ES, ID, VI] * 5), EN * 20]
    ranges = [(32, 126), (0x3040, 0x30FF), (0xAC00, 0xD7A3), (0xC0, 0x24F), (0x4E00, 0x9FFF), (0x400, 0x4FF)]
    for _ in range(60):
        n = rng.randint(0, 2000)
        out.append("".join(chr(rng.randint(*rng.choice(ranges))) for _ in range(n)))
    return out


def test_array_scorer_matches_langid_exactly() -> None:
    scorer = _scorer()
    assert scorer is not None, "the packaged py3langid no longer fits the array scorer"
    ident = _identifier()
    for text in _texts():
        for sample in (text, text[:1500].strip(), text[:9]):
            assert scorer.classify(sample) == ident.classify(sample), sample[:40]


def test_automaton_states_fit_the_window() -> None:
    """Every state is reached within WINDOW bytes from the root (breadth-first over all 256 bytes)."""
    scorer = _scorer()
    assert scorer is not None
    n_states = len(scorer.rowbase)
    seen = np.zeros(n_states, dtype=bool)
    seen[0] = True
    frontier = np.array([0], dtype=np.intp)
    depth = 0
    while len(frontier):
        nxt = scorer.nextmove[(scorer.rowbase[frontier][:, None] + np.arange(256)).ravel()].astype(np.intp)
        nxt = np.unique(nxt[~seen[nxt]])
        if len(nxt):
            depth += 1
        seen[nxt] = True
        frontier = nxt
    assert seen.all()
    assert depth <= WINDOW


@pytest.mark.parametrize(("text", "lang"), [(EN, "en"), (FR, "fr"), (DE, "de"), (ES, "es"), (JA, "ja"),
                                             (KO, "ko"), (ZH, "zh"), (VI, "vi")])
def test_languages_detected(text: str, lang: str) -> None:
    assert detect_language(text * 3) == lang


def test_mixed_text_follows_its_opening() -> None:
    """Only the first 1,500 characters are scored: a Japanese page quoting English stays Japanese."""
    assert detect_language(JA * 12 + EN * 10) == "ja"
    assert detect_language(EN * 10 + JA * 12) == "en"
    assert detect_language("short") is None


NL = ("De burgemeester ontving een delegatie uit de zusterstad om een samenwerkingsovereenkomst te tekenen. "
      "De twee steden zijn sinds 1985 verbonden en organiseren elk jaar culturele uitwisselingen.")
IT = ("Il sindaco ha ricevuto una delegazione della città gemellata per firmare un accordo di cooperazione. "
      "Le due città sono gemellate dal 1985 e organizzano ogni anno scambi culturali.")
DA = ("Borgmesteren modtog en delegation fra venskabsbyen for at underskrive en samarbejdsaftale. "
      "De to byer har været venskabsbyer siden 1985 og holder kulturelle udvekslinger hvert år.")
PL = ("Burmistrz przyjął delegację z miasta partnerskiego, aby podpisać umowę o współpracy. "
      "Oba miasta są partnerami od 1985 roku i co roku organizują wymiany kulturalne.")
EN2 = ("Officials from the two cities said the visit would strengthen ties in trade and tourism. "
       "The delegation also met business leaders, and both sides agreed to hold a forum next year. "
       "The mayor said that the partnership, which was signed in 1995, has grown over the years.")


def _mixes() -> list[str]:
    """English sentences mixed with other languages' in every proportion, at the start and the end."""
    rng = random.Random(11)
    english = [s + "." for t in (EN, EN2) for s in t.split(". ") if s]
    out = []
    for other in (FR, DE, ES, ID, VI, NL, IT, DA, PL, JA, KO, ZH):
        foreign = [s + "." for s in other.replace("。", "。 ").split(". ") if s]
        for share in (0.1, 0.3, 0.5, 0.7, 0.8, 0.9, 0.95):
            picks = [rng.choice(english) if rng.random() < share else rng.choice(foreign) for _ in range(30)]
            out.append(" ".join(picks))
        out += [other + " " + EN2 * 4, EN2 * 3 + " " + other * 3]
    return out


def test_shortcut_never_overrules_langid() -> None:
    """Whatever the mix, detect_language says what langid alone says on the same 1,500 characters."""
    from kizuna.intake.language import _langid_language, _surely_english

    texts = _mixes() + [EN2 * 5, (EN2 + " ") * 3 + "Hà Nội and Đà Nẵng.", EN2.upper() * 3]
    for text in texts:
        sample = text[:1500].strip()
        assert detect_language(text) == _langid_language(sample), sample[:80]
    assert _surely_english(EN2 * 5)  # the shortcut does fire on plain English
    assert not _surely_english(" ".join([EN2, DA, EN2, DA]))  # and not on half-Danish text
