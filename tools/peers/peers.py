#!/usr/bin/env python3
"""Python peers of dateline's gazetteer matcher, timed on a corpus.

    python3 peers.py TOOL GAZETTEER_TSV CORPUS [PASSES]

TOOL is one of `spacy`, `pyahocorasick`, `flashtext`. Every tool gets the
same patterns: every name and alias of the gazetteer TSV (8 columns, `#`
comment lines, optional `id\tname...` header, aliases `|`-separated), each
distinct string once. Building the matcher is timed apart from matching;
matching runs PASSES times (default 3) and the fastest pass is reported, on
one thread, by the wall clock and by this thread's CPU time. Prints one line:

    tool<TAB>build_s<TAB>best_s<TAB>best_cpu_s<TAB>bytes<TAB>matches

(bytes = UTF-8 size of the corpus), which run.sh turns into the table.
"""

import sys
import time


def load_names(path):
    """Every name and alias in the gazetteer TSV, each distinct string once,
    in file order."""
    seen = set()
    names = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n").rstrip("\r")
            if not line or line.startswith("#") or line.startswith("id\tname"):
                continue
            cols = line.split("\t")
            if len(cols) < 2:
                continue
            candidates = [cols[1]]
            if len(cols) > 7 and cols[7]:
                candidates.extend(cols[7].split("|"))
            for name in candidates:
                if name and name not in seen:
                    seen.add(name)
                    names.append(name)
    return names


def articles(corpus):
    """The corpus cut into articles at its `date YYYY-MM-DD` header lines
    (as examples/throughput.rs does)."""
    out = []
    start = 0
    at = corpus.find("\ndate ")
    while at != -1:
        if at + 1 > start:
            out.append(corpus[start : at + 1])
        start = at + 1
        at = corpus.find("\ndate ", start)
    out.append(corpus[start:])
    return out


def best_of(passes, f):
    """The fastest pass by the wall clock, the smallest CPU time of a pass
    (this thread's, so waiting for a busy core does not count), and what
    the last pass returned."""
    best = best_cpu = float("inf")
    result = None
    for _ in range(passes):
        cpu = time.thread_time()
        start = time.perf_counter()
        result = f()
        best = min(best, time.perf_counter() - start)
        best_cpu = min(best_cpu, time.thread_time() - cpu)
    return best, best_cpu, result


def build_spacy(names, corpus):
    import spacy
    from spacy.matcher import PhraseMatcher

    # Blank English pipeline: the rule-based tokenizer only, no model.
    nlp = spacy.blank("en")
    # LOWER: case-insensitive on spaCy's tokens, like the other baselines.
    matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
    matcher.add("GAZETTEER", list(nlp.tokenizer.pipe(names, batch_size=1000)))
    # make_doc refuses texts over nlp.max_length (1,000,000 chars), and
    # documents are articles anyway: tokenize and match article by article.
    docs = articles(corpus)

    def run():
        found = 0
        for doc in nlp.tokenizer.pipe(docs, batch_size=64):
            found += len(matcher(doc))
        return found

    return run


def build_pyahocorasick(names, corpus):
    import ahocorasick

    automaton = ahocorasick.Automaton()
    for name in names:
        key = name.lower()
        automaton.add_word(key, len(key))
    automaton.make_automaton()

    def run():
        # Case-insensitive by lower-casing the text (inside the timing):
        # pyahocorasick has no case-insensitive mode. iter_long is its
        # leftmost-longest, non-overlapping search.
        return sum(1 for _ in automaton.iter_long(corpus.lower()))

    return run


def build_flashtext(names, corpus):
    from flashtext import KeywordProcessor

    processor = KeywordProcessor(case_sensitive=False)
    for name in names:
        processor.add_keyword(name)

    def run():
        return len(processor.extract_keywords(corpus))

    return run


TOOLS = {
    "spacy": build_spacy,
    "pyahocorasick": build_pyahocorasick,
    "flashtext": build_flashtext,
}


def main(argv):
    if len(argv) not in (4, 5) or argv[1] not in TOOLS:
        sys.stderr.write(__doc__)
        return 2
    tool, tsv, corpus_path = argv[1], argv[2], argv[3]
    passes = int(argv[4]) if len(argv) == 5 else 3
    names = load_names(tsv)
    with open(corpus_path, encoding="utf-8") as f:
        corpus = f.read()
    start = time.perf_counter()
    run = TOOLS[tool](names, corpus)
    build = time.perf_counter() - start
    best, best_cpu, matches = best_of(passes, run)
    sys.stderr.write(f"{tool}: {len(names)} patterns\n")
    print(f"{tool}\t{build:.6f}\t{best:.6f}\t{best_cpu:.6f}\t{len(corpus.encode('utf-8'))}\t{matches}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
