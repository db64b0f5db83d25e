"""GeoNames' region codes mapped to ISO 3166-2: a city's parent is the region a fact names."""

import pytest

from kizuna.gazetteer.build import admin1_to_iso


@pytest.mark.parametrize(("city", "country", "region"), [
    ("Nagoya", "JP", "JP-23"), ("Sapporo", "JP", "JP-01"), ("Naha", "JP", "JP-47"), ("Kofu", "JP", "JP-19"),
    ("Toyama City", "JP", "JP-16"), ("Himeji", "JP", "JP-28"),
    ("Shenyang", "CN", "CN-LN"), ("Dalian", "CN", "CN-LN"), ("Harbin", "CN", "CN-HL"), ("Hangzhou", "CN", "CN-ZJ"),
    ("Yinchuan", "CN", "CN-NX"), ("Guilin", "CN", "CN-GX"), ("Xi'an", "CN", "CN-SN"), ("Taiyuan", "CN", "CN-SX"),
    ("Suwon", "KR", "KR-41"), ("Pohang", "KR", "KR-47"), ("Changwon", "KR", "KR-48"), ("Jeonju", "KR", "KR-45"),
    ("Cheongju", "KR", "KR-43"), ("Cheonan", "KR", "KR-44"), ("Chuncheon", "KR", "KR-42"),
    ("Nha Trang", "VN", "VN-34"), ("Vinh City", "VN", "VN-22"), ("Ha Long", "VN", "VN-13"),
    ("Fengshan", "TW", "TW-KHH"), ("Portland", "US", "US-OR"), ("Seattle", "US", "US-WA"),
    ("Curitiba", "BR", "BR-PR"), ("Porto Alegre", "BR", "BR-RS"), ("Mumbai", "IN", "IN-MH"),
    ("Bengaluru", "IN", "IN-KA"), ("Edmonton", "CA", "CA-AB"), ("Quebec", "CA", "CA-QC"),
    ("Melbourne", "AU", "AU-VIC"), ("Perth", "AU", "AU-WA"), ("Munich", "DE", "DE-BY"), ("Kiel", "DE", "DE-SH"),
    ("Semarang", "ID", "ID-JT"), ("Surabaya", "ID", "ID-JI"), ("Bandung", "ID", "ID-JB"), ("Makassar", "ID", "ID-SN"),
    ("Denpasar", "ID", "ID-BA"),
])
def test_city_parent_is_iso_region(gz, city, country, region):
    p = gz.resolve_name(city, country=country, level="municipality")
    assert p is not None and p.parent == region, p


def test_every_mapped_code_is_an_iso_region(gz):
    for (cc, _code), iso in admin1_to_iso().items():
        p = gz.get(iso)
        assert p is not None and p.level == "region" and p.country == cc, iso


def test_all_japanese_and_chinese_codes_mapped():
    table = admin1_to_iso()
    assert len({v for (cc, _), v in table.items() if cc == "JP"}) == 47
    assert len({v for (cc, _), v in table.items() if cc == "CN"}) == 31  # HK, MO, TW are countries in GeoNames
    assert len({v for (cc, _), v in table.items() if cc == "KR"}) == 17
    assert len({v for (cc, _), v in table.items() if cc == "VN"}) == 34
