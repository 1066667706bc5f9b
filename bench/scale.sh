#!/usr/bin/env bash
# scale.sh: time and peak memory of the streaming commands as the corpus
# grows, and of one document as it grows.
#
# For each size in SIZES (megabytes; default "10 100 1000") it writes a
# JSON-lines corpus from the TimeML texts (internal/benchcorpus) into a
# temporary folder and runs, with --jobs JOBS (default 1),
#
#	timeline dates --jsonl corpus.jsonl
#	timeline build --partial corpus.jsonl
#
# then deletes the corpus. Then it repeats the seed article
# (testdata/geneva-2016-08-26.txt, whole copies) into one document of
# each size in DOCSIZES (default "10 50") and runs
#
#	timeline dates --published 2016-08-26 document.txt
#
# Each run is timed once with /usr/bin/time; output goes to /dev/null. It
# prints one table row per run: wall seconds, CPU seconds (user + sys),
# MB/s of CPU time and peak RSS. Cost linear in size shows as the same MB/s
# on every row of a command; flat memory as the same peak RSS.
#
#	bench/scale.sh                          # needs ../shared/data/timeml; the 1 GB runs take minutes
#	SIZES="10 100" DOCSIZES=10 bench/scale.sh
#
# Needs Go, GNU time at /usr/bin/time, free space in TMPDIR (default /tmp)
# for the largest corpus, and TimeML files: ../shared/data/timeml, which a
# fresh clone does not have, or TIMEML=PATH. Without them it says so and
# exits 2.
set -euo pipefail
cd "$(dirname "$0")/.."

SIZES=${SIZES-10 100 1000}
DOCSIZES=${DOCSIZES-10 50}
JOBS=${JOBS:-1}
TIMEML=${TIMEML:-../shared/data/timeml}
SEED=testdata/geneva-2016-08-26.txt

die() {
	echo "scale.sh: $*" >&2
	exit 2
}
[ -d "$TIMEML" ] || die "no TimeML corpus at $TIMEML: the workplace keeps it in ../shared/data/timeml; set TIMEML=PATH to a folder of .tml files"
[ -x /usr/bin/time ] || die "/usr/bin/time not found: install GNU time (apt-get install time)"
[ -f "$SEED" ] || die "no seed article at $SEED"

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
go build -o "$tmp/timeline" .

# run FILE WHAT ARGS... runs timeline ARGS on FILE once and prints a row.
run() {
	local file=$1 what=$2
	shift 2
	local bytes
	bytes=$(stat -c %s "$file")
	/usr/bin/time -f '%e %U %S %M' -o "$tmp/time" "$tmp/timeline" "$@" "$file" >/dev/null
	awk -v what="$what" -v bytes="$bytes" '{
		cpu = $2 + $3
		printf "| %-40s | %7.1f | %7.1f | %7.1f | %6.1f | %4.0f |\n", what, bytes / 1e6, $1, cpu, bytes / 1e6 / cpu, $4 / 1024
	}' "$tmp/time"
}

echo "timeline $(git describe --always --dirty 2>/dev/null || echo "(not a git checkout)"), --jobs $JOBS, $(nproc) cores"
echo "| command | MB | s | CPU s | MB/s (CPU) | peak RSS MB |"
echo "|---|---|---|---|---|---|"
for mb in $SIZES; do
	go run ./internal/benchcorpus -mb "$mb" "$TIMEML" >"$tmp/corpus.jsonl"
	run "$tmp/corpus.jsonl" "dates --jsonl, $mb MB corpus" dates --jsonl --quiet --jobs "$JOBS"
	run "$tmp/corpus.jsonl" "build --partial, $mb MB corpus" build --partial --quiet --jobs "$JOBS"
	rm -f "$tmp/corpus.jsonl"
done
for mb in $DOCSIZES; do
	size=$((mb * 1000000))
	: >"$tmp/doc.txt"
	while [ "$(stat -c %s "$tmp/doc.txt")" -lt "$size" ]; do
		cat "$SEED" "$SEED" "$SEED" "$SEED" "$SEED" "$SEED" "$SEED" "$SEED" >>"$tmp/doc.txt"
	done
	run "$tmp/doc.txt" "dates FILE, one $mb MB document" dates --published 2016-08-26
	rm -f "$tmp/doc.txt"
done
