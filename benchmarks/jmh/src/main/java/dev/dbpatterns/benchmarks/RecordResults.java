package dev.dbpatterns.benchmarks;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes benchmarks/results/&lt;date&gt;-&lt;host&gt;.json: JMH's JSON of every run, plus the
 * environment the numbers came from (JDK, CPU, load average at start, database server versions,
 * pool settings) and pgbench's select-only ceiling. Called by benchmarks/run.
 *
 * <pre>RecordResults --out F --load "1.2 0.9 0.8" --mode full [--took SECONDS --projected TEXT] [--pgbench LOG]…
 *     [--pgbench-missing WHY] JMH.json…</pre>
 */
public final class RecordResults {
    private static final Pattern TPS = Pattern.compile("tps = ([0-9.]+) \\(without initial connection time\\)");
    private static final Pattern LATENCY = Pattern.compile("latency average = ([0-9.]+) ms");

    private RecordResults() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>();
        List<Path> pgbenchLogs = new ArrayList<>();
        List<Path> jmhFiles = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--out", "--load", "--mode", "--took", "--projected", "--pgbench-missing" -> options.put(args[i], args[++i]);
                case "--pgbench" -> pgbenchLogs.add(Path.of(args[++i]));
                default -> jmhFiles.add(Path.of(args[i]));
            }
        }
        JsonArray benchmarks = new JsonArray();
        TreeSet<String> databases = new TreeSet<>();
        for (Path file : jmhFiles) {
            for (JsonElement run : JsonParser.parseString(Files.readString(file)).getAsJsonArray()) {
                benchmarks.add(run);
                databases.add(run.getAsJsonObject().getAsJsonObject("params").get("db").getAsString());
            }
        }
        JsonObject results = new JsonObject();
        results.addProperty("date", Instant.now().toString());
        results.addProperty("host", InetAddress.getLocalHost().getHostName());
        results.addProperty("mode", options.getOrDefault("--mode", "full"));
        JsonObject environment = environment(options.getOrDefault("--load", "unknown"), databases);
        if (options.containsKey("--took")) {
            environment.addProperty("tookSeconds", Long.parseLong(options.get("--took")));
            environment.addProperty("projected", options.get("--projected"));
        }
        results.add("environment", environment);
        results.add("pgbench", pgbench(pgbenchLogs, options.get("--pgbench-missing")));
        results.add("benchmarks", benchmarks);
        Gson gson = new GsonBuilder().setPrettyPrinting().serializeSpecialFloatingPointValues().create();
        Path out = Path.of(options.get("--out"));
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, gson.toJson(results) + "\n");
        System.out.println("Results written to " + out);
    }

    private static JsonObject environment(String load, Iterable<String> databases) throws IOException {
        JsonObject environment = new JsonObject();
        environment.addProperty("jdk", System.getProperty("java.vendor") + " " + System.getProperty("java.runtime.version"));
        environment.addProperty("jvm", System.getProperty("java.vm.name"));
        environment.addProperty("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
        environment.addProperty("cpuModel", cpuModel());
        environment.addProperty("cpus", Runtime.getRuntime().availableProcessors());
        environment.addProperty("loadAverageAtStart", load);
        environment.addProperty("loadAverageAtEnd", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        JsonObject versions = new JsonObject();
        for (String db : databases) {
            try (BenchDatabase database = BenchDatabase.create(db, false)) {
                versions.addProperty(db, database.serverVersion());
            } catch (Exception unreachable) {
                versions.addProperty(db, "unreachable at the end of the run: " + unreachable.getMessage());
            }
        }
        environment.add("databases", versions);
        environment.add("poolSettings", new Gson().toJsonTree(PoolSettings.describe()));
        return environment;
    }

    private static String cpuModel() throws IOException {
        Path cpuinfo = Path.of("/proc/cpuinfo");
        if (!Files.exists(cpuinfo)) {
            return System.getProperty("os.arch");
        }
        return Files.readAllLines(cpuinfo).stream().filter(line -> line.startsWith("model name"))
                .map(line -> line.substring(line.indexOf(':') + 1).trim()).findFirst().orElse(System.getProperty("os.arch"));
    }

    /** pgbench -S with one client: select-only transactions per second, one run per log. */
    private static JsonObject pgbench(List<Path> logs, String missing) throws IOException {
        JsonObject pgbench = new JsonObject();
        if (missing != null) {
            pgbench.addProperty("missing", missing);
            return pgbench;
        }
        JsonArray tps = new JsonArray();
        JsonArray latency = new JsonArray();
        for (Path log : logs) {
            String text = Files.readString(log);
            Matcher t = TPS.matcher(text);
            Matcher l = LATENCY.matcher(text);
            if (!t.find() || !l.find()) {
                throw new IllegalStateException("pgbench's output in " + log + " has no tps or latency line:\n" + text);
            }
            tps.add(Double.parseDouble(t.group(1)));
            latency.add(Double.parseDouble(l.group(1)));
        }
        pgbench.addProperty("command", "pgbench -S -c 1 -j 1 -n (scale 1), one run per entry");
        pgbench.add("tps", tps);
        pgbench.add("latencyMs", latency);
        return pgbench;
    }
}
