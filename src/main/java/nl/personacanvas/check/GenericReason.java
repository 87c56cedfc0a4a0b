package nl.personacanvas.check;

/** Why a statement is not a competency of this teacher. */
public enum GenericReason {
    /** Nothing international, intercultural or about diversity ("Kan goed plannen"). */
    TOO_GENERAL("too-general"),
    /** The subject is someone else ("International office regelt het visum"). */
    OTHER_PERSON("other-person");

    private final String key;

    GenericReason(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }
}
