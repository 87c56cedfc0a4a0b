package nl.personacanvas.check;

import java.util.List;
import java.util.Set;

/**
 * A custom that differs, named by a compound: "een klant uit een andere haartraditie", "gasten met andere
 * eetgewoontes". The cue lines "andere tradities", "andere gewoontes" match whole words only (a phrase's later words
 * are not looked for inside a compound), so the trade's own compound of a custom went unseen (session 26). Read from
 * the words as written, as {@link GoodsOrigin} is, so its words enter no vocabulary; the endings come from
 * {@code customs-in-a-compound.txt}. Immutable.
 */
final class CustomsInACompound {
    static final String RESOURCE = "customs-in-a-compound.txt";
    private static final Set<String> OTHER = Set.of("andere", "ander");

    private final List<String> endings;

    CustomsInACompound(List<String> endings) {
        this.endings = endings.stream().map(w -> WordAnalysis.fold(w.toCharArray(), w.length())).toList();
    }

    /** Whether "andere" / "ander" stands right before a longer word ending in a custom, as above. */
    boolean foundIn(AnalyzedText text) {
        List<Word> words = text.words();
        for (int i = 0; i + 1 < words.size(); i++) {
            if (OTHER.contains(words.get(i).surface()) && endsInCustom(words.get(i + 1).surface())) {
                return true;
            }
        }
        return false;
    }

    private boolean endsInCustom(String word) {
        for (String ending : endings) {
            if (word.length() > ending.length() && word.endsWith(ending)) {
                return true;
            }
        }
        return false;
    }
}
