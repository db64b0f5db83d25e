"""Kizuna: a sourced knowledge base of exchanges between local governments."""

__version__ = "0.1.0"
