"""`mkdocs serve` rebuilds when a source outside docs/ changes, and shows a broken
source's problems in the browser until it is fixed."""

from __future__ import annotations

import contextlib
import html
import os
import re
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

from sitefixture import write_site


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def fetch(url: str) -> str | None:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return str(response.read().decode("utf-8"))
    except OSError:
        return None


def wait_for(url: str, needle: str, seconds: float = 60) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        body = fetch(url)
        if body is not None and needle in body:
            return True
        time.sleep(0.3)
    return False


@contextlib.contextmanager
def serving(root: Path, **env: str) -> Iterator[str]:
    """`mkdocs serve` of the site at ROOT (ENV added to the environment) on a free port
    of 127.0.0.1: its address; stopped afterwards."""
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "mkdocs", "serve", "--dev-addr", f"127.0.0.1:{port}"],
        cwd=root,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1", **env},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.terminate()
        server.wait(timeout=30)


def test_serve_rebuilds_when_sources_change(tmp_path: Path) -> None:
    root = write_site(tmp_path)
    with serving(root) as address:
        base = f"{address}/pacte"  # the path of site_url
        assert wait_for(f"{base}/charters/charte/2025/", "synergies entre institutions")
        version = root / "charters/charte/2025.md"
        version.write_text(
            version.read_text(encoding="utf-8").replace("synergies", "coopérations"),
            encoding="utf-8",
        )
        assert wait_for(f"{base}/charters/charte/2025/", "coopérations entre institutions")
        members = root / "members.yml"
        members.write_text(
            members.read_text(encoding="utf-8").replace("Observatoire social", "Observatoire X"),
            encoding="utf-8",
        )
        assert wait_for(f"{base}/members/", "Observatoire X")


def fetch_any(url: str) -> str | None:
    """The page at URL, or the page the server answers a missing one with (its 404)."""
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return str(response.read().decode("utf-8"))
    except urllib.error.HTTPError as error:
        return str(error.read().decode("utf-8"))
    except OSError:
        return None


def wait_for_any(url: str, needle: str, seconds: float = 60) -> str:
    deadline = time.monotonic() + seconds
    body = None
    while time.monotonic() < deadline:
        body = fetch_any(url)
        if body is not None and needle in body:
            return body
        time.sleep(0.3)
    raise AssertionError(f"{needle!r} never in {url}: {body!r}")


def test_serve_shows_the_problems_of_a_broken_source_until_it_is_fixed(tmp_path: Path) -> None:
    """An editor saves a mistake while previewing: the browser says it, in the site's
    language, on the pages that are still there and where the others were; fixed, the
    site comes back."""
    root = write_site(tmp_path)
    with serving(root, PACTE_LANG="") as address:  # the site's language: fr
        base = f"{address}/pacte"
        page = f"{base}/charters/charte/2025/"
        assert wait_for(page, "synergies entre institutions")
        version = root / "charters/charte/2025.md"
        good = version.read_text(encoding="utf-8")
        version.write_text(good.replace("status: in-force", "status: in-forse"), "utf-8")
        banner = "Les sources ont des problèmes\u00a0: les pages des chartes"
        home = wait_for_any(f"{base}/", banner)
        line = re.search(r'<pre style="[^"]*">(.*?)</pre>', home, re.S)
        assert line is not None
        assert html.unescape(line.group(1)).startswith("charters/charte/2025.md:")
        # the address of its explanation on the preview itself
        assert line.group(1).endswith(f"(voir {base}/problems/#bad-value) [bad-value]")
        # the message as pacte validate says it, in the site's language
        assert "le statut 'in-forse' n'est pas une valeur permise" in html.unescape(line.group(1))
        # where the version's page was, the preview's 404 page says the same
        missing = wait_for_any(page, banner)
        assert "synergies entre institutions" not in missing
        version.write_text(good, encoding="utf-8")
        assert wait_for(page, "synergies entre institutions")
        assert banner not in (fetch(f"{base}/") or "")
