package se.servicekontor.payroll.claims;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.servicekontor.shared.Amount;

/**
 * Lönecenter → Löneskulder: the open claims on employees (löneskulder) with their total, and one employee's claim with its
 * history and the forms for a repayment, a write-off and an agreed monthly recovery. Read by payroll officers, administrators
 * and auditors, changed by officers and administrators, as the other Lönecenter pages; protected identities exist only for
 * payroll officers, as in Anställda.
 */
@Controller
class ClaimController {

    static final String READ = "hasAnyRole('PAYROLL_OFFICER','ADMIN','AUDITOR')";
    static final String WRITE = "hasAnyRole('PAYROLL_OFFICER','ADMIN')";
    private static final Pattern TOO_MANY_DECIMALS = Pattern.compile("[.,]\\d{3,}\\s*(kr)?\\s*$");

    private final Claims claims;
    private final MessageSource messages;

    ClaimController(Claims claims, MessageSource messages) {
        this.claims = claims;
        this.messages = messages;
    }

    @GetMapping("/lonecenter/loneskulder")
    @PreAuthorize(READ)
    String list(Authentication user, Model model) {
        List<OpenClaim> open = claims.open(seesProtected(user));
        model.addAttribute("claims", open);
        model.addAttribute("total", Amount.sum(open.stream().map(OpenClaim::amount)));
        model.addAttribute("percent", claims.recoveryPercent());
        return "payroll/claims";
    }

    @GetMapping("/lonecenter/loneskulder/{employeeId}")
    @PreAuthorize(READ)
    String claim(@PathVariable long employeeId, Authentication user, Model model) {
        model.addAttribute("claim", visible(employeeId, user));
        model.addAttribute("showNumber", seesProtected(user));
        model.addAttribute("percent", claims.recoveryPercent());
        if (!model.containsAttribute("repaymentForm"))
            model.addAttribute("repaymentForm", new RepaymentForm());
        if (!model.containsAttribute("writeOffForm"))
            model.addAttribute("writeOffForm", new WriteOffForm());
        if (!model.containsAttribute("agreementForm"))
            model.addAttribute("agreementForm", new AgreementForm());
        return "payroll/claim";
    }

    /** The employee page's note of an open claim, loaded by htmx from Anställda; empty when nothing is owed. */
    @GetMapping("/lonecenter/loneskulder/{employeeId}/notis")
    @PreAuthorize(READ)
    String note(@PathVariable long employeeId, Authentication user, Model model) {
        claims.claim(employeeId, seesProtected(user)).filter(ClaimDetail::isOpen).ifPresent(claim -> model.addAttribute("claim", claim));
        return "payroll/claim-note";
    }

    @PostMapping("/lonecenter/loneskulder/{employeeId}/aterbetalning")
    @PreAuthorize(WRITE)
    String repayment(@PathVariable long employeeId, @Valid @ModelAttribute("repaymentForm") RepaymentForm form, BindingResult errors,
                     Authentication user, Model model, RedirectAttributes redirect, Locale locale) {
        ClaimDetail claim = visible(employeeId, user);
        if (!claim.isOpen())
            return nothingOwed(employeeId, redirect, locale);
        Amount amount = reduction(form.getAmount(), claim, errors);
        if (errors.hasErrors())
            return claim(employeeId, user, model);
        return changed(employeeId, redirect, () -> {
            claims.recordRepayment(employeeId, amount, form.getReceivedOn(), form.getReference(), user.getName());
            return text("payroll.claims.flash.repaid", locale, amount);
        });
    }

    @PostMapping("/lonecenter/loneskulder/{employeeId}/avskrivning")
    @PreAuthorize(WRITE)
    String writeOff(@PathVariable long employeeId, @Valid @ModelAttribute("writeOffForm") WriteOffForm form, BindingResult errors,
                    Authentication user, Model model, RedirectAttributes redirect, Locale locale) {
        ClaimDetail claim = visible(employeeId, user);
        if (!claim.isOpen())
            return nothingOwed(employeeId, redirect, locale);
        Amount amount = reduction(form.getAmount(), claim, errors);
        if (errors.hasErrors())
            return claim(employeeId, user, model);
        return changed(employeeId, redirect, () -> {
            claims.writeOff(employeeId, amount, form.getReason(), user.getName());
            return text("payroll.claims.flash.writeOffRequested", locale, amount);
        });
    }

    /** A second officer confirms the write-off another asked for (four-eyes). */
    @PostMapping("/lonecenter/loneskulder/{employeeId}/avskrivning/godkann")
    @PreAuthorize(WRITE)
    String confirmWriteOff(@PathVariable long employeeId, Authentication user, RedirectAttributes redirect, Locale locale) {
        ClaimDetail claim = visible(employeeId, user);
        if (!claim.isOpen())
            return nothingOwed(employeeId, redirect, locale);
        return changed(employeeId, redirect, () -> {
            Amount amount = claim.writeOffRequest() == null ? null : claim.writeOffRequest().amount();
            claims.confirmWriteOff(employeeId, user.getName());
            return text("payroll.claims.flash.writtenOff", locale, amount);
        });
    }

    @PostMapping("/lonecenter/loneskulder/{employeeId}/avrakning")
    @PreAuthorize(WRITE)
    String agreement(@PathVariable long employeeId, @Valid @ModelAttribute("agreementForm") AgreementForm form, BindingResult errors,
                     Authentication user, Model model, RedirectAttributes redirect, Locale locale) {
        ClaimDetail claim = visible(employeeId, user);
        if (!claim.isOpen())
            return nothingOwed(employeeId, redirect, locale);
        Amount perMonth = form.getAmount() == null || form.getAmount().isBlank() ? null : perMonth(form.getAmount(), claim, errors);
        if (errors.hasErrors())
            return claim(employeeId, user, model);
        return changed(employeeId, redirect, () -> {
            claims.agreeRecovery(employeeId, perMonth, form.getNote(), user.getName());
            return perMonth == null ? text("payroll.claims.flash.agreementCleared", locale, claims.recoveryPercent())
                    : text("payroll.claims.flash.agreed", locale, perMonth);
        });
    }

    /** An agreed recovery per month: kronor with at most two decimals, above 0, at most the open claim. */
    private Amount perMonth(String text, ClaimDetail claim, BindingResult errors) {
        Amount perMonth = amount(text, errors);
        if (perMonth != null && perMonth.compareTo(claim.amount()) > 0)
            errors.rejectValue("amount", "payroll.claims.agreement.tooLarge", new Object[] {claim.amount().toString()}, null);
        return perMonth;
    }

    /** Makes a change of the claim and says on the claim's page how it went: the change's message, or why it was refused. */
    private String changed(long employeeId, RedirectAttributes redirect, Supplier<String> change) {
        try {
            redirect.addFlashAttribute("flashSuccess", change.get());
        } catch (ClaimRefused refused) {
            redirect.addFlashAttribute("flashError", refused.getMessage());
        }
        return "redirect:/lonecenter/loneskulder/" + employeeId;
    }

    /** A repayment's or write-off's amount: required, kronor with at most two decimals, above 0, at most what may be taken off now. */
    private Amount reduction(String text, ClaimDetail claim, BindingResult errors) {
        if (text == null || text.isBlank()) {
            errors.rejectValue("amount", "payroll.claims.amount.required");
            return null;
        }
        Amount amount = amount(text, errors);
        if (amount != null && amount.compareTo(claim.adjustable()) > 0)
            errors.rejectValue("amount", claim.pending().isEmpty() ? "payroll.claims.amount.tooLarge" : "payroll.claims.amount.tooLargePending",
                    new Object[] {claim.adjustable().toString(), claim.amount().toString()}, null);
        return amount;
    }

    private static Amount amount(String text, BindingResult errors) {
        Amount amount;
        try {
            amount = Amount.ofKronor(text);
        } catch (IllegalArgumentException e) {
            errors.rejectValue("amount", TOO_MANY_DECIMALS.matcher(text.strip()).find()
                    ? "payroll.claims.amount.decimals" : "payroll.claims.amount.invalid");
            return null;
        }
        if (!amount.isPositive()) {
            errors.rejectValue("amount", "payroll.claims.amount.positive");
            return null;
        }
        return amount;
    }

    private String nothingOwed(long employeeId, RedirectAttributes redirect, Locale locale) {
        redirect.addFlashAttribute("flashError", text("payroll.claims.none", locale));
        return "redirect:/lonecenter/loneskulder/" + employeeId;
    }

    private ClaimDetail visible(long employeeId, Authentication user) {
        return claims.claim(employeeId, seesProtected(user)).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private String text(String key, Locale locale, Object... args) {
        // a percentage stays a number (the messages choose their wording by it); everything else as text
        return messages.getMessage(key, java.util.Arrays.stream(args).map(a -> a instanceof BigDecimal ? a : String.valueOf(a)).toArray(), locale);
    }

    /** Payroll officers pay protected persons, so they see them (as in Anställda); for others they do not exist. */
    static boolean seesProtected(Authentication user) {
        return user != null && user.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("ROLE_PAYROLL_OFFICER"));
    }
}
