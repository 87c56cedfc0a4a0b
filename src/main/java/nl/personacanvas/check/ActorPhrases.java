package nl.personacanvas.check;

import java.util.List;

/**
 * Where a phrase naming another person starts and ends in a statement: the international office, the
 * administration, a travel agency, parents, students ... from the actor list, also as the last part of a compound
 * ("studentenadministratie"). Used by {@link ActorDetector}, which decides what the phrase's verb means.
 */
final class ActorPhrases {
    private static final String AND = "en";

    /** Actor phrases by the number of their first stem. */
    private final PhraseIndex<Phrase> actors = new PhraseIndex<>();
    /** Actor heads that also match as the last part of a compound. */
    private final List<Phrase> heads;
    /** Per distinct word, whether it is a compound whose last part is an actor (studentenadministratie). */
    private final WordSlots<Boolean> compoundActors = new WordSlots<>(this::isCompoundActor);

    ActorPhrases(List<Phrase> phrases) {
        phrases.forEach(p -> actors.add(p, p));
        this.heads = phrases.stream().filter(p -> p.stems().size() == 1).toList();
    }

    /** Where the subject's own words start: past determiners, and past adjectives before an actor. */
    int subjectStart(List<Word> words) {
        return skipAdjectives(words, skipDeterminers(words, 0));
    }

    static int skipDeterminers(List<Word> words, int from) {
        int i = from;
        while (i < words.size() && words.get(i).is(WordClass.ACTOR_DETERMINER)) {
            i++;
        }
        return i;
    }

    /**
     * Past the inflected adjectives of a subject that opens with a determiner ("De financiële administratie",
     * "Het lokale reisbureau"): at most two, and only when an actor follows, so "De nieuwe lessen ..." keeps
     * its subject.
     */
    private int skipAdjectives(List<Word> words, int start) {
        if (start == 0) {
            return start;
        }
        for (int i = start; i < Math.min(start + 2, words.size() - 1); i++) {
            String s = words.get(i).surface();
            if (words.get(i).stop() || !s.endsWith("e") || s.length() < 4) {
                break;
            }
            if (end(words, i + 1) > i + 1) {
                return i + 1;
            }
        }
        return start;
    }

    /**
     * Index just past the actor phrase that starts at {@code start} and any actors joined to it by "en"
     * ("Studenten en praktijkopleiders kloppen bij hem aan"), or {@code start} if no actor starts there.
     */
    int subjectEnd(List<Word> words, int start) {
        int end = end(words, start);
        while (end > start && end + 1 < words.size() && words.get(end).surface().equals(AND)) {
            int next = skipDeterminers(words, end + 1);
            int nextEnd = end(words, next);
            if (nextEnd == next) {
                break;
            }
            end = nextEnd;
        }
        return end;
    }

    /** Index just past the actor phrase that starts at {@code start}, or {@code start} if none does. */
    int end(List<Word> words, int start) {
        if (start >= words.size()) {
            return start;
        }
        Word first = words.get(start);
        int best = start;
        for (PhraseIndex.Item<Phrase> actor : actors.startingWith(first.id())) {
            int[] ids = actor.phrase().ids();
            boolean match = start + ids.length <= words.size();
            for (int k = 1; k < ids.length && match; k++) {
                match = words.get(start + k).id() == ids[k];
            }
            if (match) {
                best = Math.max(best, start + ids.length);
            }
        }
        if (best == start && !first.parts().isEmpty() && compoundActors.of(first)) {
            return start + 1;
        }
        return best;
    }

    private boolean isCompoundActor(Word word) {
        for (Phrase head : heads) {
            if (isCompoundHead(word, head.stems().get(0), head.ids()[0])) {
                return true;
            }
        }
        return false;
    }

    /** studentenadministratie is an administratie; stagebegeleider is not a stage. */
    private static boolean isCompoundHead(Word word, String stem, int id) {
        return stem.length() >= 4 && word.stem().length() > stem.length() && word.stem().endsWith(stem)
                && word.has(id);
    }
}
