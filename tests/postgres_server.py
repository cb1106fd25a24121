"""A private PostgreSQL server for the tests: `initdb` into a temporary folder, `pg_ctl`
on a loopback port, stopped (and the folder removed) at the end.

    python tests/postgres_server.py start DIR [PORT]   # prints the URL
    python tests/postgres_server.py stop DIR

The conftest fixture uses the same functions when `.ci/run` has not started one (it
exports YANBAO_TEST_POSTGRES). PostgreSQL refuses to run as root: as root the server runs
as the `postgres` user, which must own DIR.
"""
from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import sys
from pathlib import Path
from typing import Optional


def binaries() -> Optional[Path]:
    """The folder holding initdb and pg_ctl: on PATH, or Debian's /usr/lib/postgresql/N/bin."""
    found = shutil.which("initdb")
    if found and shutil.which("pg_ctl"):
        return Path(os.path.realpath(found)).parent
    for folder in sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True):
        if Path(folder, "initdb").exists() and Path(folder, "pg_ctl").exists():
            return Path(folder)
    return None


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _as_server_user(cmd: list[str]) -> list[str]:
    if os.geteuid() != 0:
        return cmd
    return ["runuser", "-u", "postgres", "--"] + cmd


def start(folder: str | Path, port: Optional[int] = None) -> str:
    """Start a server whose data lives in `folder`; returns its URL. Raises RuntimeError
    with the reason when none can be had (no binaries, no postgres user, initdb failed)."""
    bin_dir = binaries()
    if bin_dir is None:
        raise RuntimeError("no PostgreSQL server installed (Debian: apt-get install postgresql)")
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    if os.geteuid() == 0:
        try:
            shutil.chown(folder, "postgres", "postgres")
        except (LookupError, OSError) as e:
            raise RuntimeError(f"running as root and no postgres user to run the server as: {e}")
        os.chmod(folder, 0o700)
    data = folder / "data"
    port = port or free_port()
    run = dict(capture_output=True, text=True, timeout=120)
    done = subprocess.run(_as_server_user([str(bin_dir / "initdb"), "-D", str(data), "-U", "postgres",
                                           "--auth=trust", "--encoding=UTF8", "--locale=C"]), **run)
    if done.returncode:
        raise RuntimeError(f"initdb failed: {done.stderr.strip()[-300:]}")
    options = f"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=50"
    done = subprocess.run(_as_server_user([str(bin_dir / "pg_ctl"), "-D", str(data), "-l", str(folder / "log"),
                                           "-o", options, "-w", "start"]), **run)
    if done.returncode:
        raise RuntimeError(f"pg_ctl start failed: {done.stderr.strip()[-300:]}")
    return f"postgresql://postgres@127.0.0.1:{port}/postgres"


def stop(folder: str | Path) -> None:
    bin_dir = binaries()
    data = Path(folder) / "data"
    if bin_dir is not None and data.exists():
        subprocess.run(_as_server_user([str(bin_dir / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop"]),
                       capture_output=True, timeout=120)
    shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    if len(sys.argv) >= 3 and sys.argv[1] == "start":
        try:
            print(start(sys.argv[2], int(sys.argv[3]) if len(sys.argv) > 3 else None))
        except RuntimeError as e:
            print(f"PostgreSQL not started: {e}", file=sys.stderr)
            sys.exit(1)
    elif len(sys.argv) == 3 and sys.argv[1] == "stop":
        stop(sys.argv[2])
    else:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
