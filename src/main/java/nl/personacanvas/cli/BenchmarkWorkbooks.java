package nl.personacanvas.cli;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import nl.personacanvas.io.SampleWorkbooks;
import nl.personacanvas.model.ActivityGroup;
import nl.personacanvas.model.Canvas;
import nl.personacanvas.model.CoreActivity;
import nl.personacanvas.model.Entry;
import nl.personacanvas.model.Persona;
import nl.personacanvas.model.Quadrant;
import nl.personacanvas.model.Workbook;

/**
 * Large workbooks for the speed benchmark. {@link Mode#SAMPLED} fills canvases with the real entries of
 * the bundled sample workbooks, a third of them changed slightly (so panels that reuse and adapt each
 * other's notes, as the study's schools did); {@link Mode#UNIQUE} composes nearly every entry text anew,
 * the worst case for the checker's per-text cache.
 */
final class BenchmarkWorkbooks {

    enum Mode { SAMPLED, UNIQUE }

    private static final String[] VARIATIONS = {" in leerjaar 2", " voor niveau 4", " samen met een collega",
        " tijdens de les", " op afstand", " na de vakantie", " in het Engels", " met de hele klas", " per periode",
        " voor de eerstejaars", " in de praktijk", " waar nodig"};
    private static final String[][] OPENINGS = {
        {"Ontwikkelt", "Ontwerpt", "Maakt", "Schrijft", "Bedenkt", "Formuleert"},
        {"Begeleidt", "Coacht", "Bespreekt", "Helpt", "Ondersteunt", "Vraagt naar"},
        {"Regelt", "Plant", "Organiseert", "Stemt af", "Onderhoudt contact over", "Communiceert over"},
        {"Is flexibel bij", "Is nieuwsgierig naar", "Staat open voor", "Is empathisch bij", "Blijft rustig bij",
            "Is alert op"},
    };
    private static final String[] OBJECTS = {
        "een opdracht over", "de reflectie op", "de stage bij", "een gesprek over", "leeruitkomsten voor",
        "het programma van", "de uitwisseling met", "een les over", "de evaluatie van", "de planning van",
        "feedback op", "het netwerk rond", "materiaal over", "afspraken over", "de begeleiding bij",
    };
    private static final String[] CONTEXTS = {
        "een stagebedrijf in Duitsland", "studenten met een andere culturele achtergrond", "de reis naar Rome",
        "de partnerschool in Finland", "werken in internationale teams", "heimwee in het buitenland",
        "de diverse klas", "het beroep in andere landen", "de Engelstalige klant", "het gastland Spanje",
        "collega's in het team", "de internationale week", "de cultuur van het gastbedrijf", "nieuwkomers in de klas",
        "de toetsweek", "het rooster", "de bedrijfscultuur in Polen", "een Erasmus-subsidie", "de studiereis",
        "interculturele ervaringen",
    };

    private final Mode mode;
    private final Random random;
    private final Map<Quadrant, List<String>> pool = new EnumMap<>(Quadrant.class);

    BenchmarkWorkbooks(Mode mode, long seed, SampleWorkbooks samples) {
        this.mode = mode;
        this.random = new Random(seed);
        for (Quadrant q : Quadrant.values()) {
            pool.put(q, new ArrayList<>());
        }
        for (SampleWorkbooks.Sample sample : samples.list()) {
            for (Persona p : samples.load(sample).personas()) {
                for (Quadrant q : Quadrant.values()) {
                    p.canvas().entries(q).forEach(e -> pool.get(q).add(e.text()));
                }
            }
        }
    }

    Workbook generate(int personas, int entriesPerPersona) {
        Instant now = Instant.parse("2025-01-01T00:00:00Z");
        List<CoreActivity> activities = new ArrayList<>();
        for (int a = 1; a <= 5; a++) {
            activities.add(new CoreActivity("act-" + a, "A" + a, "Activiteit " + a,
                    a <= 3 ? ActivityGroup.AT_HOME : ActivityGroup.MOBILITY));
        }
        List<Persona> list = new ArrayList<>();
        for (int p = 0; p < personas; p++) {
            Map<Quadrant, List<Entry>> entries = new EnumMap<>(Quadrant.class);
            for (int e = 0; e < entriesPerPersona; e++) {
                Quadrant q = Quadrant.values()[e % Quadrant.values().length];
                entries.computeIfAbsent(q, k -> new ArrayList<>()).add(Entry.of(text(q)));
            }
            list.add(Persona.create("Docent " + p, "werkt aan internationalisering",
                    activities.get(p % activities.size()).id(), now).withCanvas(Canvas.of(entries)));
        }
        return Workbook.empty().withSchool("Benchmark").withActivities(activities).withPersonas(list);
    }

    /** A new entry text for the quadrant, as this mode writes them. */
    String text(Quadrant q) {
        if (mode == Mode.UNIQUE) {
            String[] openings = OPENINGS[q.ordinal()];
            return openings[random.nextInt(openings.length)] + " " + OBJECTS[random.nextInt(OBJECTS.length)] + " "
                    + CONTEXTS[random.nextInt(CONTEXTS.length)] + VARIATIONS[random.nextInt(VARIATIONS.length)]
                    + " (" + random.nextInt(1000) + ")";
        }
        List<String> texts = pool.get(q);
        String text = texts.get(random.nextInt(texts.size()));
        return random.nextInt(3) == 0 ? text + VARIATIONS[random.nextInt(VARIATIONS.length)] : text;
    }
}
