"""twelvelabs_sdk: a typed, retrying, streaming client for the TwelveLabs API v1.3."""

__version__ = "0.1.0"
