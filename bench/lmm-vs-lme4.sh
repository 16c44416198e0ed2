#!/usr/bin/env bash
# Side by side: Alliance's mixed-model engine (./alliance lmm-bench) and lme4's lmer() on the same
# synthetic files, on this machine, one after the other, with the load average before and after.
#
#   bench/lmm-vs-lme4.sh            # both designs: crossed (InstEval's shape) and therapy (1M rows)
#   bench/lmm-vs-lme4.sh crossed    # or therapy
#
# Needs R with lme4 (Debian: apt-get install -y r-cran-lme4). Fit seconds exclude reading the CSV on
# both sides; "whole run" is each command from start to exit (JVM or R start, data generation or
# reading, all fits) with its peak resident memory from /usr/bin/time. Keeps its files in
# $BENCH_DIR (default: a new temporary directory).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
designs=("$@")
[ "${#designs[@]}" -eq 0 ] && designs=(crossed therapy)
dir="${BENCH_DIR:-$(mktemp -d /tmp/lmm-vs-lme4.XXXXXX)}"
mkdir -p "$dir"
command -v Rscript >/dev/null || { echo "needs Rscript with lme4 (apt-get install -y r-cran-lme4)" >&2; exit 1; }
"$here/alliance" --version >/dev/null 2>&1 || true   # builds the jar once if needed, outside the timings
peak() { awk -F': ' '/Maximum resident set size/ {printf "%.0f MB", $2 / 1024}' "$1"; }
wall() { awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$1"; }
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/Mem:/ {print $2}') GiB;" \
  "$(java -version 2>&1 | head -1); R $(Rscript -e 'cat(as.character(getRversion()))'), lme4 $(Rscript -e 'cat(as.character(packageVersion("lme4")))')"
for design in "${designs[@]}"; do
  echo
  echo "== $design   load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
  /usr/bin/time -v "$here/alliance" lmm-bench --design "$design" --out "$dir" >"$dir/alliance-$design.txt" 2>"$dir/alliance-$design.time"
  file="$(awk '/^generated / {print $2}' "$dir/alliance-$design.txt")"
  /usr/bin/time -v Rscript "$here/bench/lme4-timings.R" "$design" "$file" >"$dir/lme4-$design.txt" 2>"$dir/lme4-$design.time"
  echo "   load average after:  $(cut -d' ' -f1-3 /proc/loadavg)"
  printf '| %-48s | %-4s | %9s | %9s | %7s | %17s | %17s |\n' model crit "Alliance s" "lme4 s" "ratio" "logLik Alliance" "logLik lme4"
  printf '|%s|\n' "--------------------------------------------------|------|-----------|-----------|---------|-------------------|-------------------"
  while IFS=';' read -r formula criterion seconds loglik evaluations message; do
    ours="$(awk -v f="$formula" -v c="$criterion" 'index($0, f) == 1 && $0 ~ (" " c " ") {print}' "$dir/alliance-$design.txt" | head -1)"
    fit="$(echo "$ours" | awk '{print $(NF-4)}')"
    ourlik="$(echo "$ours" | awk '{print $(NF-1)}')"
    ratio="$(awk -v a="$fit" -v b="$seconds" 'BEGIN {printf "%.1f×", b / a}')"
    printf '| %-48s | %-4s | %9s | %9s | %7s | %17s | %17s |%s\n' "$formula" "$criterion" "$fit" "$seconds" "$ratio" "$ourlik" "$loglik" \
      "${message:+ lme4: $message}"
  done <"$dir/lme4-$design.txt"
  echo "whole run: Alliance $(wall "$dir/alliance-$design.time"), peak $(peak "$dir/alliance-$design.time");" \
    "lme4 (R start, read.csv, fits) $(wall "$dir/lme4-$design.time"), peak $(peak "$dir/lme4-$design.time")"
done
echo
echo "files and raw output in $dir"
