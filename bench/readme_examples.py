"""The README's command examples, run for real.

    python bench/readme_examples.py           # check: exit 1 and show the difference when one is stale
    python bench/readme_examples.py --write   # run them and write their output into README.md

An example is a code block right after a line `<!-- example -->`: each `$ COMMAND` line
in it is run with bash in a fresh folder holding a copy of raw/ (so `yanbao ingest
raw/` starts from nothing), and the lines after it, up to the next `$`, are its output
(stdout and stderr, as a terminal shows them). `yanbao` is this checkout's code.
"""
from __future__ import annotations

import difflib
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
MARK = "<!-- example -->"
BLOCK = re.compile(r"(<!-- example -->\n```\n)(.*?)(```)", re.S)


def run_examples(text: str) -> str:
    """The README with every marked example's output as the commands print it now."""
    with tempfile.TemporaryDirectory(prefix="yanbao-readme-") as tmp:
        shutil.copytree(ROOT / "raw", Path(tmp) / "raw")
        bindir = Path(tmp) / "bin"
        bindir.mkdir()
        shim = bindir / "yanbao"  # this checkout's code, whatever is installed
        shim.write_text(f'#!/bin/sh\nPYTHONPATH="{ROOT}" exec "{sys.executable}" -m pipeline "$@"\n')
        shim.chmod(0o755)
        env = dict(os.environ, PATH=f"{bindir}:{os.environ.get('PATH', '')}", COLUMNS="120", TERM="dumb")

        def render(m: re.Match) -> str:
            out = []
            for line in m.group(2).splitlines():
                if line.startswith("$ "):
                    command = line[2:].split("   #")[0].rstrip()
                    done = subprocess.run(["bash", "-c", f"{command} 2>&1"], cwd=tmp, env=env, capture_output=True,
                                          text=True, timeout=600)
                    out += [line] + done.stdout.rstrip("\n").splitlines()
                    out.append("")
            while out and out[-1] == "":
                out.pop()
            return m.group(1) + "\n".join(out) + "\n" + m.group(3)

        return BLOCK.sub(render, text)


def main() -> int:
    text = README.read_text("utf-8")
    fresh = run_examples(text)
    if "--write" in sys.argv:
        README.write_text(fresh, "utf-8")
        return 0
    if fresh != text:
        sys.stdout.writelines(difflib.unified_diff(text.splitlines(True), fresh.splitlines(True), "README.md", "as run"))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
