package dev.dbpatterns.kit.learn;

import picocli.CommandLine.Option;

/** {@code --jobs}: how many submissions are graded at once, each in a JVM of its own. */
final class JobsOption {
    @Option(names = "--jobs", paramLabel = "N", converter = Count.class,
            description = "submissions graded at once, each in a JVM of its own (default: one per core, here ${DEFAULT-VALUE})")
    int jobs = cores();

    static int cores() {
        return Runtime.getRuntime().availableProcessors();
    }

    /** At least one; at most four per core, past which tests would run out of time, not faster. */
    static final class Count implements picocli.CommandLine.ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            int most = 4 * cores();
            try {
                int jobs = Integer.parseInt(value.trim());
                if (jobs >= 1 && jobs <= most) {
                    return jobs;
                }
            } catch (NumberFormatException e) {
                // explained below
            }
            throw new LearnException("--jobs " + value + " is not a number of submissions to grade at once: use 1 to "
                    + most + " (this machine has " + cores() + " cores; more at once would only make tests run out of time).");
        }
    }
}
