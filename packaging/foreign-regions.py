#!/usr/bin/env python3
"""Regenerates the checker's list of regions abroad (src/main/resources/nl/personacanvas/check/foreign-regions.txt)
from Debian's iso-codes: the ISO 3166-2 subdivisions of every country but the Netherlands (states, provinces,
Länder, counties, departments), by their Dutch name where the Translation Project's Dutch translation gives one
(Beieren, Lotharingen, Moezel, Noord-Jutland) and by their own name otherwise (Nordrhein-Westfalen, Alberta).
Left out, so that a Dutch word or name is never taken for a place abroad: a name that is a Dutch word in the OpenTaal
list (Noord, Hoofdstad), a name that OpenTaal holds as a Dutch proper name and that is no Dutch exonym (Victoria,
Kent, Limburg: a first name, a verb, a Dutch province), a one-word name of under five letters, and the compass and
office words of other languages (Central, Nord, Capital). Needs: apt-get install iso-codes wdutch.
Run from the repository: python3 packaging/foreign-regions.py"""
import gettext
import json
import re
import subprocess
import unicodedata

ISO = '/usr/share/iso-codes/json/iso_3166-2.json'
OPENTAAL = '/usr/share/dict/dutch'
TARGET = 'src/main/resources/nl/personacanvas/check/foreign-regions.txt'
NOT_NAMES = {'north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'centre',
             'center', 'centro', 'centrale', 'nord', 'sud', 'est', 'ouest', 'norte', 'sur', 'capital', 'coast',
             'islands', 'island', 'upper', 'lower', 'region', 'district', 'province', 'city', 'municipality',
             'littoral', 'interior', 'oriental', 'occidental', 'atlantique', 'maritime', 'plateau', 'plateaux',
             'savanes', 'lagunes', 'montagnes', 'lacs', 'sahel', 'grande', 'mayor', 'metropolitana', 'distrito',
             'federal', 'national', 'nacional', 'estado', 'norden', 'osten', 'westen', 'suden', 'mitte',
             'lakes', 'rivers', 'borders', 'highland', 'highlands', 'midlands', 'orange', 'grand', 'valley', 'valle'}
# Names the rules above let through that are a Dutch place or a person's name as well (Zuidland and Westland are
# Dutch; Norway's Nordland, Vestland and Innlandet are translated so): checked by hand on iso-codes 4.15.
PEOPLE_AND_HOME = {'Westland', 'Noordland', 'Oostland', 'Zuidland', 'Victoria', 'Vladimir', 'Florence', 'Farah',
                   'Saida', 'Samara', 'Sacha', 'Aydin', 'Ahmadi', 'Kerry', 'Bolton', 'Sutton', 'Rivera', 'Batman'}
MIN_ONE_WORD = 5

words = set()
names = set()
with open(OPENTAAL, encoding='utf-8') as f:
    for line in f:
        w = line.strip()
        (names if w[:1].isupper() else words).add(w.lower() if not w[:1].isupper() else w)


def fold(word):
    """As the checker matches written cues: lower case, accents taken off (Chocó -> choco, Servië -> servie)."""
    return ''.join(c for c in unicodedata.normalize('NFD', word.lower()) if unicodedata.category(c) != 'Mn')


# The checker also reads a people or an adjective off a one-word name (WrittenCues: Kenianen of Kenia, Andalusische
# of Andalusië, Maltese of Malta). A name that those rules reach from a Dutch word would make the Dutch word a cue
# ("huilers" of Huila, "servers" of Servië, "dromer" of Drôme): such a name is left out, as is a name that is a
# Dutch word once its accents are off ("quiche" of Quiché, "store" of Štore, "choco" of Chocó).
PEOPLE_ENDINGS = ['enaars', 'enaar', 'aars', 'aar', 'ers', 'er', 'anen', 'aanse', 'aans', 'aan', 'ezen', 'ese', 'ees',
                  'ische', 'isch', 'se']
NAME_ENDINGS = ['', 'e', 'a', 'ie', 'en', 'ane']
VOWELS = 'aeiouy'
folded_words = {fold(w) for w in words}
reached = set()
for w in folded_words:
    if len(w) > 4 and w.endswith('e'):
        base = w[:-1]
        reached.add(base)
        n = len(base)
        if n >= 4 and base[-1] not in VOWELS and base[-2] in VOWELS and base[-3] not in VOWELS and base[-2] != 'i':
            reached.add(base[:-1] + base[-2] + base[-1])
    for ending in PEOPLE_ENDINGS:
        if w.endswith(ending) and len(w) - len(ending) >= 4:
            reached.update(w[:-len(ending)] + e for e in NAME_ENDINGS)
dutch = gettext.translation('iso_3166-2', localedir='/usr/share/locale', languages=['nl'])
version = subprocess.run(['dpkg-query', '-W', '-f=${Version}', 'iso-codes'], capture_output=True, text=True).stdout


def clean(name):
    """'Anhui, Provincie' -> 'Anhui'; 'Freeport (stad)' -> 'Freeport'; 'Girona [Gerona]' -> 'Girona'."""
    name = re.sub(r'\s*[\(\[].*?[\)\]]', '', name).replace('*', '')
    return name.split(',')[0].strip()


def usable(name, exonym):
    parts = re.split(r'[\s-]+', name)
    if name in PEOPLE_AND_HOME:
        return False
    if not name or not name[0].isupper() or not all(re.fullmatch(r"[^\W\d_][\w'’]*", p) for p in parts):
        return False
    if len(parts) == 1:
        if (len(name) < MIN_ONE_WORD or name.lower() in words or name.lower() in NOT_NAMES
                or fold(name) in folded_words or fold(name) in reached):
            return False
        return exonym or name not in names
    # A name of several words: not when every word is a Dutch or a compass word ("Verre Noorden").
    return not all(p.lower() in words or p.lower() in NOT_NAMES for p in parts)


result = set()
for entry in json.load(open(ISO, encoding='utf-8'))['3166-2']:
    if entry['code'].startswith('NL-'):
        continue
    own = clean(entry['name'])
    for translated in dutch.gettext(entry['name']).split(';'):
        translated = clean(translated)
        exonym = translated != own
        if usable(translated, exonym):
            result.add(translated)
    if usable(own, False):
        result.add(own)

with open(TARGET, 'w', encoding='utf-8') as out:
    out.write('# Regions abroad: the ISO 3166-2 subdivisions of every country but the Netherlands, from Debian\'s iso-codes\n')
    out.write('# %s (Dutch names from its Translation Project translation), made by packaging/foreign-regions.py;\n' % version)
    out.write('# iso-codes is under the LGPL-2.1+. Read by ForeignNames, matched as written.\n')
    for name in sorted(result):
        out.write(name + '\n')
print(len(result), 'names in', TARGET)
