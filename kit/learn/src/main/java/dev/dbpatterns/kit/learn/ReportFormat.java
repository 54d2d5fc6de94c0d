package dev.dbpatterns.kit.learn;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** What {@code learn grade --report} writes: learn's own JSON file, or Exercism's results.json files in a folder. */
enum ReportFormat {
    LEARN, EXERCISM;

    String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The report's path, refused before grading starts when it is the wrong kind of thing for this format. */
    Path checked(Path report) {
        if (this == LEARN && Files.isDirectory(report)) {
            throw new LearnException(report + " is a folder: --report names the JSON file to write the grades to"
                    + " (or, with --format exercism, a folder).");
        }
        if (this == EXERCISM && Files.exists(report) && !Files.isDirectory(report)) {
            throw new LearnException(report + " is a file: with --format exercism, --report names the folder to write"
                    + " the results.json files in.");
        }
        return report;
    }

    static final class Parsed implements picocli.CommandLine.ITypeConverter<ReportFormat> {
        @Override
        public ReportFormat convert(String value) {
            return Arrays.stream(values()).filter(format -> format.label().equals(value.trim().toLowerCase(Locale.ROOT)))
                    .findFirst().orElseThrow(() -> new LearnException("--format " + value + " is not a report format: "
                            + Arrays.stream(values()).map(ReportFormat::label).collect(Collectors.joining(" or "))
                            + " (learn: one JSON file; exercism: a results.json for each exercise of each submission)."));
        }
    }
}
