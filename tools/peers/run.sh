#!/usr/bin/env bash
# Peer comparison: the same corpus and the same gazetteer names through
# dateline and through spaCy, pyahocorasick, flashtext and compromise,
# printed as a Markdown table of MB/s. See tools/peers/README.md.
#
#   tools/peers/run.sh [CORPUS]
#
# CORPUS defaults to $DATELINE_BENCH_CORPUS, then ../shared/corpus/senate/corpus.txt
# (relative to the repository root). Environment:
#   PEERS_PASSES=3             timed passes per tool process (the best is reported)
#   PEERS_RUNS=1               processes per tool (the best of all is reported)
#   PEERS_COMPROMISE_PASSES=1  passes for compromise (slow: minutes per pass)
#   PEERS_SKIP="a b"           tools to leave out: dateline spacy pyahocorasick
#                              flashtext compromise
#   PEERS_CPU=N                pin every tool to CPU N with taskset
#   PYTHON=python3             interpreter used to create the virtualenv
#
# Installs what is missing first: a virtualenv in tools/peers/.venv from
# requirements.txt (PyPI) and compromise in tools/peers/node_modules from
# package-lock.json (npm). Each tool runs in its own process, single-threaded;
# building its matcher is timed apart from matching.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
cd "$root"

corpus="${1:-${DATELINE_BENCH_CORPUS:-../shared/corpus/senate/corpus.txt}}"
gazetteer="src/data/gazetteer.tsv"
passes="${PEERS_PASSES:-3}"
compromise_passes="${PEERS_COMPROMISE_PASSES:-1}"
runs="${PEERS_RUNS:-1}"
skip=" ${PEERS_SKIP:-} "
python="${PYTHON:-python3}"

if [[ ! -r "$corpus" ]]; then
    echo "run.sh: cannot read the corpus $corpus (pass a path or set DATELINE_BENCH_CORPUS)" >&2
    exit 2
fi
corpus="$(cd "$(dirname "$corpus")" && pwd)/$(basename "$corpus")"

wanted() { [[ "$skip" != *" $1 "* ]]; }

# One thread everywhere (numpy/blis under spaCy would otherwise spawn more).
export OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 MKL_NUM_THREADS=1 BLIS_NUM_THREADS=1
pin=()
if [[ -n "${PEERS_CPU:-}" ]]; then
    pin=(taskset -c "$PEERS_CPU")
fi

# --- install what is missing --------------------------------------------------
venv="$here/.venv"
if wanted spacy || wanted pyahocorasick || wanted flashtext; then
    if [[ ! -x "$venv/bin/python" ]] ||
        ! "$venv/bin/python" -c 'import spacy, ahocorasick, flashtext' 2>/dev/null; then
        echo "run.sh: installing the Python peers into $venv" >&2
        "$python" -m venv "$venv"
        "$venv/bin/pip" install --quiet -r "$here/requirements.txt" >&2
    fi
fi
if wanted compromise && [[ ! -d "$here/node_modules/compromise" ]]; then
    echo "run.sh: installing compromise into $here/node_modules" >&2
    (cd "$here" && npm ci --no-audit --no-fund --loglevel=error >&2)
fi
if wanted dateline; then
    cargo build --quiet --release --example throughput >&2
fi

# --- measure -----------------------------------------------------------------
results="$(mktemp)"
trap 'rm -f "$results"' EXIT

run() { # name command...
    local name="$1" i
    shift
    for ((i = 1; i <= runs; i++)); do
        echo "run.sh: $name ($i/$runs) ..." >&2
        if ! "${pin[@]}" "$@" >>"$results"; then
            echo "run.sh: $name failed" >&2
            printf '%s\tfailed\n' "$name" >>"$results"
        fi
    done
}

if wanted dateline; then
    for m in gazetteer aho-corasick extract; do
        run "dateline $m" target/release/examples/throughput "$corpus" \
            --only "$m" --passes "$passes" --tsv
    done
fi
for tool in spacy pyahocorasick flashtext; do
    if wanted "$tool"; then
        run "$tool" "$venv/bin/python" "$here/peers.py" "$tool" "$gazetteer" "$corpus" "$passes"
    fi
done
if wanted compromise; then
    for mode in ner gazetteer; do
        run "compromise $mode" node "$here/compromise.mjs" "$mode" "$gazetteer" "$corpus" \
            "$compromise_passes"
    done
fi

# --- table -------------------------------------------------------------------
python3 "$here/table.py" "$results" "$corpus" "$passes" "$runs"
