#!/usr/bin/env bash
# Builds the packaged app from what `mvn package` left in target/:
#   packaging/package.sh app-image VERSION   jlinked runtime + application image + AppCDS archive
#   packaging/package.sh installer VERSION   the above, then .deb (Linux), .msi (Windows) or .dmg (macOS)
# Maven runs it (see pom.xml: every `mvn verify` on Linux builds the app image, `-Pinstaller` the installer);
# it expects target/jpackage/input (runtime jars without JavaFX) and target/jpackage/javafx (JavaFX jars for
# this OS), both copied by maven-dependency-plugin. Needs a JDK 17+ with jlink, jdeps and jpackage; on Windows
# run it from Git Bash with WiX Toolset 3 on PATH, on macOS with Xcode command line tools.
set -euo pipefail
cd "$(dirname "$0")/.."

kind=${1:?usage: package.sh app-image|installer VERSION}
version=${2:?usage: package.sh app-image|installer VERSION}
build=target/jpackage
name="Persona Canvas"

case "$(uname -s)" in
    Linux) os=linux ;;
    Darwin) os=macos ;;
    MINGW* | MSYS* | CYGWIN*) os=windows ;;
    *) echo "package.sh: unsupported OS $(uname -s)" >&2; exit 1 ;;
esac

# jpackage accepts only 1-3 dot-separated numbers: 0.1.0-SNAPSHOT becomes 0.1.0.
app_version=$(sed -E 's/^([0-9]+(\.[0-9]+){0,2}).*/\1/' <<<"$version")
if [[ $os == macos && $app_version == 0* && -z ${MAC_APP_VERSION:-} ]]; then
    echo "package.sh: macOS bundle versions must not start with 0 (this is $app_version);" \
        "set MAC_APP_VERSION, e.g. MAC_APP_VERSION=1.0.0" >&2
    exit 1
fi
[[ $os == macos ]] && app_version=${MAC_APP_VERSION:-$app_version}

step() { printf 'package.sh: %s\n' "$*"; }

# --- application input: our jar, the libraries, and the texts the installers must carry ---
input=$build/input
cp "target/persona-canvas-$version.jar" LICENSE THIRD-PARTY-NOTICES.md packaging/cds-archive.sh "$input/"

# --- runtime: only the modules the code needs, JavaFX on the module path ---
javafx_jars=$(find "$build/javafx" -name "javafx-*-*-*.jar" | sort)   # classifier jars (…-21.0.11-linux.jar)
separator=$([[ $os == windows ]] && echo ';' || echo ':')
javafx_path=$(paste -sd"$separator" <<<"$javafx_jars")
jdk_jmods=$(dirname "$(readlink -f "$(command -v jlink)")")/../jmods
runtime=$build/runtime
fingerprint=$(ls -l "$input"/*.jar $javafx_jars | awk '{print $5, $NF}' | cksum)
if [[ -f $runtime/fingerprint && $(cat "$runtime/fingerprint") == "$fingerprint" ]]; then
    step "runtime unchanged, reusing $runtime"
else
    step "finding the modules the code needs (jdeps)"
    needed=$(jdeps --multi-release 17 --ignore-missing-deps --print-module-deps \
        --module-path "$javafx_path" "$input"/*.jar | tail -n 1)
    # jdeps cannot see these: Lucene checks for jdk.management at run time, Dutch date and number formats
    # need jdk.localedata (trimmed to en and nl below).
    modules="$needed,jdk.management,jdk.localedata"
    step "linking a runtime with $modules"
    rm -rf "$runtime"
    jlink --module-path "$jdk_jmods$separator$javafx_path" --add-modules "$modules" --include-locales en,nl \
        --strip-debug --no-header-files --no-man-pages --generate-cds-archive --output "$runtime"
    # jlink takes JavaFX's classes from the jars but not the native libraries beside them.
    case $os in
        linux) native_dir=$runtime/lib; pattern='*.so' ;;
        macos) native_dir=$runtime/lib; pattern='*.dylib' ;;
        windows) native_dir=$runtime/bin; pattern='*.dll' ;;
    esac
    for jar in $javafx_jars; do
        unzip -q -o -j "$jar" "$pattern" -d "$native_dir" 2>/dev/null || true
    done
    # The archive for heaps over 32 GB is dead weight for a desktop app.
    rm -f "$runtime"/lib/server/classes_nocoops.jsa "$runtime"/bin/server/classes_nocoops.jsa
    echo "$fingerprint" >"$runtime/fingerprint"
fi

# --- application image ---
image_parent=$build/image
rm -rf "$image_parent"
step "building the $os application image"
jpackage --type app-image @packaging/jpackage/common.txt "@packaging/jpackage/$os.txt" \
    --input "$input" --main-jar "persona-canvas-$version.jar" --runtime-image "$runtime" \
    --app-version "$app_version" --dest "$image_parent"
case $os in
    linux)
        # The folder the .deb installs to (/opt/persona-canvas), without the space of "$name": on JDK 17 an AppCDS
        # archive holds no class-path classes when their path has a space (the JVM compares the class's
        # URL-encoded source, ".../Persona%20Canvas/...", with the archived path and finds no match), so in
        # "image/$name" only the JDK's and JavaFX's classes came from the archive, none of our jars'.
        image="$image_parent/persona-canvas"; mv "$image_parent/$name" "$image"
        app_dir="$image/lib/app"; launcher="$image/bin/$name"; java="$image/lib/runtime/bin/java" ;;
    macos) image="$image_parent/$name.app"; app_dir="$image/Contents/app"; launcher="$image/Contents/MacOS/$name"; java="$image/Contents/runtime/Contents/Home/bin/java" ;;
    windows) image="$image_parent/$name"; app_dir="$image/app"; launcher="$image/$name.exe"; java="$image/runtime/bin/java.exe" ;;
esac

# --- AppCDS: record the classes a start loads, then dump an archive for this image's path ---
classlist="$app_dir/persona-canvas.classlist"
step "recording the classes loaded up to the first frame"
# Both ways a start goes: with a file (a double click) and without (the sample, read ahead of the window).
packaging/run-headless.sh "$launcher" -XX:DumpLoadedClassList="$classlist.file" -- "$(pwd)/src/main/resources/nl/personacanvas/samples/summa-college.pcanvas" >/dev/null
packaging/run-headless.sh "$launcher" -XX:DumpLoadedClassList="$classlist.sample" -- >/dev/null
awk '!seen[$0]++' "$classlist.file" "$classlist.sample" >"$classlist"
rm "$classlist.file" "$classlist.sample"
step "dumping the AppCDS archive"
sh packaging/cds-archive.sh "$app_dir" "$java"
cp "$classlist" "$input/"   # installers carry the list; the archive is made at the installed path

if [[ $kind == installer ]]; then
    installer_dir=$build/installer
    rm -rf "$installer_dir"
    step "building the $os installer"
    jpackage @packaging/jpackage/common.txt "@packaging/jpackage/$os.txt" "@packaging/jpackage/$os-installer.txt" \
        --input "$input" --main-jar "persona-canvas-$version.jar" --runtime-image "$runtime" \
        --app-version "$app_version" --dest "$installer_dir"
    ls -l "$installer_dir"
fi
step "done: $image"
