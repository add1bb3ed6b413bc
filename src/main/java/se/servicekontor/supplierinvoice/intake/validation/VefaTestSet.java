package se.servicekontor.supplierinvoice.intake.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.xml.XMLConstants;

import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * A rule test file in the VEFA validator format, as OpenPeppol and CEN publish their unit tests: one
 * {@code <testSet configuration="…">} of {@code <test>}s, each with an {@code <assert>} of expected
 * outcomes and one invoice document (often a fragment that is not XSD-valid).
 */
record VefaTestSet(String configuration, List<String> scope, List<Case> cases) {

    static final String NAMESPACE = "http://difi.no/xsd/vefa/validator/1.0";

    enum Expected {
        /** The rule must not fire. */
        SUCCESS,
        /** The rule must fire as fatal. */
        ERROR,
        /** The rule must fire as a warning. */
        WARNING
    }

    record Expectation(Expected expected, String ruleId) {
    }

    /** One test, numbered from 1 in file order, with its document as a standalone DOM. */
    record Case(int number, List<Expectation> expectations, Document document) {
    }

    static boolean isTestSet(Document document) {
        Element root = document.getDocumentElement();
        return NAMESPACE.equals(root.getNamespaceURI()) && "testSet".equals(root.getLocalName());
    }

    /** CEN's own configuration: judged against the EN 16931 rules alone, not Peppol's. */
    boolean cenOnly() {
        return configuration.startsWith("tc434");
    }

    static VefaTestSet of(Document document) {
        if (!isTestSet(document)) {
            throw new IllegalArgumentException("Not a VEFA testSet: " + InvoiceSyntax.describe(document.getDocumentElement()));
        }
        Element root = document.getDocumentElement();
        List<String> scope = new ArrayList<>();
        child(root, "assert").ifPresent(a -> children(a, "scope").forEach(s -> scope.add(s.getTextContent().strip())));
        List<Case> cases = new ArrayList<>();
        for (Element test : children(root, "test")) {
            List<Expectation> expectations = new ArrayList<>();
            child(test, "assert").ifPresent(a -> {
                for (Expected kind : Expected.values()) {
                    children(a, kind.name().toLowerCase()).forEach(e -> expectations.add(new Expectation(kind, e.getTextContent().strip())));
                }
            });
            Element content = documentElement(test);
            cases.add(new Case(cases.size() + 1, List.copyOf(expectations), content == null ? null : standalone(content)));
        }
        return new VefaTestSet(root.getAttribute("configuration"), List.copyOf(scope), List.copyOf(cases));
    }

    /** The test's document: its first element child outside the VEFA namespace. */
    private static Element documentElement(Element test) {
        for (Node n = test.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && !NAMESPACE.equals(e.getNamespaceURI())) {
                return e;
            }
        }
        return null;
    }

    /**
     * Copies the element into a document of its own, carrying over the namespace declarations in scope
     * on its ancestors (the schematrons resolve QName values such as scheme prefixes against them).
     */
    private static Document standalone(Element element) {
        Document copy = element.getOwnerDocument().getImplementation().createDocument(null, null, null);
        Element root = (Element) copy.importNode(element, true);
        for (Node a = element.getParentNode(); a instanceof Element ancestor; a = ancestor.getParentNode()) {
            NamedNodeMap attributes = ancestor.getAttributes();
            for (int i = 0; i < attributes.getLength(); i++) {
                Attr attr = (Attr) attributes.item(i);
                if (XMLConstants.XMLNS_ATTRIBUTE_NS_URI.equals(attr.getNamespaceURI())
                        && !root.hasAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, attr.getLocalName())
                        && !NAMESPACE.equals(attr.getValue())) {
                    root.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, attr.getName(), attr.getValue());
                }
            }
        }
        copy.appendChild(root);
        return copy;
    }

    private static Optional<Element> child(Element parent, String localName) {
        return children(parent, localName).stream().findFirst();
    }

    private static List<Element> children(Element parent, String localName) {
        List<Element> result = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && NAMESPACE.equals(e.getNamespaceURI()) && localName.equals(e.getLocalName())) {
                result.add(e);
            }
        }
        return result;
    }
}
