package dev.dbpatterns.transactions.isolation;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What an interleaving did: each step's result, the rows at the end, and the story as it happened. */
final class Run {
    private final List<Execution> executions;
    private final Map<Integer, Integer> rowsAtTheEnd;
    private final List<String> transcript;

    Run(List<Execution> executions, Map<Integer, Integer> rowsAtTheEnd, List<String> transcript) {
        this.executions = List.copyOf(executions);
        this.rowsAtTheEnd = Map.copyOf(rowsAtTheEnd);
        this.transcript = List.copyOf(transcript);
    }

    /** The rows a read saw, id → quantity; empty when the read never ran (its transaction failed). */
    Optional<Map<Integer, Integer>> read(String label) {
        return executions.stream()
                .filter(execution -> label.equals(execution.step().label()))
                .map(Execution::result)
                .filter(StepResult.Read.class::isInstance)
                .map(result -> ((StepResult.Read) result).rows())
                .findFirst();
    }

    boolean saw(String label, int id, int quantity) {
        return read(label).map(rows -> Integer.valueOf(quantity).equals(rows.get(id))).orElse(false);
    }

    boolean committed(Tx tx) {
        return executions.stream().anyMatch(execution -> execution.step().tx() == tx
                && execution.step().kind() == Step.Kind.COMMIT && execution.result() instanceof StepResult.Ended);
    }

    Map<Integer, Integer> rowsAtTheEnd() {
        return rowsAtTheEnd;
    }

    Observation observe(boolean anomalyOccurred) {
        boolean blocked = executions.stream()
                .anyMatch(execution -> execution.waited() && !execution.step().waitIsIncidental());
        List<String> failures = executions.stream()
                .map(Execution::result)
                .filter(StepResult.Failed.class::isInstance)
                .map(result -> ((StepResult.Failed) result).code())
                .distinct()
                .toList();
        return new Observation(anomalyOccurred, blocked, failures);
    }

    String transcript() {
        return String.join("\n", transcript) + "\nrows at the end: " + new StepResult.Read(rowsAtTheEnd);
    }
}
