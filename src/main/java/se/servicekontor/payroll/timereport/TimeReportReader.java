package se.servicekontor.payroll.timereport;

import java.nio.file.Path;
import java.util.List;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

import se.servicekontor.platform.documents.TabularRows.Line;
import se.servicekontor.platform.jobs.JobConventions;

/** Reads the rows of a time report (xlsx or csv); saves the position after each chunk so a restart continues. */
class TimeReportReader implements ItemStreamReader<Line> {

    static final String POSITION = "payroll.timereport.position";

    private final Path file;
    private List<Line> lines;
    private int position;

    TimeReportReader(Path file) {
        this.file = file;
    }

    @Override
    public void open(ExecutionContext context) {
        try {
            lines = TimeReportFile.read(file);
        } catch (TimeReportFile.Refused e) {
            throw new ItemStreamException(e.getMessage(), e);
        }
        context.putLong(JobConventions.EXPECTED_ITEMS, lines.size());
        position = context.getInt(POSITION, 0);
    }

    @Override
    public Line read() {
        return position < lines.size() ? lines.get(position++) : null;
    }

    @Override
    public void update(ExecutionContext context) {
        context.putInt(POSITION, position);
    }

    @Override
    public void close() {
        lines = null;
    }
}
