"""Context clues that choose among same-named places (kizuna.gazetteer.clues)."""

import pytest

from kizuna.gazetteer import ResolveContext


def _places(gz, text, **kw):
    return [(m.text, m.place) for m in gz.find_mentions(text, ResolveContext(**kw)) if m.place is not None]


def _where(gz, text, name, **kw):
    """(country, parent) of the first mention written ``name``."""
    for written, place in _places(gz, text, **kw):
        if written == name:
            return place.country, place.parent
    return None


@pytest.mark.parametrize(("text", "name", "country"), [
    ("Councillors from Perth, Scotland, flew out on Monday.", "Perth", "GB"),
    ("The choir performed in Perth, Western Australia, last week.", "Perth", "AU"),
    ("A trade office opened in Halifax, Nova Scotia, in March.", "Halifax", "CA"),
    ("Officials from Santa Maria in the Philippines attended.", "Santa Maria", "PH"),
    ("Cooperation with Santa Maria, California, began in 1990.", "Santa Maria", "US"),
    ("Students from Victoria, British Columbia, arrived on Friday.", "Victoria", "CA"),
    ("He was born in Cambridge, Massachusetts.", "Cambridge", "US"),
    ("The orchestra toured London, Ontario, in spring.", "London", "CA"),
])
def test_a_qualifier_after_the_name_gives_its_country(gz, text, name, country):
    assert _where(gz, text, name)[0] == country


@pytest.mark.parametrize(("text", "name", "parent"), [
    ("Fuzhou in Jiangxi Province signed an accord with Okayama.", "Fuzhou", "CN-JX"),
    ("The delegation visited Taizhou, Zhejiang, on Tuesday.", "Taizhou", "CN-ZJ"),
    ("Investors from Portland, Maine, came too.", "Portland", "US-ME"),
    ("A mission from Richmond, Virginia, arrived.", "Richmond", "US-VA"),
])
def test_a_region_after_the_name_chooses_the_town_inside_it(gz, text, name, parent):
    assert _where(gz, text, name)[1] == parent


def test_the_qualifying_region_is_resolved_too(gz):
    """'Virginia' alone is also a South African town; after 'Richmond,' it is the state."""
    assert dict(_places(gz, "A mission from Richmond, Virginia, arrived."))["Virginia"].id == "US-VA"
    assert dict(_places(gz, "Exhibitors from London, Ontario, came."))["Ontario"].id == "CA-ON"


@pytest.mark.parametrize(("text", "name", "country"), [
    ("a friendship pact with the German city of Halle was signed", "Halle", "DE"),
    ("pupils from the Scottish town of Perth sang", "Perth", "GB"),
    ("the Canadian city of Richmond hosted the forum", "Richmond", "CA"),
    ("Australia's Perth and Japan's Kagoshima", "Perth", "AU"),
])
def test_a_country_before_the_name(gz, text, name, country):
    assert _where(gz, text, name)[0] == country


def test_a_qualifier_that_fits_no_candidate_changes_nothing(gz):
    """'Portland in China' (a visit, not where Portland lies): Portland stays the one it was."""
    alone = _where(gz, "Mayor of Portland said the trip went well.", "Portland")
    assert _where(gz, "The Mayor of Portland in China said the trip went well.", "Portland") == alone


def test_county_of_taiwan_is_the_first_level_county(gz):
    """'Yilan County' is Taiwan's county (TW-ILA); 'Yilan City' the city inside it."""
    got = dict(_places(gz, "Yilan County and Hualien City renewed their pact; Hualien County sent a choir."))
    assert got["Yilan County"].id == "TW-ILA"
    assert got["Hualien County"].id == "TW-HUA"
    assert got["Hualien City"].level == "municipality"


def test_a_bare_name_after_its_qualified_form_is_the_same_place(gz):
    city = dict(_places(gz, "Hualien City signed with Morioka."))["Hualien City"]
    got = _places(gz, "Hualien City signed with Morioka. Hualien has 100,000 residents.")
    assert [p.id for w, p in got if w == "Hualien"] == [city.id]
    ph = _places(gz, "It twinned with Santa Maria in the Philippines. Santa Maria then sent a band.")
    assert {p.country for w, p in ph if w == "Santa Maria"} == {"PH"}


def test_a_bare_name_alone_keeps_the_default(gz):
    assert dict(_places(gz, "Hualien has 100,000 residents."))["Hualien"].id == "TW-HUA"


def test_the_storys_unambiguous_places_break_a_tie_abroad(gz):
    """No country is named, but the other towns are all British: Perth is the Scottish one."""
    text = ("The twinning association of Perth welcomed guests from Aberdeenshire. "
            "A delegation from Stirling and from Aberdeenshire joined them in Perth.")
    assert _where(gz, text, "Perth")[0] == "GB"
    # with nothing British around it, the biggest Perth stays
    assert _where(gz, "The mayor of Perth flew to Kagoshima.", "Perth")[0] == "AU"


def test_uk_councils_are_local_governments(gz):
    for name, pid in [("Calderdale", "GB-CLD"), ("Hertfordshire", "GB-HRT"), ("County Durham", "GB-DUR"),
                      ("Vale of Glamorgan", "GB-VGL")]:
        p = gz.resolve_name(name, country="GB")
        assert p is not None and p.id == pid and p.level == "municipality", (name, p)
    # a council that shares its city's name is that city
    assert gz.resolve_name("Leeds", country="GB").id.startswith("geonames:")
    # a British council does not take a bigger town's name abroad from a story with no British context
    assert gz.resolve_name("Surrey", country="CA").country == "CA"


def test_council_names_steer_a_shared_town_name(gz):
    text = ("Councillors from Calderdale travelled to Aachen, where the Oberburgermeister of Aachen "
            "welcomed the Halifax delegation.")
    assert _where(gz, text, "Halifax")[0] == "GB"


@pytest.mark.parametrize(("text", "pid"), [
    ("Washington State opened a trade office in Kobe.", "US-WA"),
    ("the Governor of Washington led the mission", "US-WA"),
    ("Washington Governor Jay Inslee toured Sichuan.", "US-WA"),
    ("a sister-state pact with the state of Washington", "US-WA"),
    ("Georgia Governor Brian Kemp visited Seoul.", "US-GA"),
    ("the Mayor of Washington flew to Seoul", "US-DC"),
    ("Washington, D.C. and Seoul", "US-DC"),
    ("Washington DC and Seoul", "US-DC"),
])
def test_state_words_choose_the_state(gz, text, pid):
    first = next(p for w, p in _places(gz, text) if w.startswith(("Washington", "Georgia")))
    assert first.id == pid


def test_a_bare_washington_after_washington_state(gz):
    got = _places(gz, "Washington State signed the pact in 1963. Since then Washington has sent 40 missions.")
    assert [p.id for _, p in got] == ["US-WA", "US-WA"]


@pytest.mark.parametrize(("text", "name", "pid"), [
    ("Governors came from Oregon, Washington and Idaho.", "Washington", "US-WA"),
    ("Trade offices of Georgia, Alabama and Florida joined.", "Georgia", "US-GA"),
])
def test_a_name_in_a_list_of_states_is_a_state(gz, text, name, pid):
    assert dict(_places(gz, text))[name].id == pid


def test_a_country_among_countries_stays_the_country(gz):
    got = dict(_places(gz, "Envoys from Georgia, Armenia and Azerbaijan met.", countries=("GE", "AM", "AZ")))
    assert got["Georgia"].id == "GE"


@pytest.mark.parametrize(("text", "name"), [
    ("researchers at the University of Washington", "Washington"),
    ("a loan from the Bank of Kent", "Kent"),
    ("the Duke of Norfolk attended", "Norfolk"),
])
def test_an_institution_of_a_place_is_not_the_place(gz, text, name):
    assert [w for w, _ in _places(gz, text) if w == name] == []


def test_a_list_of_prefectures_keeps_its_prefecture(gz):
    """'Toyama City' elsewhere in the story does not make the Toyama of a prefecture list the city."""
    text = ("Missions went to Saitama, Hyogo, Nagano and Toyama. "
            "Forums were held in Sendai City, Toyama City and Fukui City.")
    got = [(w, p.id) for w, p in _places(gz, text) if w == "Toyama"]
    assert got == [("Toyama", "JP-16")]


def test_a_headline_name_takes_the_bodys_qualified_form(gz):
    text = "Yilan, Japan's Nanto sign pact\n\nOn Monday, Yilan City signed a friendship pact with Nanto."
    got = [p.id for w, p in _places(gz, text) if w.startswith("Yilan")]
    assert len(set(got)) == 1 and got[0] == gz.resolve_name("Yilan City").id


@pytest.mark.parametrize(("text", "name", "parent"), [
    ("Taizhou, a city in east China's Zhejiang province, signed the pact.", "Taizhou", "CN-ZJ"),
    ("Fuzhou in China's Jiangxi Province hosted the fair.", "Fuzhou", "CN-JX"),
    ("Richmond, a port city in the Canadian province of British Columbia, joined.", "Richmond", "CA-BC"),
])
def test_a_described_qualifier(gz, text, name, parent):
    assert _where(gz, text, name)[1] == parent


def test_the_country_in_a_described_qualifier_stays_the_country(gz):
    got = dict(_places(gz, "Taizhou, a city in east China's Zhejiang province, signed the pact."))
    assert got["China"].id == "CN"


def test_a_demonym_in_the_story_breaks_a_tie(gz):
    """'A Scottish delegation': the Perth of the story is the Scottish one."""
    text = "A Scottish delegation arrived on Monday. The visitors from Perth toured the port."
    assert _where(gz, text, "Perth")[0] == "GB"


@pytest.mark.parametrize(("text", "pid"), [
    ("Students from Spokane, Washington, arrived.", "US-WA"),
    ("Tacoma, Washington, and Kitakyushu", "US-WA"),
    ("The forum in Augusta, Georgia, opened.", "US-GA"),
    ("Batumi, Georgia, hosted the fair.", "GE"),
])
def test_the_qualifier_is_the_one_that_holds_the_town(gz, text, pid):
    got = dict(_places(gz, text))
    assert got[next(k for k in got if k in ("Washington", "Georgia"))].id == pid


def test_a_list_of_regions_does_not_qualify_its_members(gz):
    got = _places(gz, "Shizuoka, Kanagawa and Yamanashi signed a disaster pact.")
    assert [p.id for _, p in got] == ["JP-22", "JP-14", "JP-19"]


@pytest.mark.parametrize(("text", "name", "country"), [
    ("The choir flew to our Belgian twin town, Halle, in June.", "Halle", "BE"),
    ("It signed with its Canadian sister city, Richmond, in 1998.", "Richmond", "CA"),
    ("the Scottish city Perth hosted the games", "Perth", "GB"),
])
def test_an_appositive_with_a_demonym(gz, text, name, country):
    assert _where(gz, text, name)[0] == country


def test_a_small_town_of_a_country_the_story_only_implies(gz):
    """Germany is named; the French town is admitted because the story is plainly about France too."""
    text = ("Germany and the twinning committee met on Friday. The French mayor welcomed the French guests "
            "to Bry-sur-Marne, and a band from Moosburg came as well.")
    got = dict(_places(gz, text))
    assert got["Bry-sur-Marne"].country == "FR"


def test_a_town_written_with_its_level_word_is_admitted(gz):
    got = dict(_places(gz, "Delegates from Japan met the Sawbridgeworth Town Council on Monday."))
    assert got["Sawbridgeworth Town"].country == "GB"


def test_a_small_town_abroad_with_no_cue_stays_out(gz):
    """Nothing in the story speaks of France: a small French town name is not taken."""
    assert "Bry-sur-Marne" not in dict(_places(gz, "Japan and Korea met; Bry-sur-Marne was not discussed."))
