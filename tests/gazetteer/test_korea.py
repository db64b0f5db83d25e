"""South Korea's 226 basic local governments."""

import pytest

from kizuna.gazetteer.korea import read_municipalities

TABLE = read_municipalities()
ENTRIES = [(region, suffix, name) for region, parts in TABLE.items() for suffix, names in parts.items()
           for name in names]


def test_count():
    assert sum(1 for r, _s, _n in ENTRIES if r != "KR-49") == 226


@pytest.mark.parametrize(("region", "suffix", "name"), ENTRIES, ids=[f"{r}-{n}-{s}" for r, s, n in ENTRIES])
def test_each_resolves_within_its_region(gz, region, suffix, name):
    city = gz.get(region).name
    p = gz.resolve_name(f"{name}-{suffix}, {city}", country="KR")
    assert p is not None and p.parent == region and p.level == "municipality", p


@pytest.mark.parametrize(("written", "canonical"), [
    ("Gangnam (Seoul)", "Gangnam-gu, Seoul"), ("Seoul – Songpa", "Songpa-gu, Seoul"),
    ("Buk (Busan)", "Buk-gu, Busan"), ("Daejeon – Jung", "Jung-gu, Daejeon"), ("Yongin", "Yongin"),
    ("Haman", "Haman County"), ("Wando County", "Wando County"), ("Paju", "Paju"),
])
def test_written_forms(gz, written, canonical):
    p = gz.resolve_name(written, country="KR")
    assert p is not None and p.name == canonical


def test_metropolitan_cities_stay_regions(gz):
    assert gz.resolve_name("Busan").id == "KR-26"
    assert gz.resolve_name("Gwangju", country="KR").id == "KR-29"
    assert gz.resolve_name("Gwangju, Gyeonggi", country="KR").parent == "KR-41"
