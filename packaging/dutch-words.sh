#!/bin/sh
# Regenerates the checker's Dutch word list (src/main/resources/nl/personacanvas/check/dutch-words.txt): the words
# of the OpenTaal list (Debian's wdutch) that the typo step would take for another word. Run it after changing a
# lexicon of the checker, then commit the list. Needs the wdutch package: apt-get install wdutch
set -eu
cd "$(dirname "$0")/.."
. packaging/wdutch.sh
mvn -B -o -q test -DskipAppImage -Dtest=DutchWordsGenerator -Dsurefire.failIfNoSpecifiedTests=false \
    -Ddutch.words.source="$SOURCE" -Ddutch.words.version="$VERSION"
cp /usr/share/doc/wdutch/copyright src/main/resources/nl/personacanvas/check/dutch-words-LICENSE.txt
wc -l src/main/resources/nl/personacanvas/check/dutch-words.txt
