"""Every bullet of issue #3's Coverage and Resolution sections."""

import pytest

from kizuna.gazetteer import ResolveContext


@pytest.mark.parametrize(("written", "pid"), [
    ("Toyama Prefecture", "JP-16"), ("Liaoning Province", "CN-LN"), ("Liaoning Sheng", "CN-LN"),
    ("Ningxia Hui autonomous region", "CN-NX"), ("Guangxi Zhuang", "CN-GX"), ("Gyeongbuk", "KR-47"),
    ("North Gyeongsang", "KR-47"), ("Gyeongsangbuk-do", "KR-47"), ("Jeju", "KR-49"), ("Hanoi", "VN-HN"),
    ("HCMC", "VN-SG"), ("Ho Chi Minh City", "VN-SG"), ("Thua Thien Hue", "VN-26"), ("Thanh Hoa", "VN-21"),
    ("Thanh Hóa", "VN-21"), ("Aiti", "JP-23"), ("Hukuoka", "JP-40"), ("Heilongjian Province", "CN-HL"),
    ("Tianjin", "CN-TJ"), ("South Korea", "KR"), ("ROK", "KR"), ("Republic of Korea", "KR"), ("Korea", "KR"),
    ("Viet Nam", "VN"), ("the US", "US"), ("USA", "US"), ("America", "US"), ("Busan", "KR-26"),
    ("Hiroshima Prefecture", "JP-34"), ("Ha Nam", "VN-63"),
])
def test_forms_news_writes(gz, written, pid):
    p = gz.resolve_name(written.removeprefix("the "))
    assert p is not None and p.id == pid, p


def test_canonical_names(gz):
    assert gz.get("JP-23").name == "Aichi"
    assert gz.get("CN-LN").name == "Liaoning"
    assert gz.get("KR-47").name == "North Gyeongsang"
    assert gz.get("VN-21").name == "Thanh Hoa"


def test_fuzzy_is_for_misspellings_only(gz):
    assert gz.resolve_name("Heilongjian").id == "CN-HL"
    assert gz.resolve_name("Gyeongbuk").id == "KR-47"  # an alias, not fuzzy to Gyeongsangnam-do
    assert gz.resolve_name("Ha Nam").id == "VN-63"  # not Quang Nam
    assert gz.resolve_name("Qwertyuiop") is None


@pytest.mark.parametrize("name", ["Li", "Lee"])
def test_surnames_are_not_places(gz, name):
    assert gz.resolve_name(name) is None
    assert not [m for m in gz.find_mentions(f"Governor {name} met the delegation.") if m.place]


def _ids(gz, text, **kw):
    return [(m.text, m.place.id if m.place else None) for m in gz.find_mentions(text, ResolveContext(**kw))]


def test_longest_match_first(gz):
    assert _ids(gz, "Hiroshima Prefecture signed it.") == [("Hiroshima Prefecture", "JP-34")]
    assert _ids(gz, "A delegation from Ho Chi Minh City arrived.") == [("Ho Chi Minh City", "VN-SG")]


def test_level_from_context(gz):
    city = gz.resolve_name("Toyama City").id
    assert city.startswith("geonames:")
    assert _ids(gz, "Governor of Toyama Hachiro Nitta") == [("Toyama", "JP-16")]
    assert _ids(gz, "Toyama Prefecture and Liaoning") == [("Toyama Prefecture", "JP-16"), ("Liaoning", "CN-LN")]
    assert _ids(gz, "the Mayor of Toyama said") == [("Toyama", city)]
    assert _ids(gz, "Toyama City welcomed them") == [("Toyama City", city)]
    assert gz.resolve_name("Toyama", level="municipality").id == city


def test_country_from_possessive(gz):
    got = dict(_ids(gz, "Japan's Kobe and China's Tianjin signed an agreement."))
    assert got["Kobe"] == "geonames:1859171"
    # Tianjin's city government is the province-level municipality: GeoNames' city is folded into CN-TJ
    assert got["Tianjin"] == "CN-TJ"
    assert dict(_ids(gz, "Officials from Tianjin visited."))["Tianjin"] == "CN-TJ"
    got = dict(_ids(gz, "Japan's Kobe and Georgia's Tbilisi"))
    assert gz.get(got["Tbilisi"]).country == "GE"


@pytest.mark.parametrize(("name", "country", "expected_country"), [
    ("Georgia", "US", "US"), ("Georgia", "GE", "GE"), ("Cambridge", "GB", "GB"), ("Cambridge", "US", "US"),
    ("Victoria", "AU", "AU"), ("Victoria", "CA", "CA"),
])
def test_ambiguous_names_by_document_country(gz, name, country, expected_country):
    ms = gz.find_mentions(f"Officials of {name} met.", ResolveContext(countries=(country,)))
    assert ms and ms[0].place is not None and ms[0].place.country == expected_country


@pytest.mark.parametrize("name", ["Georgia", "Cambridge", "Victoria"])
def test_ambiguous_names_alone_stay_unresolved(gz, name):
    ms = gz.find_mentions(f"Officials of {name} met.", ResolveContext())
    assert not ms or ms[0].place is None


@pytest.mark.parametrize(("written", "country", "canonical"), [
    ("Setagaya (Tokyo)", "JP", "Setagaya"), ("Tokyo – Adachi", "JP", "Adachi"), ("Chūō (Tokyo)", "JP", "Chuo"),
    ("Izumi, Kagoshima", "JP", "Izumi"), ("Fukui", "JP", "Fukui"), ("Gyeongju", "KR", "Gyeongju"),
    ("Bayside, New South Wales", "AU", None), ("Haidian (Beijing)", "CN", "Haidian"),
])
def test_qualified_names_from_the_twin_city_lists(gz, written, country, canonical):
    p = gz.resolve_name(written, country=country)
    if canonical is None:
        return  # resolved or not, it must not raise
    assert p is not None and p.name == canonical and p.country == country


def test_get_keeps_working(gz):
    assert gz.get("JP-16").name == "Toyama"
    assert gz.get("nope") is None
    assert gz.get("JP-16").ref().id == "JP-16"


def test_city_level_regions_answer_for_municipalities(gz):
    assert gz.resolve_name("Busan", level="municipality").id == "KR-26"
    assert gz.resolve_name("Georgia", level="country").id == "GE"


def test_a_weak_alternate_spelling_abroad_is_no_rival(gz):
    # Freiburg (DE) has Fribourg (CH) as a far weaker alternate-name match: in a story about Japan
    # the big German city still resolves, as a big city with no real namesake abroad does.
    text = "Freiburg marks 35 years of twinning with Matsuyama, Japan."
    got = {m.text: (m.place.id if m.place else None) for m in gz.find_mentions(text)}
    assert got["Freiburg"] == "geonames:2925177", got


@pytest.mark.parametrize(("text", "name", "pid"), [
    ("Portland Mayor Ted Wheeler flew to Sapporo on Monday.", "Portland", "geonames:5746545"),  # not Jamaica's parish
    ("Osaka Mayor Hideyuki Yokoyama met the visitors.", "Osaka", "geonames:1853909"),  # the city
    ("Osaka Governor Hirofumi Yoshimura met the visitors.", "Osaka", "JP-27"),  # the prefecture
    ("Washington Governor Bob Ferguson left for Japan.", "Washington", "US-WA"),  # the state, not DC
])
def test_a_head_title_after_the_name_gives_its_level(gz, text, name, pid):
    got = {m.text: (m.place.id if m.place else None) for m in gz.find_mentions(text)}
    assert got[name] == pid, got
