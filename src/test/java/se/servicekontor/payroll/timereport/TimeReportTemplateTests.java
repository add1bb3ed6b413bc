package se.servicekontor.payroll.timereport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The shipped time-report template (templates/time-report-import.xlsx) explains every code the import accepts. */
class TimeReportTemplateTests {

    @Test
    void theInstructionsNameEveryCode() throws Exception {
        StringBuilder text = new StringBuilder();
        try (InputStream in = Files.newInputStream(DemoTimeReport.TEMPLATE); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            for (Row row : wb.getSheet("Instruktioner"))
                text.append(row.getCell(0).getStringCellValue()).append('\n');
        }
        for (DeviationCode code : DeviationCode.values())
            if (code != DeviationCode.OB_B && code != DeviationCode.OB_C) // written as the range "OBA–OBD"
                assertThat(text).as(code.name()).containsPattern("(^|[\\s,–(])" + code.code() + "[\\s,–)]");
        assertThat(text).contains("OBA–OBD", "SJT sjuktimmar för timavlönade", "en rad per pass");
    }
}
