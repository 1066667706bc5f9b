#!/usr/bin/env bash
# cores.sh: how much faster `timeline dates --jsonl` and `timeline build`
# run on two cores than on one, next to how much faster this machine runs
# two independent one-core processes than one. The second figure is the
# machine's ceiling: cores that share a physical core (hyperthreads), a
# throttled or shared virtual machine, or memory bandwidth keep any program
# below it.
#
# It builds timeline, writes a corpus of MB megabytes (default 20) from the
# TimeML texts with internal/benchcorpus, and then, RUNS times (default 5),
# alternately:
#
#	one:  GOMAXPROCS=1 timeline CMD --jobs 1 corpus.jsonl
#	two:  GOMAXPROCS=2 timeline CMD --jobs 2 corpus.jsonl
#	pair: two copies of "one" at the same time
#
# for CMD in "dates --jsonl", "build --quiet --partial" (documents only),
# "build --quiet --format json" (documents, then merging and writing the
# timeline) and "merge --format json" of the corpus's partial (reading,
# merging and writing; merge has no --jobs, so GOMAXPROCS alone sets its
# cores). From each best wall time it prints the speed-up of two cores (one / two) and the
# machine's ceiling (2 * one / pair), and checks that the output of "two"
# is byte-identical to that of "one". Then it runs "two" once more with an
# execution trace (TIMELINE_TRACE) and prints the mean number of goroutines
# running over it (bench/parallelism): how many cores the program keeps
# busy, which the machine's other work does not change.
#
#	bench/cores.sh                  # needs ../shared/data/timeml
#	MB=50 RUNS=3 bench/cores.sh
#
# Needs Go, GNU time at /usr/bin/time and TimeML files: ../shared/data/timeml,
# which a fresh clone does not have, or TIMEML=PATH. Without them it says so
# and exits 2. Run it on an otherwise idle machine: other work on the
# cores lowers both figures.
set -euo pipefail
cd "$(dirname "$0")/.."

MB=${MB:-20}
RUNS=${RUNS:-5}
TIMEML=${TIMEML:-../shared/data/timeml}

die() {
	echo "cores.sh: $*" >&2
	exit 2
}
[ -d "$TIMEML" ] || die "no TimeML corpus at $TIMEML: the workplace keeps it in ../shared/data/timeml; set TIMEML=PATH to a folder of .tml files"
[ -x /usr/bin/time ] || die "/usr/bin/time not found: install GNU time (apt-get install time)"

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

go build -o "$tmp/timeline" .
(cd bench/parallelism && go build -o "$tmp/parallelism" .)
go run ./internal/benchcorpus -mb "$MB" "$TIMEML" >"$tmp/corpus.jsonl"
echo "corpus: $(stat -c %s "$tmp/corpus.jsonl") bytes; $(nproc) cores; load average $(cut -d' ' -f1-3 /proc/loadavg)"

# wall runs a command and prints its wall seconds.
wall() {
	/usr/bin/time -f '%e' -o "$tmp/time" "$@"
	cat "$tmp/time"
}

# min prints the smaller of two numbers, the first if $1 is empty.
min() {
	if [ -z "$1" ] || awk -v a="$2" -v b="$1" 'BEGIN { exit !(a < b) }'; then echo "$2"; else echo "$1"; fi
}

# The partial that "merge" reads.
GOMAXPROCS=2 "$tmp/timeline" build --quiet --partial -o "$tmp/corpus.partial" "$tmp/corpus.jsonl"

for cmd in "dates --jsonl" "build --quiet --partial" "build --quiet --format json" "merge --format json"; do
	one='' two='' pair=''
	in=$tmp/corpus.jsonl j1='--jobs 1' j2='--jobs 2'
	if [ "${cmd%% *}" = merge ]; then
		in=$tmp/corpus.partial j1='' j2='' # merge has no --jobs: it uses GOMAXPROCS cores
	fi
	for i in $(seq "$RUNS"); do
		# Each run writes a new file: renaming the output over the last
		# run's makes the file system free that file first (64 ms for
		# 8.5 MB here), the same on one core or two.
		rm -f "$tmp/one.out" "$tmp/two.out" "$tmp/pair1.out" "$tmp/pair2.out"
		# shellcheck disable=SC2086 # cmd is words
		one=$(min "$one" "$(GOMAXPROCS=1 wall "$tmp/timeline" $cmd $j1 -o "$tmp/one.out" "$in")")
		# shellcheck disable=SC2086
		two=$(min "$two" "$(GOMAXPROCS=2 wall "$tmp/timeline" $cmd $j2 -o "$tmp/two.out" "$in")")
		start=$(date +%s.%N)
		# shellcheck disable=SC2086
		GOMAXPROCS=1 "$tmp/timeline" $cmd $j1 -o "$tmp/pair1.out" "$in" &
		# shellcheck disable=SC2086
		GOMAXPROCS=1 "$tmp/timeline" $cmd $j1 -o "$tmp/pair2.out" "$in"
		wait
		pair=$(min "$pair" "$(awk -v s="$start" -v e="$(date +%s.%N)" 'BEGIN { printf "%.2f", e - s }')")
		cmp -s "$tmp/one.out" "$tmp/two.out" || die "$cmd: the output of --jobs 2 differs from --jobs 1"
	done
	rm -f "$tmp/two.out"
	# shellcheck disable=SC2086
	TIMELINE_TRACE=$tmp/two.trace GOMAXPROCS=2 "$tmp/timeline" $cmd $j2 -o "$tmp/two.out" "$in"
	busy=$("$tmp/parallelism" -top 0 "$tmp/two.trace" | awk '/^mean/ { print $NF }')
	awk -v c="$cmd" -v one="$one" -v two="$two" -v pair="$pair" -v busy="$busy" 'BEGIN {
		printf "%-22s one core %.2f s, two cores %.2f s: %.2fx; two one-core processes %.2f s: machine ceiling %.2fx; goroutines running on two cores %.2f\n",
			c, one, two, one / two, pair, 2 * one / pair, busy
	}'
done
