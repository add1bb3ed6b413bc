package se.servicekontor.payroll.employment;

import java.util.List;

/** The sheet of the employment import workbook and its columns (Swedish headers on row 1, matched by name). */
final class EmploymentSheet {

    static final String TITLE = "Anställningar";

    static final String PIN = "Personnummer";
    static final String FIRST_NAME = "Förnamn";
    static final String LAST_NAME = "Efternamn";
    static final String STREET = "Utdelningsadress";
    static final String POSTAL_CODE = "Postnummer";
    static final String CITY = "Ort";
    static final String PROTECTED = "Skyddad identitet (Ja/Nej)";
    static final String COST_CENTRE = "Ansvar";
    static final String FORM = "Anställningsform (Tillsvidare/Visstid/Timavlönad)";
    static final String START = "Från";
    static final String END = "Till";
    static final String SALARY = "Lön (kr, månadslön vid heltid eller timlön)";
    static final String SALARY_FROM = "Lön från";
    static final String RATE = "Sysselsättningsgrad (%)";
    /** A dated change of the rate (tjänstgöringsgrad) after the start, as "Ändra tjänstgöringsgrad från datum" on the employee page. */
    static final String RATE_CHANGE = "Ny tjänstgöringsgrad (%)";
    static final String RATE_CHANGE_FROM = "Ny tjänstgöringsgrad från";
    static final String WEEKLY_HOURS = "Veckoarbetstid (tim)";
    static final String TAX_KIND = "Skattebeslut (Tabell/Jämkning/Sidoinkomst/SINK)";
    static final String TAX_TABLE = "Skattetabell";
    static final String TAX_COLUMN = "Kolumn";
    static final String TAX_PERCENT = "Skatteprocent";
    static final String TAX_REF = "Beslutsreferens";
    static final String CLEARING = "Clearingnummer";
    static final String ACCOUNT = "Kontonummer";
    static final String VACATION_BALANCE = "Sparade semesterdagar";
    static final String PENSION = "Pensionsplan";

    static final List<String> HEADERS = List.of(PIN, FIRST_NAME, LAST_NAME, STREET, POSTAL_CODE, CITY, PROTECTED,
            COST_CENTRE, FORM, START, END, SALARY, SALARY_FROM, RATE, RATE_CHANGE, RATE_CHANGE_FROM, WEEKLY_HOURS, TAX_KIND,
            TAX_TABLE, TAX_COLUMN, TAX_PERCENT, TAX_REF, CLEARING, ACCOUNT, VACATION_BALANCE, PENSION);

    static final List<String> REQUIRED = List.of(PIN, FIRST_NAME, LAST_NAME, COST_CENTRE, FORM, START, SALARY);

    private EmploymentSheet() {
    }
}
