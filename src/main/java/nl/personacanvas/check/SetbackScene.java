package nl.personacanvas.check;

import java.util.List;
import java.util.Set;

/**
 * A scene told in the past that turns on what the teacher did after something happened: "Toen de gastspreker
 * wegviel, heb ik ... de les ter plekke omgegooid", "Haar voorstel werd afgeschoten. Twee weken later lag er een
 * nieuw voorstel". No attitude word is in it and the words are a task's, but the readable sets label such scenes
 * attitudes (16 of 17 opening with "Toen ..., <deed>"; 10 of 10 with "een week later" / "de week erna" after a
 * told event): the deed after the event is how the teacher is. {@link BehaviourAttitudes} counts the scene as behaviour
 * (the trained model may name) and names the kind's attitude where nothing named one (session 22, att22).
 */
final class SetbackScene {
    enum Kind {
        /** Done fast after the setback ({@link QuickDeed}). */
        QUICK(QuickDeed.ATTITUDE),
        /** Decided on the spot in a "Toen ..." scene ("heb ik ter plekke besloten ..."). */
        DECIDED(QuickDeed.ATTITUDE),
        /** The plan turned round on the spot in a "Toen ..." scene, or thrown over with "toen" after it. */
        TURNED("flexibel"),
        /** Back with something new a while after a rebuff or a hard talk. */
        AGAIN("veerkrachtig"),
        /** Some time later, after another event: the model names, or nothing. */
        LATER(),
        /** "Toen ..., <deed>": the model names, or nothing. */
        TOLD();

        private final List<String> attitudes;

        Kind(String... attitudes) {
            this.attitudes = List.of(attitudes);
        }

        /** The attitude this scene names where nothing else named one; empty when only the model may. */
        List<String> attitudes() {
            return attitudes;
        }
    }

    private static final String WHEN = "toen";
    /** "Na een pittig gesprek ..., ... de week erna": the event told in a leading phrase. */
    private static final String AFTER_EVENT = "na";
    private static final Set<String> FEW = Set.of("een", "twee", "drie", "vier", "paar");
    /** "de maandag erna" too: a weekday after the event (session 29, att29: H107-023). */
    private static final Set<String> SPANS = Set.of("dag", "dagen", "week", "weken", "maand", "maanden", "jaar",
            "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag");
    private static final String LATER_WORD = "later";
    private static final String AFTER_IT = "erna";
    /** "... omgegooid", "gooide ... om", or in a "Toen" scene "ter plekke": a plan turned round. */
    private static final Set<String> ON_THE_SPOT = Set.of("omgegooid", "omgooien", "omgooide");
    private static final String SPOT = "plekke";
    private static final String THREW = "gooide";
    private static final String PARTICLE = "om";
    private static final int PARTICLE_REACH = 4;
    /**
     * Words of a rebuff or a hard talk before "later": then coming back is veerkrachtig (6 of the 10 readable scenes
     * of the shape; the other four follow another event, and are flexibel, ondernemend, proactief, lerende houding).
     * The rebuff in the past tense and as a noun too ("terugstuurde", "de afwijzing": session 29, att29).
     */
    private static final Set<String> REBUFF = Set.of("afgeschoten", "afgewezen", "weggewuifd", "geweigerd", "pittig",
            "pittige", "vervelend", "vervelende", "afgeketst", "teruggestuurd", "terug", "botsing", "ruzie",
            "terugstuurde", "wegstuurde", "weggestuurd", "afwijzing", "afwees", "weigerde");

    /** A decision taken: daadkrachtig, where the readable sets name the scene ("ter plekke besloten"). */
    private static final Set<String> DECIDING = Set.of("besloten", "besliste", "beslist", "besluit", "knoop");

    private SetbackScene() {
    }

    /** The kind of scene after a setback or event the statement tells, or null. */
    static Kind read(AnalyzedText text) {
        // The told break is looked for once, for the quick deed and for the scene (session 23, speed23).
        int deed = QuickDeed.start(text);
        if (QuickDeed.in(text, deed)) {
            return Kind.QUICK;
        }
        List<Word> words = text.words();
        int main = text.mainClause();
        int from = main > 0 ? main : AFTER_EVENT.equals(words.get(0).surface()) ? 1 : deed;
        int later = laterAt(words, from);
        if (later > 0) {
            return rebuffBefore(words, later) ? Kind.AGAIN : Kind.LATER;
        }
        // "Loopt na een pittig gesprek ... de week erna gewoon weer ...": the rebuff told in a phrase after the verb.
        int event = indexOf(words, AFTER_EVENT);
        int afterRebuff = event < 0 ? -1 : laterAt(words, event + 1);
        if (afterRebuff > 0 && rebuffBefore(words, afterRebuff)) {
            return Kind.AGAIN;
        }
        if (main > 0 && WHEN.equals(words.get(0).surface())) {
            return any(words, main, DECIDING) ? Kind.DECIDED : turned(words, main) ? Kind.TURNED : Kind.TOLD;
        }
        // "gooide haar planning om toen een student ... begon": the plan turned round, the event told after it.
        return indexOf(words, WHEN) >= 0 && thrownOver(words) ? Kind.TURNED : null;
    }

    /** Where "een week later", "twee weken later" or "de dag erna" stands from {@code from} on, else -1. */
    private static int laterAt(List<Word> words, int from) {
        if (from <= 0) {
            return -1;
        }
        for (int i = from; i + 1 < words.size(); i++) {
            String s = words.get(i).surface();
            String next = words.get(i + 1).surface();
            if (SPANS.contains(s) && (LATER_WORD.equals(next) && i > 0 && FEW.contains(words.get(i - 1).surface())
                    || AFTER_IT.equals(next))) {
                return i;
            }
        }
        return -1;
    }

    private static boolean rebuffBefore(List<Word> words, int at) {
        for (int i = 0; i < at; i++) {
            if (REBUFF.contains(words.get(i).surface())) {
                return true;
            }
        }
        return false;
    }

    private static int indexOf(List<Word> words, String surface) {
        for (int i = 0; i < words.size(); i++) {
            if (surface.equals(words.get(i).surface())) {
                return i;
            }
        }
        return -1;
    }

    /** "omgegooid", or "gooide" with its particle "om" within a few words. */
    private static boolean thrownOver(List<Word> words) {
        for (int i = 0; i < words.size(); i++) {
            String s = words.get(i).surface();
            if (ON_THE_SPOT.contains(s)) {
                return true;
            }
            if (THREW.equals(s)) {
                for (int j = i + 1; j < Math.min(words.size(), i + 1 + PARTICLE_REACH); j++) {
                    if (PARTICLE.equals(words.get(j).surface())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static boolean any(List<Word> words, int from, Set<String> surfaces) {
        for (int i = from; i < words.size(); i++) {
            if (surfaces.contains(words.get(i).surface())) {
                return true;
            }
        }
        return false;
    }

    private static boolean turned(List<Word> words, int main) {
        for (int i = main; i < words.size(); i++) {
            String s = words.get(i).surface();
            if (ON_THE_SPOT.contains(s) || SPOT.equals(s)) {
                return true;
            }
        }
        return false;
    }
}
