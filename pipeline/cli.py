"""The `yanbao` command: a thin layer over library functions.

Data goes to stdout (exactly one JSON value with --json); messages and progress go
to stderr. Exit 0 on success, 1 when some input failed, 2 on a usage error.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path
from typing import Optional, Sequence

from . import __version__
from . import data_text


def _date(value: str) -> str:
    import datetime

    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        raise argparse.ArgumentTypeError(f"expected YYYY-MM-DD, got {value!r}")
    try:
        datetime.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"no such date: {value!r}") from None
    return value


def _dump(data) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=1) + "\n")


# ----------------------------------------------------------------------------- commands
def cmd_ingest(args) -> int:
    import signal

    from . import inputs
    from .batch import Progress, ingest_paths
    from .distributed import ExecutorError
    from .store import StoreError

    inputs.MAX_SIZE_MB, inputs.MAX_PAGES, inputs.MAX_SECONDS = args.max_size, args.max_pages, args.max_seconds
    inputs.MAX_MEMORY_MB = args.max_memory
    from .read import ocr

    ocr.ENABLED = not args.no_ocr
    problem = _unusable_out(Path(args.out))
    if problem:
        print(f"yanbao ingest: error: --out {args.out}: {problem}", file=sys.stderr)
        return 2
    progress = Progress()
    db = args.db or Path(args.out) / "yanbao.db"  # the output folder holds its database

    def stop(signum, frame):  # SIGTERM ends the batch as Ctrl-C does: no traceback
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, stop)
    try:
        result = ingest_paths(args.paths, out=args.out, jobs=args.jobs, date=args.date, on_result=progress,
                              db=db, on_start=progress.begin, executor=args.executor,
                              ray_address=args.ray_address)
    except KeyboardInterrupt:
        progress.finish()
        print(f"yanbao ingest: interrupted after {progress.done} files; every result written is whole — "
              "run the same command again to finish", file=sys.stderr)
        return 130
    except StoreError as e:
        progress.finish()
        print(f"yanbao ingest: error: --db {e}", file=sys.stderr)
        return 2
    except ExecutorError as e:
        progress.finish()
        print(f"yanbao ingest: error: {e}", file=sys.stderr)
        return 2
    except OSError as e:
        progress.finish()
        print(f"yanbao ingest: error: {e.filename or args.out}: {(e.strerror or str(e)).lower()}", file=sys.stderr)
        return 2
    progress.finish()
    counts = result.summary()
    print("ingested {ingested}, unchanged {unchanged}, warned {warned}, failed {failed}".format(**counts),
          file=sys.stderr)
    if args.json:
        _dump({"summary": counts, "files": [f.to_json() for f in result.errors + result.files]})
    return result.exit_code


def _unusable_out(out: Path) -> Optional[str]:
    """Why the output folder cannot take results, before any file is read: a file in its
    place, or a folder we may not write to."""
    import os

    if out.exists() and not out.is_dir():
        return "is a file, not a folder"
    probe = out
    while not probe.exists():
        probe = probe.parent
    if not os.access(probe, os.W_OK | os.X_OK):
        return f"{probe} is not writable"
    return None


def cmd_extract(args) -> int:
    """One file → its document on stdout. A long text is read part by part and each part
    printed (or spooled, for --json) as it comes, as the batch does: memory stays flat."""
    import itertools
    import shutil
    import tempfile

    from .errors import YanbaoError
    from .ingest import read_parts
    from .read import ocr
    from .spool import assemble

    ocr.ENABLED = not args.no_ocr
    parts = read_parts(args.file, date=args.date)
    if args.json:
        with tempfile.TemporaryDirectory() as tmp:
            try:
                _, data = assemble(parts, tmp, each=lambda part: _print_warnings(args.file, part))
            except YanbaoError as e:
                print(e.line(), file=sys.stderr)
                return 1
            if isinstance(data, dict):
                _dump(data)
            else:
                with open(data, encoding="utf-8") as fh:
                    shutil.copyfileobj(fh, sys.stdout)
        return 0
    try:
        first = next(parts)
    except YanbaoError as e:
        print(e.line(), file=sys.stderr)
        return 1
    later = next(parts, None)
    m = first.meta
    count = f"{first.source.pages} pages" if later is None else "a long text, read in parts"
    print(f"{first.doc_id}  {first.source.format}  {count}  script {m.script}")
    for field in ("title", "broker", "date", "rating"):
        print(f"{field:8} {getattr(m, field) or '-'}")
    print(f"{'analysts':8} {', '.join(a.name for a in m.analysts) or '-'}")
    pages = tables = 0
    for part in itertools.chain([first], [later] if later is not None else [], parts):
        _print_warnings(args.file, part)
        if later is None:
            print(f"tables   {len(part.tables)}")
        pages, tables = part.source.pages, tables + len(part.tables)
        for p in part.pages:
            print(f"--- page {p.number}")
            print(p.text)
    if later is not None:
        print(f"--- {pages} pages, {tables} tables")
    return 0


def _print_warnings(path, doc) -> None:
    for w in doc.warnings:
        page = f" page {w.page}" if w.page else ""
        print(f"{path}:{page} warning {w.code}: {w.message}", file=sys.stderr)


def cmd_schema(args) -> int:
    from .schema import write_schemas

    for path in write_schemas():
        print(path, file=sys.stderr)
    return 0


def cmd_tag(args) -> int:
    from .tag import tag_text

    if args.text == "-":
        results = [{"text": line, "entities": tag_text(line, args.date)}
                   for line in sys.stdin.read().splitlines()]
    else:
        results = [{"text": args.text, "entities": tag_text(args.text, args.date)}]
    if args.json:
        _dump(results if args.text == "-" else results[0])
        return 0
    for r in results:
        for e in r["entities"]:
            value = json.dumps(e["value"], ensure_ascii=False)
            print(f"{e['start']:>5}-{e['end']:<5} {e['label']:12} {e['text']:24} {value}")
        if len(results) > 1:
            print()
    return 0


def _open_db(path: str):
    """The database a reading command names (a file or a postgresql:// URL), or None
    after one line saying why it cannot be read."""
    from . import store

    if not store.exists(path):
        print(f"{path}: no database here yet (run `yanbao ingest` first, or pass --db)", file=sys.stderr)
        return None
    return store.connect(path)  # a URL that cannot be used raises StoreError: main() says why, exit 2


def cmd_search(args) -> int:
    from . import store

    conn = _open_db(args.db)
    if conn is None:
        return 1
    hits = store.search(conn, " ".join(args.query), limit=args.limit)
    if args.json:
        _dump(hits)
    else:
        for h in hits:
            print(f"{h['doc_id']}  p.{h['page']:<3} {h['score']:7.3f}  {h['title'] or ''}")
            print(f"    {h['snippet']}")
    return 0


def _listing(args, fetch, line) -> int:
    """A command that reads rows from the database and prints them: JSON, or one line each."""
    conn = _open_db(args.db)
    if conn is None:
        return 1
    rows = fetch(conn)
    if args.json:
        _dump(rows)
    elif getattr(args, "csv", False):
        _csv(rows)
    else:
        for r in rows:
            print(line(r))
    return 0


def _csv(rows: list[dict]) -> None:
    """Rows as CSV on stdout, UTF-8 with a header; nested values as JSON."""
    import csv
    import json

    if not rows:
        return
    columns = list(dict.fromkeys(k for r in rows for k in r))
    out = csv.DictWriter(sys.stdout, fieldnames=columns, lineterminator="\n")
    out.writeheader()
    for r in rows:
        out.writerow({k: json.dumps(v, ensure_ascii=False) if isinstance(v, (list, dict)) else v for k, v in r.items()})


def cmd_financials(args) -> int:
    from . import store
    from .normalize.financials import BASIS_WORDS

    if args.compare:
        def line(r):
            cells = "  ".join(f"{x['broker'] or x['doc_id']} {x['date'] or ''}: {x['value']:g}" if x["value"] is not None
                              else f"{x['broker'] or x['doc_id']}: -" for x in r["reports"])
            return f"{pad(r['item'], 16)} {r['period']:6} {pad(r['unit'] or '', 6)} {cells}"
        return _listing(args, lambda conn: store.forecasts(conn, args.ticker, args.item), line)

    def line(r):
        value = "-" if r["value"] is None else f"{r['value']:g}"
        basis = f" {BASIS_WORDS[r['basis']]}" if r.get("basis") in BASIS_WORDS else ""
        return (f"{r['ticker'] or '-':10} {pad(r['item'], 18)} {r['period']:6} {value:>12} {pad(r['unit'] or '', 6)} "
                f"{r['statement']:9} {r['broker'] or ''} {r['report_date'] or ''} ({r['doc_id']} p.{r['page']}){basis}")
    return _listing(args, lambda conn: store.financials(conn, args.ticker, args.item, args.period, args.revisions), line)


def _price_line(r: dict) -> str:
    before = "" if r["price_before"] is None else f"{r['price_before']:g} → "
    after = "-" if r["price_after"] is None else f"{r['price_after']:g}"
    return (f"{r['date'] or '?':10}  {pad(r['model'], 24)} {r['direction']:6} {before}{after} {r['currency'] or ''}"
            f"/1M tokens  ({r['doc_id']} p.{r['page']}, {r['source']})")


def cmd_prices(args) -> int:
    from . import store

    return _listing(args, lambda conn: store.prices(conn, model=args.model, vendor=args.vendor), _price_line)


def cmd_models(args) -> int:
    from . import store

    return _listing(args, store.models, lambda m: f"{pad(m['model'], 28)} {m['vendor'] or '-':12} {m['mentions']:5} "
                                                  f"mentions in {len(m['documents'])} documents")


def cmd_timeline(args) -> int:
    from . import store

    return _listing(args, store.timeline, lambda r: f"{r['date']:10}  {r['event']:9} {pad(r['model'], 24)} "
                                                    f"{r['vendor'] or '-':10} ({r['doc_id']} p.{r['page']})")


def cmd_chart(args) -> int:
    from . import charts

    conn = _open_db(args.db)
    if conn is None:
        return 1
    try:
        if args.what == "prices":
            if not args.model:
                print("yanbao chart prices needs --model", file=sys.stderr)
                return 2
            path = charts.price_history(conn, args.model, args.out or f"{args.model}-prices.png")
        else:
            path = charts.release_timeline(conn, args.out or "timeline.png", vendor=args.vendor)
    except ValueError as e:
        print(f"{args.db}: {e}", file=sys.stderr)
        return 1
    print(path, file=sys.stderr)
    return 0


def serve_command(db: str, host: str, port: int, folder: str) -> list[str]:
    """datasette over the database: read-only (immutable), titles, facets, canned queries
    (search_pages: full-text search over the pages). Its settings file goes in `folder`."""
    metadata = json.loads(data_text("datasette.json"))
    # datasette names a database after its file: the settings follow whatever --db is
    metadata["databases"] = {Path(db).stem: metadata["databases"]["yanbao"]}
    path = Path(folder) / "datasette.json"
    path.write_text(json.dumps(metadata, ensure_ascii=False), encoding="utf-8")
    return [sys.executable, "-m", "datasette", "serve", "--immutable", db, "--metadata", str(path),
            "--host", host, "--port", str(port), "--setting", "default_page_size", "50"]


def cmd_serve(args) -> int:
    import signal
    import subprocess
    import tempfile

    from .store import is_url

    if is_url(args.db):  # datasette reads SQLite files; a shared PostgreSQL has its own tools
        print(f"yanbao serve: error: --db {args.db}: serve reads a SQLite file, not a PostgreSQL URL", file=sys.stderr)
        return 2
    if not Path(args.db).exists():
        print(f"{args.db}: no database here yet (run `yanbao ingest` first, or pass --db)", file=sys.stderr)
        return 1
    from . import store

    with store.connect(args.db):  # brings an older database's views and tables up to date first
        pass
    print(f"serving {args.db} read-only on http://{args.host}:{args.port}/", file=sys.stderr)
    with tempfile.TemporaryDirectory(prefix="yanbao-serve-") as folder:  # removed however serve ends
        child = subprocess.Popen(serve_command(args.db, args.host, args.port, folder))

        def forward(signum, _frame):  # `kill` of yanbao stops datasette too, and frees the port
            child.send_signal(signum)
        previous = {s: signal.signal(s, forward) for s in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP)}
        try:
            return child.wait()
        finally:
            if child.poll() is None:
                child.terminate()
                child.wait(timeout=10)
            for s, handler in previous.items():
                signal.signal(s, handler)


def cmd_verify(args) -> int:
    from pathlib import Path

    from .document import Document
    from .errors import YanbaoError
    from .ingest import read_document
    from .verify import report_markdown, verify

    target = Path(args.target)
    doc_json = target if target.suffix == ".json" else Path(args.out) / "docs" / f"{args.target}.json"
    try:
        if doc_json.exists():
            doc = Document.model_validate_json(doc_json.read_text("utf-8"))
        else:
            doc = read_document(target, date=args.date)
    except YanbaoError as e:
        print(e.line(), file=sys.stderr)
        return 1
    result = verify(doc)
    for w in result.get("warnings", []):  # a family that failed (W012), figures out of their range (W017)
        print(f"{args.target}: warning {w['code']}: {w['message']}", file=sys.stderr)
    only = args.only or None
    if args.report:
        Path(args.report).write_text(report_markdown(result, doc.meta.title, only), encoding="utf-8")
        print(f"wrote {args.report}", file=sys.stderr)
    if args.json:
        if only:  # the summary still counts every check; the list holds the ones asked for
            result = {**result, "checks": [c for c in result["checks"] if c["verdict"] in only]}
        _dump(result)
    elif sys.stdout.isatty():
        _verify_table(result, doc.meta.title, only)
    else:
        from .verify.report import plain_lines

        print("\n".join(plain_lines(result, only)))
    if args.strict and result["summary"]["mismatch"]:
        print(f"{result['summary']['mismatch']} mismatches", file=sys.stderr)
        return 3
    return 0


_VERDICT_STYLE = {"consistent": "green", "rounding": "cyan", "mismatch": "bold red", "unverifiable": "yellow"}


def _verify_table(result: dict, title: Optional[str], only=None) -> None:
    """On a terminal, analyst first: the summary, then a table per verdict (mismatches
    first), the figure as printed and as recomputed, where it stands, formula and note."""
    from rich.console import Console
    from rich.markup import escape
    from rich.table import Table

    from .verify.report import HEADINGS, ordered, readable, summary_line, where

    console = Console()
    console.print(f"[bold]{escape(title or result['doc_id'])}[/]  {summary_line(result)}")
    for verdict, checks in ordered(result["checks"], only):
        style = _VERDICT_STYLE.get(verdict, "")
        table = Table(title=f"[{style}]{HEADINGS[verdict]} ({len(checks)})[/]", show_lines=True, expand=True)
        table.add_column("check", no_wrap=True)
        table.add_column("reported → recomputed", justify="right")
        table.add_column("claim · formula · note", ratio=1, overflow="fold")
        for c in checks:
            place = f"[bold]{escape(where(c))}[/]\n" if c.get("cell") else ""
            what = f"{place}{escape(c['claim'][:160])}\n[dim]{escape(c['formula'])}[/]" + \
                (f"\n[italic]{escape(c['note'])}[/]" if c["note"] else "")
            table.add_row(f"{c['id']}\np.{c['page']}",
                          f"{readable(c['reported'])} → {readable(c['recomputed'])}\n{c['unit']}", what)
        console.print(table)


def cmd_samples(args) -> int:
    from .samples import write_all

    for path in write_all(args.folder):
        print(path, file=sys.stderr)
    return 0


# ----------------------------------------------------------------------------- parser
def _formats(p) -> None:
    """--json or --csv for a command that lists rows (plain lines when neither)."""
    fmt = p.add_mutually_exclusive_group()
    fmt.add_argument("--json", action="store_true", help="print one JSON list on stdout")
    fmt.add_argument("--csv", action="store_true", help="print CSV with a header on stdout")


def pad(text, width: int) -> str:
    """`text` padded to `width` terminal columns: a Chinese character takes two, so
    f-string widths would misalign names (宽 East Asian characters counted once)."""
    import unicodedata

    text = str(text)
    used = sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)
    return text + " " * max(0, width - used)


DB_HELP = "the database: a SQLite file or a postgresql:// URL (default: %(default)s)"


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="yanbao", description=__doc__.splitlines()[0])
    parser.add_argument("--version", action="version", version=f"yanbao {__version__}")
    parser.add_argument("-v", "--verbose", action="store_true", help="debug logging on stderr")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("ingest", help="files or folders → extracted/docs/<doc_id>.json")
    p.add_argument("paths", nargs="+", metavar="PATH", help=".pdf, .txt, .md, .html files or folders of them")
    p.add_argument("--out", default="extracted", metavar="DIR", help="output folder (default: extracted)")
    p.add_argument("--jobs", type=int, default=1, metavar="N", help="worker processes (default: 1)")
    p.add_argument("--date", type=_date, help="document date for files that do not state one (YYYY-MM-DD)")
    p.add_argument("--json", action="store_true", help="print the batch result as JSON on stdout")
    p.add_argument("--db", metavar="FILE|URL",
                   help="the database to add the documents to: a SQLite file or a postgresql:// URL "
                        "(default: DIR/yanbao.db)")
    p.add_argument("--executor", choices=("local", "ray"), default="local",
                   help="where files are read: local worker processes (default) or a Ray cluster "
                        "(pip install 'yanbao[scale]')")
    p.add_argument("--ray-address", metavar="ADDR",
                   help="the Ray cluster to join (e.g. ray://head:10001 or auto); default: a local Ray "
                        "with --jobs CPUs")
    p.add_argument("--max-size", type=int, default=200, metavar="MB",
                   help="skip (and name) files larger than this many megabytes (default: 200)")
    p.add_argument("--max-pages", type=int, default=2000, metavar="N",
                   help="skip (and name) PDFs with more pages than this (default: 2000)")
    p.add_argument("--max-seconds", type=int, default=600, metavar="S",
                   help="stop reading (and name) a file after this many seconds; 0 for no limit (default: 600)")
    p.add_argument("--max-memory", type=int, default=1500, metavar="MB",
                   help="stop reading (and name) a file once it has cost its reader this much more memory; "
                        "0 for no limit (default: 1500)")
    p.add_argument("--no-ocr", action="store_true",
                   help="leave pages without a usable text layer unread (default: OCR them when the "
                        "'ocr' extra is installed)")
    p.set_defaults(func=cmd_ingest)

    p = sub.add_parser("extract", help="one file → its document JSON on stdout; writes nothing")
    p.add_argument("file", metavar="FILE", help="a PDF, .txt, .md or .html file")
    p.add_argument("--date", type=_date, help="document date when the file does not state one (YYYY-MM-DD)")
    p.add_argument("--json", action="store_true", help="print the document JSON")
    p.add_argument("--no-ocr", action="store_true", help="leave pages without a usable text layer unread")
    p.set_defaults(func=cmd_extract)

    p = sub.add_parser("tag", help="entities of a snippet (traditional or simplified)")
    p.add_argument("text", metavar="TEXT", help="the snippet, or - to read one snippet per line from stdin")
    p.add_argument("--date", type=_date, help="anchors relative dates such as 今年5月 and 上周 (YYYY-MM-DD)")
    p.add_argument("--json", action="store_true", help="print {text, entities} (a list of them with -)")
    p.set_defaults(func=cmd_tag)

    p = sub.add_parser("verify", help="recompute the figures a report derives and judge each one")
    p.add_argument("target", metavar="FILE_OR_DOC_ID", help="a PDF or text file, a document JSON, or a doc_id under --out")
    p.add_argument("--out", default="extracted", metavar="DIR", help="where doc_ids are looked up (default: extracted)")
    p.add_argument("--date", type=_date, help="document date when the file does not state one")
    p.add_argument("--report", metavar="FILE.md", help="also write a readable report (mismatches first)")
    p.add_argument("--only", action="append", choices=["mismatch", "rounding", "unverifiable", "consistent"],
                   help="list only checks with this verdict (repeatable); the summary still counts all")
    p.add_argument("--strict", action="store_true", help="exit 3 when any figure is a mismatch (for scripts)")
    p.add_argument("--json", action="store_true", help="print the checks as one JSON value (CONTRACT shape)")
    p.set_defaults(func=cmd_verify)

    p = sub.add_parser("search", help="full-text search, query in either script")
    p.add_argument("query", nargs="+", metavar="QUERY", help="words in either script (simplified or traditional)")
    p.add_argument("--limit", type=int, default=20, metavar="N", help="at most N hits (default: 20)")
    p.add_argument("--db", default="extracted/yanbao.db", metavar="FILE|URL", help=DB_HELP)
    p.add_argument("--json", action="store_true", help="print the hits as JSON")
    p.set_defaults(func=cmd_search)

    p = sub.add_parser("prices", help="every price point in the database, dated, from every report")
    p.add_argument("--model", metavar="M", help="one model (any of its names)")
    p.add_argument("--vendor", metavar="V", help="one vendor (id or name)")
    p.add_argument("--db", default="extracted/yanbao.db", metavar="FILE|URL", help=DB_HELP)
    _formats(p)
    p.set_defaults(func=cmd_prices)

    p = sub.add_parser("financials", help="company figures (forecast, statements, ratios) from every report")
    p.add_argument("--ticker", metavar="T", help="one company, however its ticker is printed (688981.SH, 00981.HK)")
    p.add_argument("--item", metavar="I", help="one line item as printed (营业收入, 归母净利润)")
    p.add_argument("--period", metavar="P", help="one period as printed (2026E, 1Q25A)")
    p.add_argument("--compare", action="store_true",
                   help="each item and period once, the reports' figures side by side with their sources")
    p.add_argument("--revisions", action="store_true",
                   help="also a revision table's old forecast (basis 'before') and change ('change'), and "
                        "growth columns (basis 'yoy', 'qoq'); without it, the reports' current figures only")
    p.add_argument("--db", default="extracted/yanbao.db", metavar="FILE|URL", help=DB_HELP)
    _formats(p)
    p.set_defaults(func=cmd_financials)

    p = sub.add_parser("models", help="the models the database knows, with their sources")
    p.add_argument("--db", default="extracted/yanbao.db", metavar="FILE|URL", help=DB_HELP)
    _formats(p)
    p.set_defaults(func=cmd_models)

    p = sub.add_parser("timeline", help="dated releases and price cuts")
    p.add_argument("--db", default="extracted/yanbao.db", metavar="FILE|URL", help=DB_HELP)
    _formats(p)
    p.set_defaults(func=cmd_timeline)

    p = sub.add_parser("chart", help="PNG charts: a model's price history, or releases by vendor")
    p.add_argument("what", choices=["prices", "timeline"], help="a model's price history, or releases by vendor")
    p.add_argument("--model", metavar="M", help="the model (prices)")
    p.add_argument("--vendor", metavar="V", help="one vendor id (timeline)")
    p.add_argument("--out", metavar="FILE.png", help="where to write the chart (default: a name from the chart)")
    p.add_argument("--db", default="extracted/yanbao.db", metavar="FILE|URL", help=DB_HELP)
    p.set_defaults(func=cmd_chart)

    p = sub.add_parser("serve", help="browse and query the database in a browser (datasette, read-only)")
    p.add_argument("--db", default="extracted/yanbao.db", metavar="FILE|URL", help=DB_HELP)
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (default: %(default)s)")
    p.add_argument("--port", type=int, default=8001, help="port to listen on (default: %(default)s)")
    p.set_defaults(func=cmd_serve)

    p = sub.add_parser("samples", help="regenerate the sample reports (default folder: raw/)")
    p.add_argument("folder", nargs="?", default="raw", metavar="DIR", help="where to write them (default: %(default)s)")
    p.set_defaults(func=cmd_samples)

    p = sub.add_parser("schema", help="regenerate schemas/ from the document model")
    p.set_defaults(func=cmd_schema)
    return parser


def main(argv: Optional[Sequence[str]] = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help(sys.stderr)
        return 2
    import logging

    logging.basicConfig(level=logging.DEBUG if args.verbose else logging.WARNING,
                        format="%(levelname)s %(name)s: %(message)s", stream=sys.stderr)
    if getattr(args, "jobs", 1) < 1:
        parser.error("--jobs must be at least 1")
    from .store import StoreError

    try:
        return args.func(args)
    except StoreError as e:  # a database URL that is wrong or does not answer, a file that is no database
        print(f"yanbao {args.command}: error: --db {e}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # `yanbao prices | head`: the reader left, nothing is wrong
        sys.stderr.close()
        return 0


if __name__ == "__main__":
    sys.exit(main())
