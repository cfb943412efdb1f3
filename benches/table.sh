#!/usr/bin/env bash
# Measures the numbers of README's Performance table in one run, so that they compare:
# readout's first frame with data against csvlens's on the same rows, on a first open and on
# a reopen (from the cache), and the peak memory of `check` and of the browser, at 100k and
# at 1M interactions, then criterion's keys and frames at 100k. readout's first frame with data is its preview of the file's first part
# (`N of N+ interactions · loading…`); its first exact frame (`of 100000 interactions`) comes
# once the whole file is in: both are measured.
#
# Usage: benches/table.sh [WORKDIR] [FIRST_FRAME]
#   WORKDIR      where the synthetic files go (default: a new temporary directory; about 3 GB)
#   FIRST_FRAME  the first-frame script (default: ../shared/tools/first-frame, beside the repo)
# Needs: tmux, csvlens (`cargo install csvlens --locked`), GNU time at /usr/bin/time.
# Set RUNS (default 5) for the runs per first-frame median, SKIP_1M=1 to leave out 1M,
# KEYS=FILTER for some of the keys benchmarks only, SKIP_KEYS=1 for none, SKIP_LOAD=1 for no
# load benchmark.
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$PWD
WORK=${1:-$(mktemp -d)}
FIRST_FRAME=${2:-$ROOT/../shared/tools/first-frame}
RUNS=${RUNS:-5}
mkdir -p "$WORK"
TARGET=${CARGO_TARGET_DIR:-$ROOT/target}

nice -n 10 cargo build --release --quiet --bin readout --example synth
READOUT=$TARGET/release/readout
SYNTH=$TARGET/release/examples/synth
CSVLENS=$(command -v csvlens || echo "$HOME/.cargo/bin/csvlens")

say() { printf '%-62s %s\n' "$1" "$2"; }

# The peak resident size in KiB of a command, from GNU time (its %M is in KiB).
peak() {
  { /usr/bin/time -f 'PEAK %M' "$@" >/dev/null; } 2>&1 | awk '/^PEAK/ { print $2 }'
}

# A peak in KiB as "MB; times the file" (MB = 10^6 bytes; the ratio from the exact sizes).
mem() {
  awk -v kib="$1" -v b="$BYTES" 'BEGIN { printf "%.0f; %.2f", kib * 1024 / 1e6, kib * 1024 / b }'
}

# The browser's peak resident size in KiB: started in tmux at 200x50, left until NEEDLE shows
# and SETTLE seconds more (the search corpus is built behind the first frame: 3 s at 100k,
# 20 s at 1M), then quit with q.
browser_peak() {
  local needle=$1; shift
  local sock="table_$$" out="$WORK/browser.peak"
  rm -f "$out"
  tmux -L "$sock" -f /dev/null new-session -d -s t -x 200 -y 50 \
    "env $* /usr/bin/time -o $out -f %M $READOUT $FILE"
  local waited=0
  until tmux -L "$sock" capture-pane -p -t t | grep -qF "$needle"; do
    sleep 0.1; waited=$((waited + 1))
    [ $waited -lt 1200 ] || { echo "timeout waiting for $needle" >&2; break; }
  done
  sleep "$SETTLE"
  tmux -L "$sock" send-keys -t t q
  for _ in $(seq 50); do [ -s "$out" ] && break; sleep 0.1; done
  tmux -L "$sock" kill-server 2>/dev/null || true
  cat "$out"
}

# The median first frame in ms: the command shows NEEDLE.
frame() {
  local needle=$1; shift
  "$FIRST_FRAME" -x 200 -y 50 -n "$RUNS" "$needle" -- "$@" 2>/dev/null
}

# The same, NEEDLE a regular expression (bash's, matched against each row).
frame_re() {
  local needle=$1; shift
  "$FIRST_FRAME" -x 200 -y 50 -n "$RUNS" -E "$needle" -- "$@" 2>/dev/null
}

# readout's first frame with data: the status line's count, growing (`412 of 412+
# interactions`, a preview) or exact.
DATA_RE=' of [0-9]+\+? interactions'

size_mb() { awk -v b="$(stat -L -c %s "$1")" 'BEGIN { printf "%.0f", b / 1e6 }'; }

for n in 100000 1000000; do
  [ "$n" = 1000000 ] && [ "${SKIP_1M:-}" = 1 ] && continue
  FILE=$WORK/synth-$n.ron
  [ -s "$FILE" ] || nice -n 10 "$SYNTH" --interactions "$n" --actors 2000 --seed 7 > "$FILE"
  MB=$(size_mb "$FILE")
  BYTES=$(stat -L -c %s "$FILE")
  SETTLE=3; [ "$n" = 1000000 ] && SETTLE=20
  echo "== $n interactions: $FILE, $MB MB"
  CACHE=$WORK/cache-$n
  rm -rf "$CACHE"
  export XDG_CACHE_HOME=$CACHE

  if [ "$n" = 100000 ]; then
    CSV=$WORK/synth-$n.csv
    [ -s "$CSV" ] || "$READOUT" export --no-cache --format csv --data "$FILE" > "$CSV"
    # csvlens's first frame: its first row, in file (= date) order.
    first_id=$(sed -n 2p "$CSV" | cut -d, -f1)
    csv_ms=$(frame "$first_id" "$CSVLENS" "$CSV")
    say "first frame, csvlens on the same rows as CSV (ms)" "$csv_ms"
    ratio() { awk -v a="$1" -v b="$csv_ms" 'BEGIN { printf "%.2f", a / b }'; }
    # A first open: a cache directory never used before, made for each run.
    first_open=(sh -c "XDG_CACHE_HOME=\$(mktemp -d -p '$WORK') exec '$READOUT' '$FILE'")
    first_ms=$(frame_re "$DATA_RE" "${first_open[@]}")
    say "first frame with data (preview), first open (ms)" "$first_ms"
    say "  ratio to csvlens (target <= 1)" "$(ratio "$first_ms")"
    exact_ms=$(frame "$n of $n" "${first_open[@]}")
    rm -rf "$WORK"/tmp.*
    say "first exact frame ($n of $n), first open (ms)" "$exact_ms"
    say "  ratio to csvlens" "$(ratio "$exact_ms")"
    nocache_ms=$(frame_re "$DATA_RE" "$READOUT" --no-cache "$FILE")
    say "first frame with data (preview), --no-cache (ms)" "$nocache_ms"
    nocache_exact_ms=$(frame "$n of $n" "$READOUT" --no-cache "$FILE")
    say "first exact frame, --no-cache (ms)" "$nocache_exact_ms"
    "$READOUT" check "$FILE" > /dev/null   # writes the entry
    reopen_ms=$(frame_re "$DATA_RE" "$READOUT" "$FILE")
    say "first frame with data (preview), reopen from the cache (ms)" "$reopen_ms"
    say "  ratio to csvlens (target <= 0.5)" "$(ratio "$reopen_ms")"
    reopen_exact_ms=$(frame "$n of $n" "$READOUT" "$FILE")
    say "first exact frame, reopen from the cache (ms)" "$reopen_exact_ms"
    say "  ratio to csvlens" "$(ratio "$reopen_exact_ms")"
    rm -rf "$CACHE"
  fi

  p=$(peak "$READOUT" check --no-cache "$FILE")
  say "peak, check --no-cache (MB; x file)" "$(mem "$p")"
  p=$(peak "$READOUT" check "$FILE")
  say "peak, check, first open, entry written (MB; x file)" "$(mem "$p")"
  p=$(peak "$READOUT" check "$FILE")
  say "peak, check, reopen from the cache (MB; x file)" "$(mem "$p")"
  ENTRY=$(du -m "$CACHE/readout" | cut -f1)
  say "cache entry (MB)" "$ENTRY"
  p=$(browser_peak "of $n" XDG_CACHE_HOME="$CACHE")
  say "peak, browser, reopen (MB; x file)" "$(mem "$p")"
  rm -rf "$CACHE"
  p=$(browser_peak "of $n" XDG_CACHE_HOME="$CACHE")
  say "peak, browser, first open (MB; x file)" "$(mem "$p")"
  rm -rf "$CACHE"
  if [ "$n" = 1000000 ]; then
    s=$( { /usr/bin/time -f 'T %e' "$READOUT" check "$FILE" >/dev/null; } 2>&1 | awk '/^T/ { print $2 }')
    say "check, first open (s)" "$s"
    s=$( { /usr/bin/time -f 'T %e' "$READOUT" check "$FILE" >/dev/null; } 2>&1 | awk '/^T/ { print $2 }')
    say "check, reopen (s)" "$s"
    rm -rf "$CACHE"
  fi
done

# criterion's output, as one line per benchmark: its name and its median (criterion's change
# from an earlier run, which it prints the same way, is left out).
medians() {
  awk '/time:/ {
         line = $0; sub(/^ +/, "", line)
         if (line ~ /^time:/) { name = prev } else { name = line; sub(/ +time:.*/, "", name) }
         if (name == "change:") next   # the change from an earlier run, not a median
         m = $0; sub(/.*\[/, "", m); split(m, f, " ")
         printf "%-62s %s %s\n", name, f[3], f[4]
       }
       { prev = $0; sub(/^ +/, "", prev) }'
}

# The load at 100k against a bare ron::from_str of the same text, in the same run.
if [ "${SKIP_LOAD:-}" != 1 ]; then
  echo "== load, 100k interactions (criterion medians, cargo bench --bench load)"
  nice -n 10 cargo bench --quiet --bench load -- --noplot 'load/.*/100k' 2>/dev/null | medians
fi

# Keys and frames at 100k: criterion's medians, in the same run. KEYS (a criterion filter,
# default every benchmark) narrows them; SKIP_KEYS=1 leaves them out.
if [ "${SKIP_KEYS:-}" != 1 ]; then
  echo "== keys and frames, 100k interactions (criterion medians, cargo bench --bench keys)"
  nice -n 10 cargo bench --quiet --bench keys -- --warm-up-time 1 --measurement-time 3 --noplot \
    ${KEYS:+"$KEYS"} 2>/dev/null | medians
fi
