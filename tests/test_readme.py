"""The README's marked examples (`<!-- example -->`) print what the commands print now:
`python bench/readme_examples.py --write` regenerates them from real runs."""
import importlib.util

from conftest import ROOT


def test_readme_examples_are_what_the_commands_print():
    spec = importlib.util.spec_from_file_location("readme_examples", ROOT / "bench" / "readme_examples.py")
    examples = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(examples)
    text = (ROOT / "README.md").read_text("utf-8")
    assert text.count(examples.MARK) >= 5
    fresh = examples.run_examples(text)
    assert fresh == text, "README examples are stale: run python bench/readme_examples.py --write"
