"""jobmatch: how well does a resume fit job postings, and exactly what is missing.

The library entry points live in :mod:`jobmatch.api`; the command line in :mod:`jobmatch.cli`.
"""

__version__ = "0.1.0"
