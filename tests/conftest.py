import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(Path(__file__).resolve().parent))

needs_shared = pytest.mark.skipif(not (SHARED / "gold").is_dir(), reason="../shared is not present")


def one_page_doc(text: str):
    """A Document of one page holding `text`, as a family's tests feed its `find` a sentence or two."""
    from pipeline.document import Document, Page, Source

    doc = Document(doc_id="t", source=Source(path="t.txt", sha256="0" * 64, format="txt", pages=1, size=1))
    doc.pages = [Page(number=1, text=text)]
    return doc


@pytest.fixture(scope="session")
def sample_dir(tmp_path_factory):
    """raw/'s sample reports, generated afresh for the session."""
    from pipeline import samples

    folder = tmp_path_factory.mktemp("samples")
    samples.write_all(folder)
    return folder


@pytest.fixture(scope="session")
def sample_pdf(sample_dir):
    return sample_dir / "broker_api_price_war.pdf"


@pytest.fixture(scope="session")
def sample_doc(sample_pdf):
    from pipeline.ingest import read_document

    return read_document(sample_pdf)


def run_cli(*args, stdin=None, cwd=None):
    """Run the real console entry point in a subprocess, as a user would."""
    import subprocess

    env = dict(os.environ, PYTHONPATH=str(ROOT))
    return subprocess.run([sys.executable, "-m", "pipeline", *map(str, args)], input=stdin,
                          capture_output=True, text=True, cwd=cwd or ROOT, env=env, timeout=600)


@pytest.fixture(scope="session")
def company_pdf(tmp_path_factory):
    """The generated company report (statements, forecast and comparables, borderless)."""
    from pipeline.samples_company import company_report_pdf

    return company_report_pdf(tmp_path_factory.mktemp("company") / "company.pdf")


@pytest.fixture(scope="session")
def company_doc(company_pdf):
    from pipeline.ingest import read_document

    return read_document(company_pdf)


# ----------------------------------------------------------------------------- PostgreSQL
@pytest.fixture(scope="session")
def postgres_server():
    """A PostgreSQL server's URL: the one `.ci/run` started (YANBAO_TEST_POSTGRES), or a
    private one started here in a temporary folder and stopped at the end. Tests that
    need it skip, saying why, where neither can be had."""
    try:
        import psycopg  # noqa: F401
    except ImportError:
        pytest.skip("PostgreSQL tests need psycopg: pip install -e '.[test,postgres]'")
    url = os.environ.get("YANBAO_TEST_POSTGRES")
    if url:
        yield url
        return
    import tempfile

    import postgres_server

    folder = tempfile.mkdtemp(prefix="yanbao-pg-")
    try:
        url = postgres_server.start(folder)
    except RuntimeError as e:
        postgres_server.stop(folder)
        pytest.skip(f"no PostgreSQL server for the tests: {e}")
    yield url
    postgres_server.stop(folder)


@pytest.fixture
def postgres_db(postgres_server):
    """A new, empty database on the test server for one test (dropped after it)."""
    import uuid

    import psycopg

    name = f"yanbao_test_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(postgres_server, autocommit=True) as admin:
        admin.execute(f"CREATE DATABASE {name}")
    yield postgres_server.rsplit("/", 1)[0] + "/" + name
    with psycopg.connect(postgres_server, autocommit=True) as admin:
        admin.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


# ----------------------------------------------------------------------------- the checkout stays as it was
def _checkout_state():
    """What the suite must not change: the checkout's extracted/ folder and raw/."""
    state = {}
    for folder in ("extracted", "raw"):
        base = ROOT / folder
        if base.is_dir():
            for p in sorted(base.rglob("*")):
                if p.is_file():
                    state[str(p.relative_to(ROOT))] = p.stat().st_size
    return state


def pytest_sessionstart(session):
    session.config._yanbao_checkout = _checkout_state()


def pytest_sessionfinish(session, exitstatus):
    before = getattr(session.config, "_yanbao_checkout", None)
    if before is None:
        return
    after = _checkout_state()
    if after != before:
        changed = sorted(set(after.items()) ^ set(before.items()))
        session.config.pluginmanager.get_plugin("terminalreporter").write_line(
            f"the test suite changed the checkout (it must write only to temporary folders): {changed[:5]}", red=True)
        session.exitstatus = 1
