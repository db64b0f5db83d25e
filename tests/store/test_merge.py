"""Merging in the Store: one fact per real-world event, every report kept as a source."""

from __future__ import annotations

from tests.contract import check_fact
from tests.store.helpers import GYEONGBUK, HYOGO, LIAONING, TOYAMA, FakeDoc, exported, fact

# Five outlets tell the same three events (a sister tie, a visit, a governors' meeting) in their own words.
OUTLETS = [
    ("outlet-a/2023-07-27.txt", "2023-07-27",
     "Toyama Prefecture and Liaoning Province became sister regions in 1984. "
     "Party Secretary Hao Peng of Liaoning visited Toyama on July 26. "
     "The 7th Japan-Korea Governors' Meeting was held in Hyogo in November 2023.",
     ["1984", "2023-07-26", "2023-11"]),
    ("outlet-b/toyama.txt", "2023-07-28",
     "Liaoning's Hao Peng arrived in Toyama this week, in the 40th year of a sister relationship signed in May 1984. "
     "Hyogo hosted Gyeongbuk for the seventh governors' meeting.",
     ["1984-05", "2023-07", None]),
    ("outlet-c/news.html", "2023-07-30",
     "A delegation led by Hao Peng, Liaoning party chief, was welcomed by Toyama on July 27. "
     "The sister ties between Toyama and Liaoning date back to 1984. "
     "Governors of Hyogo and Gyeongsangbuk-do met for the 7th time on November 2.",
     ["1984", "2023-07-27", "2023-11-02"]),
    ("outlet-d/brief.txt", None,
     "Toyama and Liaoning are sister provinces. Hao Peng toured Toyama. "
     "The seventh Japan-Korea governors' conference took place in Hyogo.",
     [None, None, None]),
    ("outlet-e/weekly.txt", "2023-08-02",
     "Last month Hao Peng of Liaoning visited sister province Toyama (ties since 1984). "
     "In November, Hyogo will host the 7th Korea-Japan Governors' Meeting.",
     ["1984", "2023-07", "2023-11"]),
]


def _reports(origin: str, published: str | None, text: str, dates: list[str | None]):
    doc = FakeDoc(origin=origin, text=text, published=published)
    sentences = [s if s.endswith(".") else s + "." for s in text.split(". ")]
    sentences = [s.rstrip(".") + "." if not s.endswith(")") else s for s in sentences]
    tie = next(s for s in sentences if "sister" in s)
    trip = next(s for s in sentences if "Hao Peng" in s)
    meet = next(s for s in sentences if "Hyogo" in s)
    facts = [
        fact(doc, tie.rstrip("."), "partnership", [TOYAMA, LIAONING], date=dates[0],
             attributes={"kind": "sister"}, confidence=0.7),
        fact(doc, trip.rstrip("."), "visit", [LIAONING, TOYAMA], date=dates[1], people=["Hao Peng"]),
        fact(doc, meet.rstrip("."), "meeting", [HYOGO, GYEONGBUK], date=dates[2],
             attributes={"edition": 7, "name": "Japan-Korea Governors' Meeting"}),
    ]
    if "Hao Peng arrived" in text:  # the tie is told in the trip's sentence here
        facts[0] = fact(doc, trip.rstrip("."), "partnership", [LIAONING, TOYAMA], date=dates[0],
                        attributes={"kind": "sister"})
    return doc, facts


def test_five_outlets_three_events_give_three_facts_with_five_sources(store):
    docs = [_reports(*o) for o in OUTLETS]
    for doc, facts in docs:
        assert store.add_document(doc, facts) == 3
    out = exported(store)
    texts = {doc.doc_id: doc.text for doc, _ in docs}
    for f in out:
        check_fact(f, texts)
    assert sorted(f["type"] for f in out) == ["meeting", "partnership", "visit"]
    assert all(len(f["sources"]) == 5 for f in out), [(f["type"], len(f["sources"])) for f in out]
    by = {f["type"]: f for f in out}
    assert by["partnership"]["date"] == "1984-05"  # the most precise date wins
    assert by["visit"]["date"] == "2023-07-26"
    assert by["meeting"]["date"] == "2023-11-02"
    assert by["meeting"]["attributes"]["edition"] == 7
    assert by["visit"]["people"][0]["name"] == "Hao Peng"
    assert by["partnership"]["confidence"] > 0.9  # five agreeing sources are worth more than one
    assert "conflict" not in by["partnership"]


def test_reingesting_a_known_document_adds_nothing(store):
    doc, facts = _reports(*OUTLETS[0])
    store.add_document(doc, facts)
    before = exported(store)
    assert store.add_document(doc, facts) == 0
    assert exported(store) == before


def test_one_document_two_stages_of_a_tie_stay_two_facts(store):
    text = ("Toyama and Liaoning signed a friendship agreement in 1979. "
            "They became sister regions in 1984.")
    doc = FakeDoc("a.txt", text)
    store.add_document(doc, [
        fact(doc, "Toyama and Liaoning signed a friendship agreement in 1979", "partnership", [TOYAMA, LIAONING],
             date="1979", attributes={"kind": "friendship"}),
        fact(doc, "They became sister regions in 1984", "partnership", [TOYAMA, LIAONING], date="1984",
             attributes={"kind": "sister"}),
    ])
    out = exported(store)
    assert sorted((f["attributes"]["kind"], f["date"]) for f in out) == [("friendship", "1979"), ("sister", "1984")]


def test_one_document_different_dates_editions_values_stay_apart(store):
    text = ("The 6th meeting was held in 2022. The 7th meeting was held in 2023. "
            "Toyama sent 40 delegations. Toyama received 35 delegations. "
            "Hao Peng visited Toyama on May 2. Hao Peng visited Toyama again on May 20.")
    doc = FakeDoc("b.txt", text, published="2023-06-01")
    store.add_document(doc, [
        fact(doc, "The 6th meeting was held in 2022", "meeting", [HYOGO, GYEONGBUK], date="2022",
             attributes={"edition": 6}),
        fact(doc, "The 7th meeting was held in 2023", "meeting", [HYOGO, GYEONGBUK], date="2023",
             attributes={"edition": 7}),
        fact(doc, "Toyama sent 40 delegations", "statistic", [TOYAMA], attributes={"value": 40}),
        fact(doc, "Toyama received 35 delegations", "statistic", [TOYAMA], attributes={"value": 35}),
        fact(doc, "Hao Peng visited Toyama on May 2", "visit", [LIAONING, TOYAMA], date="2023-05-02",
             people=["Hao Peng"]),
        fact(doc, "Hao Peng visited Toyama again on May 20", "visit", [LIAONING, TOYAMA], date="2023-05-20",
             people=["Hao Peng"]),
    ])
    assert len(exported(store)) == 6


def test_one_document_two_pacts_on_different_fields_stay_two_facts(store):
    text = ("Toyama and Liaoning signed a memorandum on school exchanges. "
            "They also signed a second memorandum on football and table tennis.")
    doc = FakeDoc("pacts.txt", text, published="2024-04-02")
    store.add_document(doc, [
        fact(doc, "Toyama and Liaoning signed a memorandum on school exchanges", "agreement", [TOYAMA, LIAONING],
             attributes={"kind": "mou", "fields": ["education"]}),
        fact(doc, "They also signed a second memorandum on football and table tennis", "agreement",
             [TOYAMA, LIAONING], attributes={"kind": "mou", "fields": ["sports"]}),
    ])
    assert sorted(tuple(f["attributes"]["fields"]) for f in exported(store)) == [("education",), ("sports",)]


def test_a_story_told_twice_in_one_document_is_one_fact_first_source_earliest(store):
    s = "Toyama and Liaoning are sister regions"
    text = f"Intro. {s}. Middle part. {s}."
    doc = FakeDoc("c.txt", text)
    later = fact(doc, s, "partnership", [TOYAMA, LIAONING], attributes={"kind": "sister"}, occurrence=1)
    earlier = fact(doc, s, "partnership", [LIAONING, TOYAMA], attributes={"kind": "sister"}, occurrence=0)
    store.add_document(doc, [later, earlier])
    [f] = exported(store)
    assert [src["start"] for src in f["sources"]] == [earlier.evidence.start, later.evidence.start]


def test_visits_by_different_people_or_weeks_apart_are_different_trips(store):
    docs = [
        ("v1.txt", "Hao Peng visited Toyama", "2023-07-26", ["Hao Peng"]),
        ("v2.txt", "Li Lecheng visited Toyama", "2023-07-26", ["Li Lecheng"]),
        ("v3.txt", "Hao Peng visited Toyama", "2023-09-10", ["Hao Peng"]),
        ("v4.txt", "Hao Peng was in Toyama", "2023-07-28", ["Hao Peng"]),  # two days later: the same trip
    ]
    for origin, s, date, people in docs:
        doc = FakeDoc(origin, f"{s}. ({origin})")
        store.add_document(doc, [fact(doc, s, "visit", [LIAONING, TOYAMA], date=date, people=people)])
    out = sorted((f["date"], len(f["sources"])) for f in exported(store))
    assert out == [("2023-07-26", 1), ("2023-07-26", 2), ("2023-09-10", 1)]


def test_a_vague_report_does_not_glue_two_precise_ones(store):
    for origin, date in (("m1.txt", "2023-05"), ("m2.txt", "2023-06"), ("m3.txt", "2023")):
        doc = FakeDoc(origin, f"Toyama and Liaoning signed an MoU ({origin}).")
        store.add_document(doc, [fact(doc, "Toyama and Liaoning signed an MoU", "agreement", [TOYAMA, LIAONING],
                                      date=date)])
    out = sorted((f["date"], len(f["sources"])) for f in exported(store))
    assert out == [("2023-05", 2), ("2023-06", 1)]


def test_unresolved_names_merge_by_normalised_name(store):
    a = FakeDoc("u1.txt", "Thanh Hóa and Gifu are sister regions.")
    b = FakeDoc("u2.txt", "Gifu and thanh hoa are sister regions.")
    from kizuna.facts import PlaceRef

    gifu = PlaceRef("JP-21", "Gifu", "JP", "region")
    store.add_document(a, [fact(a, "Thanh Hóa and Gifu are sister regions", "partnership",
                                [PlaceRef(None, "Thanh Hóa", "VN"), gifu], attributes={"kind": "sister"})])
    store.add_document(b, [fact(b, "Gifu and thanh hoa are sister regions", "partnership",
                                [gifu, PlaceRef(None, "thanh hoa", "VN")], attributes={"kind": "sister"})])
    [f] = exported(store)
    assert len(f["sources"]) == 2


def test_partnership_events_are_a_dated_list_on_the_tie(store):
    items = [
        ("e1.txt", "Nagoya and Nanjing became sister cities in 1978", "1978", {"kind": "sister"}),
        ("e2.txt", "Nanjing suspended official exchanges with Nagoya in 2012", "2012",
         {"kind": "sister", "event": "suspended"}),
        ("e3.txt", "Nanjing and Nagoya renewed their sister ties in 2018", "2018",
         {"kind": "sister", "event": "renewed"}),
    ]
    from kizuna.facts import PlaceRef

    nagoya, nanjing = PlaceRef("geonames:1856057", "Nagoya", "JP", "municipality"), \
        PlaceRef("geonames:1799962", "Nanjing", "CN", "municipality")
    for origin, s, date, attrs in items:
        doc = FakeDoc(origin, s + ".")
        store.add_document(doc, [fact(doc, s, "partnership", [nagoya, nanjing], date=date, attributes=attrs)])
    [f] = exported(store)
    assert f["date"] == "1978"
    assert [(e["event"], e["date"]) for e in f["attributes"]["events"]] == [
        ("established", "1978"), ("suspended", "2012"), ("renewed", "2018")]
    assert f["attributes"]["state"] == "active"
    assert len(f["sources"]) == 3
