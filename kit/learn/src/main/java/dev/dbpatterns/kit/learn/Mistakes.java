package dev.dbpatterns.kit.learn;

import dev.dbpatterns.kit.learn.engine.EngineException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;

/**
 * A command that cannot run, in one line that says why and what would: an unknown command,
 * option or name, a missing argument, a problem the learner can fix. Exit code 2, no stack trace.
 */
final class Mistakes implements CommandLine.IParameterExceptionHandler, CommandLine.IExecutionExceptionHandler {
    private final Output out;

    Mistakes(Output out) {
        this.out = out;
    }

    @Override
    public int handleParseException(ParameterException mistake, String[] args) {
        return report(explain(mistake));
    }

    @Override
    public int handleExecutionException(Exception problem, CommandLine command, CommandLine.ParseResult parsed)
            throws Exception {
        if (problem instanceof LearnException || problem instanceof EngineException) {
            return report(problem.getMessage());
        }
        throw problem;
    }

    private int report(String message) {
        out.println(out.red("learn: ") + message);
        return 2;
    }

    private static String explain(ParameterException mistake) {
        CommandLine command = mistake.getCommandLine();
        String name = "learn " + command.getCommandName(); // as the learner said it, without the ./
        if (mistake.getCause() instanceof LearnException fixable) {
            return fixable.getMessage();
        }
        if (mistake instanceof CommandLine.UnmatchedArgumentException unmatched) {
            String first = unmatched.getUnmatched().get(0);
            if (command.getParent() == null && !first.startsWith("-")) {
                return "There is no command '" + first + "'. Commands: " + commands(command) + ". ./learn help says"
                        + " what each does.";
            }
            return first.startsWith("-") ? name + " has no option " + first + "." + options(command)
                    : tooManyNames(name, command, unmatched.getUnmatched());
        }
        if (mistake instanceof CommandLine.MissingParameterException missing) {
            ArgSpec first = missing.getMissing().get(0);
            return first instanceof OptionSpec option ? name + ": " + option.longestName() + " needs a value."
                    : name + " needs " + ((NeedsAName) command.getCommand()).whatIsNeeded() + ".";
        }
        return name + ": " + mistake.getMessage();
    }

    private static String commands(CommandLine root) {
        return root.getSubcommands().entrySet().stream().filter(entry -> !entry.getValue().getCommandSpec().usageMessage().hidden())
                .map(Map.Entry::getKey).collect(Collectors.joining(", "));
    }

    private static String options(CommandLine command) {
        List<String> names = command.getCommandSpec().options().stream().filter(option -> !option.usageHelp())
                .map(OptionSpec::longestName).sorted().toList();
        return names.isEmpty() ? " It takes none." : " Its options: " + String.join(", ", names) + ".";
    }

    private static String tooManyNames(String name, CommandLine command, List<String> unmatched) {
        int most = command.getCommandSpec().positionalParameters().stream().mapToInt(p -> p.arity().max()).sum();
        List<String> given = Stream.concat(command.getCommandSpec().positionalParameters().stream()
                .flatMap(p -> p.originalStringValues().stream()), unmatched.stream().filter(arg -> !arg.startsWith("-")))
                .toList();
        return name + " takes at most " + most + " name" + (most == 1 ? "" : "s") + "; it was given: "
                + String.join(" ", given) + ".";
    }

    /** A command whose required name, when missing, is asked for with the names there are. */
    interface NeedsAName {
        String whatIsNeeded();
    }
}
