package se.servicekontor.contactcenter.search;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import se.servicekontor.shared.BankgiroNumber;
import se.servicekontor.shared.OrganisationNumber;
import se.servicekontor.shared.PersonalIdentityNumber;

/**
 * What an agent typed into snabbsök, understood: an organisation number (10 or 12 digits, with or
 * without hyphen), a personal identity or coordination number, a bankgiro number, invoice numbers or
 * payment references (OCR), and a name. One input may mean several things ("5050-1055" is a bankgiro
 * number and could be an invoice number): every reading that holds is kept and the answer screen shows
 * what it finds for each.
 */
record SearchQuery(String text, Optional<OrganisationNumber> organisation, Optional<PersonalIdentityNumber> person,
                   Optional<BankgiroNumber> bankgiro, List<String> references, Optional<String> name) {

    /** The kinds of thing a query can name. */
    enum Kind { ORGANISATION_NUMBER, PERSONAL_IDENTITY_NUMBER, BANKGIRO, REFERENCE, NAME }

    static final int MAX_LENGTH = 200;

    private static final Pattern SEPARATORS = Pattern.compile("[\\s,;]+");
    private static final Pattern HYPHENATED_GIRO = Pattern.compile("\\d{3,4}-\\d{4}");
    private static final Pattern GIRO_DIGITS = Pattern.compile("\\d{7,8}");
    private static final Pattern REFERENCE = Pattern.compile("[\\p{Alnum}][\\p{Alnum}/._-]{0,49}");
    private static final Pattern NAME_PART = Pattern.compile("\\p{L}+(?:[-'’]\\p{L}+)*");
    private static final Pattern HAS_DIGIT = Pattern.compile(".*\\d.*");

    SearchQuery {
        references = List.copyOf(references);
    }

    /** Reads the query; today (for a personal identity number's century) comes from the clock. */
    static SearchQuery parse(String input, Clock clock) {
        String text = input == null ? "" : input.strip();
        if (text.length() > MAX_LENGTH)
            text = text.substring(0, MAX_LENGTH);
        // The whole input as one number, spaces ignored: "556000 1234", "19800101 1234"
        String compact = text.replaceAll("[\\s\u00A0]", "");
        Optional<OrganisationNumber> organisation = organisation(compact);
        if (organisation.isPresent())
            return new SearchQuery(text, organisation, Optional.empty(), Optional.empty(), List.of(), Optional.empty());
        Optional<PersonalIdentityNumber> person = person(compact, clock);
        if (person.isPresent())
            return new SearchQuery(text, Optional.empty(), person, Optional.empty(), List.of(), Optional.empty());

        Optional<BankgiroNumber> bankgiro = Optional.empty();
        List<String> references = new ArrayList<>();
        List<String> nameParts = new ArrayList<>();
        for (String token : SEPARATORS.split(text)) {
            if (token.isEmpty())
                continue;
            Optional<OrganisationNumber> org = organisation(token);
            if (org.isPresent() && organisation.isEmpty()) {
                organisation = org;
                continue;
            }
            Optional<PersonalIdentityNumber> pin = person(token, clock);
            if (pin.isPresent() && person.isEmpty()) {
                person = pin;
                continue;
            }
            Optional<BankgiroNumber> giro = bankgiro(token);
            if (giro.isPresent() && bankgiro.isEmpty()) {
                bankgiro = giro;
                if (HYPHENATED_GIRO.matcher(token).matches())
                    continue; // written the bankgiro way: not an invoice number
            }
            if (NAME_PART.matcher(token).matches() && !HAS_DIGIT.matcher(token).matches())
                nameParts.add(token);
            else if (REFERENCE.matcher(token).matches() && references.size() < 5)
                references.add(token);
        }
        // A single word is an invoice number as well as a name ("ABC" could be either)
        Optional<String> name = nameParts.isEmpty() ? Optional.empty() : Optional.of(String.join(" ", nameParts));
        if (nameParts.size() == 1 && references.isEmpty() && nameParts.get(0).length() <= 20)
            references.add(nameParts.get(0));
        if (name.isPresent() && name.get().length() < 2)
            name = Optional.empty();
        return new SearchQuery(text, organisation, person, bankgiro, references, name);
    }

    Set<Kind> kinds() {
        Set<Kind> kinds = EnumSet.noneOf(Kind.class);
        organisation.ifPresent(o -> kinds.add(Kind.ORGANISATION_NUMBER));
        person.ifPresent(p -> kinds.add(Kind.PERSONAL_IDENTITY_NUMBER));
        bankgiro.ifPresent(b -> kinds.add(Kind.BANKGIRO));
        if (!references.isEmpty())
            kinds.add(Kind.REFERENCE);
        name.ifPresent(n -> kinds.add(Kind.NAME));
        return kinds;
    }

    boolean isEmpty() {
        return kinds().isEmpty();
    }

    private static Optional<OrganisationNumber> organisation(String token) {
        // A 12-digit form starting 19/20 is a personal identity number, never an organisation's
        return OrganisationNumber.isValid(token) ? Optional.of(OrganisationNumber.parse(token)) : Optional.empty();
    }

    private static Optional<PersonalIdentityNumber> person(String token, Clock clock) {
        if (token.length() < 10 || token.length() > 13)
            return Optional.empty();
        try {
            return Optional.of(PersonalIdentityNumber.parse(token, clock));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Optional<BankgiroNumber> bankgiro(String token) {
        if (!HYPHENATED_GIRO.matcher(token).matches() && !GIRO_DIGITS.matcher(token).matches())
            return Optional.empty();
        try {
            return Optional.of(BankgiroNumber.parse(token));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
