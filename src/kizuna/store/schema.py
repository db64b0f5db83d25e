"""SQLAlchemy 2 models: documents, places, people, facts, fact places/people, sources, audit.

A fact is stored once however many documents report it; each report is a
``Source`` row pointing at the document and the evidence span.  Places and
people are shared rows so that a place profile is one join away.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, DateTime, Float, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    """Declarative base of every Kizuna table."""


class Document(Base):
    __tablename__ = "documents"

    id: Mapped[str] = mapped_column(String(40), primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    origin: Mapped[str] = mapped_column(Text)
    url: Mapped[str | None] = mapped_column(Text)
    title: Mapped[str | None] = mapped_column(Text)
    published: Mapped[str | None] = mapped_column(String(10))
    published_source: Mapped[str | None] = mapped_column(String(40))
    outlet: Mapped[str | None] = mapped_column(Text)
    language: Mapped[str | None] = mapped_column(String(8))
    format: Mapped[str | None] = mapped_column(String(10))
    text: Mapped[str] = mapped_column(Text)
    meta: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    ingested_at: Mapped[datetime] = mapped_column(DateTime)


class Place(Base):
    """A place a fact names.  ``key`` is the gazetteer id, or ``name:CC:normalised name`` when unresolved."""

    __tablename__ = "places"

    pk: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    key: Mapped[str] = mapped_column(String(200), unique=True)
    ref_id: Mapped[str | None] = mapped_column(String(40), index=True)
    name: Mapped[str] = mapped_column(Text)
    country: Mapped[str | None] = mapped_column(String(2))
    level: Mapped[str | None] = mapped_column(String(16))
    qid: Mapped[str | None] = mapped_column(String(20))


class PersonRow(Base):
    """A named official; ``key`` folds name order ("Hirai Shinji" = "Shinji Hirai")."""

    __tablename__ = "people"

    pk: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    key: Mapped[str] = mapped_column(String(200), unique=True)
    name: Mapped[str] = mapped_column(Text)


class FactRow(Base):
    __tablename__ = "facts"

    id: Mapped[str] = mapped_column(String(40), primary_key=True)
    type: Mapped[str] = mapped_column(String(16), index=True)
    date: Mapped[str | None] = mapped_column(String(10))
    date_end: Mapped[str | None] = mapped_column(String(10))
    status: Mapped[str] = mapped_column(String(10), default="happened")
    attributes: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    confidence: Mapped[float] = mapped_column(Float, default=0.5)
    merge_key: Mapped[str] = mapped_column(String(400), index=True)
    provenance: Mapped[str] = mapped_column(String(12), default="extracted")
    curation: Mapped[str] = mapped_column(String(12), default="none")
    conflict: Mapped[dict[str, Any] | None] = mapped_column(JSON, nullable=True)
    # A curator's edits, applied on top of what the sources say each time the fact is re-derived.
    overrides: Mapped[dict[str, Any] | None] = mapped_column(JSON, nullable=True)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)

    places: Mapped[list[FactPlace]] = relationship(
        back_populates="fact", order_by="FactPlace.position", cascade="all, delete-orphan"
    )
    people: Mapped[list[FactPerson]] = relationship(
        back_populates="fact", order_by="FactPerson.position", cascade="all, delete-orphan"
    )
    sources: Mapped[list[Source]] = relationship(
        back_populates="fact", cascade="all, delete-orphan",
        # earliest report first, then by origin and offset: the same whatever order documents came in
        order_by="(Source.published, Source.origin, Source.start, Source.text, Source.pk)",
    )


class FactPlace(Base):
    __tablename__ = "fact_places"

    fact_id: Mapped[str] = mapped_column(ForeignKey("facts.id", ondelete="CASCADE"), primary_key=True)
    position: Mapped[int] = mapped_column(Integer, primary_key=True)
    place_pk: Mapped[int] = mapped_column(ForeignKey("places.pk"), index=True)
    name: Mapped[str] = mapped_column(Text)  # as the fact names it

    fact: Mapped[FactRow] = relationship(back_populates="places")
    place: Mapped[Place] = relationship()


class FactPerson(Base):
    __tablename__ = "fact_people"

    fact_id: Mapped[str] = mapped_column(ForeignKey("facts.id", ondelete="CASCADE"), primary_key=True)
    position: Mapped[int] = mapped_column(Integer, primary_key=True)
    person_pk: Mapped[int] = mapped_column(ForeignKey("people.pk"), index=True)
    name: Mapped[str] = mapped_column(Text)
    title: Mapped[str | None] = mapped_column(Text)
    place_id: Mapped[str | None] = mapped_column(String(40))

    fact: Mapped[FactRow] = relationship(back_populates="people")
    person: Mapped[PersonRow] = relationship()


class Source(Base):
    __tablename__ = "sources"
    __table_args__ = (UniqueConstraint("fact_id", "document_id", "start", name="uq_source_span"),)

    pk: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    fact_id: Mapped[str] = mapped_column(ForeignKey("facts.id", ondelete="CASCADE"), index=True)
    document_id: Mapped[str | None] = mapped_column(ForeignKey("documents.id"), index=True)
    origin: Mapped[str] = mapped_column(Text)
    url: Mapped[str | None] = mapped_column(Text)
    published: Mapped[str | None] = mapped_column(String(10))
    start: Mapped[int | None] = mapped_column(Integer)
    end: Mapped[int | None] = mapped_column(Integer)
    text: Mapped[str | None] = mapped_column(Text)
    extracted: Mapped[dict[str, Any] | None] = mapped_column(JSON, nullable=True)  # the fact as this source told it

    fact: Mapped[FactRow] = relationship(back_populates="sources")


class AuditEntry(Base):
    __tablename__ = "audit_log"
    __table_args__ = (Index("ix_audit_fact", "fact_id"),)

    pk: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    fact_id: Mapped[str] = mapped_column(String(40))
    who: Mapped[str] = mapped_column(String(100))
    at: Mapped[datetime] = mapped_column(DateTime)
    action: Mapped[str] = mapped_column(String(20))
    before: Mapped[dict[str, Any] | None] = mapped_column(JSON, nullable=True)
    after: Mapped[dict[str, Any] | None] = mapped_column(JSON, nullable=True)
