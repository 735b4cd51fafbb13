"""Serving a built single-page application (the staff console) under a path prefix.

Files come from the app's `dist/` folder; any other path under the prefix without a file
extension is a client-side route and gets `index.html`. Every response carries a strict
Content-Security-Policy (no inline scripts or styles, nothing from other origins), UTF-8
charsets on text types, and long caching only for Vite's content-hashed `assets/`.
"""

from __future__ import annotations

import mimetypes
from pathlib import Path, PurePosixPath

from fastapi import FastAPI
from starlette.exceptions import HTTPException
from starlette.responses import FileResponse, RedirectResponse, Response
from starlette.staticfiles import StaticFiles
from starlette.types import Receive, Scope, Send

CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; "
    "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
    "form-action 'self'; frame-ancestors 'none'"
)
# The SPAs' own policy; the headers every answer shares (nosniff, Referrer-Policy,
# X-Frame-Options, HSTS) come from api.middleware.SecurityHeadersMiddleware.
SECURITY_HEADERS = {"Content-Security-Policy": CONTENT_SECURITY_POLICY}
# Explicit, so the answer never depends on the host's mime.types.
_TYPES = {
    ".html": "text/html; charset=utf-8",
    ".js": "text/javascript; charset=utf-8",
    ".mjs": "text/javascript; charset=utf-8",
    ".css": "text/css; charset=utf-8",
    ".json": "application/json; charset=utf-8",
    ".svg": "image/svg+xml; charset=utf-8",
    ".txt": "text/plain; charset=utf-8",
    ".map": "application/json; charset=utf-8",
    ".woff2": "font/woff2",
    ".woff": "font/woff",
    ".png": "image/png",
    ".ico": "image/x-icon",
    ".webmanifest": "application/manifest+json; charset=utf-8",
}


def _content_type(path: str) -> str:
    suffix = PurePosixPath(path).suffix.lower()
    return _TYPES.get(suffix) or mimetypes.guess_type(path)[0] or "application/octet-stream"


class SpaFiles(StaticFiles):
    """StaticFiles with an index.html fallback for client-side routes and the SPA headers."""

    def __init__(self, directory: Path, name: str = "console") -> None:
        super().__init__(directory=directory, html=False, check_dir=False)
        self.index = directory / "index.html"
        self.name = name

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and not self.index.is_file():
            # Not built: every path says how to build it (StaticFiles would raise).
            response: Response = self._index()
            await response(scope, receive, send)
            return
        await super().__call__(scope, receive, send)

    def _index(self) -> Response:
        if not self.index.is_file():
            return Response(
                f"The {self.name} is not built: run `make run` (or `cd clients && npm ci && "
                "npm run build`).\n",
                status_code=404,
                media_type="text/plain",
                headers=SECURITY_HEADERS,
            )
        return FileResponse(
            self.index,
            headers={**SECURITY_HEADERS, "Cache-Control": "no-cache"},
            media_type="text/html; charset=utf-8",
        )

    async def get_response(self, path: str, scope: Scope) -> Response:
        try:
            response = await super().get_response(path, scope)
        except HTTPException as exc:
            if exc.status_code != 404 or PurePosixPath(path).suffix:
                raise
            return self._index()
        if response.status_code == 404 and not PurePosixPath(path).suffix:
            return self._index()
        if isinstance(response, FileResponse):
            response.headers["content-type"] = _content_type(path)
            response.headers.update(SECURITY_HEADERS)
            immutable = path.startswith("assets/")
            response.headers["Cache-Control"] = (
                "public, max-age=31536000, immutable" if immutable else "no-cache"
            )
        return response


def mount_spa(app: FastAPI, prefix: str, directory: Path, name: str) -> None:
    """Serve the SPA built into `directory` at `prefix`/ (and redirect the bare prefix)."""

    async def redirect() -> RedirectResponse:
        return RedirectResponse(f"{prefix}/", status_code=308)

    app.add_api_route(prefix, redirect, methods=["GET", "HEAD"], include_in_schema=False)
    app.mount(prefix, SpaFiles(directory), name=name)


# Paths the API and the console own: never answered with the portal's index.html, so an
# unknown API path stays a problem+json 404 and an API path's wrong method a 405.
RESERVED_PREFIXES = ("api/", "console/", "docs", "redoc", "openapi.json", ".well-known/")
RESERVED_PATHS = frozenset({"api", "console", "healthz", "readyz"})


def mount_root_spa(app: FastAPI, directory: Path) -> None:
    """Serve the SPA built into `directory` at `/` (the public portal) as the router's
    fallback, not as a route: it answers only paths no route matches (so routes added later
    still win), never an API path (an unknown API path stays a problem+json 404 and a wrong
    method on an API path a 405 whose Allow names the API's methods only), and only GET and
    HEAD (another method on a portal path is a 405 with `Allow: GET, HEAD`)."""
    files = SpaFiles(directory, name="portal")
    not_found = app.router.not_found

    async def portal(scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await not_found(scope, receive, send)
            return
        path = str(scope["path"]).lstrip("/")
        if path in RESERVED_PATHS or path.startswith(RESERVED_PREFIXES):
            raise HTTPException(status_code=404)
        if scope["method"] not in ("GET", "HEAD"):
            raise HTTPException(status_code=405, headers={"Allow": "GET, HEAD"})
        response: Response
        if not files.index.is_file():
            response = files._index()
        else:
            response = await files.get_response(path or "index.html", scope)
            if path in ("", "index.html") and isinstance(response, FileResponse):
                response.headers["Cache-Control"] = "no-cache"
        await response(scope, receive, send)

    app.router.default = portal
