package se.servicekontor.payroll.payrun;

import java.time.YearMonth;
import java.util.ArrayDeque;
import java.util.Deque;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * Reads one partition's employees (ids in [minId, maxId]) in id order, a page of ids at a time with everything
 * the calculation needs loaded in bulk. Restartable: the last employee handed out is saved with each
 * chunk's commit, and a restart continues after it. One instance per partition (step scope).
 */
class EmployeePageReader implements ItemStreamReader<EmployeeInput> {

    static final String MIN_ID = "payrun.minEmployeeId";
    static final String MAX_ID = "payrun.maxEmployeeId";
    static final String LAST_ID = "payrun.lastEmployeeId";

    private final EmployeeInputs inputs;
    private final YearMonth period;
    private final long previousReleasedRun;
    private final int pageSize;
    private final Deque<EmployeeInput> page = new ArrayDeque<>();
    private long maxId;
    private long lastRead;
    private long lastFetched;
    private boolean exhausted;

    EmployeePageReader(EmployeeInputs inputs, YearMonth period, long previousReleasedRun, int pageSize) {
        this.inputs = inputs;
        this.period = period;
        this.previousReleasedRun = previousReleasedRun;
        this.pageSize = pageSize;
    }

    @Override
    public void open(ExecutionContext context) {
        maxId = context.getLong(MAX_ID);
        lastRead = context.containsKey(LAST_ID) ? context.getLong(LAST_ID) : context.getLong(MIN_ID) - 1;
        lastFetched = lastRead;
        page.clear();
        exhausted = false;
        inputs.prepareRetro(period);
    }

    @Override
    public EmployeeInput read() {
        while (page.isEmpty() && !exhausted) { // the next pageSize ids; a range may hold fewer of the month's employees, or none
            long from = lastFetched + 1;
            long to = maxId - lastFetched <= pageSize ? maxId : lastFetched + pageSize;
            exhausted = to >= maxId;
            lastFetched = to;
            if (from <= to)
                page.addAll(inputs.load(period, from, to, previousReleasedRun));
        }
        EmployeeInput next = page.poll();
        if (next != null)
            lastRead = next.employeeId();
        return next;
    }

    @Override
    public void update(ExecutionContext context) {
        context.putLong(LAST_ID, lastRead);
    }

    @Override
    public void close() {
        page.clear();
    }
}
