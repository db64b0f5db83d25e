"""The gazetteer: countries, first-level divisions and municipalities, and a resolver.

``Gazetteer.load()`` gives the shared instance; ``lookup`` ranks candidates for
a name, ``resolve_name`` picks one, ``find_mentions`` finds and resolves every
place named in a text.
"""

from kizuna.gazetteer.model import Candidate, Mention, Place, ResolveContext
from kizuna.gazetteer.names import fold
from kizuna.gazetteer.resolver import Gazetteer

__all__ = ["Candidate", "Gazetteer", "Mention", "Place", "ResolveContext", "fold"]
