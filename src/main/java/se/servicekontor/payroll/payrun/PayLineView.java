package se.servicekontor.payroll.payrun;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;

import se.servicekontor.payroll.employment.MonthWords;
import se.servicekontor.shared.Amount;

/** One pay line of an employee in a run (payslip line); taxable lines make up gross pay. */
public record PayLineView(int seq, long employmentId, String costCentre, String code, String text, Amount amount,
                          boolean taxable, LocalDate earnedFrom, LocalDate earnedTo) {

    /** The line's text with Swedish numbers and grammar ("960,00", "1,5 tim", "1 dag"): issue 18 item 13. */
    public String swedishText() {
        return LineText.swedish(text);
    }

    /** The month the line was earned in when it is one month other than the payment month, else null (issue 18 item 12). */
    public String earnedEarlier(YearMonth payMonth, Locale locale) {
        if (earnedFrom == null || earnedTo == null || !YearMonth.from(earnedFrom).equals(YearMonth.from(earnedTo)))
            return null;
        YearMonth earned = YearMonth.from(earnedFrom);
        return earned.equals(payMonth) ? null : MonthWords.monthYear(earned, locale);
    }
}
