"""The example site, built once per test process, served on 127.0.0.1 to headless Chromium.

A pytest plugin: the browser test modules load it with `pytest_plugins`. Every page is
opened in a fresh context that records each request and each console error, so that
any test can assert that nothing left the site and nothing went wrong in a page.
"""

from __future__ import annotations

import functools
import http.server
import os
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest

from sitepages import DESKTOP

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",  # the tests may run as root
    "--disable-gpu",
    "--disable-background-networking",  # Chromium itself must not reach the internet
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
    "--disable-quic",
]


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


def build_example_site(out: Path, site_url: str) -> None:
    """Build the repository's example site for real, as it would be published at `site_url`.

    Material's instant navigation follows only the links listed in sitemap.xml, moved
    to the reader's protocol and host but not port: the site must know its address,
    port included. The address is added by a configuration read from stdin that
    inherits mkdocs.yml, so that everything else is the example site's own.
    """
    env = {**os.environ, "PACTE_TODAY": "2026-11-22", "NO_MKDOCS_2_WARNING": "1"}
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--quiet", "-f", "-", "-d", str(out)],
        input=f"INHERIT: mkdocs.yml\nsite_url: {site_url}\n",
        cwd=ROOT,  # relative paths of mkdocs.yml resolve from here
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr


@pytest.fixture(scope="session")
def site_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The example site, built into a temporary folder (never into the repository's site/)
    and served by a plain static server on a free port of 127.0.0.1."""
    folder = tmp_path_factory.mktemp("example") / "site"
    handler = functools.partial(_QuietHandler, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    address = f"http://127.0.0.1:{server.server_address[1]}/"
    try:
        build_example_site(folder, address)
        thread = threading.Thread(target=server.serve_forever, daemon=True)
        thread.start()
        yield address
        server.shutdown()
        thread.join()
    finally:
        server.server_close()


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            yield chromium
        finally:
            chromium.close()


@dataclass
class Visit:
    """A browser tab on the site that remembers every request and every error."""

    page: Any
    base: str
    requests: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def goto(self, path: str) -> Any:
        response = self.page.goto(self.base + path, wait_until="load")
        assert response is not None and response.ok, f"{path}: {response and response.status}"
        self.page.wait_for_selector("article.md-content__inner")
        return response

    def off_site(self) -> list[str]:
        here = urlsplit(self.base)
        return [
            url
            for url in self.requests
            if not url.startswith(("data:", "blob:"))
            and (urlsplit(url).scheme, urlsplit(url).netloc) != (here.scheme, here.netloc)
        ]

    def assert_clean(self) -> None:
        """No request left the site, and no page logged an error."""
        assert self.off_site() == [], "requests left the site"
        assert self.errors == [], "errors in the page"


def _open(browser: Any, base: str, viewport: dict[str, int], **options: Any) -> Visit:
    context = browser.new_context(
        viewport=viewport, locale="fr-FR", service_workers="block", **options
    )
    page = context.new_page()
    page.set_default_timeout(10_000)
    visit = Visit(page, base)
    context.on("request", lambda request: visit.requests.append(request.url))
    page.on(
        "console",
        lambda message: (
            visit.errors.append(f"{page.url}: {message.text}") if message.type == "error" else None
        ),
    )
    page.on("pageerror", lambda error: visit.errors.append(f"{page.url}: {error}"))
    return visit


@pytest.fixture
def new_visit(browser: Any, site_url: str) -> Iterator[Callable[..., Visit]]:
    """Opens tabs of a given size (and other options of a browser context)."""
    visits: list[Visit] = []

    def open_tab(viewport: dict[str, int] = DESKTOP, **options: Any) -> Visit:
        visits.append(_open(browser, site_url, viewport, **options))
        return visits[-1]

    yield open_tab
    for tab in visits:
        tab.page.context.close()


@pytest.fixture
def visit(new_visit: Callable[..., Visit]) -> Visit:
    """A fresh desktop tab."""
    return new_visit()
