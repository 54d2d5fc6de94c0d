package dev.dbpatterns.kit.learn;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/** The learner's CLI, started by the {@code ./learn} launcher at the repository root. */
public final class Learn {
    static final String COMMANDS = "progress, list, lessons, lesson, check, watch, hint, solution, reset, grade,"
            + " course-check, help";

    private final Session session;

    public Learn(Path root, Output out, BufferedReader in) {
        this.session = new Session(root, out, in);
    }

    public static void main(String[] args) {
        Path root = Path.of(System.getProperty("learn.root", "")).toAbsolutePath();
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        System.exit(new Learn(root, Output.system(), in).run(args));
    }

    /** @return the exit code: 0 done or passed, 1 a check or lesson failed, 2 the command could not run */
    public int run(String... args) {
        List<String> rest = args.length == 0 ? List.of() : Arrays.asList(args).subList(1, args.length);
        String command = args.length == 0 ? "progress" : args[0];
        try {
            return switch (command) {
                case "progress" -> new ProgressCommand(session).progress(rest);
                case "list" -> new ProgressCommand(session).list(rest);
                case "check" -> new CheckCommand(session).run(rest);
                case "watch" -> new WatchCommand(session).run(rest);
                case "hint" -> new HintCommand(session).hint(rest);
                case "solution" -> new HintCommand(session).solution(rest);
                case "reset" -> new ResetCommand(session).run(rest);
                case "lessons" -> new LessonCommand(session).list(rest);
                case "lesson" -> new LessonCommand(session).run(rest);
                case "grade" -> new GradeCommand(session).run(rest);
                case "grade-one" -> new GradeCommand(session).gradeOne(rest);
                case "course-check" -> new CourseCheck(session.root).report(session.out);
                case "help", "--help", "-h" -> help();
                default -> throw new LearnException("There is no command '" + command + "'. Commands: " + COMMANDS
                        + ". ./learn help says what each does.");
            };
        } catch (LearnException e) {
            session.out.println(session.out.red("learn: ") + e.getMessage());
            return 2;
        }
    }

    private int help() {
        Output out = session.out;
        out.println(out.bold("./learn") + ": the dbpatterns course, one exercise and one task at a time.");
        out.println("""
                  ./learn                        your progress and the next step
                  ./learn list                   every exercise and its tasks, with what passes
                  ./learn lessons                the patterns whose lessons you can run
                  ./learn lesson <pattern>       run a pattern's lessons, the SQL of each step shown
                                                 [--db h2|postgres|mariadb|all] [a word of the lesson's name]
                  ./learn check [exercise]       compile and test an exercise, task by task [--db …] [--time-limit s]
                  ./learn watch [exercise]       check again on every save [--poll: for file systems without events]
                  ./learn hint [exercise]        a hint for the first task that does not pass yet
                  ./learn solution [exercise]    the worked solution, once the exercise passes [--force]
                  ./learn reset <exercise>       put the exercise's files back as they came (asks; keeps a backup) [--yes]
                  ./learn grade <folder>         grade a submission, a copy of exercises/, or a folder of them
                                                 [--json report.json] [--time-limit s] [--db …]
                  ./learn course-check           for course authors: every solution passes, every stub fails
                """.stripTrailing());
        return 0;
    }
}
