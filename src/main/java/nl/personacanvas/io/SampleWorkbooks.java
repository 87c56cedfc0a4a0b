package nl.personacanvas.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.personacanvas.model.Workbook;

/**
 * The workbooks embedded in the jar (the four schools of the study). {@code samples/index.txt} lists
 * their file names, the default one first, so adding a sample needs no code change.
 */
public final class SampleWorkbooks {
    private static final String FOLDER = "/nl/personacanvas/samples/";

    /** One embedded workbook; {@code id} is its file name without the extension. */
    public record Sample(String id, String resource) {
    }

    private final WorkbookCodec codec;

    public SampleWorkbooks(WorkbookCodec codec) {
        this.codec = codec;
    }

    public List<Sample> list() {
        try (InputStream in = SampleWorkbooks.class.getResourceAsStream(FOLDER + "index.txt")) {
            if (in == null) {
                return List.of();
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(name -> new Sample(name.replace(WorkbookStore.EXTENSION, ""), FOLDER + name))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first sample of the index, which the app opens when started without a file. */
    public Sample defaultSample() {
        List<Sample> samples = list();
        if (samples.isEmpty()) {
            throw new IllegalStateException("No sample workbooks in " + FOLDER + "index.txt");
        }
        return samples.get(0);
    }

    /** Samples ship with the app, so a broken one is a build defect rather than a user error. */
    public Workbook load(Sample sample) {
        try (InputStream in = SampleWorkbooks.class.getResourceAsStream(sample.resource())) {
            if (in == null) {
                throw new IllegalStateException("Missing sample " + sample.resource());
            }
            return codec.read(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (WorkbookFormatException e) {
            throw new IllegalStateException("Broken sample " + sample.resource() + ": " + e.getMessage(), e);
        }
    }
}
