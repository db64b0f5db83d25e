"""The SQLite schema as the migrations leave it: what :func:`kizuna.store.migrate.upgrade` replays on a new file.

Generated, not written by hand: after adding a migration, regenerate with
``python -c "from kizuna.store.migrate import write_sqlite_schema; write_sqlite_schema()"``
(tests/store/test_migrate.py fails until then).  Each statement is the SQL SQLite
stored for a table or index, in creation order (``alembic_version`` first).
"""

SQLITE_HEAD = '0002'
SQLITE_STATEMENTS: tuple[str, ...] = (
    ('CREATE TABLE alembic_version (\n'
     '\tversion_num VARCHAR(32) NOT NULL, \n'
     '\tCONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)\n'
     ')'),
    ('CREATE TABLE audit_log (\n'
     '\tpk INTEGER NOT NULL, \n'
     '\tfact_id VARCHAR(40) NOT NULL, \n'
     '\twho VARCHAR(100) NOT NULL, \n'
     '\tat DATETIME NOT NULL, \n'
     '\taction VARCHAR(20) NOT NULL, \n'
     '\t"before" JSON, \n'
     '\t"after" JSON, \n'
     '\tPRIMARY KEY (pk)\n'
     ')'),
    ('CREATE INDEX ix_audit_fact ON audit_log (fact_id)'),
    ('CREATE TABLE documents (\n'
     '\tid VARCHAR(40) NOT NULL, \n'
     '\tsha256 VARCHAR(64) NOT NULL, \n'
     '\torigin TEXT NOT NULL, \n'
     '\turl TEXT, \n'
     '\ttitle TEXT, \n'
     '\tpublished VARCHAR(10), \n'
     '\tpublished_source VARCHAR(40), \n'
     '\toutlet TEXT, \n'
     '\tlanguage VARCHAR(8), \n'
     '\tformat VARCHAR(10), \n'
     '\ttext TEXT NOT NULL, \n'
     '\tmeta JSON NOT NULL, \n'
     '\tingested_at DATETIME NOT NULL, \n'
     '\tPRIMARY KEY (id)\n'
     ')'),
    ('CREATE INDEX ix_documents_sha256 ON documents (sha256)'),
    ('CREATE TABLE facts (\n'
     '\tid VARCHAR(40) NOT NULL, \n'
     '\ttype VARCHAR(16) NOT NULL, \n'
     '\tdate VARCHAR(10), \n'
     '\tdate_end VARCHAR(10), \n'
     '\tstatus VARCHAR(10) NOT NULL, \n'
     '\tattributes JSON NOT NULL, \n'
     '\tconfidence FLOAT NOT NULL, \n'
     '\tmerge_key VARCHAR(400) NOT NULL, \n'
     '\tprovenance VARCHAR(12) NOT NULL, \n'
     '\tcuration VARCHAR(12) NOT NULL, \n'
     '\t"conflict" JSON, \n'
     '\tcreated_at DATETIME NOT NULL, \n'
     '\tupdated_at DATETIME NOT NULL, overrides JSON, \n'
     '\tPRIMARY KEY (id)\n'
     ')'),
    ('CREATE INDEX ix_facts_merge_key ON facts (merge_key)'),
    ('CREATE INDEX ix_facts_type ON facts (type)'),
    ('CREATE TABLE people (\n'
     '\tpk INTEGER NOT NULL, \n'
     '\t"key" VARCHAR(200) NOT NULL, \n'
     '\tname TEXT NOT NULL, \n'
     '\tPRIMARY KEY (pk), \n'
     '\tUNIQUE ("key")\n'
     ')'),
    ('CREATE TABLE places (\n'
     '\tpk INTEGER NOT NULL, \n'
     '\t"key" VARCHAR(200) NOT NULL, \n'
     '\tref_id VARCHAR(40), \n'
     '\tname TEXT NOT NULL, \n'
     '\tcountry VARCHAR(2), \n'
     '\tlevel VARCHAR(16), \n'
     '\tqid VARCHAR(20), \n'
     '\tPRIMARY KEY (pk), \n'
     '\tUNIQUE ("key")\n'
     ')'),
    ('CREATE INDEX ix_places_ref_id ON places (ref_id)'),
    ('CREATE TABLE fact_people (\n'
     '\tfact_id VARCHAR(40) NOT NULL, \n'
     '\tposition INTEGER NOT NULL, \n'
     '\tperson_pk INTEGER NOT NULL, \n'
     '\tname TEXT NOT NULL, \n'
     '\ttitle TEXT, \n'
     '\tplace_id VARCHAR(40), \n'
     '\tPRIMARY KEY (fact_id, position), \n'
     '\tFOREIGN KEY(fact_id) REFERENCES facts (id) ON DELETE CASCADE, \n'
     '\tFOREIGN KEY(person_pk) REFERENCES people (pk)\n'
     ')'),
    ('CREATE INDEX ix_fact_people_person_pk ON fact_people (person_pk)'),
    ('CREATE TABLE fact_places (\n'
     '\tfact_id VARCHAR(40) NOT NULL, \n'
     '\tposition INTEGER NOT NULL, \n'
     '\tplace_pk INTEGER NOT NULL, \n'
     '\tname TEXT NOT NULL, \n'
     '\tPRIMARY KEY (fact_id, position), \n'
     '\tFOREIGN KEY(fact_id) REFERENCES facts (id) ON DELETE CASCADE, \n'
     '\tFOREIGN KEY(place_pk) REFERENCES places (pk)\n'
     ')'),
    ('CREATE INDEX ix_fact_places_place_pk ON fact_places (place_pk)'),
    ('CREATE TABLE sources (\n'
     '\tpk INTEGER NOT NULL, \n'
     '\tfact_id VARCHAR(40) NOT NULL, \n'
     '\tdocument_id VARCHAR(40), \n'
     '\torigin TEXT NOT NULL, \n'
     '\turl TEXT, \n'
     '\tpublished VARCHAR(10), \n'
     '\tstart INTEGER, \n'
     '\t"end" INTEGER, \n'
     '\ttext TEXT, \n'
     '\textracted JSON, \n'
     '\tPRIMARY KEY (pk), \n'
     '\tFOREIGN KEY(document_id) REFERENCES documents (id), \n'
     '\tFOREIGN KEY(fact_id) REFERENCES facts (id) ON DELETE CASCADE, \n'
     '\tCONSTRAINT uq_source_span UNIQUE (fact_id, document_id, start)\n'
     ')'),
    ('CREATE INDEX ix_sources_document_id ON sources (document_id)'),
    ('CREATE INDEX ix_sources_fact_id ON sources (fact_id)'),
)
