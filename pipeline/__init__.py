"""Yanbao: broker research reports → a database a research desk can trust."""
__version__ = "0.2.0"
