package se.servicekontor.contactcenter.selfservice;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import se.servicekontor.contactcenter.search.InvoiceAnswers;
import se.servicekontor.shared.Amount;
import se.servicekontor.shared.OrganisationNumber;

/**
 * The suppliers' self-service page, without login ({@code /e-tjanst/faktura}): a supplier gives its
 * organisation number, the invoice number and the invoice total as proof, and sees the status an agent
 * would read out. A wrong proof answers exactly like an unknown invoice; lookups are rate-limited per
 * client address and per organisation number ({@link SelfServiceLimits}) and every one is logged. No
 * personal data is ever shown: not the approver, not the comment, not the bank account.
 */
@Controller
class SelfServiceController {

    private final InvoiceAnswers invoices;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final SelfServiceLimits limits;

    SelfServiceController(InvoiceAnswers invoices, JdbcClient jdbc, Clock clock) {
        this.invoices = invoices;
        this.jdbc = jdbc;
        this.clock = clock;
        this.limits = new SelfServiceLimits(clock);
    }

    @GetMapping("/e-tjanst/faktura")
    @PreAuthorize("permitAll()") // the suppliers' page: no login, rate-limited instead
    String form(Model model) {
        model.addAttribute("limitPerClient", SelfServiceLimits.PER_CLIENT);
        return "contactcenter/self-service";
    }

    @PostMapping("/e-tjanst/faktura")
    @PreAuthorize("permitAll()")
    String lookup(@RequestParam(name = "orgnr", defaultValue = "") String orgnr,
                  @RequestParam(name = "fakturanummer", defaultValue = "") String invoiceNumber,
                  @RequestParam(name = "belopp", defaultValue = "") String total,
                  HttpServletRequest request, HttpServletResponse response, Model model) {
        model.addAttribute("limitPerClient", SelfServiceLimits.PER_CLIENT);
        model.addAttribute("orgnr", trim(orgnr, 20));
        model.addAttribute("fakturanummer", trim(invoiceNumber, 60));
        model.addAttribute("belopp", trim(total, 30));
        String client = hash(request.getRemoteAddr());
        Optional<OrganisationNumber> organisation = Optional.of(orgnr).filter(OrganisationNumber::isValid).map(OrganisationNumber::parse);
        Optional<Amount> amount = amount(total);
        String number = trim(invoiceNumber, 60);
        if (organisation.isEmpty() || amount.isEmpty() || number.isEmpty()) {
            model.addAttribute("invalid", true);
            model.addAttribute("orgnrInvalid", organisation.isEmpty());
            model.addAttribute("numberInvalid", number.isEmpty());
            model.addAttribute("amountInvalid", amount.isEmpty());
            log(organisation.map(OrganisationNumber::digits).orElse(null), number, "INVALID", client);
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return "contactcenter/self-service";
        }
        if (!limits.tryLookup(client, organisation.get().digits())) {
            log(organisation.get().digits(), number, "LIMITED", client);
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            response.setHeader("Retry-After", String.valueOf(SelfServiceLimits.WINDOW.toSeconds()));
            model.addAttribute("limited", true);
            return "contactcenter/self-service";
        }
        Optional<InvoiceAnswers.Answer> status = invoices.forSupplier(organisation.get(), number, amount.get());
        log(organisation.get().digits(), number, status.isPresent() ? "FOUND" : "NOT_FOUND", client);
        model.addAttribute("answered", true);
        model.addAttribute("status", status.orElse(null));
        return "contactcenter/self-service";
    }

    private void log(String organisation, String invoiceNumber, String outcome, String client) {
        jdbc.sql("""
                        INSERT INTO self_service_lookup (looked_up_at, organisation_number, invoice_number, outcome, client_hash)
                        VALUES (?, ?, ?, ?, ?)""")
                .params(OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC), organisation,
                        invoiceNumber.isEmpty() ? null : invoiceNumber, outcome, client)
                .update();
    }

    private static Optional<Amount> amount(String text) {
        try {
            return Optional.of(Amount.ofKronor(text.strip()));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static String trim(String text, int max) {
        String stripped = text == null ? "" : text.strip().replaceAll("\\p{Cntrl}", "");
        return stripped.length() > max ? stripped.substring(0, max) : stripped;
    }

    private static String hash(String address) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(("self-service:" + address).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
