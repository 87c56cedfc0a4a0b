#!/usr/bin/env bash
# Starts the packaged launcher (or any JavaFX command) without a screen, until the app reports its first
# frame with content (StartupProbe, -Dpersonacanvas.startup=exit) and quits by itself:
#   packaging/run-headless.sh COMMAND [JVM-OPTION...] -- [APP-ARGUMENT...]
# JVM options reach the JVM through JAVA_TOOL_OPTIONS, which every JVM reads, the jpackage launcher included.
# Display: HEADLESS=monocle uses JavaFX's Monocle headless platform (the jar in MONOCLE_JAR, patched into
# javafx.graphics; needs nothing installed); HEADLESS=auto (default) uses $DISPLAY or xvfb-run when there is
# one and GTK 3 is installed, else Monocle. Prints the app's output; fails if the marker does not come within
# START_TIMEOUT seconds.
set -euo pipefail

command=${1:?usage: run-headless.sh COMMAND [JVM-OPTION...] -- [APP-ARGUMENT...]}
shift
# A home of its own: no recovery file, lock or settings of earlier runs on this machine (a recovery file would
# stop the start at the "restore unsaved work?" question).
home=$(mktemp -d)
jvm_options=(-Dpersonacanvas.startup=exit "-Duser.home=$home")
while (($#)) && [[ $1 != -- ]]; do
    jvm_options+=("$1")
    shift
done
(($#)) && shift
marker="persona-canvas: first frame shown"

mode=${HEADLESS:-auto}
# JavaFX's glass needs GTK 3 on a display; a machine with Xvfb but without GTK (a CI image, a server where only
# xvfb was installed) would fail to start the toolkit at all, so auto mode then takes Monocle too.
has_gtk3() { ldconfig -p 2>/dev/null | grep -q 'libgtk-3\.so\.0'; }
if [[ $mode == auto ]]; then
    if [[ -n ${DISPLAY:-} ]] && has_gtk3; then mode=display
    elif command -v xvfb-run >/dev/null && has_gtk3; then mode=xvfb
    else mode=monocle
    fi
fi
wrapper=()
case $mode in
    display) ;;
    xvfb) wrapper=(xvfb-run -a -s "-screen 0 1600x1000x24") ;;
    monocle)
        monocle=${MONOCLE_JAR:?run-headless.sh: set MONOCLE_JAR to the openjfx-monocle jar for HEADLESS=monocle}
        jvm_options+=("--patch-module=javafx.graphics=$monocle" -Dglass.platform=Monocle
            -Dmonocle.platform=Headless -Dprism.order=sw -Dtestfx.headless=true)
        ;;
    *) echo "run-headless.sh: HEADLESS must be auto, monocle, xvfb or display" >&2; exit 2 ;;
esac

# JAVA_TOOL_OPTIONS splits at spaces unless quoted; paths (the image's "Persona Canvas") have spaces.
tool_options=$(printf '"%s" ' "${jvm_options[@]}")
output=$(mktemp)
trap 'rm -rf "$output" "$home"' EXIT
status=0
# timeout inside xvfb-run, so xvfb-run always gets to stop its X server.
JAVA_TOOL_OPTIONS="$tool_options" "${wrapper[@]}" timeout "${START_TIMEOUT:-120}" \
    "$command" "$@" >"$output" 2>&1 || status=$?
cat "$output"
if ! grep -q "^$marker" "$output"; then
    echo "run-headless.sh: no '$marker' from $command ($mode, exit status $status)" >&2
    exit 1
fi
if ((status != 0)); then
    echo "run-headless.sh: $command reported its first frame but exited with status $status" >&2
    exit 1
fi
