package se.servicekontor.payroll.payrun;

import java.util.List;

/** One page of a run's employees (page numbers from 0). */
public record EmployeePage(List<EmployeeResult> items, int page, int size, long total) {

    public EmployeePage {
        items = List.copyOf(items);
    }

    public int pages() {
        return size == 0 ? 0 : (int) ((total + size - 1) / size);
    }
}
