#!/usr/bin/env python3
"""Turns the result lines of tools/peers/run.sh into a Markdown table.

    python3 table.py RESULTS CORPUS PASSES RUNS

RESULTS holds one line per tool process,
`tool<TAB>build_s<TAB>best_s<TAB>best_cpu_s<TAB>bytes<TAB>matches`, or
`name<TAB>failed`. A tool run in several processes gets one row with its
best wall time, best CPU time and best build time.
"""

import sys

WHAT = {
    "gazetteer": (
        "dateline `Gazetteer::embedded().find_iter`",
        "whole words, news case rules, diacritic folding, leftmost-longest",
    ),
    "aho-corasick": (
        "aho-corasick (Rust)",
        "plain automaton, LeftmostLongest, ascii_case_insensitive; no word boundaries",
    ),
    "extract": (
        "dateline `extract`",
        "whole pipeline per article: structure, tokens, sentences, gazetteer, "
        "people, places, orgs, quotes",
    ),
    "spacy": (
        "spaCy tokenizer + PhraseMatcher",
        '`spacy.blank("en")` tokenizer per article, PhraseMatcher attr=LOWER; '
        "all matches, overlaps kept",
    ),
    "pyahocorasick": (
        "pyahocorasick",
        "`str.lower()` of the text + `iter_long` (leftmost-longest); no word boundaries",
    ),
    "flashtext": (
        "flashtext",
        "KeywordProcessor(case_sensitive=False): longest match at word boundaries",
    ),
    "compromise-ner": (
        "compromise NLP",
        "`nlp(article)` + `.people()`/`.places()`/`.organizations()`, "
        "its own lexicon, no gazetteer",
    ),
    "compromise-gazetteer": (
        "compromise + names",
        "names added to its lexicon as Place, `nlp(article).places()`",
    ),
}


def main(argv):
    if len(argv) != 5:
        sys.stderr.write(__doc__)
        return 2
    path, corpus, passes, runs = argv[1:]
    best = {}  # tool -> best figures, in first-seen order
    failed = []
    size = None
    with open(path, encoding="utf-8") as f:
        for line in f:
            cols = line.rstrip("\n").split("\t")
            if len(cols) == 2 and cols[1] == "failed":
                failed.append(cols[0])
                continue
            if len(cols) != 6:
                continue
            tool, build, wall, cpu, nbytes, matches = cols
            size = int(nbytes) / 1e6
            build, wall = float(build), float(wall)
            cpu = float(cpu) if cpu not in ("-", "") else None
            b = best.setdefault(
                tool, {"build": build, "wall": wall, "cpu": cpu, "matches": int(matches)}
            )
            b["build"] = min(b["build"], build)
            b["wall"] = min(b["wall"], wall)
            if cpu is not None:
                b["cpu"] = cpu if b["cpu"] is None else min(b["cpu"], cpu)

    def rate(seconds):
        return f"{size / seconds:.2f}" if seconds else "-"

    if size:
        print(
            f"Corpus: {corpus} ({size:.1f} MB); best of {runs} process(es) x {passes} "
            "passes (compromise: fewer passes), one thread per tool."
        )
        print()
    print("| tool | what it does | MB/s | MB/s (CPU time) | matches | build s |")
    print("| --- | --- | ---: | ---: | ---: | ---: |")
    for tool, b in best.items():
        name, what = WHAT.get(tool, (tool, ""))
        print(
            f"| {name} | {what} | {rate(b['wall'])} | {rate(b['cpu'])} "
            f"| {b['matches']:,} | {b['build']:.2f} |"
        )
    for name in failed:
        print(f"| {name} | failed (see stderr) | - | - | - | - |")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
