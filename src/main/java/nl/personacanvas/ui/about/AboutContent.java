package nl.personacanvas.ui.about;

import java.util.List;

/** What the About dialog shows beyond the app version; read in the background as it means loading resources. */
record AboutContent(String matrixVersion, List<ThirdPartyComponent> components, String licenceText) {
}
