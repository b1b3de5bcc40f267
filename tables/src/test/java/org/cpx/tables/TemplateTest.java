package org.cpx.tables;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cpx.core.finding.FindingCode;
import org.junit.jupiter.api.Test;

/** The template: sheets and headers in its language, a note on every header, drop-downs, text cells. */
class TemplateTest {
  @Test
  void aVietnameseTemplateHasVietnameseSheetsHeadersNotesAndDropDowns() throws IOException {
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template("vi")))) {
      assertThat(workbook.getSheetAt(0).getSheetName()).isEqualTo("hướng dẫn");
      assertThat(workbook.getSheetAt(1).getSheetName()).isEqualTo("bộ dữ liệu");
      Sheet events = workbook.getSheet("sự kiện");
      List<String> headers = headers(events);
      assertThat(headers).contains("mã", "loại", "tiêu đề (vi)", "thời gian: bắt đầu", "địa điểm: quốc gia")
          .doesNotContain("(json)", "kiểu bản ghi");
      assertThat(headers.indexOf("tiêu đề (vi)")).isLessThan(headers.indexOf("tiêu đề (en)"));
      Cell title = events.getRow(0).getCell(headers.indexOf("tiêu đề (vi)"));
      assertThat(title.getCellComment().getString().getString()).startsWith("Tên sự kiện.").endsWith("Bắt buộc.");
      Cell kind = events.getRow(0).getCell(headers.indexOf("loại"));
      assertThat(kind.getCellComment().getString().getString()).contains("Ví dụ: ").endsWith("Không bắt buộc.");
      DataValidation dropDown = events.getDataValidations().stream()
          .filter(v -> v.getRegions().getCellRangeAddress(0).getFirstColumn() == kind.getColumnIndex())
          .findFirst().orElseThrow();
      String list = dropDown.getValidationConstraint().getFormula1();
      assertThat(workbook.getName(list).getRefersToFormula()).startsWith("'hướng dẫn'!");
      assertThat(events.getPaneInformation().isFreezePane()).isTrue();
      assertThat(events.getColumnStyle(headers.indexOf("thời gian: bắt đầu")).getDataFormatString()).isEqualTo("@");
      assertThat(workbook.getSheet("sự kiện.người tham gia")).isNotNull();
    }
  }

  @Test
  void everyHeaderOfAnEnglishTemplateHasANoteSayingWhetherItIsRequired() throws IOException {
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template("en")))) {
      for (int s = 1; s < workbook.getNumberOfSheets(); s++) {
        for (Cell cell : workbook.getSheetAt(s).getRow(0)) {
          assertThat(cell.getCellComment().getString().getString())
              .as("%s!%s", workbook.getSheetName(s), cell.getAddress())
              .matches("(?s).+\\n(Required|Optional)\\.");
        }
      }
      Sheet organizations = workbook.getSheet("organizations");
      assertThat(organizations.getRow(0).getCell(headers(organizations).indexOf("id")).getCellComment().getString()
          .getString()).endsWith("Required.");
    }
  }

  @Test
  void anEmptyTemplateReadsAsADocumentOfItsLanguagesThatOnlyLacksAPublisher() throws IOException {
    TablesDocument document = CpxTables.standard().workbookDocument(new ByteArrayInputStream(template("vi")));
    assertThat(document.findings()).isEmpty();
    TablesReadResult read = CpxTables.standard().readWorkbook(new ByteArrayInputStream(template("vi")));
    assertThat(read.getDataset().getValue().orElseThrow().getLanguages()).containsExactly("vi", "en");
    assertThat(read.getFindings()).allSatisfy(finding -> assertThat(finding.finding().getCode())
        .isNotEqualTo(FindingCode.MEMBER_UNKNOWN));
  }

  private static byte[] template(String language) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    CpxTables.standard().withHeaders(language).writeTemplate(out);
    return out.toByteArray();
  }

  private static List<String> headers(Sheet sheet) {
    List<String> headers = new ArrayList<>();
    for (Cell cell : (Row) sheet.getRow(0)) {
      headers.add(cell.getStringCellValue());
    }
    return headers;
  }
}
