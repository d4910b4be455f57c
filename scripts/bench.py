"""Benchmarks of Pacte on generated corpora: validation, loading, the site build and
the budgets of the built site, each against plain Material in the same run.

    .venv/bin/python scripts/bench.py                      # 1,000 and 3,000 versions (long)
    .venv/bin/python scripts/bench.py --quick              # 100 and 300 versions
    .venv/bin/python scripts/bench.py --versions 1000,3000,10000 --corpus shared --build-runs 1

Two corpora: 'own' (scripts/gen_corpus.py, members: 3 for every 10 versions; its plain
twin holds the listing pages too) and 'shared', the acceptance corpus of
../shared/bench/gen_site.py (300 organisations, 5-20 commitments a version; its plain
twin holds the versions), measured when that script is found (--gen-site PATH).
For each size and corpus it measures:

- ``pacte validate`` as a user runs it (a subprocess, best of --runs wall times);
- ``load_site`` in process, and composing every front matter with libyaml's
  CSafeLoader (what the core uses) against PyYAML's pure-Python SafeLoader;
- ``mkdocs build`` of the corpus with the pacte plugin, and side by side a plain
  Material build of the same content: wall and processor time, peak memory of the
  build's processes, size of the site, each as a ratio plugin/plain;
- the budgets: the largest HTML page, the pages over 1 MB, the whole site, and the
  bytes a reader's first search transfers (headless Chromium, --no-search to skip).

Progress goes to stderr, the report to stdout. scripts/bench_diff.py runs at the end.
"""

from __future__ import annotations

import argparse
import datetime as dt
import functools
import http.server
import importlib.metadata
import importlib.util
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
from gen_corpus import generate, make_plain_twin

ROOT = Path(__file__).resolve().parent.parent
TODAY = "2026-11-22"
ENV = {**os.environ, "PACTE_TODAY": TODAY, "NO_MKDOCS_2_WARNING": "1"}
BIN = Path(sys.executable).parent
STARTED = time.perf_counter()
LOAD_AT_START = os.getloadavg()[0] if hasattr(os, "getloadavg") else None

# goals the report compares against (issue 13 and DESIGN.md, at 3,000 versions)
VALIDATE_GOAL_1000 = 2.0  # seconds for 1,000 versions
CPU_RATIO_GOAL = 2.0  # build processor time against plain Material's, on one processor
RSS_RATIO_GOAL = 1.5  # peak memory against plain Material's
PAGE_BUDGET = 1_000_000  # bytes of the largest HTML page
FIRST_SEARCH_BUDGET = 1_000_000  # bytes a reader's first search transfers
SITE_BUDGET = 400_000_000  # bytes of the whole site
# the acceptance corpus's generator, beside the repository when it is there
SHARED_GENERATOR = ROOT.parent / "shared" / "bench" / "gen_site.py"
SEARCH_WORD = "engagement"  # a word of both corpora, searched as a reader would


def progress(message: str) -> None:
    print(f"[{time.perf_counter() - STARTED:7.1f}s] {message}", file=sys.stderr, flush=True)


@dataclass
class Run:
    """One finished child process."""

    seconds: float  # wall clock
    cpu_seconds: float  # processor time (user + system): steadier on a busy machine
    max_rss_mb: float
    returncode: int
    stdout: str
    stderr: str


def tree_rss_kb(pid: int) -> int:
    """The resident memory of a process and all its descendants now, in KB (Linux)."""
    total, todo, seen = 0, [pid], set()
    while todo:
        current = todo.pop()
        if current in seen:
            continue
        seen.add(current)
        try:
            status = Path(f"/proc/{current}/status").read_text()
            total += next(
                (int(line.split()[1]) for line in status.splitlines() if line.startswith("VmRSS:")),
                0,
            )
            for task in Path(f"/proc/{current}/task").iterdir():
                todo.extend(int(c) for c in (task / "children").read_text().split())
        except (OSError, ValueError):
            continue
    return total


class TreeMemory:
    """Samples the memory of a process tree (a build and the processes it starts, such
    as Pagefind's indexer) ten times a second; keeps the peak of their sum."""

    def __init__(self, pid: int) -> None:
        self.pid, self.peak_kb = pid, 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)
        if Path("/proc/self/status").exists():
            self._thread.start()

    def _sample(self) -> None:
        while not self._stop.wait(0.1):
            self.peak_kb = max(self.peak_kb, tree_rss_kb(self.pid))

    def stop(self) -> None:
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join()


def run(command: Sequence[str], cwd: Path) -> Run:
    """Run a command, timing its wall clock and reading its peak memory: the largest of
    its processes' own peaks (wait4), or the sampled peak of their sum if larger."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        proc = subprocess.Popen(list(command), cwd=cwd, env=ENV, stdout=out, stderr=err)
        memory = TreeMemory(proc.pid)
        try:
            # wait4 gives this child's usage and its waited descendants' (cpu: the sum;
            # ru_maxrss: the largest single peak)
            _pid, status, usage = os.wait4(proc.pid, 0)
        except BaseException:
            proc.kill()
            raise
        finally:
            memory.stop()
        seconds = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        rss_mb = usage.ru_maxrss / (1024 * 1024 if sys.platform == "darwin" else 1024)
        rss_mb = max(rss_mb, memory.peak_kb / 1024)
        out.seek(0)
        err.seek(0)
        return Run(
            seconds,
            usage.ru_utime + usage.ru_stime,
            rss_mb,
            proc.returncode,
            out.read().decode("utf-8", "replace"),
            err.read().decode("utf-8", "replace"),
        )


def best_of(times: int, measure: Callable[[], float]) -> float:
    return min(measure() for _ in range(max(1, times)))


def _timed(action: Callable[[], object]) -> float:
    """Processor time of an action in this process (steadier than the wall clock)."""
    start = time.process_time()
    action()
    return time.process_time() - start


def command(name: str) -> list[str]:
    """The console script installed beside this Python, as a user runs it."""
    script = BIN / name
    return [str(script)] if script.exists() else [sys.executable, "-m", name]


# --- measurements ---------------------------------------------------------------------


@dataclass
class Validation:
    seconds: float = float("nan")
    cpu_seconds: float = float("nan")
    result: str = ""
    ok: bool = False
    problems: list[str] = field(default_factory=list)


def measure_validate(corpus: Path, runs: int) -> Validation:
    found = Validation()
    times: list[float] = []
    cpu: list[float] = []
    for attempt in range(max(1, runs)):
        progress(f"  pacte validate, run {attempt + 1}/{runs}")
        done = run([*command("pacte"), "validate"], corpus)
        times.append(done.seconds)
        cpu.append(done.cpu_seconds)
        lines = [line for line in done.stderr.splitlines() if line.strip()]
        found.result = lines[-1] if lines else f"exit {done.returncode}"
        found.ok = done.returncode == 0
        found.problems = [line for line in done.stdout.splitlines() if ": error:" in line][:5]
    found.seconds = min(times)
    found.cpu_seconds = min(cpu)
    return found


@dataclass
class Loading:
    available: str = ""  # empty when measured, else why not
    load_site: float = float("nan")
    load_site_pure: float = float("nan")  # the core's loader swapped for SafeLoader
    compose_c: float = float("nan")
    compose_py: float = float("nan")
    yaml_bytes: int = 0


def measure_loading(corpus: Path, runs: int) -> Loading:
    found = Loading()
    try:
        from pacte import sources
        from pacte.load import load_site
    except ImportError as exc:
        found.available = f"pacte is not importable: {exc}"
        return found
    today = dt.date.fromisoformat(TODAY)
    progress(f"  load_site in process, best of {runs}")
    found.load_site = best_of(runs, lambda: _timed(lambda: load_site(corpus, "fr", today)))
    texts = [(corpus / "members.yml").read_text(encoding="utf-8")]
    for path in sorted(corpus.glob("c*/*/*.md")):
        texts.append(path.read_text(encoding="utf-8").split("---\n", 2)[1])
    found.yaml_bytes = sum(len(t.encode()) for t in texts)

    def compose_all(loader: type) -> float:
        start = time.process_time()
        for text in texts:  # each tree dropped at once, as the loader does
            yaml.compose(text, Loader=loader)
        return time.process_time() - start

    if not hasattr(yaml, "CSafeLoader"):
        found.available = "PyYAML was built without libyaml: CSafeLoader is missing"
        return found
    progress(f"  composing {len(texts)} front matters with CSafeLoader and SafeLoader")
    found.compose_c = best_of(runs, lambda: compose_all(yaml.CSafeLoader))
    slow_runs = min(runs, 2)  # the pure-Python loader is several times slower
    found.compose_py = best_of(slow_runs, lambda: compose_all(yaml.SafeLoader))
    if hasattr(sources, "_Loader"):  # the whole load with the pure-Python loader
        progress("  load_site with the pure-Python SafeLoader")
        kept = sources._Loader
        sources._Loader = yaml.SafeLoader
        try:
            found.load_site_pure = best_of(
                slow_runs, lambda: _timed(lambda: load_site(corpus, "fr", today))
            )
        finally:
            sources._Loader = kept
    return found


@dataclass
class Build:
    available: str = ""  # empty when built, else why not
    seconds: float = float("nan")
    cpu_seconds: float = float("nan")
    max_rss_mb: float = float("nan")
    pages: int = 0
    warnings: int = 0
    runs: list[float] = field(default_factory=list)  # wall times, in the order run
    site_bytes: int = 0  # every file of the built site
    largest_page: tuple[int, str] = (0, "")  # the largest HTML page: bytes, path
    pages_over_budget: int = 0  # HTML pages over PAGE_BUDGET
    first_search: Search | None = None  # what a reader's first search loads


def measure_builds(sites: Sequence[tuple[Path, Path, str]], runs: int) -> list[Build]:
    """Build each site RUNS times, taking turns (A B A B ...), so that a machine whose
    speed drifts during the benchmark slows each build alike; the best of each."""
    found = [Build() for _ in sites]
    times: list[list[float]] = [[] for _ in sites]
    cpu: list[list[float]] = [[] for _ in sites]
    rss: list[list[float]] = [[] for _ in sites]
    for attempt in range(max(1, runs)):
        for number, (site, out, label) in enumerate(sites):
            if found[number].available:
                continue
            progress(f"  mkdocs build ({label}), run {attempt + 1}/{runs}")
            shutil.rmtree(out, ignore_errors=True)
            done = run([*command("mkdocs"), "build", "-q", "-d", str(out)], site)
            if done.returncode != 0:
                found[number].available = failure_reason(done)
                progress(f"  failed: {found[number].available}")
                continue
            times[number].append(done.seconds)
            cpu[number].append(done.cpu_seconds)
            rss[number].append(done.max_rss_mb)
            found[number].warnings = sum("WARNING" in line for line in done.stderr.splitlines())
            measure_output(found[number], out)
    for number, build in enumerate(found):
        if times[number]:
            build.seconds = min(times[number])
            build.runs = times[number]
            build.cpu_seconds = min(cpu[number])
            build.max_rss_mb = max(rss[number])
    return found


@dataclass
class Search:
    """A reader's first search on a built site, in headless Chromium."""

    available: str = ""  # empty when measured, else why not
    transferred: int = 0  # bytes of every response from typing the word to the results
    requests: int = 0
    results: int = 0  # results shown


def first_search(site: Path, word: str = SEARCH_WORD) -> Search:
    """Serve SITE, open its home page, type WORD in the header's search field and count
    the bytes fetched until the results are shown and the network is idle."""
    found = Search()
    chromium = Path("/usr/bin/chromium")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        found.available = "playwright is not installed (make test-deps)"
        return found
    if not chromium.exists():
        found.available = "no /usr/bin/chromium (make system-deps)"
        return found
    handler = functools.partial(QuietHandler, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    sizes: list[int] = []

    def counted(response: Any) -> None:
        try:
            sizes.append(len(response.body()))
        except Exception:  # a response without a body (a redirect)
            sizes.append(0)

    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=str(chromium))
            page = browser.new_page(viewport={"width": 1280, "height": 900})
            page.goto(f"http://127.0.0.1:{server.server_port}/", wait_until="networkidle")
            page.on("response", counted)
            search_field = page.locator(".md-search__input")
            search_field.click()
            search_field.fill(word)
            results = page.locator(".md-search-result__list > li")
            results.first.wait_for(timeout=60_000)
            page.wait_for_load_state("networkidle")
            found.results = results.count()
            browser.close()
    except Exception as exc:  # the report says why, the other figures stand
        found.available = f"the search could not be measured: {str(exc).splitlines()[0]}"
    finally:
        server.shutdown()
    found.transferred, found.requests = sum(sizes), len(sizes)
    return found


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


def measure_output(build: Build, out: Path) -> None:
    """The built site's size on disk, its largest page and the pages over budget."""
    build.site_bytes, build.pages, build.pages_over_budget = 0, 0, 0
    build.largest_page = (0, "")
    for path in out.rglob("*"):
        if not path.is_file() or path.is_symlink():
            continue
        size = path.stat().st_size
        build.site_bytes += size
        if path.suffix == ".html":
            build.pages += 1
            build.pages_over_budget += size > PAGE_BUDGET
            build.largest_page = max(build.largest_page, (size, str(path.relative_to(out))))


def failure_reason(done: Run) -> str:
    lines = [line.strip() for line in done.stderr.splitlines() if line.strip()]
    errors = [line for line in lines if "error" in line.lower() or "Aborted" in line]
    reason = (errors or lines or [f"mkdocs build exited with {done.returncode}"])[-1]
    reason = re.sub(r"^(?:ERROR|Error)\s*-\s*", "", reason)
    return reason if len(reason) <= 240 else reason[:237] + "..."


@dataclass
class Size:
    versions: int
    members: int
    corpus: str = "own"  # "own" (scripts/gen_corpus.py) or "shared" (gen_site.py)
    generate: float = float("nan")
    validation: Validation = field(default_factory=Validation)
    loading: Loading = field(default_factory=Loading)
    plugin: Build = field(default_factory=Build)
    plain: Build = field(default_factory=Build)


def bench_size(versions: int, corpus_kind: str, args: argparse.Namespace) -> Size:
    if corpus_kind == "shared":
        size = Size(versions, 300, "shared")  # gen_site.py: 300 organisations
        folder = args.out / f"shared-{versions}"
        corpus, plain = folder / "pacte", folder / "plain"
        progress(f"{versions} versions (shared corpus): generating {folder}")
        shutil.rmtree(folder, ignore_errors=True)
        start = time.perf_counter()
        made = run([sys.executable, str(args.gen_site), str(versions), str(folder)], ROOT)
        size.generate = time.perf_counter() - start
        if made.returncode != 0:
            size.plugin.available = size.plain.available = failure_reason(made)
            return size
    else:
        size = Size(versions, max(15, round(versions * 0.3)))
        corpus = args.out / f"corpus-{versions}"
        plain = args.out / f"plain-{versions}"
        progress(f"{versions} versions, {size.members} members: generating {corpus}")
        shutil.rmtree(corpus, ignore_errors=True)
        size.generate = _timed(lambda: generate(corpus, versions, size.members, args.seed))
    size.validation = measure_validate(corpus, args.runs)
    size.loading = measure_loading(corpus, args.runs)
    if args.build:
        if corpus_kind != "shared":
            make_plain_twin(corpus, plain)
        site = args.out / f"site-{corpus_kind}-{versions}"
        builds = [
            (corpus, site, "pacte plugin"),
            (plain, args.out / f"site-{corpus_kind}-plain-{versions}", "plain Material"),
        ]
        if importlib.util.find_spec("pacte.mkdocs_plugin") is None:
            size.plugin.available = "the module pacte.mkdocs_plugin does not exist yet"
            size.plain = measure_builds(builds[1:], args.build_runs)[0]
        else:
            size.plugin, size.plain = measure_builds(builds, args.build_runs)
        if not size.plugin.available and args.search:
            progress(f"  first search on {site}")
            size.plugin.first_search = first_search(site)
    return size


# --- the report -----------------------------------------------------------------------


def table(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    widths = [max(len(h), *(len(r[i]) for r in rows)) for i, h in enumerate(headers)]
    line = "  ".join("-" * w for w in widths)
    out = ["  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True)), line]
    out += ["  ".join(_align(c, w) for c, w in zip(r, widths, strict=True)) for r in rows]
    return "\n".join("    " + row.rstrip() for row in out)


def _align(cell: str, width: int) -> str:
    """Figures to the right, words to the left."""
    return cell.rjust(width) if cell[:1].isdigit() or cell == "n/a" else cell.ljust(width)


def sec(value: float) -> str:
    return "n/a" if value != value else f"{value:.2f}"


def ratio(a: float, b: float) -> str:
    return "n/a" if a != a or b != b or b == 0 else f"{a / b:.2f}"


def version_of(package: str) -> str:
    try:
        return importlib.metadata.version(package)
    except importlib.metadata.PackageNotFoundError:
        return "not installed"


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    usable = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    libyaml = "with libyaml" if getattr(yaml, "__with_libyaml__", False) else "without libyaml"
    return "\n".join(
        [
            f"    machine   {platform.system()} {platform.release()}, {cpu}",
            f"    nproc     {usable} usable of {os.cpu_count()}",
            f"    python    {platform.python_implementation()} {platform.python_version()}",
            f"    load      {_load()}",
            f"    packages  pacte {version_of('pacte')}, mkdocs {version_of('mkdocs')}, "
            f"mkdocs-material {version_of('mkdocs-material')}, "
            f"PyYAML {version_of('PyYAML')} {libyaml}",
        ]
    )


def _load() -> str:
    if LOAD_AT_START is None:
        return "unknown"
    return (
        f"{LOAD_AT_START:.1f} at the start, {os.getloadavg()[0]:.1f} at the end "
        f"(load average; above {os.cpu_count()} the wall times suffer)"
    )


def report(sizes: Sequence[Size], args: argparse.Namespace) -> str:
    out = ["", "Pacte benchmarks", "", machine(), ""]
    out.append(f"Corpora in {args.out} (seed {args.seed}, PACTE_TODAY={TODAY})")
    out.append("Times in seconds: 'wall' is the clock, 'cpu' the processor time of the process")
    out.append("(user + system), which stays steady when other work shares the machine.")
    out.append("")
    out.extend(_validate_section(sizes, args))
    out.append("")
    out.extend(_loading_section(sizes, args))
    out.append("")
    out.extend(_build_section(sizes, args))
    out.append("")
    out.extend(_budget_section(sizes, args))
    return "\n".join(out)


def _validate_section(sizes: Sequence[Size], args: argparse.Namespace) -> list[str]:
    out = [f"1. pacte validate, the whole command as a user runs it (best of {args.runs})"]
    rows = []
    for s in sizes:
        v = s.validation
        rows.append(
            [
                f"{s.versions:,}",
                f"{s.members:,}",
                sec(s.generate),
                sec(v.seconds),
                sec(v.cpu_seconds),
                sec(v.cpu_seconds / s.versions * 1000),
                v.result + ("" if v.ok else "  << NOT VALID"),
            ]
        )
    headers = ["versions", "members", "generate", "wall", "cpu", "cpu/1000", "result"]
    out.append(table(headers, rows))
    for s in sizes:
        out.extend(f"      {line}" for line in s.validation.problems)
    out.extend(_scaling(sizes, lambda s: s.validation.cpu_seconds, "validate cpu"))
    first = next((s for s in sizes if s.versions == 1000), None)
    if first is not None:
        met = first.validation.seconds < VALIDATE_GOAL_1000
        out.append(
            f"    goal at 1,000 versions: < {VALIDATE_GOAL_1000:.0f} s -> "
            f"{sec(first.validation.seconds)} s wall ({'met' if met else 'NOT met'})"
        )
    return out


def _loading_section(sizes: Sequence[Size], args: argparse.Namespace) -> list[str]:
    out = [
        "2. Loading in process (cpu): load_site, and composing every front matter and",
        f"   members.yml with libyaml's CSafeLoader (best of {args.runs}), which the core uses,",
        f"   or PyYAML's pure-Python SafeLoader (best of {min(args.runs, 2)});",
        "   'C share' is composing's part of load_site",
    ]
    rows = []
    for s in sizes:
        ld = s.loading
        if ld.available:
            rows.append([f"{s.versions:,}", ld.available, "", "", "", "", "", ""])
            continue
        rows.append(
            [
                f"{s.versions:,}",
                f"{ld.yaml_bytes / 1e6:.1f}",
                sec(ld.load_site),
                sec(ld.compose_c),
                f"{ld.compose_c / ld.load_site:.0%}",
                sec(ld.compose_py),
                ratio(ld.compose_py, ld.compose_c),
                sec(ld.load_site_pure),
            ]
        )
    headers = [
        "versions",
        "YAML MB",
        "load_site",
        "compose C",
        "C share",
        "compose Py",
        "Py/C",
        "load_site with Py",
    ]
    out.append(table(headers, rows))
    return out


def _build_section(sizes: Sequence[Size], args: argparse.Namespace) -> list[str]:
    if not args.build:
        return ["3. Site build: skipped (--no-build)"]
    out = [
        f"3. Site build: mkdocs build with the pacte plugin (best of {args.build_runs}), against",
        "   plain Material building the same content in the same run (the two builds take",
        "   turns, so that a drift of the machine's speed slows both); 'own' is",
        "   scripts/gen_corpus.py's corpus (its plain twin has the listing pages too),",
        "   'shared' the acceptance corpus of shared/bench/gen_site.py (plain: the versions)",
    ]
    rows = []
    notes = []
    for s in sizes:
        for name, build in (("pacte plugin", s.plugin), ("plain Material", s.plain)):
            if build.available:
                rows.append([f"{s.versions:,}", s.corpus, name, *["n/a"] * 5])
                what = "plugin not available" if build is s.plugin else "plain Material failed"
                notes.append(f"    {s.versions:,} versions ({s.corpus}): {what}: {build.available}")
                continue
            rows.append(
                [
                    f"{s.versions:,}",
                    s.corpus,
                    name,
                    sec(build.seconds),
                    sec(build.cpu_seconds),
                    f"{build.max_rss_mb:.0f}",
                    f"{build.site_bytes / 1e6:.0f}",
                    f"{build.pages:,}",
                ]
            )
        rows.append(
            [
                "",
                "",
                "  plugin/plain",
                ratio(s.plugin.seconds, s.plain.seconds),
                ratio(s.plugin.cpu_seconds, s.plain.cpu_seconds),
                ratio(s.plugin.max_rss_mb, s.plain.max_rss_mb),
                ratio(s.plugin.site_bytes, s.plain.site_bytes),
                "",
            ]
        )
    headers = ["versions", "corpus", "build", "wall", "cpu", "RSS MB", "site MB", "pages"]
    out.append(table(headers, rows))
    out.extend(notes)
    for s in sizes:
        turns = [a / b for a, b in zip(s.plugin.runs, s.plain.runs, strict=False) if b]
        if len(turns) > 1:
            shown = ", ".join(f"{t:.2f}" for t in turns)
            out.append(
                f"    {s.versions:,} versions ({s.corpus}), wall ratio of each turn: {shown} "
                f"(median {statistics.median(turns):.2f})"
            )
    for corpus in dict.fromkeys(s.corpus for s in sizes):
        same = [s for s in sizes if s.corpus == corpus]
        out.extend(_scaling(same, lambda s: s.plugin.cpu_seconds, f"plugin build cpu ({corpus})"))
        out.extend(_scaling(same, lambda s: s.plain.cpu_seconds, f"plain build cpu ({corpus})"))
    out.append(
        f"    goals (plugin/plain): cpu <= {CPU_RATIO_GOAL}, RSS <= {RSS_RATIO_GOAL}; cpu is the "
        "processor time of the build and the processes it starts (Pagefind's indexer);"
    )
    out.append(
        "    RSS the peak resident memory of the build's processes together "
        "(sampled ten times a second) or of the largest alone"
    )
    for s in sizes:
        if s.plugin.available or s.plain.available:
            continue
        cpu = s.plugin.cpu_seconds / s.plain.cpu_seconds
        rss = s.plugin.max_rss_mb / s.plain.max_rss_mb
        out.append(
            f"    {s.versions:,} versions ({s.corpus}): cpu {cpu:.2f} "
            f"({'met' if cpu <= CPU_RATIO_GOAL else 'NOT met'}), RSS {rss:.2f} "
            f"({'met' if rss <= RSS_RATIO_GOAL else 'NOT met'})"
        )
    return out


def _budget_section(sizes: Sequence[Size], args: argparse.Namespace) -> list[str]:
    if not args.build:
        return []
    out = [
        "4. Budgets of the built site (DESIGN.md, at 3,000 versions): no HTML page over "
        f"{PAGE_BUDGET / 1e6:.0f} MB,",
        f"   a reader's first search transferring at most {FIRST_SEARCH_BUDGET / 1e6:.0f} MB "
        f"(the word '{SEARCH_WORD}' typed in the header, headless",
        f"   Chromium, every response counted), the whole site at most {SITE_BUDGET / 1e6:.0f} MB",
    ]
    rows = []
    for s in sizes:
        b = s.plugin
        if b.available:
            continue
        search = b.first_search
        if search is None or search.available:
            searched = search.available if search else "not measured"
        else:
            searched = (
                f"{search.transferred / 1e3:,.0f} KB in {search.requests} requests, "
                f"{search.results} results"
            )
        rows.append(
            [
                f"{s.versions:,}",
                s.corpus,
                f"{b.site_bytes / 1e6:.0f}",
                f"{b.largest_page[0] / 1e3:,.0f}",
                b.largest_page[1],
                str(b.pages_over_budget),
                searched,
            ]
        )
    if not rows:
        return [*out, "    no site was built"]
    headers = ["versions", "corpus", "site MB", "largest KB", "page", "over 1 MB", "first search"]
    out.append(table(headers, rows))
    for s in sizes:
        b = s.plugin
        if b.available or s.versions < 3000:
            continue
        search = b.first_search
        checks = [
            ("site", b.site_bytes <= SITE_BUDGET),
            ("pages", b.pages_over_budget == 0),
            (
                "first search",
                search is not None
                and not search.available
                and search.transferred <= FIRST_SEARCH_BUDGET,
            ),
        ]
        shown = ", ".join(f"{name} {'met' if ok else 'NOT met'}" for name, ok in checks)
        out.append(f"    {s.versions:,} versions ({s.corpus}): {shown}")
    return out


def _scaling(sizes: Sequence[Size], value: Callable[[Size], float], what: str) -> list[str]:
    """The growth from the smallest to each larger size, against linear growth."""
    if len(sizes) < 2:
        return []
    base = sizes[0]
    return [
        f"    {what} {s.versions:,}/{base.versions:,}: {ratio(value(s), value(base))} "
        f"(linear: {s.versions / base.versions:.2f})"
        for s in sizes[1:]
    ]


def run_bench_diff(quick: bool) -> str:
    script = ROOT / "scripts" / "bench_diff.py"
    if not script.exists():
        return ""
    progress("running scripts/bench_diff.py")
    extra: list[str] = []
    if quick:
        helped = run([sys.executable, str(script), "--help"], ROOT)
        if "--quick" in helped.stdout:
            extra = ["--quick"]
    done = run([sys.executable, str(script), *extra], ROOT)
    text = (done.stdout + done.stderr).rstrip()
    status = "" if done.returncode == 0 else f" (exit {done.returncode})"
    body = "\n".join(f"    {line}" for line in text.splitlines())
    return f"\n\n5. Diff benchmark: scripts/bench_diff.py{status}, {done.seconds:.1f} s\n{body}"


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description="Benchmarks of Pacte on generated corpora.")
    parser.add_argument("--quick", action="store_true", help="100 and 300 versions")
    parser.add_argument(
        "--versions", help="comma-separated sizes in versions (default 1000,3000)", default=None
    )
    parser.add_argument("--runs", type=int, default=3, help="runs of validate and load (3)")
    parser.add_argument("--build-runs", type=int, default=3, help="runs of each build (3)")
    parser.add_argument("--no-build", dest="build", action="store_false", help="skip builds")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--out", type=Path, default=ROOT / "bench-out", help="work folder")
    parser.add_argument(
        "--corpus",
        choices=("own", "shared", "both"),
        default=None,
        help="scripts/gen_corpus.py's corpus, the acceptance corpus of gen_site.py, or both "
        "(default: both when gen_site.py is found)",
    )
    parser.add_argument(
        "--gen-site", type=Path, default=SHARED_GENERATOR, help="the acceptance corpus's generator"
    )
    parser.add_argument(
        "--no-search", dest="search", action="store_false", help="skip the search in Chromium"
    )
    args = parser.parse_args(argv)
    text = args.versions or ("100,300" if args.quick else "1000,3000")
    try:
        args.sizes = sorted({int(v) for v in text.split(",") if v.strip()})
    except ValueError:
        parser.error(f"--versions must be numbers separated by commas, not {text!r}")
    if not args.sizes or min(args.sizes) < 1:
        parser.error("--versions needs at least one size of 1 or more")
    args.out = args.out.resolve()
    if args.corpus is None:
        args.corpus = "both" if args.gen_site.is_file() else "own"
    if args.corpus != "own" and not args.gen_site.is_file():
        parser.error(f"no acceptance corpus generator at {args.gen_site} (--gen-site PATH)")
    args.corpora = ["own", "shared"] if args.corpus == "both" else [args.corpus]
    return args


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    sizes = [
        bench_size(versions, corpus, args) for corpus in args.corpora for versions in args.sizes
    ]
    text = report(sizes, args) + run_bench_diff(args.quick)
    progress("done")
    print(text, flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
