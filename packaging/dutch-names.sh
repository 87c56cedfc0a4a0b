#!/bin/sh
# Regenerates the checker's list of Dutch proper names (src/main/resources/nl/personacanvas/check/dutch-names.txt):
# the capitalised entries of the OpenTaal list (Debian's wdutch), which hold the Dutch (and Flemish) places down to
# villages, first names and surnames. A capitalised word after "in/naar/uit" that is not on it is taken for a place
# abroad (docs/checker.md, session 18, gen18b). Needs the wdutch package: apt-get install wdutch
set -eu
cd "$(dirname "$0")/.."
. packaging/wdutch.sh
TARGET=src/main/resources/nl/personacanvas/check/dutch-names.txt
{
    echo "# Dutch proper names: the capitalised one-word entries of the OpenTaal list (Debian's wdutch $VERSION), made by"
    echo "# packaging/dutch-names.sh. (c) 1996 Nederlandstalige TeX Gebruikersgroep, (c) 2001-2005 Simon Brouwer e.a.,"
    echo "# (c) 2006-2010, 2020 OpenTaal; used under the revised BSD licence, see dutch-words-LICENSE.txt beside this file."
    LC_ALL=C.UTF-8 grep -E '^[[:upper:]][[:alpha:]-]{2,}$' "$SOURCE" | LC_ALL=C.UTF-8 grep -vE '^[MDCLXVI]+$' | LC_ALL=C sort -u
} > "$TARGET"
wc -l "$TARGET"
# Dutch words spelt with a letter of another alphabet (röntgen, föhn, müsli, jalapeño): ForeignSpelling passes them.
# An umlaut after a vowel is a Dutch trema (reünie, coördinator) and is no foreign spelling anyway.
SPELT=src/main/resources/nl/personacanvas/check/dutch-foreign-spellings.txt
{
    echo "# Dutch words with a letter of another alphabet: the lower-case entries of the OpenTaal list (Debian's wdutch"
    echo "# $VERSION) so spelt, made by packaging/dutch-names.sh; licence as dutch-words-LICENSE.txt beside this file."
    LC_ALL=C.UTF-8 grep -E '^[[:lower:]][[:alpha:]-]+$' "$SOURCE" \
        | LC_ALL=C.UTF-8 grep -E '[ßåøæñłśźżąęėįųūīņļķģŗşğıčřšžďťňőűãõțș]|(^|[^aeiouy])[üöä]' | LC_ALL=C sort -u
} > "$SPELT"
wc -l "$SPELT"
