package se.servicekontor.supplierinvoice.intake.validation;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import javax.xml.transform.dom.DOMSource;
import javax.xml.validation.Validator;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

import com.helger.phive.api.executor.IValidationExecutor;
import com.helger.phive.xml.source.IValidationSourceXML;
import com.helger.phive.xml.xsd.ValidationExecutorXSD;

/**
 * Where in the document each XML Schema error is, as an XPath ({@code /Invoice/cac:InvoiceLine[2]/cbc:Note}).
 * phive validates the parsed DOM, and a DOM has no line numbers, so its schema errors come without a location.
 * Only for a document that failed the schema (rare): validates it once more against the same compiled schema
 * and asks the JDK's validator, at each error, which element it is at ({@value #CURRENT_ELEMENT}). The errors
 * come in the same order as phive's; each phive error takes the next path whose message is the same.
 */
final class SchemaErrorPaths {

    static final SchemaErrorPaths NONE = new SchemaErrorPaths(List.of());

    private static final String CURRENT_ELEMENT = "http://apache.org/xml/properties/dom/current-element-node";

    /** The prefixes the schematron locations use, so that XSD and rule locations read alike. */
    private static final Map<String, String> PREFIXES = Map.of(
            "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "cac",
            "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "cbc",
            "urn:oasis:names:specification:ubl:schema:xsd:CommonExtensionComponents-2", "ext",
            "urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100", "rsm",
            "urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100", "ram",
            "urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100", "udt",
            "urn:un:unece:uncefact:data:standard:QualifiedDataType:100", "qdt");

    private record Located(String message, String path) {
    }

    private final List<Located> errors;
    private int next;

    private SchemaErrorPaths(List<Located> errors) {
        this.errors = errors;
    }

    static SchemaErrorPaths of(List<IValidationExecutor<IValidationSourceXML>> executors, Document document) {
        for (IValidationExecutor<IValidationSourceXML> executor : executors) {
            if (executor instanceof ValidationExecutorXSD xsd) {
                return new SchemaErrorPaths(locate(xsd.getSchemaProvider().get().newValidator(), document));
            }
        }
        return NONE;
    }

    /** The path of the next error with this message; empty when the two validations disagree. */
    String next(String message) {
        for (int i = next; i < errors.size(); i++) {
            Located error = errors.get(i);
            if (message != null && (message.equals(error.message()) || message.contains(error.message()))) {
                next = i + 1;
                return error.path();
            }
        }
        return "";
    }

    private static List<Located> locate(Validator validator, Document document) {
        List<Located> found = new ArrayList<>();
        validator.setErrorHandler(new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
                add(e);
            }

            @Override
            public void error(SAXParseException e) {
                add(e);
            }

            @Override
            public void fatalError(SAXParseException e) {
                add(e);
            }

            private void add(SAXParseException e) {
                String path = "";
                try {
                    if (validator.getProperty(CURRENT_ELEMENT) instanceof Element element) {
                        path = path(element);
                    }
                } catch (SAXException notSupported) {
                    // another validator implementation: no paths
                }
                found.add(new Located(String.valueOf(e.getMessage()), path));
            }
        });
        try {
            validator.validate(new DOMSource(document));
        } catch (SAXException | java.io.IOException e) {
            // what was found so far is what there is
        }
        return found;
    }

    /** The element's XPath: the root by its local name, then prefixed names, with a position where a name repeats. */
    static String path(Element element) {
        Deque<String> steps = new ArrayDeque<>();
        for (Node node = element; node instanceof Element current; node = current.getParentNode()) {
            Node parent = current.getParentNode();
            if (!(parent instanceof Element)) {
                steps.addFirst(current.getLocalName());
                break;
            }
            int same = 0;
            int position = 0;
            for (Node sibling = parent.getFirstChild(); sibling != null; sibling = sibling.getNextSibling()) {
                if (sibling instanceof Element other && Objects.equals(other.getLocalName(), current.getLocalName())
                        && Objects.equals(other.getNamespaceURI(), current.getNamespaceURI())) {
                    same++;
                    if (other == current) {
                        position = same;
                    }
                }
            }
            String prefix = PREFIXES.get(current.getNamespaceURI());
            String name = prefix == null ? current.getNodeName() : prefix + ":" + current.getLocalName();
            steps.addFirst(same > 1 ? name + "[" + position + "]" : name);
        }
        return "/" + String.join("/", steps);
    }
}
