# Sourced by dutch-words.sh and dutch-names.sh: the OpenTaal word list both lists are made from (Debian's wdutch),
# as SOURCE, and its package version, as VERSION, for the lists' headers. Stops when the package is not installed.
SOURCE=/usr/share/dict/dutch
if [ ! -r "$SOURCE" ]; then
    echo "No $SOURCE: install Debian's word list first (apt-get install wdutch)" >&2
    exit 1
fi
VERSION=$(dpkg-query -W -f='${Version}' wdutch)
