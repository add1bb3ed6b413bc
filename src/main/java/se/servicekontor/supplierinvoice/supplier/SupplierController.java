package se.servicekontor.supplierinvoice.supplier;

import java.math.BigInteger;
import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.servicekontor.shared.BankgiroNumber;
import se.servicekontor.shared.FourEyes;
import se.servicekontor.shared.OrganisationNumber;
import se.servicekontor.shared.PlusgiroNumber;

/**
 * Ekonomicenter → Leverantörer: the supplier register, suppliers whose payment account changed first; an
 * officer edits a supplier (audited) and another officer confirms a changed payment account after checking it
 * with the supplier.
 */
@Controller
class SupplierController {

    private final Suppliers suppliers;

    SupplierController(Suppliers suppliers) {
        this.suppliers = suppliers;
    }

    @GetMapping("/ekonomicenter/leverantorer")
    @PreAuthorize("hasAnyRole('ECONOMY_OFFICER','ADMIN','AUDITOR')")
    String list(@RequestParam(name = "q", required = false) String query,
                @RequestParam(name = "granskas", defaultValue = "false") boolean underReview, Model model) {
        model.addAttribute("suppliers", suppliers.search(query, underReview, 500));
        model.addAttribute("q", query == null ? "" : query);
        model.addAttribute("underReview", underReview);
        model.addAttribute("reviewCount", suppliers.countUnderReview());
        return "supplierinvoice/suppliers";
    }

    @GetMapping("/ekonomicenter/leverantorer/{id}")
    @PreAuthorize("hasAnyRole('ECONOMY_OFFICER','ADMIN','AUDITOR')")
    String supplier(@PathVariable long id, Principal user, Model model) {
        Supplier supplier = suppliers.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("supplier", supplier);
        model.addAttribute("changedByMe", FourEyes.samePerson(user.getName(), supplier.bankChangedBy()));
        model.addAttribute("form", Form.of(supplier));
        model.addAttribute("errors", Map.of());
        return "supplierinvoice/supplier";
    }

    @PostMapping("/ekonomicenter/leverantorer/{id}")
    @PreAuthorize("hasAnyRole('ECONOMY_OFFICER','ADMIN')")
    String save(@PathVariable long id, Form form, Principal user, Model model, RedirectAttributes redirect) {
        Supplier supplier = suppliers.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        Map<String, String> errors = new LinkedHashMap<>();
        SupplierEdit edit = form.check(errors);
        if (!errors.isEmpty()) {
            model.addAttribute("supplier", supplier);
            model.addAttribute("changedByMe", FourEyes.samePerson(user.getName(), supplier.bankChangedBy()));
            model.addAttribute("form", form);
            model.addAttribute("errors", errors);
            return "supplierinvoice/supplier";
        }
        suppliers.update(id, edit, user.getName());
        boolean review = suppliers.find(id).map(Supplier::bankReview).orElse(false) && !supplier.bankReview();
        redirect.addFlashAttribute("flashSuccess", review
                ? "Sparat. Betalkontot ändrades och väntar nu på att en annan handläggare godkänner det."
                : "Leverantören är sparad.");
        return "redirect:/ekonomicenter/leverantorer/" + id;
    }

    @PostMapping("/ekonomicenter/leverantorer/{id}/godkann-konto")
    @PreAuthorize("hasAnyRole('ECONOMY_OFFICER','ADMIN')")
    String confirmAccount(@PathVariable long id, Principal user, RedirectAttributes redirect) {
        try {
            suppliers.confirmAccounts(id, user.getName());
            redirect.addFlashAttribute("flashSuccess", "Betalkontot är godkänt. Leverantören kan betalas.");
        } catch (Suppliers.NoSuchSupplier e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        } catch (Suppliers.SupplierRefused e) {
            redirect.addFlashAttribute("flashError", e.getMessage());
        }
        return "redirect:/ekonomicenter/leverantorer/" + id;
    }

    @PostMapping("/ekonomicenter/leverantorer/{id}/avvisa-konto")
    @PreAuthorize("hasAnyRole('ECONOMY_OFFICER','ADMIN')")
    String rejectAccount(@PathVariable long id, @RequestParam(name = "reason", required = false) String reason,
                         Principal user, RedirectAttributes redirect) {
        try {
            suppliers.rejectAccounts(id, reason, user.getName());
            redirect.addFlashAttribute("flashSuccess", "Ändringen av betalkontot är avvisad. Leverantören har sitt tidigare konto igen.");
        } catch (Suppliers.NoSuchSupplier e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        } catch (Suppliers.SupplierRefused e) {
            redirect.addFlashAttribute("flashError", e.getMessage());
        }
        return "redirect:/ekonomicenter/leverantorer/" + id;
    }

    /** The edit form as typed; {@link #check} turns it into an edit or errors beside the fields. */
    public record Form(String name, String organisationNumber, String vatNumber, String street, String postalCode, String city,
                       String countryCode, String peppolId, Boolean fSkatt, String bankgiro, String plusgiro, String iban,
                       String bic, String otherAccount) {

        static Form of(Supplier s) {
            return new Form(s.name(), s.organisationNumberText(), s.vatNumber(), s.street(), s.postalCode(), s.city(),
                    s.countryCode(), s.peppolId(), s.fSkatt(), s.bankgiro() == null ? null : format(() -> BankgiroNumber.parse(s.bankgiro()).toString(), s.bankgiro()),
                    s.plusgiro() == null ? null : format(() -> PlusgiroNumber.parse(s.plusgiro()).toString(), s.plusgiro()),
                    s.iban(), s.bic(), s.otherAccount());
        }

        SupplierEdit check(Map<String, String> errors) {
            String name = blank(name());
            if (name == null) {
                errors.put("name", "Fyll i leverantörens namn.");
            }
            String orgNr = null;
            if (blank(organisationNumber()) != null) {
                try {
                    orgNr = OrganisationNumber.parse(organisationNumber()).digits();
                } catch (IllegalArgumentException e) {
                    errors.put("organisationNumber", e.getMessage() + ".");
                }
            }
            String bankgiro = null;
            if (blank(bankgiro()) != null) {
                try {
                    bankgiro = BankgiroNumber.parse(bankgiro()).digits();
                } catch (IllegalArgumentException e) {
                    errors.put("bankgiro", e.getMessage() + ".");
                }
            }
            String plusgiro = null;
            if (blank(plusgiro()) != null) {
                try {
                    plusgiro = PlusgiroNumber.parse(plusgiro()).digits();
                } catch (IllegalArgumentException e) {
                    errors.put("plusgiro", e.getMessage() + ".");
                }
            }
            String iban = blank(iban()) == null ? null : iban().replaceAll("\\s", "").toUpperCase(Locale.ROOT);
            if (iban != null && !validIban(iban)) {
                errors.put("iban", "IBAN-numret är inte giltigt (landskod, två kontrollsiffror och kontonummer; kontrollsumman stämmer inte).");
            }
            String bic = blank(bic()) == null ? null : bic().strip().toUpperCase(Locale.ROOT);
            if (bic != null && !bic.matches("[A-Z]{6}[A-Z0-9]{2}([A-Z0-9]{3})?")) {
                errors.put("bic", "BIC skrivs med 8 eller 11 tecken, till exempel ESSESESS.");
            }
            String country = blank(countryCode()) == null ? null : countryCode().strip().toUpperCase(Locale.ROOT);
            if (country != null && !country.matches("[A-Z]{2}")) {
                errors.put("countryCode", "Landskoden har två bokstäver, till exempel SE.");
            }
            return new SupplierEdit(name, orgNr, blank(vatNumber()), blank(street()), blank(postalCode()), blank(city()), country,
                    blank(peppolId()), Boolean.TRUE.equals(fSkatt()), bankgiro, plusgiro, iban, bic, blank(otherAccount()));
        }

        /** ISO 13616: move the first four characters to the end, letters to numbers, remainder mod 97 is 1. */
        static boolean validIban(String iban) {
            if (!iban.matches("[A-Z]{2}\\d{2}[A-Z0-9]{11,30}")) {
                return false;
            }
            StringBuilder digits = new StringBuilder();
            for (char c : (iban.substring(4) + iban.substring(0, 4)).toCharArray()) {
                digits.append(Character.isDigit(c) ? String.valueOf(c) : String.valueOf(c - 'A' + 10));
            }
            return new BigInteger(digits.toString()).mod(BigInteger.valueOf(97)).intValue() == 1;
        }

        private static String blank(String value) {
            return value == null || value.isBlank() ? null : value.strip();
        }

        private static String format(java.util.function.Supplier<String> formatted, String raw) {
            try {
                return formatted.get();
            } catch (IllegalArgumentException e) {
                return raw;
            }
        }
    }
}
