package se.servicekontor.supplierinvoice.intake.validation;

import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The JDK parser's well-formedness errors (English whatever the locale, e.g. "Content is not allowed in prolog.")
 * said in Swedish, so that an officer can tell the supplier what is wrong with the file. Unknown messages keep the
 * parser's text as the technical reason.
 */
final class XmlErrorText {

    private record Known(Pattern pattern, Function<Matcher, String> swedish) {
    }

    private static final List<Known> KNOWN = List.of(
            known("Content is not allowed in prolog", m -> "Filen börjar inte som en XML-fil: det står något annat än XML "
                    + "före det första elementet (är det en textfil, ett e-postmeddelande eller en annan filtyp?)."),
            known("Content is not allowed in trailing section", m -> "Det står text efter dokumentets sista element."),
            known("Premature end of file", m -> "Filen tar slut innan den börjat eller för tidigt: den är tom eller avkortad."),
            known("XML document structures must start and end within the same entity",
                    m -> "Filen tar slut mitt i ett element: den är avkortad (kanske avbruten vid överföringen)."),
            known("The element type \"([^\"]+)\" must be terminated by the matching end-tag \"</([^\"]+)>\"",
                    m -> "Elementet " + m.group(1) + " avslutas inte med </" + m.group(2) + ">."),
            known("The markup in the document following the root element must be well-formed",
                    m -> "Det står något efter dokumentets sista element."),
            known("The markup in the document preceding the root element must be well-formed",
                    m -> "Det står något felaktigt före dokumentets första element."),
            known("Invalid byte (\\d+) of (\\d+)-byte UTF-8 sequence", m -> "Filen innehåller tecken som inte är giltig UTF-8 "
                    + "(troligen sparad som Windows-1252/ISO-8859-1 utan att XML-deklarationen säger det)."),
            known("The entity \"([^\"]+)\" was referenced, but not declared",
                    m -> "Entiteten &" + m.group(1) + "; används men finns inte i XML (skriv tecknet direkt eller som &#nnn;)."),
            known("An invalid XML character \\(Unicode: (0x[0-9a-fA-F]+)\\)", m -> "Filen innehåller ett tecken som inte får finnas i XML (" + m.group(1) + ")."),
            known("The entity name must immediately follow the '&'", m -> "Ett &-tecken följs inte av en entitet (skriv & som &amp;)."),
            known("The reference to entity \"([^\"]+)\" must end with the ';' delimiter",
                    m -> "Ett &-tecken följs inte av en entitet (skriv & som &amp;)."),
            known("Element type \"([^\"]+)\" must be followed by either attribute specifications",
                    m -> "Elementet " + m.group(1) + " är felskrivet (ett attribut eller > saknas)."),
            known("The prefix \"([^\"]+)\" for element \"([^\"]+)\" is not bound",
                    m -> "Namnrymdsprefixet " + m.group(1) + " i elementet " + m.group(2) + " är inte deklarerat."),
            known("Open quote is expected for attribute", m -> "Ett attributvärde saknar citattecken."),
            known("The processing instruction target matching \"\\[xX\\]\\[mM\\]\\[lL\\]\" is not allowed",
                    m -> "XML-deklarationen (<?xml …?>) står inte först i filen."));

    private XmlErrorText() {
    }

    private static Known known(String regex, Function<Matcher, String> swedish) {
        return new Known(Pattern.compile(regex), swedish);
    }

    /** "Filen kunde inte tolkas som XML (rad 1, kolumn 1): Filen börjar inte som en XML-fil …". */
    static String of(String parserMessage, int line, int column) {
        String message = String.valueOf(parserMessage);
        String where = line > 0 ? " (rad " + line + ", kolumn " + column + ")" : "";
        for (Known known : KNOWN) {
            Matcher m = known.pattern().matcher(message);
            if (m.find()) {
                return "Filen kunde inte tolkas som XML" + where + ": " + known.swedish().apply(m);
            }
        }
        return "Filen kunde inte tolkas som XML" + where + ". Teknisk orsak: " + message;
    }
}
