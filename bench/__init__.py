"""Benchmarks against the official SDK and raw httpx: `python -m bench` (`make bench`)."""
