package se.servicekontor.supplierinvoice.inbox;

import java.io.StringWriter;

import javax.xml.XMLConstants;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.w3c.dom.Document;
import org.w3c.dom.Node;

/**
 * An XML document indented for reading. The page puts the result in a {@code <pre>} with th:text, so the
 * markup is shown as text (escaped), never interpreted. The document was parsed by intake's secure parser.
 */
final class XmlPretty {

    /** Longer output is cut: a person reads the start, the file itself can be downloaded. */
    static final int MAX_CHARS = 400_000;

    private XmlPretty() {
    }

    static String format(Document original) {
        Document document = (Document) original.cloneNode(true);
        removeWhitespaceText(document.getDocumentElement());
        try {
            TransformerFactory factory = TransformerFactory.newDefaultInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
            Transformer transformer = factory.newTransformer();
            transformer.setOutputProperty(OutputKeys.INDENT, "yes");
            transformer.setOutputProperty("{http://xml.apache.org/xslt}indent-amount", "2");
            transformer.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "no");
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            StringWriter out = new StringWriter();
            transformer.transform(new DOMSource(document), new StreamResult(out));
            String text = out.toString();
            return text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) + "\n…" : text;
        } catch (TransformerException e) {
            return "Dokumentet kunde inte visas: " + e.getMessage();
        }
    }

    private static void removeWhitespaceText(Node node) {
        Node child = node.getFirstChild();
        while (child != null) {
            Node next = child.getNextSibling();
            if (child.getNodeType() == Node.TEXT_NODE && child.getTextContent().isBlank()) {
                node.removeChild(child);
            } else if (child.getNodeType() == Node.ELEMENT_NODE) {
                removeWhitespaceText(child);
            }
            child = next;
        }
    }
}
