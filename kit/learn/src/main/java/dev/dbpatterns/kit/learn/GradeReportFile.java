package dev.dbpatterns.kit.learn;

import com.google.gson.JsonParseException;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

/**
 * Whether a file is a report {@code learn grade} wrote, the only kind of file it may replace. Read
 * as a stream, so a file of any size is answered without loading it.
 */
final class GradeReportFile {
    private GradeReportFile() {
    }

    /** A JSON object with the fields every {@link GradeReport} has: when it was graded, and the submissions. */
    static boolean isOne(Path file) {
        try (JsonReader json = new JsonReader(Files.newBufferedReader(file))) {
            Set<String> fields = new HashSet<>();
            json.beginObject();
            while (json.hasNext()) {
                String name = json.nextName();
                if (name.equals("submissions") && json.peek() != JsonToken.BEGIN_ARRAY) {
                    return false;
                }
                fields.add(name);
                json.skipValue();
            }
            json.endObject();
            return json.peek() == JsonToken.END_DOCUMENT && fields.containsAll(Set.of("gradedAt", "submissions"));
        } catch (IOException | JsonParseException | IllegalStateException e) {
            return false; // not JSON, not text, not readable: not a report
        }
    }
}
