"""The batch on Ray: files read by tasks on a Ray cluster (or a local Ray), results
streamed back to this process as they finish, which writes out/docs and the database
exactly as a local batch does.

- Each Ray worker process imports the pipeline (spaCy, PDFium, the catalogues) on its
  first file and keeps it: Ray reuses its worker processes from task to task.
- A file already extracted by this version (same bytes, in out/docs or in the database)
  is not sent at all: a rerun skips what is done.
- A worker killed mid-document (the OOM killer, a lost node) costs a retry on another
  worker; a file that kills every worker it runs on is recorded as failed (E015), and
  the batch goes on.
- Workers read files by path: on a cluster, the input folder must be visible at the
  same path on every node (a shared filesystem).
"""
from __future__ import annotations

import logging
import os
import threading
from pathlib import Path
from typing import Callable, Optional

from .batch import FileResult, already_extracted, digest_of, extractor, read_one, write_one
from .inputs import doc_id_for, shown

log = logging.getLogger(__name__)
RETRIES = 2  # a file's task runs again after its worker died, this many times


class ExecutorError(Exception):
    """Ray cannot be used (not installed, an address that does not answer): one line."""


def _read_on_worker(path: str, named: str, date: Optional[str], limits: tuple[int, int, int, int, bool]):
    """A Ray task: one file read on a worker (by its absolute path: a worker's folder is
    not ours), its result and document JSON sent back, naming the file as the user did."""
    from . import inputs, spool
    from .read import ocr

    inputs.MAX_SIZE_MB, inputs.MAX_PAGES, inputs.MAX_SECONDS, inputs.MAX_MEMORY_MB, ocr.ENABLED = limits
    result, data = read_one(Path(path), date)
    if isinstance(data, dict):
        data["source"]["path"] = named
    elif data is not None:  # spooled on this worker: its bytes go back (the driver's disk is not ours)
        data = spool.renamed(data, named)
    return result, data


def _start(jobs: int, address: Optional[str]):
    try:
        import ray
    except ImportError as e:
        raise ExecutorError("--executor ray needs Ray: pip install 'yanbao[scale]'") from e
    if ray.is_initialized():
        return ray, False
    if address and address != "auto":
        _reachable(address)
    try:
        if address:
            ray.init(address=address, logging_level=logging.ERROR, log_to_driver=False)
        else:  # a new local Ray with as many CPUs as --jobs asks for (never a cluster found running here)
            ray.init(address="local", num_cpus=jobs, include_dashboard=False, logging_level=logging.ERROR,
                     log_to_driver=False)
    except Exception as e:  # ConnectionError, a bad address format, a cluster of another Ray version
        raise ExecutorError(f"--ray-address {address}: cannot start or join Ray: "
                            f"{str(e).strip().splitlines()[0] if str(e).strip() else type(e).__name__}") from e
    return ray, True


def _reachable(address: str, seconds: float = 10) -> None:
    """Fail at once, in one line, on a cluster address nothing answers at: Ray itself
    keeps retrying for minutes and logs each try."""
    import re
    import socket

    m = re.fullmatch(r"(?:ray://)?\[?([^\]]+?)\]?:(\d+)", address.strip())
    if not m:
        raise ExecutorError(f"--ray-address {address}: expected HOST:PORT, ray://HOST:PORT or auto")
    try:
        socket.create_connection((m.group(1), int(m.group(2))), timeout=seconds).close()
    except OSError as e:
        raise ExecutorError(f"--ray-address {address}: no Ray cluster answers there "
                            f"({(e.strerror or str(e)).lower()})") from e


def _stored(database, path: Path) -> Optional[FileResult]:
    """A file whose document the database already holds, from this extractor."""
    if database is None:
        return None
    sha = digest_of(path)
    if sha is None:
        return None
    found = database.rows("SELECT extractor, pages FROM documents WHERE doc_id = ?", [doc_id_for(sha)])
    if found and found[0]["extractor"] == extractor():
        return FileResult(path=shown(path), status="unchanged", doc_id=doc_id_for(sha), pages=found[0]["pages"] or 0)
    return None


def run_on_ray(files: list[Path], jobs: int, out: Path, date: Optional[str], done: list[Optional[FileResult]],
               finish: Callable[[FileResult], None], address: Optional[str] = None,
               database=None) -> Optional[threading.Thread]:
    """Read `files` on Ray; `finish` gets each result (document attached) as it arrives.

    A Ray started here is stopped on a thread that is returned: stopping waits a second
    or more for Ray's processes to exit, which the caller's last writes (the merged
    tables) overlap; join it before exiting. After an error or Ctrl-C it is stopped
    before this returns."""
    from . import inputs

    ray, started_here, task, window = None, False, None, 0
    from .read import ocr

    # the settings a worker must share with this process (a fork would inherit them)
    limits = (inputs.MAX_SIZE_MB, inputs.MAX_PAGES, inputs.MAX_SECONDS, inputs.MAX_MEMORY_MB, ocr.ENABLED)
    try:
        in_flight: dict = {}
        following = iter(range(len(files)))
        exhausted = False
        while in_flight or not exhausted:
            while not exhausted and (ray is None or len(in_flight) < window):
                i = next(following, None)
                if i is None:
                    exhausted = True
                    break
                skipped = already_extracted(files[i], out) or _stored(database, files[i])
                if skipped is not None:
                    done[i] = skipped
                    finish(skipped)
                    continue
                if ray is None:  # Ray starts with the first file to read: a rerun of a done batch needs none
                    ray, started_here = _start(jobs, address)
                    task = ray.remote(num_cpus=1, max_retries=RETRIES)(_read_on_worker)
                    # a bounded window of tasks in flight: a backlog of 100,000 files is not
                    # 100,000 pending tasks, and results stream in while later files are hashed
                    window = max(2, 2 * int(ray.cluster_resources().get("CPU", jobs)))
                in_flight[task.remote(os.path.abspath(files[i]), shown(files[i]), date, limits)] = i
            if not in_flight:
                continue
            ready, _ = ray.wait(list(in_flight), num_returns=1)
            for ref in ready:
                i = in_flight.pop(ref)
                done[i] = r = _collect(ray, ref, files[i], out)
                finish(r)
    except BaseException:  # also Ctrl-C/SIGTERM: what is in flight is dropped, everything written is whole
        if started_here:
            ray.shutdown()
        raise
    if not started_here:
        return None
    stopping = threading.Thread(target=ray.shutdown, name="ray-shutdown")
    stopping.start()
    return stopping


def _collect(ray, ref, path: Path, out: Path) -> FileResult:
    from .errors import message

    try:
        result, data = ray.get(ref)
    except ray.exceptions.RayTaskError as e:  # not expected: read_one catches what reading raises
        return FileResult(path=shown(path), status="failed", code="E099",
                          message=f"internal error: {str(e).strip().splitlines()[-1]}"[:200])
    except (ray.exceptions.WorkerCrashedError, ray.exceptions.RayError) as e:
        log.debug("worker died on %s", path, exc_info=True)
        return FileResult(path=shown(path), status="failed", code="E015",
                          message=message("E015", reason=f"{type(e).__name__}, {RETRIES + 1} tries"))
    result.path = shown(path)
    return write_one(out, result, data)
