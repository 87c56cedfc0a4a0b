package nl.personacanvas.ui.about;

/** One bundled library, font or runtime as listed in THIRD-PARTY-NOTICES.md, under its section heading. */
public record ThirdPartyComponent(String section, String name, String licence) {
}
