package se.servicekontor.payroll.declaration;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Our own structural check of an AGI file, written from AGI-NOTES.md because Skatteverket's XSD (1.1) is not available
 * here: root and namespaces, Avsandare with a 12-character organisation id starting "16", the employer in
 * Blankettgemensamt, each Blankett with Arendeinformation (owner, period YYYYMM) and exactly one HU or IU, exactly one
 * HU, field codes on the value elements as the notes list them, whole-kronor amounts, IUs with a valid 12-digit 215
 * and a 570 unique per payee, one period throughout. With {@code complete}, also HU 497 = Σ IU 001 (a correction
 * carries only the changed IUs, so not then). Returns the problems, empty when the file passes.
 */
public final class AgiStructure {

    private static final Map<String, String> FIELD_CODES = Map.ofEntries(Map.entry("AgRegistreradId", "201"),
            Map.entry("RedovisningsPeriod", "006"), Map.entry("SummaArbAvgSlf", "487"), Map.entry("SummaSkatteavdr", "497"),
            Map.entry("TotalSjuklonekostnad", "499"), Map.entry("BetalningsmottagarId", "215"), Map.entry("Specifikationsnummer", "570"),
            Map.entry("Borttag", "205"), Map.entry("KontantErsattningUlagAG", "011"), Map.entry("AvdrPrelSkatt", "001"),
            Map.entry("SkatteplOvrigaFormanerUlagAG", "012"), Map.entry("SkatteplBilformanUlagAG", "013"),
            Map.entry("DrivmVidBilformanUlagAG", "018"));
    private static final Pattern AMOUNT = Pattern.compile("-?\\d+");
    private static final Pattern MONTH = Pattern.compile("\\d{4}(0[1-9]|1[0-2])");

    private AgiStructure() {
    }

    public static List<String> check(byte[] xml, boolean complete) {
        List<String> problems = new ArrayList<>();
        Document doc;
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setExpandEntityReferences(false);
            doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        } catch (Exception e) {
            return List.of("not well-formed XML: " + e.getMessage());
        }
        Element root = doc.getDocumentElement();
        if (!"Skatteverket".equals(root.getLocalName()) || !EmployerDeclaration.INSTANCE.equals(root.getNamespaceURI()))
            problems.add("root is not Skatteverket in the instance namespace 1.1");
        if (!"Arbetsgivardeklaration".equals(root.getAttribute("omrade")))
            problems.add("root attribute omrade is not Arbetsgivardeklaration");
        List<Element> top = children(root);
        if (top.size() < 3 || !is(top.get(0), "Avsandare") || !is(top.get(1), "Blankettgemensamt"))
            problems.add("Avsandare and Blankettgemensamt must come first");
        Element sender = top.isEmpty() ? null : top.get(0);
        String orgId = sender == null ? null : text(sender, "Organisationsnummer");
        if (orgId == null || !orgId.matches("16\\d{10}"))
            problems.add("Avsandare/Organisationsnummer is not 16 + 10 digits");
        for (String required : List.of("Programnamn", "TekniskKontaktperson", "Skapad"))
            if (sender == null || child(sender, required) == null)
                problems.add("Avsandare lacks " + required);
        Element employer = top.size() > 1 ? child(top.get(1), "Arbetsgivare") : null;
        if (employer == null || child(employer, "AgRegistreradId") == null || child(employer, "Kontaktperson") == null)
            problems.add("Blankettgemensamt/Arbetsgivare lacks AgRegistreradId or Kontaktperson");
        int hus = 0;
        long huTax = -1;
        long iuTax = 0;
        String period = null;
        java.util.Set<String> payees = new java.util.HashSet<>();
        for (Element blankett : top.subList(Math.min(2, top.size()), top.size())) {
            if (!is(blankett, "Blankett")) {
                problems.add("unexpected element " + blankett.getLocalName());
                continue;
            }
            Element info = child(blankett, "Arendeinformation");
            Element content = child(blankett, "Blankettinnehall");
            String month = info == null ? null : text(info, "Period");
            if (info == null || text(info, "Arendeagare") == null || month == null || !MONTH.matcher(month).matches()) {
                problems.add("Blankett without Arendeinformation (Arendeagare, Period YYYYMM)");
                continue;
            }
            if (period == null)
                period = month;
            else if (!period.equals(month))
                problems.add("periods differ: " + period + " and " + month);
            List<Element> parts = content == null ? List.of() : children(content);
            if (parts.size() != 1 || !(is(parts.get(0), "HU") || is(parts.get(0), "IU"))) {
                problems.add("Blankettinnehall must hold exactly one HU or IU");
                continue;
            }
            Element part = parts.get(0);
            problems.addAll(fieldCodes(part));
            if (!month.equals(fieldText(part, "RedovisningsPeriod")))
                problems.add(part.getLocalName() + " RedovisningsPeriod (006) differs from the Arendeinformation's period");
            if (is(part, "HU")) {
                hus++;
                huTax = amount(part, "SummaSkatteavdr", problems);
                amount(part, "SummaArbAvgSlf", problems);
            } else {
                String pin = fieldText(part, "BetalningsmottagarId");
                String spec = fieldText(part, "Specifikationsnummer");
                if (pin == null || !pin.matches("\\d{12}") || !luhn(pin.substring(2)))
                    problems.add("IU with an invalid BetalningsmottagarId (215)");
                if (spec == null || !spec.matches("\\d{1,10}"))
                    problems.add("IU without Specifikationsnummer (570)");
                else if (!payees.add(pin + "/" + spec))
                    problems.add("two IUs for the same 215 + 570");
                if (fieldText(part, "Borttag") == null) {
                    amount(part, "KontantErsattningUlagAG", problems);
                    iuTax += Math.max(0, amount(part, "AvdrPrelSkatt", problems));
                }
            }
        }
        if (hus != 1)
            problems.add("exactly one HU is required, found " + hus);
        if (complete && hus == 1 && huTax != iuTax)
            problems.add("HU SummaSkatteavdr (497) " + huTax + " differs from the IUs' AvdrPrelSkatt (001) " + iuTax);
        return problems;
    }

    /** Luhn over YYMMDDNNNC (Skatteverket SKV 704). */
    static boolean luhn(String tenDigits) {
        int sum = 0;
        for (int i = 0; i < tenDigits.length(); i++) {
            int d = (tenDigits.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
            sum += d > 9 ? d - 9 : d;
        }
        return sum % 10 == 0;
    }

    private static List<String> fieldCodes(Element part) {
        List<String> problems = new ArrayList<>();
        for (Node n = part.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (!(n instanceof Element e))
                continue;
            if (e.getLocalName().endsWith("GROUP") || e.getLocalName().endsWith("Choice")) {
                problems.addAll(fieldCodes(e));
                continue;
            }
            String expected = FIELD_CODES.get(e.getLocalName());
            if (expected == null)
                problems.add("unknown element " + e.getLocalName() + " in " + part.getLocalName());
            else if (!expected.equals(e.getAttribute("faltkod")))
                problems.add(e.getLocalName() + " has faltkod '" + e.getAttribute("faltkod") + "', expected " + expected);
        }
        return problems;
    }

    private static long amount(Element part, String name, List<String> problems) {
        String value = fieldText(part, name);
        if (value == null || !AMOUNT.matcher(value).matches()) {
            problems.add(part.getLocalName() + " " + name + " is missing or not whole kronor: " + value);
            return -1;
        }
        return Long.parseLong(value);
    }

    /** The text of a descendant value element of the part (through GROUP and Choice wrappers). */
    private static String fieldText(Element part, String name) {
        var nodes = part.getElementsByTagNameNS(EmployerDeclaration.COMPONENT, name);
        return nodes.getLength() == 0 ? null : nodes.item(0).getTextContent().strip();
    }

    private static boolean is(Element e, String name) {
        return name.equals(e.getLocalName()) && EmployerDeclaration.COMPONENT.equals(e.getNamespaceURI());
    }

    private static List<Element> children(Element parent) {
        List<Element> result = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling())
            if (n instanceof Element e)
                result.add(e);
        return result;
    }

    private static Element child(Element parent, String name) {
        return children(parent).stream().filter(e -> is(e, name)).findFirst().orElse(null);
    }

    private static String text(Element parent, String name) {
        Element e = child(parent, name);
        return e == null ? null : e.getTextContent().strip();
    }
}
