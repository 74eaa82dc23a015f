#!/usr/bin/env python3
"""dateline's evaluation gate.

Runs the extract example (release build, already built by .ci/run) on the
reference article and on the evaluation sets in ../shared/eval, scores the
output with ../shared/eval/score.py, prints the figures and fails when any
figure is below its threshold. Nothing it reads or writes is committed: the
inputs and predictions live in a temporary folder.

Usage: python3 .ci/eval.py [--shared DIR] [--bin PATH]
"""
import json
import os
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# (eval set, dotted path into score.py's --json output, minimum). Raised as
# each capability lands; see CHANGELOG.md for the measured figures.
THRESHOLDS = [
    # the JSON contract: every offset valid, one line per input
    ("polnear_dev", "offset_errors.total", ("max", 0)),
    ("conll2003_dev", "offset_errors.total", ("max", 0)),
    ("polnear_dev", "pred_lines.lines", ("eq", 84)),
    ("conll2003_dev", "pred_lines.lines", ("eq", 216)),
    # people (issue gate: PER F1 >= 0.85; just below today's figure)
    ("conll2003_dev", "entities.PER.f1", ("min", 0.915)),  # [0.85]
    # places and organizations (issue gates: LOC F1 >= 0.80, ORG P >= 0.85;
    # just below today's figures)
    ("conll2003_dev", "entities.LOC.f1", ("min", 0.915)),  # [0.80]
    ("conll2003_dev", "entities.ORG.p", ("min", 0.955)),  # [0.85]
    ("conll2003_dev", "entities.ORG.r", ("min", 0.715)),
    # quotes: the gates where they are met (direct recall and
    # precision, speaker accuracy, F1); elsewhere just below today's figures,
    # so that no change makes them worse (issue targets in brackets)
    ("polnear_dev", "quotes.precision_by_pred_kind_strict.direct.precision", ("min", 0.94)),  # [0.90]
    ("polnear_dev", "quotes.speaker_strict.accuracy", ("min", 0.96)),  # [0.85]
    ("polnear_dev", "quotes.recall_by_gold_type_strict.direct.recall", ("min", 0.97)),  # [0.97]
    ("polnear_dev", "quotes.recall_by_gold_type_strict.mixed.recall", ("min", 0.67)),  # [0.75]
    ("polnear_dev", "quotes.recall_by_gold_type_strict.indirect.recall", ("min", 0.385)),
    ("polnear_dev", "quotes.strict.f1", ("min", 0.65)),  # [0.65]
]


def dig(obj, path):
    for key in path.split("."):
        obj = obj[key]
    return obj


def make_input(gold_path, tmp, name):
    """The gold file with only id and text, as dateline is meant to see it."""
    inp = os.path.join(tmp, name + ".input.jsonl")
    with open(gold_path, encoding="utf-8") as f, open(inp, "w", encoding="utf-8") as out:
        for line in f:
            if line.strip():
                d = json.loads(line)
                out.write(json.dumps({"id": d["id"], "text": d["text"]}, ensure_ascii=False) + "\n")
    return inp


def run_extract(binary, inp, pred, threads=2):
    with open(inp, "rb") as i, open(pred, "wb") as o:
        subprocess.run([binary, "--jsonl", "--threads", str(threads)], stdin=i, stdout=o,
                       check=True)
    return pred


def main(argv):
    shared = os.path.join(ROOT, "..", "shared")
    binary = os.path.join(ROOT, "target", "release", "examples", "extract")
    args = list(argv)
    while args:
        a = args.pop(0)
        if a == "--shared":
            shared = args.pop(0)
        elif a == "--bin":
            binary = args.pop(0)
        else:
            print(__doc__, file=sys.stderr)
            return 2
    eval_dir = os.path.join(shared, "eval")
    score_py = os.path.join(eval_dir, "score.py")
    if not os.path.exists(score_py):
        print(f"eval: {eval_dir} not found, skipping the evaluation gate")
        return 0

    # The reference article: the seed checks live in tests/seed.rs; here we
    # only confirm the example runs on it and its output parses.
    seed = subprocess.run([binary, os.path.join(ROOT, "examples", "data", "sarajevo.txt")],
                          check=True, capture_output=True)
    doc = json.loads(seed.stdout)
    assert doc["date"] == "2023-11-20" and doc["dateline"]["text"] == "SARAJEVO", doc

    results = {}
    with tempfile.TemporaryDirectory(prefix="dateline-eval-") as tmp:
        for name in ("polnear_dev", "conll2003_dev"):
            gold = os.path.join(eval_dir, name + ".jsonl")
            inp = make_input(gold, tmp, name)
            pred = run_extract(binary, inp, os.path.join(tmp, name + ".pred.jsonl"))
            out = subprocess.run([sys.executable, score_py, gold, pred, "--json"],
                                 check=True, capture_output=True, text=True)
            results[name] = json.loads(out.stdout)
            table = subprocess.run([sys.executable, score_py, gold, pred],
                                   check=True, capture_output=True, text=True)
            print(table.stdout)

        # Batches on several threads give byte-identical output, in order.
        train = os.path.join(eval_dir, "polnear_train.jsonl")
        same_output = True
        if os.path.exists(train):
            inp = make_input(train, tmp, "polnear_train")
            one = run_extract(binary, inp, os.path.join(tmp, "train.t1.jsonl"), threads=1)
            two = run_extract(binary, inp, os.path.join(tmp, "train.t2.jsonl"), threads=2)
            with open(one, "rb") as a, open(two, "rb") as b:
                same_output = a.read() == b.read()

    failed = []
    print(("ok  " if same_output else "FAIL") + " polnear_train: --threads 2 output == --threads 1")
    if not same_output:
        failed.append("polnear_train threads")
    for name, path, (op, bound) in THRESHOLDS:
        value = dig(results[name], path)
        ok = {"min": value >= bound, "max": value <= bound, "eq": value == bound}[op]
        mark = "ok  " if ok else "FAIL"
        print(f"{mark} {name} {path} = {value} ({op} {bound})")
        if not ok:
            failed.append(f"{name} {path}")
    if failed:
        print(f"eval: {len(failed)} gate(s) failed: {', '.join(failed)}")
        return 1
    print(f"eval: {len(THRESHOLDS) + 1} passed, 0 failed")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
