package se.servicekontor.payroll.payrun;

import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.servicekontor.platform.jobs.JobConventions;

/**
 * Splits the month's employees into {@code gridSize} partitions by id range: [min, max] of the population's
 * ids cut into ranges of equal width (ids are dense, so the ranges hold about as many employees each).
 * Each partition's context carries its range — the whole message a remote worker needs — and how many employees it
 * holds, for the progress bar (one query for all partitions).
 */
class EmployeeIdRanges implements Partitioner {

    private final JdbcClient jdbc;
    private final YearMonth period;

    EmployeeIdRanges(JdbcClient jdbc, YearMonth period) {
        this.jdbc = jdbc;
        this.period = period;
    }

    @Override
    public Map<String, ExecutionContext> partition(int gridSize) {
        long[] range = PayRunPopulation.idRange(jdbc, period);
        Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
        if (range == null) {
            partitions.put("employees0", context(1, 0));
            return partitions;
        }
        long min = range[0];
        long max = range[1];
        long width = Math.max(1, (max - min + gridSize) / gridSize);
        Map<Long, Long> counts = PayRunPopulation.countByBucket(jdbc, period, min, width);
        int k = 0;
        for (long from = min; from <= max; from += width) {
            ExecutionContext context = context(from, Math.min(max, from + width - 1));
            context.putLong(JobConventions.EXPECTED_ITEMS, counts.getOrDefault((long) k, 0L));
            partitions.put("employees" + k++, context);
        }
        return partitions;
    }

    private static ExecutionContext context(long min, long max) {
        ExecutionContext context = new ExecutionContext();
        context.putLong(EmployeePageReader.MIN_ID, min);
        context.putLong(EmployeePageReader.MAX_ID, max);
        return context;
    }
}
