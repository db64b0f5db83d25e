"""JSON text exactly as ``json.dumps`` writes it, from encoders built once.

``json.dumps`` builds a ``JSONEncoder`` and a C encoder on every call; a batch
encodes each fact several times (its identity, its source's account, its
attributes), so the set-up cost more than the encoding.  These functions call
the same C encoder with the same settings, so the text is byte for byte what
``json.dumps`` returns (the tests compare them).  The one difference: no
circular-reference check (a fact's JSON is a tree; a cycle would end in
``RecursionError`` instead of ``ValueError``).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

_c_make_encoder = getattr(json.encoder, "c_make_encoder", None)


def _encoder(*, ensure_ascii: bool, sort_keys: bool, default: Callable[[Any], Any] | None) -> Callable[[Any], str]:
    """``lambda obj: json.dumps(obj, ensure_ascii=..., sort_keys=..., default=...)``, set up once."""
    if _c_make_encoder is None:  # an interpreter without the C accelerator: json.dumps itself
        def slow(obj: Any) -> str:
            return json.dumps(obj, ensure_ascii=ensure_ascii, sort_keys=sort_keys, default=default)
        return slow
    base = json.JSONEncoder(ensure_ascii=ensure_ascii, sort_keys=sort_keys, default=default)
    encode_str = json.encoder.encode_basestring_ascii if ensure_ascii else json.encoder.encode_basestring
    chunks = _c_make_encoder(None, base.default, encode_str, None, base.key_separator, base.item_separator,
                             sort_keys, False, True)
    join = "".join

    def fast(obj: Any) -> str:
        if type(obj) is str:  # JSONEncoder.encode's own shortcut for a bare string
            return encode_str(obj)
        return join(chunks(obj, 0))
    return fast


#: ``json.dumps(obj)``: what SQLAlchemy's JSON type stores.
dumps = _encoder(ensure_ascii=True, sort_keys=False, default=None)
#: ``json.dumps(obj, sort_keys=True, ensure_ascii=False, default=str)``: a report's identity and merge keys.
dumps_canonical = _encoder(ensure_ascii=False, sort_keys=True, default=str)
