package nl.personacanvas.io.crash;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

/**
 * Starts Java processes with this JVM's own class path, kept light because a test starts hundreds of
 * them: the class folders are packed into a jar so that a class data archive (AppCDS) can be made once
 * and shared by every later start, which halves start-up time. When the archive cannot be made the
 * processes simply start without it.
 */
public final class ChildJvm {
    private final List<String> options;

    private final String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    private final String classpath;
    private Path archive;

    /** @param options JVM options for every process, e.g. its heap size */
    public ChildJvm(Path workDir, List<String> options) throws IOException {
        this.options = List.copyOf(options);
        List<String> entries = new ArrayList<>();
        Path packed = workDir.resolve("classes.jar");
        try (JarOutputStream jar = new JarOutputStream(Files.newOutputStream(packed))) {
            for (Path entry : expand(System.getProperty("java.class.path"))) {
                if (Files.isDirectory(entry)) {
                    pack(entry, jar);
                } else if (Files.isRegularFile(entry)) {
                    entries.add(entry.toString());
                }
            }
        }
        entries.add(0, packed.toString());
        this.classpath = String.join(File.pathSeparator, entries);
    }

    /**
     * Runs {@code mainClass} once to completion, recording the classes it loads into an archive that
     * later starts map instead of loading and verifying them again.
     */
    public void archiveClassesOf(String mainClass, Path archiveFile, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(java, "-XX:ArchiveClassesAtExit=" + archiveFile));
        command.addAll(options);
        command.addAll(List.of("-cp", classpath, mainClass));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (p.waitFor() == 0 && Files.isRegularFile(archiveFile)) {
            archive = archiveFile;
        }
    }

    public boolean usesArchive() {
        return archive != null;
    }

    public ProcessBuilder command(String mainClass, String... args) {
        List<String> command = new ArrayList<>(List.of(java));
        if (archive != null) {
            command.add("-XX:SharedArchiveFile=" + archive);
            command.add("-Xlog:cds=off");
        }
        command.addAll(options);
        command.addAll(List.of("-cp", classpath, mainClass));
        command.addAll(List.of(args));
        return new ProcessBuilder(command);
    }

    /** The class path entries, with a manifest-only jar (as Surefire uses) replaced by what it names. */
    private static List<Path> expand(String classpath) throws IOException {
        List<Path> result = new ArrayList<>();
        for (String element : classpath.split(File.pathSeparator)) {
            Path entry = Path.of(element);
            String manifestPath = null;
            if (Files.isRegularFile(entry) && element.endsWith(".jar")) {
                try (JarFile jar = new JarFile(entry.toFile())) {
                    manifestPath = jar.getManifest() == null ? null
                            : jar.getManifest().getMainAttributes().getValue(Attributes.Name.CLASS_PATH);
                }
            }
            if (manifestPath == null) {
                result.add(entry);
                continue;
            }
            URI base = entry.toAbsolutePath().getParent().toUri();
            for (String url : manifestPath.trim().split("\\s+")) {
                result.add(Path.of(base.resolve(url)));
            }
        }
        return result;
    }

    private static void pack(Path folder, JarOutputStream jar) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                String name = folder.relativize(file).toString().replace(File.separatorChar, '/');
                try {
                    jar.putNextEntry(new JarEntry(name));
                } catch (java.util.zip.ZipException duplicate) {
                    continue; // the first folder on the class path wins, as it would for the class loader
                }
                Files.copy(file, jar);
                jar.closeEntry();
            }
        }
    }
}
