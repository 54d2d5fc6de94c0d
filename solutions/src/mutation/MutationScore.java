import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one line a reader looks for after `./mvnw -P mutation verify`: an exercise's mutation score,
 * and each mutant its tests let live. Reads PIT's mutations.xml (one mutation a line); writes the
 * same lines to mutation-score.txt beside it. Run by the solutions' mutation profile with the JDK the
 * build selected: java MutationScore.java <exercise> <pit-reports directory>.
 */
public class MutationScore {
    private static final Pattern MUTATION = Pattern.compile(
            "<mutation detected='(true|false)' status='(\\w+)'.*?<sourceFile>(.*?)</sourceFile>.*?"
                    + "<mutatedMethod>(.*?)</mutatedMethod>.*?<lineNumber>(\\d+)</lineNumber>.*?"
                    + "<description>(.*?)</description>");

    public static void main(String[] args) throws IOException {
        String exercise = args[0];
        Path reports = Path.of(args[1]);
        Path xml = reports.resolve("mutations.xml");
        if (!Files.exists(xml)) {
            return; // PIT did not run here (the aggregator, or skipped): nothing to report
        }
        int total = 0;
        int detected = 0;
        List<String> lines = new ArrayList<>();
        List<String> alive = new ArrayList<>();
        for (String line : Files.readAllLines(xml)) {
            Matcher mutation = MUTATION.matcher(line);
            if (!mutation.find()) {
                continue;
            }
            total++;
            if (mutation.group(1).equals("true")) {
                detected++;
            } else {
                alive.add(String.format(Locale.ROOT, "  %s %s:%s %s: %s", mutation.group(2), mutation.group(3),
                        mutation.group(5), mutation.group(4), unescape(mutation.group(6))));
            }
        }
        long percent = total == 0 ? 100 : Math.round(100.0 * detected / total);
        lines.add(String.format(Locale.ROOT, "Mutation score of exercise %s: %d %% (%d of %d mutants killed)%s",
                exercise, percent, detected, total, alive.isEmpty() ? "" : "; alive:"));
        lines.addAll(alive);
        lines.forEach(System.out::println);
        Files.write(reports.resolve("mutation-score.txt"), lines);
    }

    private static String unescape(String xml) {
        return xml.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&apos;", "'").replace("&amp;", "&");
    }
}
