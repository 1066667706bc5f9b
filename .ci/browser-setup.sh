#!/usr/bin/env bash
# Installs what the browser tests of ./render need, when it is missing, and
# prints the environment they read as export lines:
#
#	eval "$(.ci/browser-setup.sh)"
#	go test ./render -run Browser -v
#
# - Chromium: $CHROMIUM if set, else /usr/bin/chromium, else apt-get install
#   chromium (after apt-get update; through sudo when not root).
# - TimelineJS: the npm package @knight-lab/timelinejs, installed with
#   npm install --prefix into $TIMELINEJS_DIR (default
#   ${XDG_CACHE_HOME:-$HOME/.cache}/timeline-test/timelinejs) unless it is
#   there already. npm itself comes from apt-get (package npm) when missing.
#   TIMELINEJS_VERSION picks the version (default: the one the tests were
#   written against).
#
# Progress goes to standard error; standard output holds only the export
# lines. The script installs nothing that is present, so a second run is
# quick and works offline.
set -euo pipefail

timelinejs_version=${TIMELINEJS_VERSION:-3.9.11}
timelinejs_dir=${TIMELINEJS_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/timeline-test/timelinejs}
chromium=${CHROMIUM:-/usr/bin/chromium}

log() { echo "browser-setup: $*" >&2; }

apt_updated=
apt_install() {
	local sudo=
	if [ "$(id -u)" -ne 0 ]; then
		if ! command -v sudo >/dev/null; then
			log "need root or sudo to apt-get install $*"
			exit 1
		fi
		sudo=sudo
	fi
	if [ -z "$apt_updated" ]; then
		log "apt-get update"
		$sudo env DEBIAN_FRONTEND=noninteractive apt-get update -q >&2
		apt_updated=1
	fi
	log "apt-get install $*"
	$sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "$@" >&2
}

if [ ! -x "$chromium" ]; then
	apt_install chromium
	chromium=/usr/bin/chromium
	if [ ! -x "$chromium" ]; then
		log "apt-get installed chromium, but there is no $chromium"
		exit 1
	fi
fi
log "chromium: $chromium ($("$chromium" --version 2>/dev/null || echo "version unknown"))"

package_json=$timelinejs_dir/node_modules/@knight-lab/timelinejs/package.json
if [ ! -f "$timelinejs_dir/node_modules/@knight-lab/timelinejs/dist/js/timeline.js" ]; then
	if ! command -v npm >/dev/null; then
		apt_install npm
	fi
	mkdir -p "$timelinejs_dir"
	log "npm install --prefix $timelinejs_dir @knight-lab/timelinejs@$timelinejs_version"
	npm install --prefix "$timelinejs_dir" --no-audit --no-fund --loglevel=error \
		"@knight-lab/timelinejs@$timelinejs_version" >&2
fi
log "timelinejs: $timelinejs_dir ($(sed -n 's/^ *"version": *"\([^"]*\)".*/\1/p' "$package_json" | head -n 1))"

printf 'export CHROMIUM=%q\n' "$chromium"
printf 'export TIMELINEJS_DIR=%q\n' "$timelinejs_dir"
