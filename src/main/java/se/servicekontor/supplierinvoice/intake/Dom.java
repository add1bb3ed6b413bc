package se.servicekontor.supplierinvoice.intake;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Walking a namespace-aware DOM by paths of prefixed names ({@code "cac:Party", "cbc:Name"}), for reading
 * UBL and CII without XPath's per-call compile cost. Only the prefixes below are known.
 */
final class Dom {

    static final String CAC = "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2";
    static final String CBC = "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2";
    static final String RSM = "urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100";
    static final String RAM = "urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100";
    static final String UDT = "urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100";

    private static final Map<String, String> PREFIXES = Map.of("cac", CAC, "cbc", CBC, "rsm", RSM, "ram", RAM, "udt", UDT);

    private Dom() {
    }

    /** The first element reached by following the path of child names, or null. */
    static Element first(Element from, String... path) {
        Element current = from;
        for (String step : path) {
            if (current == null) {
                return null;
            }
            current = child(current, step);
        }
        return current;
    }

    /** Every element at the end of the path (all matches at the last step, first match before it). */
    static List<Element> all(Element from, String... path) {
        if (path.length == 0 || from == null) {
            return List.of();
        }
        Element parent = path.length == 1 ? from : first(from, java.util.Arrays.copyOf(path, path.length - 1));
        return parent == null ? List.of() : children(parent, path[path.length - 1]);
    }

    /** The trimmed text of the element at the path, or null when absent or blank. */
    static String text(Element from, String... path) {
        return text(first(from, path));
    }

    static String text(Element element) {
        if (element == null) {
            return null;
        }
        String text = element.getTextContent();
        return text == null || text.isBlank() ? null : text.strip();
    }

    static String attribute(Element element, String name) {
        if (element == null || !element.hasAttribute(name)) {
            return null;
        }
        String value = element.getAttribute(name).strip();
        return value.isEmpty() ? null : value;
    }

    static BigDecimal decimal(Element from, String... path) {
        return decimal(text(from, path));
    }

    static BigDecimal decimal(String text) {
        if (text == null) {
            return null;
        }
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static List<Element> children(Element parent, String prefixedName) {
        String[] parts = split(prefixedName);
        List<Element> found = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && parts[1].equals(e.getLocalName()) && parts[0].equals(e.getNamespaceURI())) {
                found.add(e);
            }
        }
        return found;
    }

    static Element child(Element parent, String prefixedName) {
        String[] parts = split(prefixedName);
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && parts[1].equals(e.getLocalName()) && parts[0].equals(e.getNamespaceURI())) {
                return e;
            }
        }
        return null;
    }

    /** How many children of the element have the name: e.g. invoice lines, without reading them. */
    static int count(Element parent, String prefixedName) {
        String[] parts = split(prefixedName);
        int count = 0;
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && parts[1].equals(e.getLocalName()) && parts[0].equals(e.getNamespaceURI())) {
                count++;
            }
        }
        return count;
    }

    private static String[] split(String prefixedName) {
        int colon = prefixedName.indexOf(':');
        String namespace = PREFIXES.get(prefixedName.substring(0, colon));
        if (namespace == null) {
            throw new IllegalArgumentException("Unknown prefix in " + prefixedName);
        }
        return new String[] {namespace, prefixedName.substring(colon + 1)};
    }
}
