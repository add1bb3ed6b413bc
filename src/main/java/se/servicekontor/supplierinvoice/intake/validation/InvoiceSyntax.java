package se.servicekontor.supplierinvoice.intake.validation;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

import org.w3c.dom.Element;

/** The e-invoice syntaxes EN 16931 allows, told apart by the document's root element and namespace. */
public enum InvoiceSyntax {

    UBL_INVOICE("urn:oasis:names:specification:ubl:schema:xsd:Invoice-2", "Invoice", "UBL 2.1 Invoice"),
    UBL_CREDIT_NOTE("urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2", "CreditNote", "UBL 2.1 CreditNote"),
    CII("urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100", "CrossIndustryInvoice", "UN/CEFACT CII D16B");

    private final String namespace;
    private final String rootName;
    private final String displayName;

    InvoiceSyntax(String namespace, String rootName, String displayName) {
        this.namespace = namespace;
        this.rootName = rootName;
        this.displayName = displayName;
    }

    public String namespace() {
        return namespace;
    }

    public String rootName() {
        return rootName;
    }

    public String displayName() {
        return displayName;
    }

    public static Optional<InvoiceSyntax> of(Element root) {
        return Arrays.stream(values())
                .filter(s -> s.rootName.equals(root.getLocalName()) && Objects.equals(s.namespace, root.getNamespaceURI()))
                .findFirst();
    }

    /** The root as {namespace}name, for telling a person what was found instead. */
    public static String describe(Element root) {
        String ns = root.getNamespaceURI();
        return (ns == null ? "" : "{" + ns + "}") + (root.getLocalName() == null ? root.getNodeName() : root.getLocalName());
    }
}
