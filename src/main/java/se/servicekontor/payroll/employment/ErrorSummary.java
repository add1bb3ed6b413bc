package se.servicekontor.payroll.employment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.springframework.context.MessageSource;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/**
 * The summary of a refused form at its top (GOV.UK / Designsystemet error summary pattern): every field error at
 * once, each a link to its field, in the words shown beside the field. The page gives it focus
 * ({@code payroll/error-summary.html}), so a person sees at once that the form was refused and why.
 */
record ErrorSummary(List<Item> items) {

    /** One error: the id of the input it belongs to and the message. */
    record Item(String target, String message) {
    }

    static ErrorSummary of(BindingResult errors, Function<String, String> inputId, MessageSource messages, Locale locale) {
        List<Item> items = new ArrayList<>();
        for (FieldError error : errors.getFieldErrors())
            items.add(new Item(inputId.apply(error.getField()), messages.getMessage(error, locale)));
        return new ErrorSummary(List.copyOf(items));
    }

    static ErrorSummary of(List<Item> items) {
        return new ErrorSummary(List.copyOf(items));
    }

    public boolean isEmpty() {
        return items.isEmpty();
    }
}
