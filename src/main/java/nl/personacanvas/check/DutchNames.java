package nl.personacanvas.check;

import java.util.List;

/**
 * The OpenTaal list's Dutch proper names ({@code dutch-names.txt}, made by {@code packaging/dutch-names.sh}), lower-cased
 * and folded as the analyser folds a word. {@link PlaceByForm} and {@link HomeIdentity} both read them: the 45,000 lines
 * are read and folded once per load instead of once each (session 23, speed23: a tenth of loading the lexicons).
 */
final class DutchNames {
    private final List<String> folded;

    private DutchNames(List<String> folded) {
        this.folded = folded;
    }

    static DutchNames load() {
        return new DutchNames(ResourceText.lines("dutch-names.txt").stream()
                .map(name -> WordAnalysis.fold(name.toCharArray(), name.length())).toList());
    }

    /** The names, folded, in the list's order. */
    List<String> folded() {
        return folded;
    }
}
