#!/usr/bin/env bash
# Renders every icon file from the two SVG masters in icons/; the outputs are committed, so run this only
# after changing an SVG. Same input, same bytes: no tool here writes timestamps into its output.
#
# Needs (Debian/Ubuntu): apt-get install librsvg2-bin icoutils icnsutils
#   rsvg-convert (librsvg2-bin): SVG -> PNG
#   icotool      (icoutils):     PNGs -> Windows .ico
#   png2icns     (icnsutils):    PNGs -> macOS .icns
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
command -v rsvg-convert >/dev/null || missing+=(librsvg2-bin)
command -v icotool >/dev/null || missing+=(icoutils)
command -v png2icns >/dev/null || missing+=(icnsutils)
if ((${#missing[@]})); then
    echo "make-icons: missing tools; install them with: apt-get install ${missing[*]}" >&2
    exit 1
fi

sizes=(16 24 32 48 64 128 256 512 1024)
ico_sizes=(16 24 32 48 64 128)            # stored as bitmaps, for old Windows shells
ico_png_size=256                          # stored as PNG (Vista+), the largest size an .ico holds
icns_sizes=(16 32 48 128 256 512 1024)    # the sizes png2icns has an icon type for
resource_sizes=(16 24 32 48 64 128 256)   # stage icons the running app picks from
resources=src/main/resources/nl/personacanvas/ui/icons

mkdir -p icons/png "$resources"
for name in persona-canvas persona-canvas-document; do
    for s in "${sizes[@]}"; do
        rsvg-convert --width "$s" --height "$s" --keep-aspect-ratio "icons/$name.svg" -o "icons/png/$name-$s.png"
    done
    icotool --create --output "icons/$name.ico" $(printf "icons/png/$name-%s.png " "${ico_sizes[@]}") \
        --raw="icons/png/$name-$ico_png_size.png"
    png2icns "icons/$name.icns" $(printf "icons/png/$name-%s.png " "${icns_sizes[@]}") >/dev/null
done
for s in "${resource_sizes[@]}"; do
    cp "icons/png/persona-canvas-$s.png" "$resources/persona-canvas-$s.png"
done
echo "make-icons: wrote icons/png/*.png, icons/*.ico, icons/*.icns and $resources/"
