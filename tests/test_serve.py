"""`mkdocs serve` rebuilds when a source outside docs/ changes."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
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


def test_serve_rebuilds_when_sources_change(tmp_path: Path) -> None:
    root = write_site(tmp_path)
    port = free_port()
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    server = subprocess.Popen(
        [sys.executable, "-m", "mkdocs", "serve", "--dev-addr", f"127.0.0.1:{port}"],
        cwd=root,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        base = f"http://127.0.0.1:{port}/pacte"  # the path of site_url
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
    finally:
        server.terminate()
        server.wait(timeout=30)
