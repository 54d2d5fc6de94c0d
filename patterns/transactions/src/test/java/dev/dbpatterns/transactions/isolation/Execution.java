package dev.dbpatterns.transactions.isolation;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** A step submitted to its transaction's thread: its result, and whether it had to wait for a lock. */
final class Execution {
    private final Step step;
    private final Participant participant;
    private final CompletableFuture<StepResult> result;
    private final List<String> transcript;
    private boolean waited;
    private boolean told;

    Execution(Step step, Participant participant, List<String> transcript) {
        this.step = step;
        this.participant = participant;
        this.transcript = transcript;
        this.result = participant.submit(step);
        result.thenAccept(this::resumed);
    }

    Step step() {
        return step;
    }

    Participant participant() {
        return participant;
    }

    boolean isDone() {
        return result.isDone();
    }

    synchronized boolean waited() {
        return waited;
    }

    /** The result if the step ended within the time given, else null. */
    StepResult awaitFor(long millis) {
        try {
            StepResult ended = result.get(millis, TimeUnit.MILLISECONDS);
            synchronized (this) {
                if (!waited && !told) {
                    told = true;
                    transcript.add(step.describe() + "  → " + ended);
                }
            }
            return ended;
        } catch (TimeoutException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while " + step.describe(), e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(step.describe() + " broke the scenario: " + e.getCause(), e.getCause());
        }
    }

    /** Records that the database reports the step waiting for a lock, unless it has ended meanwhile. */
    synchronized boolean markWaiting() {
        if (result.isDone()) {
            return false;
        }
        waited = true;
        transcript.add(step.describe() + "  ⏳ waits for a lock");
        return true;
    }

    private synchronized void resumed(StepResult ended) {
        if (waited) {
            transcript.add("    ↳ " + step.tx() + " resumes: " + ended);
        }
    }

    StepResult result() {
        return result.getNow(null);
    }
}
