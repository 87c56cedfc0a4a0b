#!/bin/sh
# Dumps the AppCDS archive persona-canvas.jsa next to the launcher's configuration, from the class list
# recorded at build time, with the class path and JVM options the launcher uses. The archive only works for
# the folder it was dumped in, so this runs where the app lives: at build time for the app image, after
# installation for the .deb (postinst). Without an archive the app still starts, only slower.
#   sh cds-archive.sh APP_DIR [JAVA]     APP_DIR: the image's lib/app (Linux), JAVA: defaults to the bundled one
set -eu
app_dir=$(cd "$1" && pwd)
java=${2:-$app_dir/../runtime/bin/java}
cfg=$(ls "$app_dir"/*.cfg | head -n 1)

# The class path and options exactly as the launcher builds them from its .cfg ($APPDIR = this folder).
class_path=$(sed -n 's/^app\.classpath=//p' "$cfg" | sed "s|\$APPDIR|$app_dir|g" | paste -sd: -)
options=$(sed -n 's/^java-options=//p' "$cfg" | grep -v -e '^-Xshare' -e '^-XX:SharedArchiveFile' | sed "s|\$APPDIR|$app_dir|g")

case $app_dir in
    *" "*) echo "cds-archive.sh: warning: on Java 17 the archive holds none of the app's own classes when its path has a space ($app_dir)" >&2 ;;
esac

# shellcheck disable=SC2086 # the options are single words, one per line
"$java" -Xshare:dump -XX:SharedClassListFile="$app_dir/persona-canvas.classlist" \
    -XX:SharedArchiveFile="$app_dir/persona-canvas.jsa" -cp "$class_path" $options >/dev/null
echo "cds-archive.sh: wrote $app_dir/persona-canvas.jsa"
