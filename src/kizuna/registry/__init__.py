"""Registry import: lists of partnerships that already exist (Wikidata P190, CSV tables).

Rows become ``partnership`` reports whose source is the registry file; they
merge with news reports of the same tie like any other report.
"""

from kizuna.registry.common import ImportReport
from kizuna.registry.csvtable import import_csv
from kizuna.registry.places import PlaceResolver, country_code
from kizuna.registry.wikidata import import_wikidata

__all__ = ["ImportReport", "PlaceResolver", "country_code", "import_csv", "import_wikidata"]
