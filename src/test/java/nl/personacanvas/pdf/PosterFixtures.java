package nl.personacanvas.pdf;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.personacanvas.model.ActivityGroup;
import nl.personacanvas.model.Canvas;
import nl.personacanvas.model.CoreActivity;
import nl.personacanvas.model.Entry;
import nl.personacanvas.model.Persona;
import nl.personacanvas.model.PrincipleTheme;
import nl.personacanvas.model.Quadrant;
import nl.personacanvas.model.Workbook;

/** A small realistic workbook (after the study's examples) and some awkward personas, built in code. */
final class PosterFixtures {
    static final Instant WHEN = Instant.parse("2026-03-12T10:00:00Z");
    static final LocalDate DATE = LocalDate.of(2026, 3, 12);

    private PosterFixtures() {
    }

    static Persona laura() {
        return persona("p-laura", "Laura", "begeleidt studenten bij een internationale stage", "k-a4", Map.of(
                Quadrant.DESIGN, List.of(
                        "Ontwikkelt opdrachten en evaluaties met internationale en interculturele dimensies voor de stage in het buitenland",
                        "Formuleert samen met de student leerdoelen op het gebied van interculturele competenties",
                        "Houdt rekening met de culturele context van het gastland en het stagebedrijf"),
                Quadrant.DELIVER, List.of(
                        "Kan digitale communicatie afstemmen op de behoeften en leefwereld van de student",
                        "Kan individuele studenten ondersteunen bij heimwee en incidenten in het buitenland",
                        "Helpt studenten reflecteren op interculturele ervaringen",
                        "Speelt flexibel in op onverwachte dilemma’s en crises"),
                Quadrant.ORGANISE, List.of(
                        "Kan goed netwerken met oog voor culturele verschillen",
                        "Kan internationale relaties opbouwen, onderhouden en inzetten",
                        "Communiceert in het Engels met stagebedrijven en partnerscholen",
                        "Regelt verzekeringen, visa en subsidies (Erasmus+) op tijd"),
                Quadrant.ATTITUDE, List.of("Benaderbaar", "Daadkrachtig", "Verbindend", "Flexibel en cultureel sensitief")));
    }

    static Persona mehmet() {
        return persona("p-mehmet", "Mehmet", "bespreekt actualiteiten vanuit verschillende perspectieven in een diverse klas",
                "k-a1", Map.of(
                        Quadrant.DESIGN, List.of("Ontwikkelt lessen met ruimte voor verschillende perspectieven"),
                        Quadrant.DELIVER, List.of("Creëert een veilige sfeer voor alle studenten",
                                "Faciliteert dialoog zonder te oordelen"),
                        Quadrant.ORGANISE, List.of("Deelt kennis met collega’s over interculturele didactiek"),
                        Quadrant.ATTITUDE, List.of("Open-minded", "Nieuwsgierig", "Empathisch")));
    }

    /** Sixty long entries spread over the quadrants, with one word far wider than a column. */
    static Persona crowded() {
        Map<Quadrant, List<String>> entries = new EnumMap<>(Quadrant.class);
        for (Quadrant q : Quadrant.values()) {
            List<String> list = new ArrayList<>();
            for (int i = 1; i <= 15; i++) {
                list.add("Entry " + q.key() + " " + i + ": stemt de internationale dimensies van het onderwijs af "
                        + "met collega’s, verankert deze in het curriculum en zoekt proactief internationale "
                        + "expertise bij partners" + (i == 7 ? " — arbeidsmarktinternationaliseringsbeleidsontwikkelingsprogramma" : ""));
            }
            entries.put(q, list);
        }
        return persona("p-crowded", "Sanne", "coördineert internationale samenwerkingsprojecten", "k-a5", entries);
    }

    /** A name with emoji, an Arabic entry, Turkish/Polish/Czech/Vietnamese letters, a CJK entry and a tab. */
    static Persona multilingual() {
        return persona("p-multi", "Yasmina 🌍✈️", "begeleidt een uitwisseling met partnerscholen", "k-a5", Map.of(
                Quadrant.DESIGN, List.of("Ontwikkelt materiaal in het Arabisch: تعلم اللغة العربية مع الطلاب",
                        "Türkçe, Łódź, Příliš žluťoučký kůň, Tiếng Việt — „aanhalingstekens” en ‘enkele’ – streepjes"),
                Quadrant.DELIVER, List.of("Begeleidt groepen studenten tijdens reis en verblijf 😊"),
                Quadrant.ORGANISE, List.of("Contact met partnerschool in 東京\tvia e-mail"),
                Quadrant.ATTITUDE, List.of("Ondernemend 👍🏽")));
    }

    static Workbook workbook(Persona... personas) {
        return new Workbook("Alfa-college", "Noord en Oost Nederland", "Team Zorg en Welzijn",
                "Internationalisering is het bewust integreren van internationale en interculturele dimensies in "
                        + "het onderwijs, zodat alle studenten zich voorbereiden op leren, werken en leven in een "
                        + "diverse, internationaal verbonden samenleving.",
                List.of(new PrincipleTheme("Voor alle studenten", List.of(
                                "Internationalisering is er voor alle studenten, niet alleen voor wie naar het buitenland gaat.",
                                "We benutten de diversiteit in onze eigen klassen.")),
                        new PrincipleTheme("Samen met het werkveld", List.of(
                                "We werken samen met regionale bedrijven die internationaal actief zijn."))),
                List.of(new CoreActivity("k-a1", "A1", "Zorgen dat studenten leren van de diverse culturele perspectieven binnen de school", ActivityGroup.AT_HOME),
                        new CoreActivity("k-a4", "A4", "Internationale en interculturele dimensies integreren in stages in het buitenland", ActivityGroup.MOBILITY),
                        new CoreActivity("k-a5", "A5", "Internationale groepsactiviteiten organiseren en integreren in onderwijs", ActivityGroup.MOBILITY),
                        new CoreActivity("k-own", null, "Inkomend bezoek van collega's en studenten van internationale partnerscholen inzetten in het onderwijs", ActivityGroup.AT_HOME)),
                List.of(personas), "2026.1");
    }

    static Persona persona(String id, String name, String role, String activity, Map<Quadrant, List<String>> entries) {
        Canvas canvas = Canvas.empty();
        for (Quadrant q : Quadrant.values()) {
            int n = 0;
            for (String text : entries.getOrDefault(q, List.of())) {
                canvas = canvas.add(q, new Entry(id + "-" + q.key() + "-" + n++, text, List.of(), ""));
            }
        }
        return new Persona(id, name, role, activity, List.of("Panel Alfa-college"), null, "", WHEN, WHEN, canvas);
    }

    static PosterFooter footer() {
        return new PosterFooter(List.of(new QuadrantCoverage(Quadrant.DESIGN, 2, 3),
                new QuadrantCoverage(Quadrant.DELIVER, 3, 3), new QuadrantCoverage(Quadrant.ORGANISE, 2, 4),
                new QuadrantCoverage(Quadrant.ATTITUDE, 3, 3)), List.of("benaderbaar", "daadkrachtig", "verbindend"), 10);
    }

    /** The footer above for Laura, nothing else. */
    static CheckSummaries summaries() {
        return new CheckSummaries(Map.of("p-laura", footer()), List.of());
    }
}
