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
        if len(name) < MIN_ONE_WORD or name.lower() in words or name.lower() in NOT_NAMES:
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
