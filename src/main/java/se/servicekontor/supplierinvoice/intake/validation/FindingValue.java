package se.servicekontor.supplierinvoice.intake.validation;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The value a rule finding points at, and whose it is, so an officer reads "Säljarens (leverantörens) värde:
 * 5560001234" instead of only an XPath. Follows the schematron's location (SVRL {@code location}, steps like
 * {@code *:Invoice[namespace-uri()='…'][1]/*:AccountingSupplierParty[…][1]/…/@schemeID}) through the document.
 */
final class FindingValue {

    private static final Pattern STEP = Pattern.compile("^(@)?(?:\\*:|[\\w-]+:)?([\\w.-]+)(.*)$");
    private static final Pattern INDEX = Pattern.compile("\\[(\\d+)\\]\\s*$");
    private static final int LONGEST = 80;

    private FindingValue() {
    }

    /** The finding's message with the value and its owner added when the location leads to a short text value. */
    static String describe(String message, String location, Element root) {
        String value = valueAt(location, root);
        String party = party(location);
        if (value == null) {
            return party == null ? message : message + " Gäller " + party + " uppgifter.";
        }
        return message + " " + (party == null ? "Värdet i filen" : capitalise(party) + " värde i filen") + ": «" + value + "».";
    }

    /** Whose data the location is in: the supplier (seller, payee) or the municipality (buyer). */
    static String party(String location) {
        if (location == null) {
            return null;
        }
        if (location.contains("AccountingSupplierParty") || location.contains("SellerTradeParty") || location.contains("PayeeParty")
                || location.contains("PayeeFinancialAccount") || location.contains("PaymentMeans")) {
            return "säljarens (leverantörens)";
        }
        if (location.contains("AccountingCustomerParty") || location.contains("BuyerTradeParty")) {
            return "köparens (kommunens egna)";
        }
        return null;
    }

    /** The text at the location, or null when it cannot be followed, is an element with children, or is long. */
    static String valueAt(String location, Element root) {
        if (location == null || root == null || !location.startsWith("/")) {
            return null;
        }
        String[] steps = splitSteps(location.substring(1));
        if (steps.length == 0) {
            return null;
        }
        Node current = null;
        for (int i = 0; i < steps.length; i++) {
            Matcher m = STEP.matcher(steps[i]);
            if (!m.matches()) {
                return null;
            }
            boolean attribute = m.group(1) != null;
            String name = m.group(2);
            Matcher index = INDEX.matcher(m.group(3));
            int n = index.find() ? Integer.parseInt(index.group(1)) : 1;
            if (i == 0) {
                if (!name.equals(root.getLocalName())) {
                    return null;
                }
                current = root;
                continue;
            }
            if (attribute) {
                Attr attr = current instanceof Element e ? findAttribute(e, name) : null;
                return attr == null ? null : shortText(attr.getValue());
            }
            current = child(current, name, n);
            if (current == null) {
                return null;
            }
        }
        for (Node c = current.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c.getNodeType() == Node.ELEMENT_NODE) {
                return null;
            }
        }
        return shortText(current.getTextContent());
    }

    /** Steps split on '/' outside brackets (a predicate may hold a namespace URI with slashes). */
    private static String[] splitSteps(String path) {
        java.util.List<String> steps = new java.util.ArrayList<>();
        int depth = 0;
        int quote = 0;
        StringBuilder step = new StringBuilder();
        for (char c : path.toCharArray()) {
            if (c == '\'' || c == '"') {
                quote = quote == 0 ? c : (quote == c ? 0 : quote);
            } else if (quote == 0 && c == '[') {
                depth++;
            } else if (quote == 0 && c == ']') {
                depth--;
            } else if (quote == 0 && depth == 0 && c == '/') {
                steps.add(step.toString());
                step.setLength(0);
                continue;
            }
            step.append(c);
        }
        steps.add(step.toString());
        return steps.toArray(String[]::new);
    }

    private static Node child(Node parent, String localName, int n) {
        int seen = 0;
        for (Node c = parent.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c.getNodeType() == Node.ELEMENT_NODE && localName.equals(c.getLocalName()) && ++seen == n) {
                return c;
            }
        }
        return null;
    }

    private static Attr findAttribute(Element element, String name) {
        var attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr a = (Attr) attributes.item(i);
            String local = a.getLocalName() != null ? a.getLocalName() : a.getName();
            if (name.equals(local)) {
                return a;
            }
        }
        return null;
    }

    private static String shortText(String text) {
        if (text == null) {
            return null;
        }
        String t = text.strip().replaceAll("\\s+", " ");
        return t.isEmpty() || t.length() > LONGEST ? null : t;
    }

    private static String capitalise(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
