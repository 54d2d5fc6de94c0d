package dev.dbpatterns.kit.learn;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The learner's CLI, started by the {@code ./learn} launcher at the repository root. */
@Command(name = "./learn", usageHelpWidth = 100,
        header = "./learn: the dbpatterns course, one exercise and one task at a time.",
        synopsisHeading = "%nUsage: ", commandListHeading = "%nCommands:%n",
        description = "Without a command: your progress and the next step.",
        footer = {"", "Exit codes: 0 done or passed, 1 a check or lesson failed, 2 the command could not run."})
public final class Learn implements Callable<Integer> {
    @Option(names = {"-h", "--help"}, usageHelp = true, description = "this help; ./learn help <command> for one command")
    boolean help;

    private final CommandLine commandLine;

    public Learn(Path root, Output out, BufferedReader in) {
        Invocation invocation = new Invocation(root, out, in);
        this.commandLine = new CommandLine(this);
        // In the order the help lists them.
        for (Object command : List.of(new ProgressCommand(), new ListCommand(), new LessonsCommand(), new LessonCommand(),
                new CheckCommand(), new WatchCommand(), new HintCommand(), new SolutionCommand(), new ResetCommand(),
                new GradeCommand(invocation), new GradeOneCommand(invocation), new CourseCheckCommand(),
                new CommandLine.HelpCommand())) {
            if (command instanceof LearnCommand learnCommand) {
                learnCommand.invocation = invocation;
            }
            commandLine.addSubcommand(command);
        }
        commandLine.getSubcommands().get("help").getCommandSpec().usageMessage()
                .header("what a command does, its options included: ./learn help check");
        // Every command answers --help too; picocli's help command has its own, so it gets no second.
        commandLine.getSubcommands().values().stream().filter(sub -> !(sub.getCommand() instanceof CommandLine.HelpCommand))
                .forEach(sub -> sub.getCommandSpec().addOption(CommandLine.Model.OptionSpec.builder("-h", "--help")
                        .usageHelp(true).description("what this command does").build()));
        Mistakes mistakes = new Mistakes(out);
        commandLine.setOut(out.writer()).setErr(out.writer())
                .setColorScheme(CommandLine.Help.defaultColorScheme(out.ansi()))
                .setParameterExceptionHandler(mistakes).setExecutionExceptionHandler(mistakes);
    }

    public static void main(String[] args) {
        Path root = Path.of(System.getProperty("learn.root", "")).toAbsolutePath();
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        System.exit(new Learn(root, Output.system(), in).run(args));
    }

    /** @return the exit code: 0 done or passed, 1 a check or lesson failed, 2 the command could not run */
    public int run(String... args) {
        return commandLine.execute(args);
    }

    /** {@code ./learn} alone: the progress. */
    @Override
    public Integer call() throws Exception {
        return ((ProgressCommand) commandLine.getSubcommands().get("progress").getCommand()).call();
    }
}
