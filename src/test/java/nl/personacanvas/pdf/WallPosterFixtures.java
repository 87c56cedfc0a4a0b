package nl.personacanvas.pdf;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.personacanvas.model.Persona;
import nl.personacanvas.model.Quadrant;

/**
 * Personas of 5, 40 and 120 entries for posters on a wall (session 27): each entry starts with a tag of its own,
 * "[O07]" (quadrant letter and number), so a test can find where each one landed; some entries are long, some
 * names are Arabic, Hebrew or hold emoji.
 */
final class WallPosterFixtures {
    private static final String[] PHRASES = {
            "begeleidt studenten tijdens de stage in het buitenland",
            "stemt af met het leerbedrijf over leerdoelen en beoordeling",
            "ontwikkelt opdrachten met een internationale en interculturele dimensie",
            "houdt wekelijks contact via videobellen en een gedeeld logboek",
            "bespreekt heimwee, cultuurverschillen en veiligheid met de groep",
            "regelt verzekeringen, visa en de Erasmus-beurs op tijd",
            "deelt ervaringen met collega’s in het teamoverleg",
            "nodigt gastsprekers van partnerscholen uit in de les",
    };

    private WallPosterFixtures() {
    }

    /** The tag an entry of {@code quadrant} with number {@code n} starts with, e.g. "[U07]". */
    static String tag(Quadrant quadrant, int n) {
        return "[" + "OUCH".charAt(quadrant.ordinal()) + String.format("%02d", n) + "]";
    }

    /** An entry of about {@code words} words, varied by its number, starting with its tag. */
    static String entry(Quadrant quadrant, int n, int phrases) {
        StringBuilder text = new StringBuilder(tag(quadrant, n));
        for (int i = 0; i < phrases; i++) {
            text.append(i == 0 ? " " : ", en ").append(PHRASES[(n * 3 + i + quadrant.ordinal()) % PHRASES.length]);
        }
        return text.toString();
    }

    /**
     * A persona with {@code counts} entries per quadrant (in {@link Quadrant} order); every {@code longEvery}-th
     * entry is long (six phrases, some 330 characters), the others one or two phrases.
     */
    static Persona persona(String id, String name, int[] counts, int longEvery) {
        Map<Quadrant, List<String>> entries = new EnumMap<>(Quadrant.class);
        for (Quadrant q : Quadrant.values()) {
            List<String> list = new ArrayList<>();
            for (int n = 1; n <= counts[q.ordinal()]; n++) {
                int phrases = longEvery > 0 && n % longEvery == 0 ? 6 : 1 + n % 2;
                list.add(q == Quadrant.ATTITUDE && phrases < 6 ? tag(q, n) + " " + ATTITUDES[n % ATTITUDES.length]
                        : entry(q, n, phrases));
            }
            entries.put(q, list);
        }
        return PosterFixtures.persona(id, name, "begeleidt studenten bij een internationale stage", "k-a4", entries);
    }

    private static final String[] ATTITUDES = {"Flexibel", "Empathisch en geduldig", "Open-minded", "Nieuwsgierig",
            "Cultureel sensitief", "Daadkrachtig"};

    static Persona five() {
        return persona("p-five", "Lotte 🌍✈️🤝", new int[] {1, 2, 1, 1}, 0);
    }

    static Persona forty() {
        return persona("p-forty", "أمينة El Amrani", new int[] {8, 20, 7, 5}, 5);
    }

    static Persona hundredTwenty() {
        return persona("p-120", "נועה כהן", new int[] {30, 52, 26, 12}, 4);
    }

    /** One crowded quadrant beside three nearly empty ones (session 26's leftover). */
    static Persona oneCrowded() {
        return persona("p-one", "Sanne", new int[] {1, 25, 1, 0}, 1);
    }

    /** Every quadrant's entries (in order) of a persona. */
    static Map<Quadrant, List<String>> entries(Persona persona) {
        Map<Quadrant, List<String>> entries = new EnumMap<>(Quadrant.class);
        for (Quadrant q : Quadrant.values()) {
            entries.put(q, persona.canvas().entries(q).stream().map(e -> e.text()).toList());
        }
        return entries;
    }
}
