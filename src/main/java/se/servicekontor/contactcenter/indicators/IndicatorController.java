package se.servicekontor.contactcenter.indicators;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.servicekontor.contactcenter.contactlog.ContactLog.Subject;

/** Kundcenter → Serviceindikatorer: month over month, as a table and small server-rendered SVG charts. */
@Controller
class IndicatorController {

    /** One bar of a chart: its month, the value as shown, and its place in a 100-unit-high SVG. */
    record Bar(String month, String label, int x, int y, int height) {
    }

    /** A chart of one indicator over the months. */
    record Chart(String name, String titleKey, List<Bar> bars) {
    }

    static final int BAR_WIDTH = 24;
    static final int GAP = 8;

    private final ServiceIndicators indicators;
    private final IndicatorJobConfiguration.IndicatorRuns runs;
    private final Clock clock;
    private final MessageSource messages;

    IndicatorController(ServiceIndicators indicators, IndicatorJobConfiguration.IndicatorRuns runs, Clock clock, MessageSource messages) {
        this.indicators = indicators;
        this.runs = runs;
        this.clock = clock;
        this.messages = messages;
    }

    @GetMapping("/kundcenter/indikatorer")
    @PreAuthorize("hasAnyRole('AGENT','ADMIN','AUDITOR')")
    String indicators(Model model) {
        YearMonth now = YearMonth.now(clock);
        Map<YearMonth, Map<String, BigDecimal>> months = indicators.stored(now.minusMonths(IndicatorJobConfiguration.MONTHS - 1), now);
        List<String> names = new ArrayList<>(List.of(ServiceIndicators.CONTACTS, ServiceIndicators.ANSWERED_DIRECTLY_SHARE,
                ServiceIndicators.REPEAT_SHARE));
        for (Subject subject : Subject.values())
            names.add(ServiceIndicators.SUBJECT_PREFIX + subject.name());
        model.addAttribute("months", months);
        model.addAttribute("names", names);
        model.addAttribute("charts", List.of(
                chart(months, ServiceIndicators.ANSWERED_DIRECTLY_SHARE, true),
                chart(months, ServiceIndicators.REPEAT_SHARE, true),
                chart(months, ServiceIndicators.CONTACTS, false)));
        return "contactcenter/indicators";
    }

    @PostMapping("/kundcenter/indikatorer")
    @PreAuthorize("hasAnyRole('AGENT','ADMIN')")
    String recompute(Authentication user, RedirectAttributes redirect) {
        java.util.Optional<Long> id = runs.startIfIdle(user.getName());
        redirect.addFlashAttribute("flashSuccess", id.isPresent()
                ? messages.getMessage("cc.indicators.started", new Object[] {id.get()}, LocaleContextHolder.getLocale())
                : messages.getMessage("cc.indicators.running", null, LocaleContextHolder.getLocale()));
        return "redirect:/kundcenter/indikatorer";
    }

    /** Bars scaled to the largest value (a share to 100 %), at most 100 units high. */
    static Chart chart(Map<YearMonth, Map<String, BigDecimal>> months, String name, boolean share) {
        BigDecimal max = share ? BigDecimal.ONE : months.values().stream().map(v -> v.getOrDefault(name, BigDecimal.ZERO))
                .max(BigDecimal::compareTo).filter(m -> m.signum() > 0).orElse(BigDecimal.ONE);
        List<Bar> bars = new ArrayList<>();
        int i = 0;
        for (Map.Entry<YearMonth, Map<String, BigDecimal>> month : months.entrySet()) {
            BigDecimal value = month.getValue().getOrDefault(name, BigDecimal.ZERO);
            int height = value.multiply(BigDecimal.valueOf(100)).divide(max, 0, java.math.RoundingMode.HALF_UP).intValue();
            String label = share ? value.multiply(BigDecimal.valueOf(100)).setScale(0, java.math.RoundingMode.HALF_UP) + " %"
                    : value.stripTrailingZeros().toPlainString();
            bars.add(new Bar(month.getKey().toString(), label, i * (BAR_WIDTH + GAP), 100 - height, height));
            i++;
        }
        return new Chart(name, "cc.indicator." + name, bars);
    }
}
