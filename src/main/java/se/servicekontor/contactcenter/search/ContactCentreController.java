package se.servicekontor.contactcenter.search;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import se.servicekontor.contactcenter.contactlog.CallerKey;
import se.servicekontor.contactcenter.contactlog.ContactLog;
import se.servicekontor.contactcenter.contactlog.ContactLog.Centre;
import se.servicekontor.contactcenter.contactlog.ContactLog.Channel;
import se.servicekontor.contactcenter.contactlog.ContactLog.NewContact;
import se.servicekontor.contactcenter.contactlog.ContactLog.Subject;
import se.servicekontor.payroll.PayrollLookup;
import se.servicekontor.platform.audit.AuditTrail;
import se.servicekontor.shared.PersonalIdentityNumber;

/**
 * Kundcenter's one screen: snabbsök ({@code GET /kundcenter?q=…}, bookmarkable) answers about supplier
 * invoices and the pay calendar at once; a personal identity number is answered only after the agent
 * records how the caller's identity was checked, by POST so the number never sits in a URL, and every such
 * lookup is audited. A protected identity gets exactly the answer of "no such person".
 */
@Controller
@EnableConfigurationProperties(ContactCentreProperties.class)
class ContactCentreController {

    private final PayrollLookup payroll;
    private final InvoiceAnswers invoices;
    private final ContactLog contacts;
    private final AuditTrail audit;
    private final ContactCentreProperties properties;
    private final Clock clock;
    private final MessageSource messages;

    ContactCentreController(PayrollLookup payroll, InvoiceAnswers invoices, ContactLog contacts, AuditTrail audit,
                            ContactCentreProperties properties, Clock clock, MessageSource messages) {
        this.messages = messages;
        this.payroll = payroll;
        this.invoices = invoices;
        this.contacts = contacts;
        this.audit = audit;
        this.properties = properties;
        this.clock = clock;
    }

    @GetMapping("/kundcenter")
    @PreAuthorize("hasAnyRole('AGENT','ADMIN','AUDITOR')")
    String search(@RequestParam(name = "q", defaultValue = "") String q, Authentication user, Model model) {
        SearchQuery query = SearchQuery.parse(q, clock);
        page(model, query, user);
        if (query.person().isPresent()) {
            model.addAttribute("identityCheck", true);
            model.addAttribute("pin", query.person().get().twelveDigits());
            model.addAttribute("pinMasked", query.person().get().masked());
        }
        return "contactcenter/search";
    }

    /** The search form posts here: a personal identity number stays out of the URL; anything else redirects to the bookmarkable GET. */
    @PostMapping("/kundcenter/sok")
    @PreAuthorize("hasAnyRole('AGENT','ADMIN')")
    String searchByPost(@RequestParam(name = "q", defaultValue = "") String q, Authentication user, Model model) {
        SearchQuery query = SearchQuery.parse(q, clock);
        if (query.person().isPresent())
            return search(q, user, model);
        return "redirect:" + UriComponentsBuilder.fromPath("/kundcenter").queryParam("q", query.text()).encode().build().toUriString();
    }

    @PostMapping("/kundcenter/person")
    @PreAuthorize("hasAnyRole('AGENT','ADMIN')")
    String person(@RequestParam("pin") String pin,
                  @RequestParam(name = "method", required = false) IdentityCheck method,
                  @RequestParam(name = "checked", defaultValue = "false") boolean checked,
                  @RequestParam(name = "reason", defaultValue = "") String reason,
                  Authentication user, Model model) {
        SearchQuery query = SearchQuery.parse(pin, clock);
        page(model, query, user);
        if (query.person().isEmpty())
            return "contactcenter/search";
        PersonalIdentityNumber number = query.person().get();
        model.addAttribute("pin", number.twelveDigits());
        model.addAttribute("pinMasked", number.masked());
        if (method == null || !checked || reason.isBlank()) {
            model.addAttribute("identityCheck", true);
            model.addAttribute("identityError", true);
            model.addAttribute("method", method);
            model.addAttribute("reason", reason);
            return "contactcenter/search";
        }
        String stated = reason.strip().length() > 200 ? reason.strip().substring(0, 200) : reason.strip();
        // Who looked up whom, when and why — for everyone, protected or not, found or not
        audit.record(user.getName(), "contactcenter.personLookup", "personnummer " + number.masked(), null,
                "identitet kontrollerad: " + method.name() + "; skäl: " + stated);
        LocalDate today = LocalDate.now(clock);
        Optional<PayrollLookup.Employee> employee = payroll.employee(number, today);
        model.addAttribute("personAnswered", true);
        model.addAttribute("employee", employee.orElse(null));
        model.addAttribute("thisMonth", payroll.payMonth(java.time.YearMonth.from(today)));
        model.addAttribute("callerKey", CallerKey.of(number).value());
        model.addAttribute("logSubject", Subject.PAY);
        model.addAttribute("repeat", repeatText(CallerKey.of(number)));
        return "contactcenter/search";
    }

    @PostMapping("/kundcenter/kontakter")
    @PreAuthorize("hasAnyRole('AGENT','ADMIN')")
    String logContact(@RequestParam("channel") Channel channel, @RequestParam("subject") Subject subject,
                      @RequestParam(name = "answeredDirectly", defaultValue = "false") boolean answeredDirectly,
                      @RequestParam(name = "handedOverTo", required = false) Centre handedOverTo,
                      @RequestParam(name = "callerKey", required = false) String callerKey,
                      @RequestParam(name = "subjectRef", required = false) String subjectRef,
                      @RequestParam(name = "note", required = false) String note,
                      Authentication user, RedirectAttributes redirect) {
        CallerKey caller = callerKey == null || !callerKey.matches("(org:\\d{10}|person:[0-9a-f]{64})") ? null : new CallerKey(callerKey);
        if (!answeredDirectly && handedOverTo == null) {
            redirect.addFlashAttribute("flashError", text("cc.log.handedOverToRequired"));
        } else {
            contacts.log(user.getName(), new NewContact(channel, subject, answeredDirectly, handedOverTo, caller, subjectRef, note));
            redirect.addFlashAttribute("flashSuccess", text("cc.log.saved"));
        }
        // The call is over: a clean screen for the next caller (and a person's number never goes into a URL)
        return "redirect:/kundcenter";
    }

    @GetMapping("/kundcenter/lonedagar")
    @PreAuthorize("hasAnyRole('AGENT','ADMIN','AUDITOR')")
    String paydays(@RequestParam(name = "ar", required = false) Integer year, Model model) {
        int shown = year == null || year < 2000 || year > 2100 ? LocalDate.now(clock).getYear() : year;
        model.addAttribute("year", shown);
        model.addAttribute("months", payroll.payCalendar(shown));
        return "contactcenter/paydays";
    }

    /** "ringde för 2 dagar sedan om faktura (F-1). 2 kontakter de senaste 7 dagarna." — or null without an earlier contact. */
    private String repeatText(CallerKey caller) {
        return Repeat.of(contacts.recentContacts(caller), clock).map(r -> messages.getMessage(
                r.daysAgo() == 0 ? "cc.repeat.today" : "cc.repeat.text",
                new Object[] {r.daysAgo(), text("cc.subject." + r.subject()), r.subjectRef() == null ? "–" : r.subjectRef(), r.count()},
                LocaleContextHolder.getLocale())).orElse(null);
    }

    private String text(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }

    /** The caller's latest earlier contact within 7 days, for the repeat-contact flag. */
    record Repeat(long daysAgo, Subject subject, String subjectRef, int count) {
        static Optional<Repeat> of(List<ContactLog.Contact> recent, Clock clock) {
            if (recent.isEmpty())
                return Optional.empty();
            ContactLog.Contact last = recent.get(0);
            long days = java.time.temporal.ChronoUnit.DAYS.between(LocalDate.ofInstant(last.loggedAt(), clock.getZone()), LocalDate.now(clock));
            return Optional.of(new Repeat(days, last.subject(), last.subjectRef(), recent.size()));
        }
    }

    private void page(Model model, SearchQuery query, Authentication user) {
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("q", query.person().isPresent() ? "" : query.text());
        model.addAttribute("searched", !query.isEmpty());
        model.addAttribute("personQuery", query.person().isPresent());
        model.addAttribute("today", today);
        model.addAttribute("nextPayMonth", payroll.nextPayMonth(today));
        model.addAttribute("invoicing", properties);
        model.addAttribute("channels", Channel.values());
        model.addAttribute("subjects", Subject.values());
        model.addAttribute("centres", Centre.values());
        model.addAttribute("myContacts", contacts.latestBy(user.getName(), 5));
        List<InvoiceAnswers.Answer> answers = query.person().isPresent() ? List.of() : invoices.answer(query);
        model.addAttribute("answers", answers);
        model.addAttribute("employeesNamed", query.name().map(payroll::countEmployeesNamed).orElse(null));
        query.organisation().ifPresent(org -> {
            model.addAttribute("callerKey", CallerKey.of(org).value());
            model.addAttribute("repeat", repeatText(CallerKey.of(org)));
        });
        // A supplier's number, an invoice number or a bankgiro number: the caller asks about an invoice
        boolean invoiceQuestion = !answers.isEmpty() || query.organisation().isPresent() || query.bankgiro().isPresent()
                || !query.references().isEmpty() && query.name().isEmpty();
        model.addAttribute("logSubject", invoiceQuestion ? Subject.INVOICE : Subject.OTHER);
        model.addAttribute("subjectRef", answers.size() == 1 ? answers.get(0).invoiceNumber()
                : query.references().isEmpty() ? null : query.references().get(0));
    }
}
