#!/usr/bin/env bash
# Compares app images (an old build against a new one, or launch variants) with the minimal window, alternating,
# and reports for each the wall time to the first frame with content and the CPU time used up to it: of all
# threads and of the FX thread. Each process is stopped (SIGSTOP) the moment its marker line arrives, so the
# counters in /proc/<pid>/task/*/stat hold what the start cost up to the frame, not what followed while a script
# polled for the line (the checker's lexicons load right after it). CPU is the figure to compare on a shared
# machine: wall times follow the other sessions' load.
#   packaging/bench/alternate-startup.sh ROUNDS IMAGE[|JVM-OPTIONS] ...
# IMAGE is an app image folder (target/jpackage/image/persona-canvas, or a copy of an old one: re-dump a copy's
# AppCDS archive first with `sh COPY/lib/app/cds-archive.sh COPY/lib/app`, as it holds the jars' paths;
# JVM-OPTIONS are added to that image's command line). The minimal window runs as packaging/bench-startup.sh runs
# it, on this worktree's image (target/jpackage/image/persona-canvas) with the archive that script dumped for
# exactly that class path (run it once before; an archive dumped for other paths is silently not used, which made
# the minimal window look twice as costly in an early version of this script). Needs $DISPLAY, else it re-runs
# itself under xvfb-run.
# Prints one line per run and the medians per image.
set -uo pipefail
cd "$(dirname "$0")/../.."
if [[ -z ${DISPLAY:-} ]]; then
    exec xvfb-run -a -s "-screen 0 1600x1000x24" "$0" "$@"
fi
rounds=${1:?rounds}
shift
specs=("$@")
(( ${#specs[@]} > 0 )) || { echo "alternate-startup.sh: no app image given" >&2; exit 1; }
bench=$(pwd)/target/bench
[[ -f $bench/minimal.jsa && -d target/jpackage/image/persona-canvas ]] || { echo "alternate-startup.sh: run packaging/bench-startup.sh once first" >&2; exit 1; }
ticks=$(getconf CLK_TCK)
home=$(mktemp -d)
log=$(mktemp)
trap 'rm -rf "$home" "$log"' EXIT

# The launcher's class path and JVM options of an image, as in its .cfg, into the array CMD.
command_for() {
    local image=${1%%|*} extra=""
    [[ $1 == *"|"* ]] && extra=${1#*|}
    local app_dir cfg app_cp app_jar options
    app_dir=$(cd "$image/lib/app" && pwd)
    cfg="$app_dir/Persona Canvas.cfg"
    app_cp=$(sed -n 's/^app\.classpath=//p' "$cfg" | sed "s|\$APPDIR|$app_dir|g" | paste -sd: -)
    app_jar=${app_cp%%:*}
    mapfile -t options < <(sed -n 's/^java-options=//p' "$cfg" | grep -v -e '^-XX:SharedArchiveFile' \
        | sed "s|\$APPDIR|$app_dir|g")
    # shellcheck disable=SC2206 # the extra options are meant to be split into words
    CMD=("$image/lib/runtime/bin/java" "${options[@]}" -XX:SharedArchiveFile="$app_dir/persona-canvas.jsa"
        -Dpersonacanvas.startup=report -Duser.home="$home" $extra -cp "$app_cp" nl.personacanvas.Main)
    MINIMAL=("$image/lib/runtime/bin/java" "${options[@]}" -XX:SharedArchiveFile="$bench/minimal.jsa"
        -Dpersonacanvas.startup=report -cp "$bench/minimal-window.jar:$app_jar"
        nl.personacanvas.bench.MinimalWindow)
}

# One start: label, then the command. Prints "label wall=ms cpu=ms fx=ms".
measure() {
    local label=$1 fifo start pid shown="" line all=0 fx=0 task fields
    shift
    fifo=$(mktemp -u)
    mkfifo "$fifo"
    start=$(date +%s%3N)
    timeout 120 "$@" >"$fifo" 2>&1 &
    pid=$!
    while IFS= read -r line; do
        if [[ $line == "persona-canvas: first frame shown at "* ]]; then
            pid=$(pgrep -P "$pid" || echo "$pid")
            kill -STOP "$pid"
            shown=${line##* }
            break
        fi
    done <"$fifo"
    [[ -n $shown ]] || { echo "alternate-startup.sh: no first-frame marker from $label" >&2; rm -f "$fifo"; return; }
    for task in /proc/"$pid"/task/*; do
        read -r line <"$task/stat" 2>/dev/null || continue
        read -ra fields <<<"${line##*) }"
        all=$((all + fields[11] + fields[12]))
        [[ $(cat "$task/comm" 2>/dev/null) == JavaFX* ]] && fx=$((fx + fields[11] + fields[12]))
    done
    kill -KILL "$pid" 2>/dev/null
    wait 2>/dev/null
    rm -f "$fifo"
    echo "$label wall=$((shown - start)) cpu=$((all * 1000 / ticks)) fx=$((fx * 1000 / ticks))"
}

echo "# $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
for ((round = 1; round <= rounds; round++)); do
    for i in "${!specs[@]}"; do
        command_for "${specs[$i]}"
        measure "image$i" "${CMD[@]}"
    done
    command_for target/jpackage/image/persona-canvas
    measure minimal "${MINIMAL[@]}"
done | tee "$log"
echo "# end $(date -u +%H:%MZ), load $(cut -d' ' -f1-3 /proc/loadavg)"
for i in "${!specs[@]}"; do echo "image$i = ${specs[$i]}"; done
awk '
    { split($2, w, "="); split($3, c, "="); split($4, f, "=")
      n[$1]++; wall[$1, n[$1]] = w[2]; cpu[$1, n[$1]] = c[2]; fx[$1, n[$1]] = f[2] }
    function median(a, k, m,   i, j, v, t) {
        for (i = 1; i <= m; i++) v[i] = a[k, i]
        for (i = 1; i <= m; i++) for (j = i + 1; j <= m; j++) if (v[j] < v[i]) { t = v[i]; v[i] = v[j]; v[j] = t }
        return (m % 2) ? v[(m + 1) / 2] : (v[m / 2] + v[m / 2 + 1]) / 2
    }
    END { for (k in n) printf "%-8s median of %d: wall %d ms, CPU all threads %d ms, FX thread %d ms\n",
              k, n[k], median(wall, k, n[k]), median(cpu, k, n[k]), median(fx, k, n[k]) }
' "$log" | sort
