package dev.dbpatterns.exercises.requestscope;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A bounded burst of GETs: {@code count} requests cycling through the paths, sent by so many clients at once. After
 * the first 5xx the clients send nothing more (a desk that keeps its connections starves the pool, and every later
 * request would wait for it): the requests not sent are counted under status 0.
 */
record Statuses(Map<Integer, Integer> counted) {

    static Statuses of(DeskServer server, List<String> paths, int count, int clients) throws Exception {
        AtomicBoolean failing = new AtomicBoolean();
        Map<Integer, Integer> counted = new TreeMap<>();
        try (ExecutorService senders = Executors.newFixedThreadPool(clients)) {
            List<Future<Integer>> sent = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                String path = paths.get(i % paths.size());
                sent.add(senders.submit(() -> {
                    if (failing.get()) {
                        return 0;
                    }
                    int status = server.get(path).statusCode();
                    failing.compareAndSet(false, status >= 500);
                    return status;
                }));
            }
            for (Future<Integer> request : sent) {
                counted.merge(request.get(DeskServer.SAFETY_NET.toSeconds() * 2, TimeUnit.SECONDS), 1, Integer::sum);
            }
        }
        return new Statuses(counted);
    }
}
