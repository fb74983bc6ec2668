#!/usr/bin/env bash
# Runs fuzz targets one after another, each for SECONDS (default 600), niced, one worker:
#   fuzz/run.sh [SECONDS] [TARGET...]        (default: every target)
# Logs and final stats go to target/fuzz-logs/<target>.log (under the repository root).
# Extra libFuzzer flags: FUZZ_FLAGS="-use_value_profile=1" fuzz/run.sh 300 form
set -uo pipefail
cd "$(dirname "$0")"
SECS=${1:-600}
shift || true
TARGETS=("$@")
((${#TARGETS[@]})) || TARGETS=(announcements catalogue form dossier deadline lunar_calendar c_abi c_abi_docs)
declare -A MAXLEN=([announcements]=16384 [catalogue]=65536 [form]=16384 [dossier]=8192
  [deadline]=4096 [lunar_calendar]=128 [c_abi]=8192 [c_abi_docs]=16384)
LOGS=../target/fuzz-logs${FUZZ_ROUND:+/$FUZZ_ROUND}
mkdir -p "$LOGS"
for t in "${TARGETS[@]}"; do
  mkdir -p "corpus/$t"
  echo "=== $t: ${SECS}s, started $(date -u +%H:%M:%S)" | tee "$LOGS/$t.log"
  nice -n 10 cargo +nightly fuzz run -O "$t" "corpus/$t" -- \
    -max_total_time="$SECS" -rss_limit_mb=2048 -timeout=5 -max_len="${MAXLEN[$t]:-8192}" \
    -print_final_stats=1 -workers=1 -jobs=1 ${FUZZ_FLAGS:-} >>"$LOGS/$t.log" 2>&1
  rc=$?
  # With -jobs, libFuzzer writes the job's own output to fuzz-0.log in the working directory.
  for f in fuzz-0.log ../fuzz-0.log; do [[ -f $f ]] && cat "$f" >>"$LOGS/$t.log" && rm -f "$f"; done
  echo "=== $t: exit $rc, ended $(date -u +%H:%M:%S)" | tee -a "$LOGS/$t.log"
done
