package dev.dbpatterns.kit.learn.engine;

/**
 * One test as the learner reads it.
 *
 * @param group    the test class's display name ("Task 1 · MyBatis: adding a review …")
 * @param name     the test's display name
 * @param target   the database it ran on ("H2 (in memory)"), or null
 * @param message  for a failure or skip: what was expected and what happened, in words
 * @param location where in the learner's files it went wrong ("…/MyBatisReviews.java:28"), or null
 * @param timedOut whether it failed by overrunning the time limit
 * @param todoTask the task whose stub it failed on, still a TODO (its own task's or an earlier one's), or null:
 *                 a failure that says nothing about the learner's code but that it is not written yet
 */
public record TestResult(String group, String name, String target, Status status, String message, String location,
                         boolean timedOut, Integer todoTask) {

    public enum Status { PASSED, FAILED, SKIPPED }

    public boolean failed() {
        return status == Status.FAILED;
    }
}
