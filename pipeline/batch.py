"""Ingest many files: every file gets a result, bad input never stops the batch.

`ingest_paths` is what `yanbao ingest` runs. Each document JSON is validated and
written atomically (temporary file + rename), so an interrupted batch never leaves
half a file, and a file already extracted from the same bytes is skipped. Each
document is stored in the database as soon as it is extracted, in one transaction.

The pipeline (spaCy, PDFium, the schemas) is imported only when a file needs
reading: a re-run over an unchanged folder hashes each file and stops there.
"""
from __future__ import annotations

import json
import logging
import os
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterable, Optional

from .errors import YanbaoError
from . import inputs
from .inputs import SUFFIXES, doc_id_for, shown

if TYPE_CHECKING:
    from .document import Document

log = logging.getLogger(__name__)
_UMASK = os.umask(0o022)
os.umask(_UMASK)  # read once: the mode new files get


@dataclass
class FileResult:
    path: str
    status: str  # ingested | unchanged | warned | failed
    doc_id: Optional[str] = None
    code: Optional[str] = None
    message: Optional[str] = None
    pages: int = 0
    warnings: list[str] = field(default_factory=list)
    # the document JSON, on its way from the reader to the database (then dropped)
    document: Optional[dict] = field(default=None, repr=False, compare=False)

    def to_json(self) -> dict:
        return {k: v for k, v in self.__dict__.items() if k != "document"}

    def line(self) -> str:
        if self.status == "failed":
            return f"{self.path}: error {self.code}: {self.message}"
        if self.warnings:
            return f"{self.path}: warning " + "; ".join(self.warnings)
        return f"{self.path}: {self.status} {self.doc_id} ({self.pages} pages)"


@dataclass
class BatchResult:
    files: list[FileResult] = field(default_factory=list)
    errors: list[FileResult] = field(default_factory=list)  # paths that named nothing to ingest

    @property
    def failed(self) -> list[FileResult]:
        return [f for f in self.files + self.errors if f.status == "failed"]

    @property
    def exit_code(self) -> int:
        return 1 if self.failed else 0

    def summary(self) -> dict[str, int]:
        counts = {"ingested": 0, "unchanged": 0, "warned": 0, "failed": 0}
        for f in self.files + self.errors:
            counts[f.status] += 1
        return counts


# ----------------------------------------------------------------------------- finding files
def find_inputs(paths: Iterable[str | os.PathLike]) -> tuple[list[Path], list[FileResult]]:
    """Expand folders (recursively, following no symlinked folders twice) into input files."""
    files: list[Path] = []
    problems: list[FileResult] = []
    seen: set[str] = set()

    def add(f: Path) -> None:
        # one file once, whatever path names it (relative and absolute, through a link)
        key = os.path.realpath(f)
        if key not in seen:
            seen.add(key)
            files.append(f)

    for raw in paths:
        path = Path(raw)
        if not path.exists() and not path.is_symlink():
            problems.append(_failure(path, YanbaoError("E009", shown(path))))
            continue
        if path.is_dir():
            found = list(_walk(path, problems))
            if not found:
                problems.append(_failure(path, YanbaoError("E008", shown(path))))
            for f in found:
                add(f)
        else:
            add(path)
    return files, problems


def _walk(folder: Path, problems: list[FileResult]) -> Iterable[Path]:
    visited: set[tuple[int, int]] = set()
    for root, dirs, names in os.walk(folder, followlinks=True, onerror=None):
        st = os.stat(root)
        if (st.st_dev, st.st_ino) in visited:  # a symlinked folder seen before: a loop
            dirs[:] = []
            continue
        visited.add((st.st_dev, st.st_ino))
        dirs.sort()
        for name in sorted(names):
            p = Path(root) / name
            if p.suffix.lower() in SUFFIXES or (p.is_symlink() and not p.exists()
                                               and p.suffix.lower() in SUFFIXES):
                yield p


def _failure(path: Path, err: YanbaoError) -> FileResult:
    return FileResult(path=shown(path), status="failed", code=err.code, message=err.reason)


# ----------------------------------------------------------------------------- one file
def write_json_atomic(path: Path, data) -> None:
    _write_atomic(path, lambda fh: json.dump(data, fh, ensure_ascii=False, indent=1), binary=False)


def _write_atomic(path: Path, write: Callable, binary: bool) -> None:
    """`write(file)` into a temporary file beside `path`, synced, then renamed to it: a
    reader sees the old file or the whole new one, never half of it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with (os.fdopen(fd, "wb") if binary else os.fdopen(fd, "w", encoding="utf-8")) as fh:
            write(fh)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, 0o666 & ~_UMASK)  # mkstemp makes it private; the result is an ordinary file
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def document_json(doc: "Document") -> dict:
    from . import schema

    data = doc.to_json()
    schema.validate_document(data)
    return data


def digest_of(path: Path) -> Optional[str]:
    """SHA-256 of a regular file within the size limit, streamed; None where
    read_document must be the one to say why not."""
    try:
        if inputs.kind_of(path) is not None or path.stat().st_size > inputs.MAX_SIZE_MB * 1_000_000:
            return None
        if path.stat().st_size == 0:
            return None
        with open(path, "rb") as fh:
            return inputs.sha256_of(fh)
    except OSError:
        return None


def extractor() -> str:
    from . import __version__

    return f"yanbao {__version__}"


def already_extracted(path: Path, out: Path) -> Optional[FileResult]:
    """The same bytes, extracted by this version: a hash and a small read, no parsing."""
    sha = digest_of(path)
    if sha is None:
        return None
    target = out / "docs" / f"{doc_id_for(sha)}.json"
    if not target.exists():
        return None
    from . import spool

    try:
        old = spool.header(target)  # a spooled document's first line; any other, parsed
    except (OSError, ValueError):
        return None  # unreadable or partial: extract again
    src = old.get("source", {})
    if src.get("sha256") != sha or src.get("extractor") != extractor():
        return None
    warnings = [f"{w['code']}: {w['message']}" for w in old.get("warnings", [])]
    return FileResult(path=shown(path), status="unchanged", doc_id=old["doc_id"], pages=src.get("pages", 0),
                      warnings=warnings)


def read_one(path: Path, date: Optional[str] = None,
             spool_dir: Optional[Path] = None) -> tuple[FileResult, Optional[dict | Path]]:
    """Read one file into its validated document JSON, within the time limit; a failure
    is a FileResult with its code, never an exception. A long text file read in several
    parts is spooled (`spool`): its JSON is then a temporary file in `spool_dir`, written
    part by part, never held whole."""
    from .ingest import read_parts
    from .spool import assemble

    try:
        with _time_limit(inputs.MAX_SECONDS, path), _memory_limit(inputs.MAX_MEMORY_MB, path, hard=_IN_WORKER):
            head, data = assemble(read_parts(path, date), spool_dir)
    except YanbaoError as e:
        return FileResult(path=shown(path), status="failed", code=e.code, message=e.reason), None
    except Exception as e:  # a bug must cost one file, not the batch
        log.debug("internal error on %s", path, exc_info=True)
        return FileResult(path=shown(path), status="failed", code="E099",
                          message=f"internal error: {type(e).__name__}: {e}"[:200]), None
    warnings = [f"{w['code']}: {w['message']}" for w in head["warnings"]]
    # a file that printed a warning line is counted warned, whether content is missing or not
    status = "warned" if head["status"] == "partial" or warnings else "ingested"
    return FileResult(path=shown(path), status=status, doc_id=head["doc_id"], pages=head["source"]["pages"],
                      warnings=warnings), data


def write_one(out: Path, result: FileResult, data: Optional[dict | Path | bytes]) -> FileResult:
    """Write a read document under out/docs (atomically). A document held in memory goes
    on to the database with the result; a spooled one (a temporary file, or its bytes
    from another machine) is read back from out/docs by the database, a line at a time."""
    if data is None:
        return result
    target = out / "docs" / f"{result.doc_id}.json"
    try:
        if isinstance(data, dict):
            write_json_atomic(target, data)
            result.document = data
        else:
            place_atomic(target, data)
    except OSError as e:  # a full disk or a folder gone read-only: this file failed, say why
        return FileResult(path=result.path, status="failed", code="E016",
                          message=f"cannot write the result: {(e.strerror or str(e)).lower()}")
    return result


def place_atomic(target: Path, data: Path | bytes) -> None:
    """A finished file (a temporary file, moved; or bytes) into place under its final
    name, whole or not at all."""
    target.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, Path):
        with open(data, "rb+") as fh:
            os.fsync(fh.fileno())
        os.chmod(data, 0o666 & ~_UMASK)
        try:
            os.replace(data, target)  # the spool is written beside its target: a rename
            return
        except OSError:  # another file system: copied below
            data, spooled = data.read_bytes(), data
            spooled.unlink(missing_ok=True)
    _write_atomic(target, lambda fh: fh.write(data), binary=True)


def ingest_one(path: Path, out: Path, date: Optional[str] = None) -> FileResult:
    skipped = already_extracted(path, out)
    if skipped is not None:
        return skipped
    return write_one(out, *read_one(path, date, spool_dir=out / "docs"))


class _TooSlow(Exception):
    pass


class _time_limit:
    """Stop reading one file after `seconds` (SIGALRM, in the process's main thread — a
    worker's or the batch's own): a file that would take hours costs its limit, not the
    batch. Nowhere else (a thread, another OS) it is not enforced."""

    def __init__(self, seconds: int, path: Path):
        self.seconds, self.path = seconds, path
        self.armed = False

    def __enter__(self):
        import signal
        import threading

        if self.seconds and hasattr(signal, "SIGALRM") and threading.current_thread() is threading.main_thread():
            self.previous = signal.signal(signal.SIGALRM, self._expire)
            signal.alarm(self.seconds)
            self.armed = True
        return self

    def _expire(self, signum, frame):
        raise _TooSlow()

    def __exit__(self, kind, value, tb):
        import signal

        if self.armed:
            signal.alarm(0)
            signal.signal(signal.SIGALRM, self.previous)
        if kind is _TooSlow:
            raise YanbaoError("E017", shown(self.path), limit=self.seconds)
        return False


# ----------------------------------------------------------------------------- the batch
class _TooBig(BaseException):
    """Not an Exception: a library's `except Exception` (jieba's loader has one) must not
    swallow it or turn it into its own error."""


def _resident_mb() -> float:
    try:
        with open("/proc/self/statm") as fh:
            return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 1e6
    except (OSError, ValueError, IndexError):
        return 0.0


class _memory_limit:
    """Stop reading one file once the process reading it has grown by more than `mb`
    megabytes since it began the file (what one file costs, whatever the pipeline's own
    models take). A thread looks every 20 ms; past the limit it interrupts the main
    thread (SIGUSR1 → E018 for this file, the batch goes on). The main thread may be
    inside one long C call that Python cannot interrupt (PDFium parsing a page whose
    content inflates to gigabytes): a worker process (`hard`) then ends itself at 1.5
    times the limit, and the batch records the file as failed (E015) and goes on.
    The interrupt lands in whatever Python code runs at that moment, which may be a
    callback whose exceptions are ignored (a gc callback, a destructor): a file that went
    past the limit is E018 even if its reading then finished — the same file gives the
    same answer. (Sending it again until it takes was worse: one landed in a module's
    import and left it half made.) Linux only (/proc); in the main thread only, like the
    time limit."""

    def __init__(self, mb: int, path: Path, hard: bool = False):
        self.mb, self.path, self.hard = mb, path, hard
        self.armed = False
        self.exceeded = False

    def __enter__(self):
        import signal
        import threading

        self.base = _resident_mb()  # 0 where /proc cannot say: no limit
        if not self.mb or threading.current_thread() is not threading.main_thread() or not self.base:
            return self
        self.previous = signal.signal(signal.SIGUSR1, self._over)
        self.done = threading.Event()
        self.watcher = threading.Thread(target=self._watch, args=(threading.main_thread().ident,), daemon=True)
        self.watcher.start()
        self.armed = True
        return self

    def _watch(self, main: int) -> None:
        import signal

        while not self.done.wait(0.02):
            grown = _resident_mb() - self.base
            if grown > self.mb and not self.exceeded:
                self.exceeded = True
                signal.pthread_kill(main, signal.SIGUSR1)
            elif grown > 1.5 * self.mb and self.hard:
                os._exit(70)

    def _over(self, signum, frame):
        if not self.done.is_set():  # a late one, after the file's reading ended, is dropped
            raise _TooBig()

    def __exit__(self, kind, value, tb):
        import signal

        if self.armed:
            self.done.set()
            self.watcher.join()
            signal.signal(signal.SIGUSR1, self.previous)
        if kind is _TooBig or kind is None and self.exceeded:
            raise YanbaoError("E018", shown(self.path), limit=self.mb)
        return False


def ingest_paths(paths: Iterable[str | os.PathLike], out: str | os.PathLike = "extracted",
                 jobs: int = 1, date: Optional[str] = None,
                 on_result: Optional[Callable[[FileResult], None]] = None,
                 db: Optional[str | os.PathLike] = None,
                 on_start: Optional[Callable[[int], None]] = None,
                 executor: str = "local", ray_address: Optional[str] = None) -> BatchResult:
    """Ingest files and folders: document JSON under out/docs, merged tables under
    out/tables, and (with `db`, a SQLite path or a postgresql:// URL) every document in
    the database as soon as it is read, one transaction each.

    `executor` says where files are read: "local" (this process, or `jobs` worker
    processes) or "ray" (tasks on a Ray cluster: `ray_address`, or a local Ray with
    `jobs` CPUs). Either way this process alone writes out/ and the database."""
    out = Path(out)
    for stale in (out / "docs").glob(".*.tmp"):  # left by a batch that was killed mid-write
        stale.unlink(missing_ok=True)
    files, problems = find_inputs(paths)
    if on_start:
        on_start(len(files))
    result = BatchResult(errors=problems)
    for p in problems:
        if on_result:
            on_result(p)
    database = _connect(db)
    ray_stopping = None  # a Ray started for this batch, stopping while the last files are written
    try:
        def finish(r: FileResult) -> None:
            if database is not None:
                store_result(database, out, r)
            r.document = None  # stored: the batch keeps only the one-line result
            if on_result:
                on_result(r)

        done: list[Optional[FileResult]] = [None] * len(files)
        if executor == "ray":
            from .distributed import run_on_ray

            ray_stopping = run_on_ray(files, jobs, out, date, done, finish, ray_address, database)
        elif jobs > 1 and len(files) > 1:
            # the pipeline's modules (spaCy's import alone is half a second) imported once
            # here, before the fork, rather than once in each worker
            from . import ingest, tag  # noqa: F401
            _run_workers(files, jobs, out, date, done, finish)
        else:
            for i, f in enumerate(files):
                done[i] = r = ingest_one(f, out, date)
                finish(r)
        result.files = [r for r in done if r is not None]
    finally:
        if database is not None:
            database.close()
    try:
        failures = [{"path": f.path, "code": f.code, "reason": f.message} for f in result.failed]
        write_json_atomic(out / "failures.json", failures)
        write_tables(out)
    finally:
        if ray_stopping is not None:
            ray_stopping.join()
    return result


# ----------------------------------------------------------------------------- workers
_STARTED = None  # in a worker: the queue it announces each file on before reading it
_IN_WORKER = False  # a worker process may end itself over the memory limit; the batch's own process may not


def _worker_init(started) -> None:
    global _STARTED, _IN_WORKER
    _STARTED, _IN_WORKER = started, True
    _default_signals()
    _die_with_parent()


def _default_signals() -> None:
    """A forked worker inherits the command's SIGTERM handler, which turns SIGTERM into
    KeyboardInterrupt so the command can stop cleanly. In a worker that makes the pool's
    terminate() a polite request: the worker unwinds, waits on queue threads a killed
    sibling left locked, and the batch hangs joining it. A worker dies on SIGTERM, and
    ignores Ctrl-C: the batch's own process catches it and kills its workers."""
    import signal

    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _die_with_parent() -> None:
    """Linux: the kernel kills this worker when the batch process dies (kill -9 too), so
    no orphan keeps writing after the batch is gone."""
    try:
        import ctypes
        import signal

        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


def _ingest_job(i: int, path: Path, out: Path, date: Optional[str]) -> FileResult:
    if _STARTED is not None:
        _STARTED.put(i)
    return ingest_one(path, out, date)


def _run_workers(files: list[Path], jobs: int, out: Path, date: Optional[str],
                 done: list[Optional[FileResult]], finish: Callable[[FileResult], None]) -> None:
    """Files across a process pool; each result is stored as it arrives. A worker that
    dies (the OOM killer, a signal) breaks the pool: the files it had started are each
    re-run alone — the one that kills its own worker is recorded as failed (E015) — and
    the others go on in a new pool."""
    import multiprocessing
    import queue
    from concurrent.futures import ProcessPoolExecutor, as_completed
    from concurrent.futures.process import BrokenProcessPool

    pending = list(range(len(files)))
    while pending:
        started = multiprocessing.get_context().Queue()
        broken = False
        with ProcessPoolExecutor(max_workers=min(jobs, len(pending)), initializer=_worker_init,
                                 initargs=(started,)) as pool:
            futures = {pool.submit(_ingest_job, i, files[i], out, date): i for i in pending}
            try:
                for fut in as_completed(futures):
                    try:
                        r = fut.result()
                    except BrokenProcessPool:
                        broken = True
                        continue
                    done[futures[fut]] = r
                    finish(r)
            except BaseException:  # SIGINT/SIGTERM: stop now; every file written so far is whole
                workers = list((getattr(pool, "_processes", None) or {}).values())
                pool.shutdown(wait=False, cancel_futures=True)
                for proc in workers:
                    proc.kill()
                raise
        left = [i for i in pending if done[i] is None]
        if not broken or not left:
            return
        seen: set[int] = set()
        while True:
            try:
                seen.add(started.get_nowait())
            except (queue.Empty, OSError, ValueError):
                break
        suspects = [i for i in left if i in seen] or left
        for i in suspects:
            done[i] = r = _run_alone(files[i], out, date)
            finish(r)
        pending = [i for i in left if done[i] is None]


def _run_alone(path: Path, out: Path, date: Optional[str]) -> FileResult:
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    from .errors import message

    with ProcessPoolExecutor(max_workers=1, initializer=_worker_init, initargs=(None,)) as pool:
        try:
            return pool.submit(ingest_one, path, out, date).result()
        except BrokenProcessPool:
            return FileResult(path=shown(path), status="failed", code="E015",
                              message=message("E015", reason="killed by a signal, or far over --max-memory"))


def _connect(db):
    if db is None:
        return None
    from . import store

    return store.connect(db)  # StoreError (one line) when it cannot be used: the batch does not start


def store_result(database, out: Path, f: FileResult) -> None:
    """Save one extracted document in the database (this process is the only writer,
    whatever --jobs or --executor say). A document the database lost track of is read
    back from out/docs; one it cannot take (a connection lost mid-batch) stays in out/docs
    and the result says so: the next run stores it."""
    from .store import StoreError

    if f.doc_id is None:
        return
    try:
        if f.document is not None:
            database.save(f.document)
        elif not (f.status == "unchanged" and database.has_document(f.doc_id)):
            database.save_file(out / "docs" / f"{f.doc_id}.json")  # spooled, or lost by the database
    except (OSError, ValueError, StoreError) as e:
        from .errors import message

        f.warnings.append(f"W015: {message('W015', reason=str(e))}")
        log.debug("%s: not stored", f.path, exc_info=True)


def write_tables(out: Path) -> Optional[dict[str, int]]:
    """Merge the typed rows of every document under out/docs into out/tables/<kind>.json.

    Skipped (returns None) when the documents are the very files merged last time:
    out/tables/.merged keeps their names, sizes and modification times."""
    import hashlib

    paths = sorted((out / "docs").glob("*.json"))
    stats = [(p.name, p.stat()) for p in paths]
    stamp = hashlib.sha256(json.dumps([(name, st.st_size, st.st_mtime_ns) for name, st in stats]).encode()).hexdigest()
    record = out / "tables" / ".merged"
    try:
        if record.read_text("utf-8") == stamp:
            return None
    except OSError:
        pass
    from . import schema
    from .tables import merge

    from . import spool

    docs = []
    for path in paths:
        try:
            docs.append(spool.with_tables(path))
        except (OSError, ValueError) as e:
            log.warning("%s: skipped while merging tables: %s", path, e)
    merged = merge(docs)
    for kind, rows in merged.items():
        schema.validate(rows, f"{kind}.schema.json")
        write_json_atomic(out / "tables" / f"{kind}.json", rows)
    record.write_text(stamp, "utf-8")
    return {kind: len(rows) for kind, rows in merged.items()}


class Progress:
    """One line per file on stderr; on a terminal, below them, a rich progress bar with
    files, pages and time left."""

    def __init__(self, total: int = 0, stream=None):
        self.total, self.done, self.pages = total, 0, 0
        self.stream = stream or sys.stderr
        self.tty = hasattr(self.stream, "isatty") and self.stream.isatty()
        self.bar = self.task = None

    def begin(self, total: int) -> None:
        self.total = total
        if self.tty and total:
            from rich.console import Console
            from rich.progress import BarColumn, MofNCompleteColumn, Progress as Bar, TextColumn, TimeRemainingColumn

            self.bar = Bar(TextColumn("ingest"), BarColumn(), MofNCompleteColumn(), TextColumn("{task.fields[pages]} pages"),
                           TimeRemainingColumn(), console=Console(file=self.stream), transient=True)
            self.task = self.bar.add_task("ingest", total=total, pages=0)
            self.bar.start()

    def __call__(self, r: FileResult) -> None:
        self.done += 1
        self.pages += r.pages
        if self.bar is not None:
            self.bar.console.print(r.line(), markup=False, highlight=False, soft_wrap=True)
            self.bar.update(self.task, completed=self.done, pages=self.pages)
        else:
            print(r.line(), file=self.stream)

    def finish(self) -> None:
        if self.bar is not None:
            self.bar.stop()
