package se.servicekontor.payroll.centre;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import se.servicekontor.payroll.PayrollProperties;
import se.servicekontor.payroll.employment.Employments;
import se.servicekontor.payroll.rules.PayCalendar;

/** Lönecenter: the landing page (counts, next payday, links) and Lönekalender. */
@Controller
class PayrollCentreController {

    private final Employments employments;
    private final PayrollProperties properties;
    private final Clock clock;
    private final PayCalendar calendar = new PayCalendar();

    PayrollCentreController(Employments employments, PayrollProperties properties, Clock clock) {
        this.employments = employments;
        this.properties = properties;
        this.clock = clock;
    }

    @GetMapping("/lonecenter")
    @PreAuthorize("hasAnyRole('PAYROLL_OFFICER','ADMIN','AUDITOR')")
    String centre(Model model) {
        LocalDate today = LocalDate.now(clock);
        LocalDate payday = PayCalendarView.nextPayday(calendar, today);
        model.addAttribute("employees", employments.countEmployees());
        model.addAttribute("activeEmployments", employments.countActiveEmployments(today));
        model.addAttribute("nextPayday", payday);
        model.addAttribute("nextCutOff", PayCalendarView.cutOff(calendar, payday, properties.deviationCutOffBankDays()));
        model.addAttribute("deviationsOf", YearMonth.from(payday).minusMonths(1));
        return "payroll/centre";
    }

    @GetMapping("/lonecenter/lonekalender")
    @PreAuthorize("hasAnyRole('PAYROLL_OFFICER','ADMIN','AUDITOR')")
    String calendar(@RequestParam(name = "ar", required = false) Integer year, Model model) {
        LocalDate today = LocalDate.now(clock);
        int shown = year == null || year < 2000 || year > 2100 ? today.getYear() : year;
        model.addAttribute("year", shown);
        model.addAttribute("paydays", PayCalendarView.year(calendar, shown, properties.deviationCutOffBankDays()));
        model.addAttribute("cutOffBankDays", properties.deviationCutOffBankDays());
        model.addAttribute("today", today);
        return "payroll/calendar";
    }
}
