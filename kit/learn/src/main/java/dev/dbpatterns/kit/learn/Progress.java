package dev.dbpatterns.kit.learn;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the learner has passed, by exercise: the numbers of the tasks that passed at the last check.
 * Saved as {@code .learn/progress.json}, small enough to read and to delete.
 */
public record Progress(int version, Map<String, ExerciseProgress> exercises) {
    public static final int VERSION = 1;

    public record ExerciseProgress(List<Integer> passedTasks, String checkedAt) {
    }

    public static Progress empty() {
        return new Progress(VERSION, new TreeMap<>());
    }

    public List<Integer> passedTasks(String exercise) {
        ExerciseProgress progress = exercises.get(exercise);
        return progress == null ? List.of() : progress.passedTasks();
    }

    public boolean passed(Course.Exercise exercise) {
        return passedTasks(exercise.name()).size() == exercise.tasks().size();
    }

    public Progress with(String exercise, List<Integer> passedTasks, String checkedAt) {
        Map<String, ExerciseProgress> all = new TreeMap<>(exercises);
        all.put(exercise, new ExerciseProgress(List.copyOf(passedTasks), checkedAt));
        return new Progress(VERSION, all);
    }

    /** What in this progress the course does not have (an exercise, a task number), or null when it all fits. */
    public String problemIn(Course course) {
        for (Map.Entry<String, ExerciseProgress> entry : exercises.entrySet()) {
            if (course.exercises().stream().noneMatch(exercise -> exercise.name().equals(entry.getKey()))) {
                return "the course has no exercise '" + entry.getKey() + "'";
            }
            int tasks = course.exercise(entry.getKey()).tasks().size();
            List<Integer> passed = entry.getValue().passedTasks();
            if (passed.stream().anyMatch(task -> task == null || task < 1 || task > tasks) || passed.stream().distinct().count() < passed.size()) {
                return entry.getKey() + " has tasks 1 to " + tasks + ", not " + passed;
            }
        }
        return null;
    }

    /** The first exercise in course order not yet passed; null once the whole course is. */
    public Course.Exercise current(Course course) {
        return course.exercises().stream().filter(exercise -> !passed(exercise)).findFirst().orElse(null);
    }

    /** The first task of the exercise not yet passed (1-based); 0 when all have. */
    public int currentTask(Course.Exercise exercise) {
        for (int task = 1; task <= exercise.tasks().size(); task++) {
            if (!passedTasks(exercise.name()).contains(task)) {
                return task;
            }
        }
        return 0;
    }
}
