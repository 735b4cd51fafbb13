"""Typed errors: turn a problem+json answer into an exception carrying the `Problem`."""

from __future__ import annotations

from http import HTTPStatus
from typing import Any, TypeVar

from ..models.problem import Problem
from ..models.token_problem import TokenProblem
from ..types import Response

T = TypeVar("T")


class ApiError(Exception):
    """The API answered with an error; `problem` is the parsed RFC 9457 body when there is one.

    `problem.code` is the stable dotted code to branch on (e.g. `complaint.not_found`);
    `problem.errors` lists the invalid fields of a 422.
    """

    def __init__(self, status_code: int, problem: Problem | TokenProblem | None, content: bytes = b"") -> None:
        self.status_code = status_code
        self.problem = problem
        self.content = content
        detail = f"{problem.code}: {problem.detail}" if problem else content[:200].decode(errors="replace")
        super().__init__(f"HTTP {status_code} {detail}")

    @property
    def code(self) -> str | None:
        return self.problem.code if self.problem else None


def unwrap(response: Response[T | Problem]) -> T:
    """The parsed body of a successful response (`sync_detailed`/`asyncio_detailed`), or
    `ApiError` with the typed `Problem` of an error."""
    parsed: Any = response.parsed
    if isinstance(parsed, Problem) or parsed is None or response.status_code >= HTTPStatus.BAD_REQUEST:
        problem = parsed if isinstance(parsed, Problem) else None
        raise ApiError(int(response.status_code), problem, response.content)
    result: T = parsed
    return result
