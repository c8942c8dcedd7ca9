"""Renderers: pure functions from result values to text. ``jsondoc`` builds the JSON documents
(the versioned contract, ``jobmatch/data/schema.json``); ``terminal`` draws them with rich."""

FORMATS = ("table", "json", "ndjson")
