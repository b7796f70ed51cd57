"""The API's error answer: a status code plus the spec's Error schema body."""

from __future__ import annotations


class ApiError(Exception):
    """An error the fake answers with, as ``{"code": ..., "message": ...}``.

    Raised anywhere below the WSGI app (validation, handlers, the store); the
    app turns it into a JSON response with ``status``.
    """

    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message

    def body(self) -> dict[str, str]:
        """The JSON body the API sends for this error."""
        return {"code": self.code, "message": self.message}


def not_found(kind: str, identifier: str) -> ApiError:
    """A 404 for an unknown id, with the API's ``<kind>_not_found`` code."""
    label = kind.replace("_", " ")
    return ApiError(404, f"{kind}_not_found", f"The {label} {identifier!r} does not exist.")


def invalid(parameter: str, message: str) -> ApiError:
    """A 400 for a parameter the spec accepts but the API refuses."""
    return ApiError(400, "parameter_invalid", f"{parameter}: {message}")
