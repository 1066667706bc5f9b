#!/usr/bin/env bash
# compare.sh: `timeline dates --jsonl` and chrono-node side by side, on one
# JSON-lines news corpus, in one run.
#
# It builds timeline, installs chrono-node 2.10.3 (bench/chrono/package.json,
# into bench/chrono/node_modules), writes a corpus of MB megabytes (default
# 20) from the TimeML texts with internal/benchcorpus, then runs
#
#	GOMAXPROCS=1 timeline dates --jsonl --jobs 1 corpus.jsonl
#	node bench/chrono/tag.js corpus.jsonl
#
# alternately, RUNS times each (default 5), under /usr/bin/time. Both read
# the same lines, tag every text against its publication date and write one
# JSON line per document. It prints the CPU time (user + sys, start-up
# included) of every run, then, from each tool's best run, MB/s of CPU time
# and the ratio.
#
#	bench/compare.sh                 # needs ../shared/data/timeml
#	TIMEML=path/to/tml MB=50 RUNS=3 bench/compare.sh
#	WHEN=1 bench/compare.sh          # also olebedev/when (bench/when), once: it takes minutes
#
# Needs Go, Node.js with npm (and the npm registry, the first time), GNU time
# at /usr/bin/time, and TimeML files: ../shared/data/timeml, which a fresh
# clone does not have, or TIMEML=PATH. Without them it says so and exits 2.
set -euo pipefail
cd "$(dirname "$0")/.."

MB=${MB:-20}
RUNS=${RUNS:-5}
WHEN=${WHEN:-}
TIMEML=${TIMEML:-../shared/data/timeml}

die() {
	echo "compare.sh: $*" >&2
	exit 2
}
[ -d "$TIMEML" ] || die "no TimeML corpus at $TIMEML: the workplace keeps it in ../shared/data/timeml; set TIMEML=PATH to a folder of .tml files"
command -v node >/dev/null || die "node not found: install Node.js (18 or later) with npm"
command -v npm >/dev/null || die "npm not found: install npm"
[ -x /usr/bin/time ] || die "/usr/bin/time not found: install GNU time (apt-get install time)"

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

go build -o "$tmp/timeline" .
[ -z "$WHEN" ] || go build -o "$tmp/when" ./bench/when
(cd bench/chrono && npm ci --no-audit --no-fund --silent)
go run ./internal/benchcorpus -mb "$MB" "$TIMEML" >"$tmp/corpus.jsonl"
bytes=$(stat -c %s "$tmp/corpus.jsonl")
echo "corpus: $bytes bytes, $(wc -l <"$tmp/corpus.jsonl") documents; node $(node --version), chrono-node $(node -p 'require("./bench/chrono/node_modules/chrono-node/package.json").version')"

# cpu runs a command with its output in $tmp/NAME.out and prints its CPU
# seconds (user + sys) and its peak RSS in KB.
cpu() {
	local name=$1
	shift
	/usr/bin/time -f '%U %S %M' -o "$tmp/time" "$@" <"$tmp/corpus.jsonl" >"$tmp/$name.out"
	awk '{printf "%.2f %d\n", $1 + $2, $3}' "$tmp/time"
}

best_tl=
best_ch=
for i in $(seq "$RUNS"); do
	read -r tl rss_tl < <(GOMAXPROCS=1 cpu timeline "$tmp/timeline" dates --jsonl --jobs 1 --quiet -)
	read -r ch rss_ch < <(cpu chrono node bench/chrono/tag.js -)
	printf 'run %d: timeline %5.2f s CPU (%d KB peak RSS), chrono-node %5.2f s CPU (%d KB peak RSS)\n' "$i" "$tl" "$rss_tl" "$ch" "$rss_ch"
	best_tl=$(awk -v a="$tl" -v b="$best_tl" 'BEGIN { print (b == "" || a < b) ? a : b }')
	best_ch=$(awk -v a="$ch" -v b="$best_ch" 'BEGIN { print (b == "" || a < b) ? a : b }')
done

for name in timeline chrono; do
	lines=$(wc -l <"$tmp/$name.out")
	[ "$lines" -eq "$(wc -l <"$tmp/corpus.jsonl")" ] || die "$name wrote $lines lines for $(wc -l <"$tmp/corpus.jsonl") documents"
done
echo "mentions: timeline $(grep -o '"start":' "$tmp/timeline.out" | wc -l), chrono-node $(grep -o '"start":' "$tmp/chrono.out" | wc -l)"

awk -v bytes="$bytes" -v tl="$best_tl" -v ch="$best_ch" 'BEGIN {
	printf "best of %d: timeline dates --jsonl (GOMAXPROCS=1) %.1f MB/s of CPU time, chrono-node %.1f MB/s, ratio %.2fx\n",
		'"$RUNS"', bytes / 1e6 / tl, bytes / 1e6 / ch, ch / tl
}'

if [ -n "$WHEN" ]; then
	read -r wh rss_wh < <(GOMAXPROCS=1 cpu when "$tmp/when" -)
	awk -v bytes="$bytes" -v tl="$best_tl" -v wh="$wh" -v rss="$rss_wh" -v n="$(grep -o '"start":' "$tmp/when.out" | wc -l)" 'BEGIN {
		printf "olebedev/when (one run, GOMAXPROCS=1): %.2f s CPU, %.2f MB/s, %d KB peak RSS, %d mentions; timeline is %.0fx faster\n",
			wh, bytes / 1e6 / wh, rss, n, wh / tl
	}'
fi
