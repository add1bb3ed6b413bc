package se.servicekontor.supplierinvoice.payment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import se.servicekontor.shared.Amount;
import se.servicekontor.shared.SwedishCalendar;

/**
 * Which approved, unpaid invoices a payment proposal takes, and when each is paid (issue 13, DOMAIN.md §2):
 * <ul>
 * <li>an invoice is paid on its due date; a due date on a non-bank day moves to the bank day before
 * (payment must have reached the creditor by the due date, räntelagen 1975:635 2–3 §§); an overdue one
 * is paid on the first bank day from today;</li>
 * <li>taken when that pay day is within the horizon: today and the next {@code horizonBankDays} bank days;</li>
 * <li>one payment per supplier and pay day; the supplier's open credit notes are set off whole, oldest
 * first, against the earliest pay day they leave positive: a payment is never zero or negative, and a
 * credit note that fits nowhere waits for later invoices.</li>
 * </ul>
 * Plain Java; the calendar is the shared Swedish bank-day calendar.
 */
public final class PaymentPlan {

    /**
     * An approved, unpaid invoice or credit note. {@code amount} is what is payable: positive on an invoice,
     * negative on a credit note.
     */
    public record Payable(String invoice, String supplier, LocalDate dueDate, Amount amount) {
        public Payable {
            Objects.requireNonNull(invoice, "invoice");
            Objects.requireNonNull(supplier, "supplier");
            Objects.requireNonNull(dueDate, "dueDate");
            if (amount == null || amount.isZero()) {
                throw new IllegalArgumentException("Nothing to pay on " + invoice);
            }
        }

        public boolean isCredit() {
            return amount.isNegative();
        }
    }

    /** One payment in the file: the invoices less the credit notes set off against them, always positive. */
    public record SupplierPayment(String supplier, LocalDate executionDate, List<Payable> invoices, List<Payable> credits) {
        public SupplierPayment {
            invoices = List.copyOf(invoices);
            credits = List.copyOf(credits);
        }

        public Amount amount() {
            return Amount.sum(invoices.stream().map(Payable::amount)).plus(Amount.sum(credits.stream().map(Payable::amount)));
        }
    }

    /** The proposal's payments (by date, then supplier) and the credit notes that wait. */
    public record Plan(List<SupplierPayment> payments, List<Payable> waitingCredits) {
        public Amount total() {
            return Amount.sum(payments.stream().map(SupplierPayment::amount));
        }
    }

    public static final int DEFAULT_HORIZON_BANK_DAYS = 3;

    private final SwedishCalendar calendar;

    public PaymentPlan(SwedishCalendar calendar) {
        this.calendar = calendar;
    }

    /** The day an invoice due on {@code dueDate} is paid, seen from {@code today}. */
    public LocalDate payDay(LocalDate dueDate, LocalDate today) {
        LocalDate firstPossible = calendar.bankDayOnOrAfter(today);
        LocalDate onTime = calendar.bankDayOnOrBefore(dueDate);
        return onTime.isBefore(firstPossible) ? firstPossible : onTime;
    }

    /** The last pay day a proposal made today takes. */
    public LocalDate horizonEnd(LocalDate today, int horizonBankDays) {
        return calendar.addBankDays(calendar.bankDayOnOrAfter(today), horizonBankDays);
    }

    public Plan plan(List<Payable> open, LocalDate today, int horizonBankDays) {
        if (horizonBankDays < 0) {
            throw new IllegalArgumentException("The horizon is zero or more bank days");
        }
        LocalDate end = horizonEnd(today, horizonBankDays);
        Map<String, List<Payable>> bySupplier = new TreeMap<>();
        for (Payable p : open) {
            bySupplier.computeIfAbsent(p.supplier(), s -> new ArrayList<>()).add(p);
        }
        List<SupplierPayment> payments = new ArrayList<>();
        List<Payable> waiting = new ArrayList<>();
        for (Map.Entry<String, List<Payable>> supplier : bySupplier.entrySet()) {
            Map<LocalDate, List<Payable>> invoicesByDay = new TreeMap<>();
            List<Payable> credits = new ArrayList<>();
            for (Payable p : supplier.getValue()) {
                if (p.isCredit()) {
                    credits.add(p);
                } else {
                    LocalDate day = payDay(p.dueDate(), today);
                    if (!day.isAfter(end)) {
                        invoicesByDay.computeIfAbsent(day, d -> new ArrayList<>()).add(p);
                    }
                }
            }
            credits.sort(Comparator.comparing(Payable::dueDate).thenComparing(Payable::invoice));
            Map<LocalDate, List<Payable>> creditsByDay = new LinkedHashMap<>();
            Map<LocalDate, Amount> remaining = new TreeMap<>();
            invoicesByDay.forEach((day, list) -> remaining.put(day, Amount.sum(list.stream().map(Payable::amount))));
            for (Payable credit : credits) {
                LocalDate fits = null;
                for (Map.Entry<LocalDate, Amount> day : remaining.entrySet()) {
                    if (day.getValue().plus(credit.amount()).isPositive()) {
                        fits = day.getKey();
                        break;
                    }
                }
                if (fits == null) {
                    waiting.add(credit);
                } else {
                    remaining.put(fits, remaining.get(fits).plus(credit.amount()));
                    creditsByDay.computeIfAbsent(fits, d -> new ArrayList<>()).add(credit);
                }
            }
            invoicesByDay.forEach((day, list) -> payments.add(
                    new SupplierPayment(supplier.getKey(), day, list, creditsByDay.getOrDefault(day, List.of()))));
        }
        payments.sort(Comparator.comparing(SupplierPayment::executionDate).thenComparing(SupplierPayment::supplier));
        return new Plan(payments, waiting);
    }
}
