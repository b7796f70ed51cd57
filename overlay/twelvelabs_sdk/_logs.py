"""`TWELVELABS_LOG=debug|info`: the SDK's log lines on stderr without any setup.

Libraries leave logging configuration to the application; this switch is for
people who want to see the requests and retries now (as OPENAI_LOG does). It
adds one stderr handler to the `twelvelabs_sdk` logger, once, however often it
runs, and leaves the logger alone when the variable is unset or unknown.
"""

from __future__ import annotations

import logging
import os
from typing import TextIO

__all__ = ["ENV_VAR", "setup_logging"]

ENV_VAR = "TWELVELABS_LOG"
_LEVELS = {"debug": logging.DEBUG, "info": logging.INFO}
_FORMAT = "[%(asctime)s %(levelname)s %(name)s] %(message)s"


class _EnvHandler(logging.StreamHandler[TextIO]):
    """The handler TWELVELABS_LOG adds; its class marks it so it is added once."""


def setup_logging() -> None:
    """Apply TWELVELABS_LOG to the `twelvelabs_sdk` logger (idempotent)."""
    level = _LEVELS.get(os.environ.get(ENV_VAR, "").strip().lower())
    if level is None:
        return
    logger = logging.getLogger("twelvelabs_sdk")
    logger.setLevel(level)
    if not any(isinstance(h, _EnvHandler) for h in logger.handlers):
        handler = _EnvHandler()  # stderr, resolved when the handler is made
        handler.setFormatter(logging.Formatter(_FORMAT))
        logger.addHandler(handler)
