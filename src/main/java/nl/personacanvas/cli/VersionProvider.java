package nl.personacanvas.cli;

import nl.personacanvas.io.AppVersion;
import picocli.CommandLine.IVersionProvider;

final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {"Persona Canvas " + AppVersion.current()};
    }
}
