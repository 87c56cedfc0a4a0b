#!/usr/bin/env bash
# Smoke test of the packaged Linux app image (run by `mvn verify` on Linux, after package.sh app-image):
# the launcher prints its version, validates a sample workbook, and the desktop app reaches its main window
# with a workbook passed as a file argument (a double click), headless through Monocle so CI needs no X
# server. Also checks that the image carries the licence texts and a notice for every bundled library.
#   packaging/smoke-test.sh VERSION
set -euo pipefail
cd "$(dirname "$0")/.."
version=${1:?usage: smoke-test.sh VERSION}
image=target/jpackage/image/persona-canvas
launcher="$image/bin/Persona Canvas"
app_dir="$image/lib/app"
sample="$(pwd)/src/main/resources/nl/personacanvas/samples/summa-college.pcanvas"

fail() { echo "smoke-test: FAILED: $*" >&2; exit 1; }
pass() { echo "smoke-test: ok: $*"; }

[[ -x $launcher ]] || fail "no launcher at $launcher (run packaging/package.sh app-image first)"

out=$("$launcher" --version 2>&1) || fail "--version exited with $?: $out"
[[ $out == *"Persona Canvas $version"* ]] || fail "--version printed '$out', expected 'Persona Canvas $version'"
pass "--version: $out"

out=$("$launcher" validate "$sample" 2>&1) || fail "validate exited with $?: $out"
pass "validate: $out"

HEADLESS=monocle packaging/run-headless.sh "$launcher" -- "$sample" >target/jpackage/smoke-gui.log \
    || { cat target/jpackage/smoke-gui.log; fail "the desktop app did not show its main window"; }
pass "main window shown with $(basename "$sample") (log: target/jpackage/smoke-gui.log)"

for text in LICENSE THIRD-PARTY-NOTICES.md persona-canvas.jsa; do
    [[ -s "$app_dir/$text" ]] || fail "$text missing from the image"
done
pass "LICENSE, THIRD-PARTY-NOTICES.md and the AppCDS archive are in the image"

missing=()
for jar in "$app_dir"/*.jar; do
    artifact=$(basename "$jar" | sed -E 's/-[0-9][^-]*(-[a-z0-9]+)?\.jar$//')
    [[ $artifact == persona-canvas ]] && continue
    grep -q ":$artifact\`" THIRD-PARTY-NOTICES.md || missing+=("$artifact")
done
for module in $(sed -n 's/^MODULES="\(.*\)"/\1/p' "$image/lib/runtime/release" | tr ' ' '\n' | grep '^javafx\.'); do
    grep -q "org.openjfx:${module/./-}\`" THIRD-PARTY-NOTICES.md || missing+=("$module")
done
((${#missing[@]} == 0)) || fail "THIRD-PARTY-NOTICES.md lacks: ${missing[*]}"
pass "every bundled library has a notice"
echo "smoke-test: image size $(du -sh "$image" | cut -f1)"
