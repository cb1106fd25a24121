"""How well the tagger finds models its data files do not know: `python bench/holdout.py`.

A deterministic quarter of data/models.jsonl is held out — removed from the EntityRuler
patterns, the jieba dictionary and the family stems — and the tagger is run on
sentences (our own templates) naming each held-out model by each of its names. A
mention counts as found when a MODEL entity covers exactly its characters — or the
characters of the name without what is not the model's: a vendor written before it
('OpenAI o3' is the vendor and o3) or a generic 大模型/模型 after a Chinese name
('蓝心大模型' is 蓝心). Traditional names are tagged through their simplified form, as
the pipeline does.
"""
from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline import quantities, script, tag  # noqa: E402

TEMPLATES = [
    "2024年5月6日，{vendor}发布了{model}，输入价格为每百万tokens 1元。",
    "{vendor}宣布{model}降价，降幅达80%。",
    "我们认为{model}的推出将加速行业竞争。",
    "据报道，{model}在多项基准测试中超过了GPT-4。",
    "{model}模型已接入多个应用，调用量快速增长。",
]


def held_out(fraction_in: int = 4) -> list[dict]:
    """Every model whose name hashes to 0 mod 4: a stable quarter."""
    models = quantities._jsonl("models.jsonl")
    return [m for m in models if int(hashlib.md5(m["name"].encode()).hexdigest(), 16) % fraction_in == 0]


def vendor_name(vendor_id):
    for v in quantities._jsonl("vendors.jsonl"):
        if v["id"] == vendor_id and v["names"]:
            zh = [n for n in v["names"] if not n.isascii()]
            return (zh or v["names"])[0]
    return "该公司"


def spans(name: str, start: int) -> set[tuple[int, int]]:
    """The spans that name this model: the whole name, or the name without a vendor
    before it or a generic word after it."""
    out = {(start, start + len(name))}
    for v in quantities._jsonl("vendors.jsonl"):
        for vn in v["names"]:
            if name.startswith(vn + " ") or name.startswith(vn) and not vn.isascii():
                out.add((start + len(name) - len(name[len(vn):].lstrip()), start + len(name)))
    for generic in ("大模型", "模型"):
        if name.endswith(generic) and len(name) > len(generic) + 1:
            out.add((start, start + len(name) - len(generic)))
    return out


def evaluate(models: list[dict]) -> dict:
    exclude = tuple(sorted(m["name"] for m in models))
    nlp = tag.load(exclude)
    found = total = 0
    missed = []
    for m in models:
        for name in dict.fromkeys([m["name"]] + m["aliases"]):
            for template in TEMPLATES:
                text = template.format(model=name, vendor=vendor_name(m.get("vendor")))
                start = text.index(name)
                simplified = script.to_simplified(text)[0] if script.detect(text) == "hant" else text
                ents = [e for e in tag.tag_simplified(simplified, None, nlp) if e.label == "MODEL"]
                total += 1
                if any((e.start, e.end) in spans(name, start) for e in ents):
                    found += 1
                else:
                    missed.append(text)
    return {"held_out_models": len(models), "mentions": total, "found": found,
            "rate": round(found / total, 3) if total else 0.0, "missed": missed}


def main() -> None:
    result = evaluate(held_out())
    for text in result["missed"][:40]:
        print("  missed:", text)
    print(json.dumps({k: v for k, v in result.items() if k != "missed"}, ensure_ascii=False))


if __name__ == "__main__":
    main()
