package se.servicekontor.payroll.referencedata;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.servicekontor.payroll.rules.ReferenceValues;

/**
 * Administration → Referensdata: every kind of dated reference data with the years it covers and its source, what the
 * coming year lacks (in red, with what to do), the tax-table import with its preview, proposals of the other yearly
 * values (four-eyes), and the pay calendar. Administrators change; auditors and payroll officers read.
 */
@Controller
class ReferenceDataController {

    static final String READ = "hasAnyRole('ADMIN','AUDITOR','PAYROLL_OFFICER')";
    static final String WRITE = "hasRole('ADMIN')";
    static final String PAGE = "/administration/referensdata";
    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
    private static final int MAX_CHARS = 2_000_000;

    private final ReferenceData referenceData;
    private final PayCalendarMonths calendar;
    private final MessageSource messages;

    ReferenceDataController(ReferenceData referenceData, PayCalendarMonths calendar, MessageSource messages) {
        this.referenceData = referenceData;
        this.calendar = calendar;
        this.messages = messages;
    }

    /** One line of "what the coming year lacks": the problem and what to do, both as text. */
    record Gap(String text, String todo) {
    }

    @GetMapping(PAGE)
    @PreAuthorize(READ)
    String page(@RequestParam(name = "ar", required = false) Integer requestedYear, Model model, Locale locale) {
        int thisYear = LocalDate.now(referenceData.clock().withZone(STOCKHOLM)).getYear();
        int coming = requestedYear != null && requestedYear >= 2000 && requestedYear <= 2999 ? requestedYear : thisYear + 1;
        PayReferenceData data = referenceData.current();
        List<Gap> gaps = new ArrayList<>();
        for (ReferenceData.Missing m : ReferenceData.missing(data, YearMonth.of(coming, 1)))
            gaps.add(new Gap(messages.getMessage(m.key(), m.arguments(), locale), messages.getMessage(m.key() + ".todo", m.arguments(), locale)));
        LocalDate january = data.calendar().payday(YearMonth.of(coming, 1));
        List<Integer> oneOffColumns = new ArrayList<>(List.of(1, 2, 3, 4, 5, 6));
        oneOffColumns.removeAll(data.oneOffTax().columnsOn(january));
        if (!oneOffColumns.isEmpty() && data.oneOffTax().columnsOn(january).contains(1))
            gaps.add(new Gap(messages.getMessage("referencedata.missing.oneOffColumns", new Object[] {String.valueOf(coming), join(oneOffColumns)}, locale),
                    messages.getMessage("referencedata.missing.oneOffColumns.todo", new Object[] {String.valueOf(coming)}, locale)));
        if (calendar.year(coming).isEmpty())
            gaps.add(new Gap(messages.getMessage("referencedata.missing.calendar", new Object[] {String.valueOf(coming)}, locale),
                    messages.getMessage("referencedata.missing.calendar.todo", new Object[] {String.valueOf(coming)}, locale)));
        model.addAttribute("coming", coming);
        model.addAttribute("thisYear", thisYear);
        model.addAttribute("gaps", gaps);
        model.addAttribute("sets", referenceData.sets());
        model.addAttribute("kinds", ReferenceDataKind.values());
        model.addAttribute("taxYears", new java.util.TreeSet<>(data.taxTables().keySet()));
        model.addAttribute("values", latestValues(data.values()));
        model.addAttribute("rates", data.contributionRates().all().stream()
                .filter(r -> r.validTo().getYear() >= thisYear).sorted(Comparator.comparing(se.servicekontor.payroll.rules.ContributionRate::validFrom)
                        .thenComparing(r -> r.bornFrom() == null ? 0 : r.bornFrom())).toList());
        model.addAttribute("oneOffColumns", oneOffCoverage(data));
        List<PayCalendarMonths.Month> stored = calendar.year(coming);
        model.addAttribute("calendarStored", !stored.isEmpty());
        model.addAttribute("calendar", stored.isEmpty() ? calendar.ruled(coming) : stored);
        model.addAttribute("unconfirmed", data.unconfirmed());
        return "payroll/reference-data";
    }

    /** Per name the rows valid this year or later (or the latest), with dates and source. */
    private static List<ReferenceValues.Value> latestValues(ReferenceValues values) {
        Map<String, List<ReferenceValues.Value>> byName = values.all().stream()
                .collect(Collectors.groupingBy(ReferenceValues.Value::name, TreeMap::new, Collectors.toList()));
        List<ReferenceValues.Value> shown = new ArrayList<>();
        byName.forEach((name, rows) -> shown.addAll(rows.subList(Math.max(0, rows.size() - 2), rows.size())));
        return shown;
    }

    /** Per year the one-off table's columns. */
    private static Map<Integer, String> oneOffCoverage(PayReferenceData data) {
        Map<Integer, java.util.SortedSet<Integer>> years = new TreeMap<>();
        data.oneOffTax().bands().forEach(b -> years.computeIfAbsent(b.validFrom().getYear(), y -> new java.util.TreeSet<>()).add(b.column()));
        Map<Integer, String> shown = new TreeMap<>();
        years.forEach((y, c) -> shown.put(y, join(c)));
        return shown;
    }

    private static String join(java.util.Collection<Integer> numbers) {
        return numbers.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }

    @PostMapping(PAGE + "/skattetabeller")
    @PreAuthorize(WRITE)
    String importTaxTables(@RequestParam("year") int year, @RequestParam("file") MultipartFile file, Authentication user,
                           RedirectAttributes redirect, Locale locale) throws IOException {
        if (file.isEmpty() || file.getSize() > MAX_CHARS) {
            redirect.addFlashAttribute("flashError", messages.getMessage("referencedata.refused.empty", null, locale));
            return "redirect:" + PAGE;
        }
        try {
            ReferenceData.Proposal proposal = referenceData.importTaxTables(year, file.getOriginalFilename(), file.getBytes(), user.getName());
            redirect.addFlashAttribute("flashSuccess", messages.getMessage(proposal.alreadyActive() ? "referencedata.flash.alreadyActive"
                    : proposal.alreadyThere() ? "referencedata.flash.alreadyProposed" : "referencedata.flash.imported",
                    new Object[] {String.valueOf(year)}, locale));
            return "redirect:" + PAGE + "/" + proposal.id();
        } catch (ReferenceDataRefused refused) {
            redirect.addFlashAttribute("flashError", text(refused, locale));
            return "redirect:" + PAGE;
        }
    }

    @GetMapping(PAGE + "/ny")
    @PreAuthorize(WRITE)
    String newProposal(@RequestParam("typ") ReferenceDataKind kind, @RequestParam("ar") int year, Model model) {
        if (kind == ReferenceDataKind.TAX_TABLES || year < 2000 || year > 2999)
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        // The template: last year's active set with its dates moved on a year, to be corrected before proposing
        String template = referenceData.sets().stream().filter(s -> s.kind() == kind && s.active() && s.year() < year)
                .max(Comparator.comparingInt(ReferenceData.SetView::year))
                .map(s -> shiftYear(referenceData.content(s.id()), s.year(), year)).orElse("");
        model.addAttribute("kind", kind);
        model.addAttribute("year", year);
        model.addAttribute("content", template);
        return "payroll/reference-data-new";
    }

    /** Lines of a CSV set with their dates moved from one year to another; comments dropped. */
    static String shiftYear(String content, int from, int to) {
        return content.lines().filter(l -> !l.startsWith("#"))
                .filter(l -> l.startsWith("valid_from") || l.startsWith("name,") || l.contains(from + "-"))
                .map(l -> l.replace(from + "-", to + "-").replace((from - 1) + "-", (to - 1) + "-"))
                .collect(Collectors.joining("\n")) + "\n";
    }

    @PostMapping(PAGE + "/forslag")
    @PreAuthorize(WRITE)
    String propose(@RequestParam("kind") ReferenceDataKind kind, @RequestParam("year") int year, @RequestParam("source") String source,
                   @RequestParam(name = "unconfirmed", defaultValue = "false") boolean unconfirmed,
                   @RequestParam(name = "content", defaultValue = "") String content,
                   @RequestParam(name = "file", required = false) MultipartFile file, Authentication user, RedirectAttributes redirect,
                   Locale locale) throws IOException {
        String text = file != null && !file.isEmpty() ? new String(file.getBytes(), StandardCharsets.UTF_8) : content;
        if (text.length() > MAX_CHARS || kind == ReferenceDataKind.TAX_TABLES)
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        try {
            ReferenceData.Proposal proposal = referenceData.propose(kind, year, kind.fileName(year), text.replace("\r\n", "\n"), source,
                    unconfirmed, user.getName());
            redirect.addFlashAttribute("flashSuccess", messages.getMessage(proposal.alreadyThere() ? "referencedata.flash.alreadyProposed"
                    : "referencedata.flash.proposed", new Object[] {String.valueOf(year)}, locale));
            return "redirect:" + PAGE + "/" + proposal.id();
        } catch (ReferenceDataRefused refused) {
            redirect.addFlashAttribute("flashError", text(refused, locale));
            return "redirect:" + PAGE + "/ny?typ=" + kind + "&ar=" + year;
        }
    }

    @GetMapping(PAGE + "/{id}")
    @PreAuthorize(READ)
    String set(@PathVariable long id, Model model) {
        ReferenceData.SetView set = referenceData.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("set", set);
        if (set.kind() == ReferenceDataKind.TAX_TABLES)
            model.addAttribute("preview", referenceData.taxTablePreview(id));
        else
            model.addAttribute("content", referenceData.content(id));
        return "payroll/reference-data-set";
    }

    @PostMapping(PAGE + "/{id}/aktivera")
    @PreAuthorize(WRITE)
    String confirm(@PathVariable long id, Authentication user, RedirectAttributes redirect, Locale locale) {
        try {
            referenceData.confirm(id, user.getName());
            redirect.addFlashAttribute("flashSuccess", messages.getMessage("referencedata.flash.activated", null, locale));
        } catch (ReferenceDataRefused refused) {
            redirect.addFlashAttribute("flashError", text(refused, locale));
        }
        return "redirect:" + PAGE + "/" + id;
    }

    @PostMapping(PAGE + "/{id}/dra-tillbaka")
    @PreAuthorize(WRITE)
    String withdraw(@PathVariable long id, Authentication user, RedirectAttributes redirect, Locale locale) {
        try {
            referenceData.withdraw(id, user.getName());
            redirect.addFlashAttribute("flashSuccess", messages.getMessage("referencedata.flash.withdrawn", null, locale));
        } catch (ReferenceDataRefused refused) {
            redirect.addFlashAttribute("flashError", text(refused, locale));
        }
        return "redirect:" + PAGE + "/" + id;
    }

    @PostMapping(PAGE + "/kalender/{year}")
    @PreAuthorize(WRITE)
    String generateCalendar(@PathVariable int year, Authentication user, RedirectAttributes redirect, Locale locale) {
        if (year < 2000 || year > 2999)
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        int added = calendar.generate(year, user.getName());
        redirect.addFlashAttribute("flashSuccess", messages.getMessage("referencedata.flash.calendar", new Object[] {String.valueOf(year), added}, locale));
        return "redirect:" + PAGE + "?ar=" + year + "#kalender";
    }

    @PostMapping(PAGE + "/kalender/manad")
    @PreAuthorize(WRITE)
    String setMonth(@RequestParam("month") YearMonth month, @RequestParam("payday") LocalDate payday, @RequestParam("cutOff") LocalDate cutOff,
                    Authentication user, RedirectAttributes redirect, Locale locale) {
        try {
            calendar.set(month, payday, cutOff, user.getName());
            redirect.addFlashAttribute("flashSuccess", messages.getMessage("referencedata.flash.calendarMonth", new Object[] {month.toString()}, locale));
        } catch (ReferenceDataRefused refused) {
            redirect.addFlashAttribute("flashError", text(refused, locale));
        }
        return "redirect:" + PAGE + "?ar=" + month.getYear() + "#kalender";
    }

    private String text(ReferenceDataRefused refused, Locale locale) {
        Object[] args = java.util.Arrays.stream(refused.args()).map(String::valueOf).toArray();
        return messages.getMessage(refused.key(), args, locale);
    }
}
