package nl.personacanvas.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.personacanvas.model.Workbook;
import org.junit.jupiter.api.Test;

class FileFormatDocsTest {
    private static final Path DOC = Path.of("docs/file-format.md");

    @Test
    void theExampleInTheDocumentationLoads() throws Exception {
        Matcher m = Pattern.compile("## Example.*?```json\\n(.*?)\\n```", Pattern.DOTALL).matcher(Files.readString(DOC));
        assertThat(m.find()).as("a json block under ## Example").isTrue();
        Workbook wb = new WorkbookCodec().read(m.group(1).getBytes(StandardCharsets.UTF_8));
        assertThat(wb.personas()).isNotEmpty();
        assertThat(wb.activities()).isNotEmpty();
    }

    @Test
    void theDocumentationStatesTheLimitsTheCodeEnforces() throws Exception {
        String doc = Files.readString(DOC);
        assertThat(doc).contains("| whole file | 20 MB (20,971,520 bytes) |");
        assertThat(Limits.MAX_DOCUMENT_BYTES).isEqualTo(20_971_520);
        assertThat(doc).contains("nesting depth | " + Limits.MAX_NESTING_DEPTH + " levels");
        assertThat(doc).contains("| " + Limits.MAX_NAME_LENGTH + " |", "| 1,000 |", "| 10,000 |", "| 100 each |");
        assertThat(doc).contains("up to " + Limits.MAX_REPORTED_PROBLEMS);
        assertThat(Limits.MAX_SENTENCE_LENGTH).isEqualTo(1_000);
        assertThat(Limits.MAX_TEXT_LENGTH).isEqualTo(10_000);
        assertThat(Limits.MAX_PERSONAS).isEqualTo(10_000);
    }
}
