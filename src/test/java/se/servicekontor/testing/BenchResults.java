package se.servicekontor.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;

/**
 * The benchmarks' results in one file, {@code target/bench/results.csv}, one row per workload, as
 * {@code batch-jobs/run/bench.sh} collects them. A benchmark calls {@link #record} once it has its figures;
 * benchmarks never decide a build's pass or fail by time.
 */
public final class BenchResults {

    public static final Path FILE = Path.of("target", "bench", "results.csv");
    public static final String HEADER = "workload,size,seconds,rate_per_s,baseline_seconds,ratio,target,met";

    private BenchResults() {
    }

    /**
     * One row: the workload, its size (items), its time, and — when the workload has one — the baseline's
     * time, the target as written (e.g. {@code ratio<=2.0}) and whether it was met.
     */
    public static synchronized void record(String workload, long size, double seconds, Double baselineSeconds,
                                           String target, Boolean met) {
        try {
            Files.createDirectories(FILE.getParent());
            if (!Files.exists(FILE))
                Files.writeString(FILE, HEADER + "\n", StandardCharsets.UTF_8);
            String ratio = baselineSeconds == null ? "" : String.format(Locale.ROOT, "%.3f", seconds / baselineSeconds);
            String row = String.join(",", workload, Long.toString(size), String.format(Locale.ROOT, "%.3f", seconds),
                    String.format(Locale.ROOT, "%.1f", size / seconds),
                    baselineSeconds == null ? "" : String.format(Locale.ROOT, "%.3f", baselineSeconds), ratio,
                    target == null ? "" : target, met == null ? "" : met.toString());
            Files.writeString(FILE, row + "\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
