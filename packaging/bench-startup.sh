#!/usr/bin/env bash
# Start-up benchmark: time from process start to the first frame of the main window with the sample workbook,
# against a minimal JavaFX window (one Label) launched the same way: the packaged runtime, the launcher's JVM
# options, an AppCDS archive of its own. Median of RUNS runs each (default 7, interleaved, after one warm-up
# run each). Also times the real launcher for reference. Needs the app image (mvn verify or
# packaging/package.sh app-image VERSION) and a display: $DISPLAY, else it re-runs itself under xvfb-run.
#   packaging/bench-startup.sh [RUNS]        (or: mvn -B verify -Pbench-startup)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-7}

if [[ -z ${DISPLAY:-} ]]; then
    command -v xvfb-run >/dev/null || { echo "bench-startup.sh: needs \$DISPLAY or xvfb-run" >&2; exit 1; }
    exec xvfb-run -a -s "-screen 0 1600x1000x24" "$0" "$@"
fi

image=target/jpackage/image/persona-canvas
app_dir="$(pwd)/$image/lib/app"
java="$image/lib/runtime/bin/java"
launcher="$image/bin/Persona Canvas"
bench=target/bench
[[ -x $java ]] || { echo "bench-startup.sh: no app image at $image; build it first" >&2; exit 1; }
mkdir -p "$bench/classes"

# The launcher's class path and JVM options, as in its .cfg; the AppCDS option is set per app below.
cfg="$app_dir/Persona Canvas.cfg"
app_cp=$(sed -n 's/^app\.classpath=//p' "$cfg" | sed "s|\$APPDIR|$app_dir|g" | paste -sd: -)
mapfile -t options < <(sed -n 's/^java-options=//p' "$cfg" | grep -v -e '^-XX:SharedArchiveFile' | sed "s|\$APPDIR|$app_dir|g")
app_jar=$(sed -n 's/^app\.classpath=//p' "$cfg" | head -n 1 | sed "s|\$APPDIR|$app_dir|")

# The minimal window: compiled against the image's JavaFX, run with the same runtime and options; it uses
# the app's StartupProbe, so its class path holds our jar too (only that class is loaded from it).
javafx_jars=$(find target/jpackage/javafx -name "javafx-*-*-*.jar" | paste -sd: -)
javac -q --release 17 -d "$bench/classes" -cp "$javafx_jars:$app_jar" packaging/bench/MinimalWindow.java 2>/dev/null \
    || javac --release 17 -d "$bench/classes" -cp "$javafx_jars:$app_jar" packaging/bench/MinimalWindow.java
jar --create --file "$bench/minimal-window.jar" -C "$bench/classes" .
minimal_cp="$(pwd)/$bench/minimal-window.jar:$app_jar"
minimal_main=nl.personacanvas.bench.MinimalWindow
if [[ ! -f $bench/minimal.jsa || $bench/minimal-window.jar -nt $bench/minimal.jsa ]]; then
    "$java" "${options[@]}" -XX:DumpLoadedClassList="$bench/minimal.classlist" -Dpersonacanvas.startup=exit \
        -cp "$minimal_cp" "$minimal_main" >/dev/null 2>&1
    "$java" "${options[@]}" -Xshare:dump -XX:SharedClassListFile="$bench/minimal.classlist" \
        -XX:SharedArchiveFile="$bench/minimal.jsa" -cp "$minimal_cp" >/dev/null 2>&1
fi

# Milliseconds from starting the command to the first frame the app reports (epoch ms on its marker line).
time_to_first_frame() {
    local start output shown
    start=$(date +%s%3N)
    output=$(timeout 120 "$@" 2>&1) || true
    shown=$(sed -n 's/^persona-canvas: first frame shown at \([0-9]*\)$/\1/p' <<<"$output")
    [[ -n $shown ]] || { echo "bench-startup.sh: no first-frame marker from $*:" >&2; echo "$output" >&2; exit 1; }
    echo $((shown - start))
}

# A home of its own, so a recovery file or settings left by other runs on this machine cannot change the start.
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
app=("$java" "${options[@]}" -XX:SharedArchiveFile="$app_dir/persona-canvas.jsa" -Dpersonacanvas.startup=exit -Duser.home="$home"
    -cp "$app_cp" nl.personacanvas.Main)
minimal=("$java" "${options[@]}" -XX:SharedArchiveFile="$bench/minimal.jsa" -Dpersonacanvas.startup=exit
    -cp "$minimal_cp" "$minimal_main")
via_launcher=(env JAVA_TOOL_OPTIONS="-Dpersonacanvas.startup=exit -Duser.home=$home" "$launcher")

median() { sort -n | awk '{v[NR]=$1} END {print (NR % 2) ? v[(NR+1)/2] : int((v[NR/2] + v[NR/2+1]) / 2)}'; }

time_to_first_frame "${app[@]}" >/dev/null
time_to_first_frame "${minimal[@]}" >/dev/null
app_times=() minimal_times=() launcher_times=()
for ((i = 1; i <= runs; i++)); do
    app_times+=("$(time_to_first_frame "${app[@]}")")
    minimal_times+=("$(time_to_first_frame "${minimal[@]}")")
    launcher_times+=("$(time_to_first_frame "${via_launcher[@]}")")
done
app_median=$(printf '%s\n' "${app_times[@]}" | median)
minimal_median=$(printf '%s\n' "${minimal_times[@]}" | median)
launcher_median=$(printf '%s\n' "${launcher_times[@]}" | median)

{
    echo "Start-up to first frame, median of $runs runs ($(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, load $(cut -d' ' -f1 /proc/loadavg))"
    printf '  %-44s %6s ms   (runs: %s)\n' "Persona Canvas, main window with sample" "$app_median" "${app_times[*]}"
    printf '  %-44s %6s ms   (runs: %s)\n' "minimal JavaFX window (one Label)" "$minimal_median" "${minimal_times[*]}"
    printf '  %-44s %6s ms   (runs: %s)\n' "Persona Canvas through its launcher" "$launcher_median" "${launcher_times[*]}"
    awk -v a="$app_median" -v m="$minimal_median" 'BEGIN {printf "  ratio app / minimal: %.2f (goal: at most 1.30)\n", a / m}'
} | tee "$bench/startup.txt"
