"""The export writes only the spec's place ids; ours for places GeoNames lacks go beside them."""

from kizuna.export import _attributes, _place


def test_spec_ids_pass_through():
    for ident in ("JP", "JP-16", "CN-LN", "KR-47", "TW-TPE", "geonames:1859171"):
        assert _place(ident, "x", "JP", "region")["id"] == ident


def test_local_ids_become_null_with_the_gazetteer_id_kept():
    p = _place("jp-lg:113832", "Kamikawa", "JP", "municipality")
    assert p["id"] is None and p["gazetteer_id"] == "jp-lg:113832" and p["name"] == "Kamikawa"


def test_meeting_location_is_cleaned_too():
    attrs = _attributes({"name": "Forum", "location": {"id": "kr-lg:KR-11:gangnam-gu", "name": "Gangnam"}})
    assert attrs["location"]["id"] is None and attrs["location"]["gazetteer_id"].startswith("kr-lg:")


def test_export_is_in_text_order():
    from kizuna.export import in_text_order

    facts = [
        {"id": "f-2", "sources": [{"origin": "b.txt", "start": 5}]},
        {"id": "f-1", "sources": [{"origin": "a.txt", "start": 90}, {"origin": "b.txt", "start": 0}]},
        {"id": "f-3", "sources": [{"origin": "a.txt", "start": 10}]},
    ]
    assert [f["id"] for f in in_text_order(facts)] == ["f-3", "f-1", "f-2"]


def test_facts_of_one_sentence_come_by_date():
    from kizuna.export import in_text_order

    facts = [
        {"id": "f-a", "date": "2009", "sources": [{"origin": "a.txt", "start": 40}]},
        {"id": "f-b", "date": "2003", "sources": [{"origin": "a.txt", "start": 40}]},
        {"id": "f-c", "date": None, "sources": [{"origin": "a.txt", "start": 40}]},
    ]
    assert [f["id"] for f in in_text_order(facts)] == ["f-c", "f-b", "f-a"]


def test_order_follows_every_document():
    """f-1 came first from a.txt but b.txt tells f-2 before it: in b.txt's facts, f-2 comes first."""
    from kizuna.export import in_text_order

    facts = [
        {"id": "f-2", "sources": [{"origin": "b.txt", "start": 5}]},
        {"id": "f-1", "sources": [{"origin": "a.txt", "start": 90}, {"origin": "b.txt", "start": 60}]},
        {"id": "f-3", "sources": [{"origin": "a.txt", "start": 10}]},
    ]
    assert [f["id"] for f in in_text_order(facts)] == ["f-3", "f-2", "f-1"]


def test_opposite_orders_fall_back_to_first_sources():
    from kizuna.export import in_text_order

    facts = [
        {"id": "f-x", "sources": [{"origin": "a.txt", "start": 1}, {"origin": "b.txt", "start": 9}]},
        {"id": "f-y", "sources": [{"origin": "a.txt", "start": 5}, {"origin": "b.txt", "start": 2}]},
        {"id": "f-z", "sources": [{"origin": "c.txt", "start": 0}]},
    ]
    order = [f["id"] for f in in_text_order(facts)]
    assert sorted(order) == ["f-x", "f-y", "f-z"] and order.index("f-x") < order.index("f-y")
