"""The preview server: a gallery page, page images, guides and a Server-Sent Events stream that
tells the open page what a change of files touched; and the watcher that reads the kit again
when its files change (watchfiles).

Only 127.0.0.1 is served: the preview is for the person at this machine.
"""

from __future__ import annotations

import json
import sys
import threading
from collections.abc import Callable
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from importlib import resources
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

from ..diagnostics import Diagnostic, DiagnosticsError
from ..layout.report import fit_rows
from .entries import Entry
from .gallery import Gallery, page_problem
from .guides import guides

# The kinds of file a page is made from (layouts, strings, offices and fonts.yaml; fonts; art,
# logos and photos; press profiles): a change to anything else in the watched folders (an
# editor's swap or backup file, vim's "4913", gedit's .goutputstream-*, LibreOffice's lock
# file) changes no page, and was listed in the page's change event as if it did.
KIT_SUFFIXES = frozenset(
    {".yaml", ".yml", ".ttf", ".otf", ".svg", ".png", ".jpg", ".jpeg", ".icc", ".icm"}
)


def kit_change(path: str) -> bool:
    """Whether a change to `path` may change a page: a file of a kind the kit reads, or a
    folder (renamed or made: its files may be an office's), and not one watchfiles' default
    filter leaves out (.git, __pycache__, editors' backups)."""
    from watchfiles import Change, DefaultFilter

    if not _DEFAULT_FILTER.setdefault("filter", DefaultFilter())(Change.modified, path):
        return False
    found = Path(path)
    return found.suffix.lower() in KIT_SUFFIXES or found.is_dir()


_DEFAULT_FILTER: dict[str, Callable[..., bool]] = {}

KEEPALIVE_S = 15.0  # an SSE comment this often, so proxies and browsers keep the stream
STATIC = {
    "gallery.js": "text/javascript",
    "gallery.css": "text/css",
    "viewer.js": "text/javascript",
    "viewer.css": "text/css",
}


class Events:
    """Changes for the open pages: a sequence number and what changed, kept for the last 200."""

    def __init__(self) -> None:
        self.cond = threading.Condition()
        self.items: list[tuple[int, dict[str, object]]] = []
        self.seq = 0
        self.closed = False

    def publish(self, event: dict[str, object]) -> None:
        with self.cond:
            self.seq += 1
            self.items = [*self.items[-199:], (self.seq, event)]
            self.cond.notify_all()

    def after(self, seq: int, timeout: float) -> list[tuple[int, dict[str, object]]]:
        """The events after `seq`, waiting up to `timeout` s for one."""
        with self.cond:
            self.cond.wait_for(lambda: self.seq > seq or self.closed, timeout)
            return [(n, e) for n, e in self.items if n > seq]

    def close(self) -> None:
        with self.cond:
            self.closed = True
            self.cond.notify_all()


class Preview:
    """The gallery, its events and the HTTP server, started on `port` (0: a free one)."""

    def __init__(self, gallery: Gallery, port: int = 0) -> None:
        self.gallery = gallery
        self.events = Events()
        self.stop = threading.Event()
        self.httpd = ThreadingHTTPServer(("127.0.0.1", port), _handler(self))
        self.httpd.daemon_threads = True

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}/"

    def changed(self, paths: set[Path] | None = None) -> dict[str, object]:
        """Read the kit again and tell the pages what changed; returns the event."""
        ids = self.gallery.reload()
        state = self.gallery.state()
        event = {
            "version": state["version"],
            "changed": ids,
            "errors": state["errors"],
            "warnings": state["warnings"],
            "warnings_on_cards": state["warnings_on_cards"],
            "unreadable": state["unreadable"],
            "files": sorted(str(p) for p in paths or ()),
        }
        self.events.publish(event)
        return event

    def serve(self, watch: bool = True) -> None:
        """Serve until `shutdown()` (or Ctrl-C), watching the kit's folders when `watch`."""
        if watch:
            threading.Thread(target=self._watch, name="watch", daemon=True).start()
        try:
            self.httpd.serve_forever(poll_interval=0.2)
        finally:
            self.stop.set()
            self.events.close()
            self.httpd.server_close()

    def shutdown(self) -> None:
        self.stop.set()
        self.events.close()
        self.httpd.shutdown()

    def _watch(self) -> None:
        from watchfiles import watch

        folders = self.gallery.watched()
        for batch in watch(
            *folders,
            watch_filter=lambda _, path: kit_change(path),
            stop_event=self.stop,
            debounce=150,
            step=50,
            yield_on_timeout=False,
        ):
            try:
                self.changed({Path(p) for _, p in batch})
            except Exception as exc:  # a bug must not stop the watching (the page would
                # never refresh again): told on the terminal and to the page, as an error
                self.internal(exc)

    def internal(self, exc: Exception) -> None:
        """An internal error while reading the kit again: one line on stderr, and an event
        whose error asks for a bug report; the last good pages stay."""
        message = (
            f"the preview stopped reading the kit on an internal error ({type(exc).__name__}: "
            f"{exc}); the last good pages stay, and the next save reads it again"
        )
        sys.stderr.write(f"error[preview.internal]: {message}\n")
        sys.stderr.flush()
        hint = "this is a bug of the kit's code, not in your files: please report it"
        problem = page_problem(Diagnostic("preview.internal", message, None, (hint,)))
        with self.gallery.lock:
            self.gallery.version += 1
            version = self.gallery.version
        self.events.publish(
            {
                "version": version,
                "changed": [],
                "errors": [problem],
                "warnings": [],
                "unreadable": [],
                "files": [],
            }
        )


def _handler(preview: Preview) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        server_version = "campaign-preview"

        def log_message(self, format: str, *args: object) -> None:  # noqa: A002
            return  # a quiet terminal: the CLI prints what matters

        def do_GET(self) -> None:  # noqa: N802 (http.server's name)
            url = urlsplit(self.path)
            query = parse_qs(url.query)
            route = routes.get(url.path.split("/")[1] if url.path != "/" else "")
            try:
                if route is None:
                    self._send(HTTPStatus.NOT_FOUND, b"not found", "text/plain")
                else:
                    route(self, unquote(url.path), query)
            except KeyError:
                self._send(HTTPStatus.NOT_FOUND, b"no such document or page", "text/plain")
            except (BrokenPipeError, ConnectionResetError):
                pass
            except DiagnosticsError as exc:  # the kit's files (art never drawn well before)
                body = "the kit has an error; fix it and the page draws again:\n"
                body += "\n".join(d.render() for d in exc.diagnostics)
                self._send(HTTPStatus.SERVICE_UNAVAILABLE, body.encode(), "text/plain")
            except Exception as exc:  # one page failing must not stop the preview
                message = f"{type(exc).__name__}: {exc}"
                sys.stderr.write(f"preview: {url.path}: {message}\n")
                self._send(HTTPStatus.INTERNAL_SERVER_ERROR, message.encode(), "text/plain")

        def _send(self, status: HTTPStatus, body: bytes, kind: str) -> None:
            self.send_response(status)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(body)))
            self.send_header("Cache-Control", "no-store")
            self.end_headers()
            self.wfile.write(body)

        def json(self, value: object) -> None:
            self._send(HTTPStatus.OK, json.dumps(value).encode(), "application/json")

        def events(self) -> None:
            self.send_response(HTTPStatus.OK)
            self.send_header("Content-Type", "text/event-stream")
            self.send_header("Cache-Control", "no-store")
            self.end_headers()
            seq = preview.events.seq
            self.wfile.write(b": connected\n\n")
            self.wfile.flush()
            while not preview.stop.is_set():
                batch = preview.events.after(seq, KEEPALIVE_S)
                for _, event in batch:
                    self.wfile.write(f"data: {json.dumps(event)}\n\n".encode())
                if batch:
                    seq = batch[-1][0]
                if not batch:
                    self.wfile.write(b": keep-alive\n\n")
                self.wfile.flush()

    def page(h: Handler, path: str, query: dict[str, list[str]]) -> None:
        h._send(HTTPStatus.OK, _static("index.html"), "text/html; charset=utf-8")

    def static(h: Handler, path: str, query: dict[str, list[str]]) -> None:
        name = path.removeprefix("/static/")
        if name not in STATIC:
            raise KeyError(name)
        h._send(HTTPStatus.OK, _static(name), STATIC[name] + "; charset=utf-8")

    def state(h: Handler, path: str, query: dict[str, list[str]]) -> None:
        h.json(preview.gallery.state())

    def doc(h: Handler, path: str, query: dict[str, list[str]]) -> None:
        entry = _entry(path.removeprefix("/doc/"))
        with preview.gallery.lock:
            drawn = preview.gallery.drawn(entry)
            composed = drawn.laid.composed
            fit = [
                {**row.as_json(), "text": row.render()}
                for row in fit_rows(composed.page, composed.layout)
            ]
            marks = guides(composed.page, composed.layout.keep_clear)
            h.json({**preview.gallery.describe(entry), "guides": marks, "fit": fit})

    def image(h: Handler, path: str, query: dict[str, list[str]]) -> None:
        rest, _, name = path.removeprefix("/img/").rpartition("/")
        if not name.endswith(".png") or not name[:-4].isdigit():
            raise KeyError(name)
        proof = query.get("proof", ["0"])[0] == "1"
        png = preview.gallery.image(_entry(rest), int(name[:-4]), proof)
        h._send(HTTPStatus.OK, png, "image/png")

    def events(h: Handler, path: str, query: dict[str, list[str]]) -> None:
        h.events()

    routes: dict[str, Callable[[Handler, str, dict[str, list[str]]], None]] = {
        "": page,
        "static": static,
        "state": state,
        "doc": doc,
        "img": image,
        "events": events,
    }
    return Handler


def _entry(doc_id: str) -> Entry:
    entry = Entry.parse(doc_id)
    if entry is None:
        raise KeyError(doc_id)
    return entry


def _static(name: str) -> bytes:
    return resources.files("campaign.serve").joinpath("static", name).read_bytes()
