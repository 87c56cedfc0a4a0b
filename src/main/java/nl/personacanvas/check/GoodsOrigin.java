package nl.personacanvas.check;

import java.util.List;
import java.util.Set;

/**
 * Where goods come from, asked: "waar de grondstoffen van een smartphone vandaan komen", "waar komen de onderdelen van
 * de warmtepomp vandaan". Supply chains run across borders, and a task that asks after them is international content
 * however quiet (session 21). Only with a word for goods right after "waar" (a verb of coming and a determiner
 * between), so where a leak, a fault or a complaint about the parts comes from stays out ("waar de lekkage bij de
 * onderdelen vandaan komt"). Read from the words as written, so its words enter no vocabulary: as cue lines the
 * question form's "komen" let the verb-form rewrite map "komt" onto it in every statement. Goods words come from
 * {@code goods-origin.txt}. The same question asked of people and their own things is their origin: "waar zijn gerecht
 * vandaan komt", "waar ze vandaan komen", "waar de families van de studenten vandaan komen" (session 29, gen29; the
 * people, the pronouns and the dishes and names are words of the same file). Immutable.
 */
final class GoodsOrigin {
    static final String RESOURCE = "goods-origin.txt";
    private static final String WHERE = "waar";
    private static final String FROM = "vandaan";
    private static final Set<String> COMING = Set.of("komen", "komt", "kwamen", "kwam");
    private static final Set<String> DETERMINERS = Set.of("de", "het", "onze", "hun", "zijn", "haar", "die", "deze",
            "mijn", "jouw", "ieders", "elkaars");
    /** How far after the goods word "vandaan" may stand: the thing they are part of ("van een smartphone"). */
    private static final int FROM_REACH = 8;

    private final Set<String> goods;

    GoodsOrigin(List<String> goods) {
        this.goods = Set.copyOf(goods.stream().map(w -> WordAnalysis.fold(w.toCharArray(), w.length())).toList());
    }

    /** Whether the statement asks where goods come from, as above. */
    boolean foundIn(AnalyzedText text) {
        List<Word> words = text.words();
        for (int i = 0; i + 2 < words.size(); i++) {
            if (!words.get(i).surface().equals(WHERE)) {
                continue;
            }
            int j = i + 1;
            if (COMING.contains(words.get(j).surface())) {
                j++;
            }
            while (j < words.size() && DETERMINERS.contains(words.get(j).surface())) {
                j++;
            }
            if (j < words.size() && goods.contains(words.get(j).surface()) && fromAfter(words, j)) {
                return true;
            }
        }
        return false;
    }

    private static boolean fromAfter(List<Word> words, int goodsAt) {
        for (int k = goodsAt + 1; k < words.size() && k <= goodsAt + FROM_REACH; k++) {
            if (words.get(k).surface().equals(FROM)) {
                return true;
            }
        }
        return false;
    }
}
