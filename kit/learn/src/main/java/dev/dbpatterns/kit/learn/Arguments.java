package dev.dbpatterns.kit.learn;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** A command's arguments: words in order, flags ({@code --force}) and options with a value ({@code --db h2}). */
final class Arguments {
    private final String command;
    private final List<String> words = new ArrayList<>();
    private final Map<String, String> options = new HashMap<>();

    private Arguments(String command) {
        this.command = command;
    }

    static Arguments parse(String command, List<String> args, Set<String> flags, Set<String> valued) {
        Arguments parsed = new Arguments(command);
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (!arg.startsWith("--")) {
                parsed.words.add(arg);
            } else if (flags.contains(arg)) {
                parsed.options.put(arg, "true");
            } else if (valued.contains(arg)) {
                if (i + 1 >= args.size()) {
                    throw new LearnException("learn " + command + ": " + arg + " needs a value.");
                }
                parsed.options.put(arg, args.get(++i));
            } else {
                Set<String> known = new TreeSet<>(flags);
                known.addAll(valued);
                throw new LearnException("learn " + command + " has no option " + arg + "."
                        + (known.isEmpty() ? " It takes none." : " Its options: " + String.join(", ", known) + "."));
            }
        }
        return parsed;
    }

    Optional<String> word(int index) {
        return index < words.size() ? Optional.of(words.get(index)) : Optional.empty();
    }

    String requiredWord(int index, String what) {
        return word(index).orElseThrow(() -> new LearnException("learn " + command + " needs " + what + "."));
    }

    void atMostWords(int count) {
        if (words.size() > count) {
            throw new LearnException("learn " + command + " takes at most " + count + " name"
                    + (count == 1 ? "" : "s") + "; it was given: " + String.join(" ", words) + ".");
        }
    }

    boolean flag(String name) {
        return options.containsKey(name);
    }

    Optional<String> option(String name) {
        return Optional.ofNullable(options.get(name));
    }
}
