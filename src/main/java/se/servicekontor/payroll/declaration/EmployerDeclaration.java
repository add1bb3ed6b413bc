package se.servicekontor.payroll.declaration;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import se.servicekontor.payroll.EmployerProperties;
import se.servicekontor.shared.SwedishCalendar;

/**
 * An employer declaration on individual level (arbetsgivardeklaration, AGI) for one payment month, as Skatteverket's
 * XML, technical description 1.1 (instance schema {@value #INSTANCE}, components {@value #COMPONENT}; structure and
 * field codes from ../shared/data/skatteverket/agi/AGI-NOTES.md, which cites technical descriptions 1.1.16 and 1.1.18.2).
 * One HU (huvuduppgift: 487 contributions, 497 tax) and one IU (individuppgift) per payee: 215 personal identity number,
 * 570 specification number, 011 cash pay, 001 tax withheld, 012 other taxable benefits when any. Whole kronor.
 */
public final class EmployerDeclaration {

    public static final String INSTANCE = "http://xmls.skatteverket.se/se/skatteverket/da/instans/schema/1.1";
    public static final String COMPONENT = "http://xmls.skatteverket.se/se/skatteverket/da/komponent/schema/1.1";
    private static final DateTimeFormatter PERIOD = DateTimeFormatter.ofPattern("yyyyMM");

    /** One payee's figures for the month, in whole kronor. */
    public record Individual(long employeeId, String personalIdentityNumber, long specificationNumber, long cashPay, long tax,
                             long benefits) {
        public Individual {
            if (personalIdentityNumber == null || !personalIdentityNumber.matches("\\d{12}"))
                throw new IllegalArgumentException("Field 215 is 12 digits");
        }

        boolean sameFigures(Individual other) {
            return cashPay == other.cashPay && tax == other.tax && benefits == other.benefits;
        }
    }

    /** The month's totals for the HU, whole kronor. */
    public record Totals(long contributions, long tax) {
    }

    private EmployerDeclaration() {
    }

    /**
     * The payees to (re)declare: all of them the first time; for a correction only those whose figures differ from what
     * was declared (a replacement IU with the same 215 + 570 replaces the old one) — AGI-NOTES.md "Totals and corrections".
     */
    public static List<Individual> toDeclare(List<Individual> current, List<Individual> declared) {
        if (declared.isEmpty())
            return current;
        Map<Long, Individual> before = declared.stream().collect(Collectors.toMap(Individual::employeeId, Function.identity()));
        return current.stream().filter(i -> !before.containsKey(i.employeeId()) || !before.get(i.employeeId()).sameFigures(i)).toList();
    }

    /**
     * The due date of the month's declaration and payment: the 12th of the following month, the 17th when that month is
     * January or August (SFL 26 kap. 34 §, 62 kap. 3 §, as the issue states it); a weekend or holiday moves it to the
     * next bank day.
     */
    public static LocalDate dueDate(YearMonth period) {
        YearMonth next = period.plusMonths(1);
        int day = next.getMonth() == Month.JANUARY || next.getMonth() == Month.AUGUST ? 17 : 12;
        return SwedishCalendar.instance().bankDayOnOrAfter(next.atDay(day));
    }

    /** "16" + the 10-digit organisation number: how AGI writes an employer's id (field 201). */
    static String employerId(EmployerProperties employer) {
        return "16" + employer.organisationDigits();
    }

    public static byte[] xml(EmployerProperties employer, YearMonth period, LocalDateTime created, Totals totals, List<Individual> individuals) {
        Objects.requireNonNull(totals, "totals");
        ByteArrayOutputStream out = new ByteArrayOutputStream(2048 + individuals.size() * 900);
        String id = employerId(employer);
        String month = PERIOD.format(period);
        try {
            XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            x.writeStartDocument("UTF-8", "1.0");
            x.writeStartElement("", "Skatteverket", INSTANCE);
            x.writeDefaultNamespace(INSTANCE);
            x.writeNamespace("agd", COMPONENT);
            x.writeAttribute("omrade", "Arbetsgivardeklaration");
            start(x, "Avsandare");
            value(x, "Programnamn", "Servicekontor");
            value(x, "Organisationsnummer", id);
            contact(x, "TekniskKontaktperson", employer);
            value(x, "Skapad", created.withNano(0).format(DateTimeFormatter.ISO_LOCAL_DATE_TIME));
            x.writeEndElement();
            start(x, "Blankettgemensamt");
            start(x, "Arbetsgivare");
            value(x, "AgRegistreradId", id);
            contact(x, "Kontaktperson", employer);
            x.writeEndElement();
            x.writeEndElement();
            blankett(x, id, month, () -> {
                start(x, "HU");
                start(x, "ArbetsgivareHUGROUP");
                field(x, "AgRegistreradId", "201", id);
                x.writeEndElement();
                field(x, "RedovisningsPeriod", "006", month);
                field(x, "SummaArbAvgSlf", "487", Long.toString(totals.contributions()));
                field(x, "SummaSkatteavdr", "497", Long.toString(totals.tax()));
                x.writeEndElement();
            });
            for (Individual i : individuals)
                blankett(x, id, month, () -> {
                    start(x, "IU");
                    start(x, "ArbetsgivareIUGROUP");
                    field(x, "AgRegistreradId", "201", id);
                    x.writeEndElement();
                    start(x, "BetalningsmottagareIUGROUP");
                    start(x, "BetalningsmottagareIDChoice");
                    field(x, "BetalningsmottagarId", "215", i.personalIdentityNumber());
                    x.writeEndElement();
                    x.writeEndElement();
                    field(x, "RedovisningsPeriod", "006", month);
                    field(x, "Specifikationsnummer", "570", Long.toString(i.specificationNumber()));
                    field(x, "KontantErsattningUlagAG", "011", Long.toString(i.cashPay()));
                    if (i.benefits() != 0)
                        field(x, "SkatteplOvrigaFormanerUlagAG", "012", Long.toString(i.benefits()));
                    field(x, "AvdrPrelSkatt", "001", Long.toString(i.tax()));
                    x.writeEndElement();
                });
            x.writeEndElement();
            x.writeEndDocument();
            x.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("AGI could not be written", e);
        }
        return out.toByteArray();
    }

    @FunctionalInterface
    private interface Content {
        void write() throws XMLStreamException;
    }

    private static void blankett(XMLStreamWriter x, String id, String month, Content content) throws XMLStreamException {
        start(x, "Blankett");
        start(x, "Arendeinformation");
        value(x, "Arendeagare", id);
        value(x, "Period", month);
        x.writeEndElement();
        start(x, "Blankettinnehall");
        content.write();
        x.writeEndElement();
        x.writeEndElement();
    }

    private static void contact(XMLStreamWriter x, String element, EmployerProperties employer) throws XMLStreamException {
        start(x, element);
        value(x, "Namn", employer.contactName());
        value(x, "Telefon", employer.contactPhone());
        value(x, "Epostadress", employer.contactEmail());
        x.writeEndElement();
    }

    private static void start(XMLStreamWriter x, String name) throws XMLStreamException {
        x.writeStartElement("agd", name, COMPONENT);
    }

    private static void value(XMLStreamWriter x, String name, String text) throws XMLStreamException {
        start(x, name);
        x.writeCharacters(text);
        x.writeEndElement();
    }

    private static void field(XMLStreamWriter x, String name, String code, String text) throws XMLStreamException {
        start(x, name);
        x.writeAttribute("faltkod", code);
        x.writeCharacters(text);
        x.writeEndElement();
    }

    static String asString(byte[] xml) {
        return new String(xml, StandardCharsets.UTF_8);
    }
}
