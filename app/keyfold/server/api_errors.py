"""The `{success, data, error}` envelope and the errors handlers raise."""

from typing import Any

from starlette.responses import JSONResponse


class ApiError(Exception):
    """A refusal the client sees as `error{code, message, details}` with a status."""

    def __init__(
        self,
        status: int,
        code: str,
        message: str,
        details: dict[str, Any] | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.details = details or {}
        self.headers = headers or {}


def ok(data: Any, status: int = 200) -> JSONResponse:
    return JSONResponse({"success": True, "data": data, "error": None}, status_code=status)


def failure(error: ApiError) -> JSONResponse:
    body = {
        "success": False,
        "data": None,
        "error": {"code": error.code, "message": error.message, "details": error.details},
    }
    return JSONResponse(body, status_code=error.status, headers=error.headers)


def invalid(code: str, message: str, field: str) -> ApiError:
    """A 400 naming the field at fault."""
    return ApiError(400, code, message, {"field": field})
