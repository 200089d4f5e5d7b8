#!/bin/sh
# f-cliux33 held-out CLI scenarios: ./run.sh VEILLE_COMMAND [TREE]
# Builds a fresh data directory from inputs/ (written by us, CC0), runs each scenario,
# compares its exit status and output with what is expected, prints PASS/FAIL per
# scenario and "score: k/N".
V=${1:?give the veille command, e.g. /work/vbin-f-cliux33}
HERE=$(cd "$(dirname "$0")" && pwd)
TREE=${2:-$(cd "$HERE/../../../.." && pwd)}
IN=$HERE/inputs
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
export VEILLE_DATA_DIR=$WORK/data
unset VEILLE_FETCH_ALLOW VEILLE_SMTP_HOST
pass=0; total=0

# check NAME RC MUST MUSTNOT CMD... : run CMD (stdout+stderr), expect status RC, the
# extended regex MUST to match and MUSTNOT ("" for none) not to match the output
check() {
    name=$1; rc=$2; must=$3; mustnot=$4; shift 4
    out=$("$@" 2>&1); got=$?
    total=$((total + 1))
    ok=1
    [ "$got" = "$rc" ] || ok=0
    [ -z "$must" ] || printf '%s\n' "$out" | grep -Eq -- "$must" || ok=0
    [ -z "$mustnot" ] || ! printf '%s\n' "$out" | grep -Eq -- "$mustnot" || ok=0
    if [ $ok = 1 ]; then pass=$((pass + 1)); echo "PASS $name"
    else echo "FAIL $name (exit $got, want $rc)"; printf '%s\n' "$out" | head -4 | sed 's/^/     | /'; fi
}
# an error line: "error: what; what to do next", never click's "Error:"/"Usage:"
ERR='^error: [^;]+; .+'
BAD='^(Error|Usage):'

$V ingest "$IN/03-messager-marche.txt" --source lemessager.fr >/dev/null 2>&1
$V saved add Crues 'place:Annecy' --email veille@example.org >/dev/null 2>&1
$V saved add Fier 'Fier' >/dev/null 2>&1
$V saved add Tout 'Fier' --reprints >/dev/null 2>&1

# 1. alerts status
check status-empty 0 'no alerts? (is )?queued' '' $V alerts status
$V ingest "$IN/01-messager-crue.txt" --source lemessager.fr >/dev/null 2>&1
$V ingest "$IN/02-essor-crue-reprise.txt" --source "L'Essor savoyard" >/dev/null 2>&1
$V enrich >/dev/null 2>&1
check status-after-enrich 0 '^1/[0-9a-f]+/v1/email' '' $V alerts status
check status-matches-without-channel 0 'Fier' '' $V alerts status
check status-pending-after-enrich 0 '^1/[0-9a-f]+/v1/email' '' $V alerts status --pending

# 2. saved show, reprints collapsed
check saved-show-collapsed 0 'Crue du Fier' '\[reprint\]' $V saved show Crues --keep-new
check saved-show-collapsed-words 0 'Crue du Fier' '\[reprint\]' $V saved show Fier --keep-new
check saved-show-json-collapsed 0 '"matches"' '"relation": "reprint"' $V saved show Fier --json --keep-new
check saved-show-reprints-included 0 '\[reprint\]' '' $V saved show Tout --keep-new

# 3. one error style, exit 2 for usage and not-found
check saved-remove-unknown 2 "$ERR" "$BAD" $V saved remove Nope
check saved-show-unknown 2 "$ERR" "$BAD" $V saved show Nope
check entities-unknown-id 2 "$ERR" "$BAD" $V entities --id loc:nulle-part
check quotes-unknown-speaker 2 "$ERR" "$BAD" $V quotes --speaker 'Zorglub Inconnu'
check aliases-remove-unknown 2 "$ERR" "$BAD" $V aliases remove 'Pas un alias'
check show-unknown 2 "$ERR" "$BAD" $V show 0000000000000000
check unknown-option 2 "$ERR" "$BAD" $V search --bogus crue
check missing-argument 2 "$ERR" "$BAD" $V saved add Seul
check short-password 2 "$ERR" "$BAD" sh -c "echo court | $V user set-password bob --password-stdin"
check compact-forget-unknown 2 "$ERR" "$BAD" $V compact --forget personne
check sources-remove-unknown 2 "$ERR" "$BAD" $V sources remove inconnue
check export-saved-unknown 2 "$ERR" "$BAD" $V export --saved Nope --format csv

# 4. a query that a warning leaves empty: search and export agree (exit 1)
check search-bad-date 1 'warning' '' $V search 'date:2026-13-01'
check export-bad-date 1 'warning' '' $V export -q 'date:2026-13-01' --format csv
check search-fine 0 'Crue du Fier' '' $V search crue

# 5. link-local / metadata addresses refused with no how-to
check add-metadata 2 '^error: ' 'fetch_allow|FETCH_ALLOW' $V sources add http://169.254.169.254/latest/
check add-metadata-allowed-net 2 '^error: ' '' env VEILLE_FETCH_ALLOW=169.254.0.0/16 $V sources add http://169.254.169.254/latest/ --name meta
check add-link-local-v6 2 '^error: ' 'fetch_allow|FETCH_ALLOW' $V sources add 'http://[fe80::1]/feed.xml'
check add-private-hint 2 'fetch_allow' '' $V sources add http://192.168.1.20/feed.xml
check add-private-allowed 0 '^added lan' '' env VEILLE_FETCH_ALLOW=192.168.1.0/24 $V sources add http://192.168.1.20/feed.xml --name lan

# 6. stats counts the copies
check stats-copies 0 '^ *copies: 1 ' '' $V stats
$V ingest "$IN/04-messager-crue-bis.txt" --source lemessager.fr >/dev/null 2>&1
check stats-copies-after-ingest 0 '^ *copies: 1 ' '' $V stats

# docs: the CLI reference says what the exit statuses mean
check docs-exit-statuses 0 '^#+ .*[Ee]xit status' '' grep -Eih 'exit status' "$TREE/docs/cli.md"

echo "score: $pass/$total"
