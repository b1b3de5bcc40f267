package org.cpx.tables.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cpx.core.Code;
import org.cpx.core.model.CodeList;
import org.cpx.core.model.Kind;
import org.cpx.core.model.Member;

/**
 * An empty workbook to fill by hand: the instructions and the code lists' labels first, then a
 * sheet per record type and list, each header with a note (meaning, example, required or not), a
 * drop-down of labels on every code column, the header row frozen, and every cell stored as text
 * so that a spreadsheet keeps {@code 2013} and {@code 0912} as typed.
 */
public final class Templates {
  /** Rows of a sheet the drop-downs cover. */
  private static final int ROWS = 10_000;
  /** The column of the instructions sheet where the code lists begin. */
  private static final int FIRST_LIST = 2;

  private final Headers headers;
  private final boolean vietnamese;
  private final XSSFWorkbook workbook = new XSSFWorkbook();
  private final CellStyle text;
  private final CellStyle header;
  /** The defined name of each code list's labels, by list. */
  private final Map<CodeList<?>, String> lists = new HashMap<>();

  private Templates(Headers headers) {
    this.headers = headers;
    this.vietnamese = headers.language().equals("vi");
    text = workbook.createCellStyle();
    text.setDataFormat(workbook.createDataFormat().getFormat("@"));
    Font bold = workbook.createFont();
    bold.setBold(true);
    header = workbook.createCellStyle();
    header.cloneStyleFrom(text);
    header.setFont(bold);
    header.setFillForegroundColor(IndexedColors.LIGHT_TURQUOISE.getIndex());
    header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
  }

  /** Writes the template with {@code headers}' names, the texts in its language first. */
  public static void write(Headers headers, OutputStream out) throws IOException {
    Templates template = new Templates(headers);
    try (XSSFWorkbook workbook = template.workbook) {
      template.instructions();
      List<String> languages = template.vietnamese ? List.of("vi", "en") : List.of("en", "vi");
      for (Layout.Sheet sheet : Layout.standard().sheets()) {
        if (!sheet.name().equals(Layout.OTHER_RECORDS)) {
          template.sheet(sheet, languages);
        }
      }
      workbook.write(out);
    }
  }

  private void instructions() {
    Sheet sheet = workbook.createSheet(headers.sheet(Layout.INSTRUCTIONS));
    List<String> lines = vietnamese ? VIETNAMESE : ENGLISH;
    for (int r = 0; r < lines.size(); r++) {
      sheet.createRow(r).createCell(0).setCellValue(lines.get(r));
    }
    sheet.getRow(0).getCell(0).setCellStyle(header);
    sheet.setColumnWidth(0, 256 * 100);
    int column = FIRST_LIST;
    for (CodeList<?> list : CodeList.all()) {
      lists.put(list, labels(sheet, column++, list));
    }
  }

  /** The labels of {@code list} down {@code column}, under its name; the defined name of their range. */
  private <E extends Enum<E>> String labels(Sheet sheet, int column, CodeList<E> list) {
    cell(sheet, 0, column).setCellValue(list.name());
    sheet.getRow(0).getCell(column).setCellStyle(header);
    int r = 1;
    for (Code<E> code : list.codes()) {
      String label = list.label(code.getKnown().orElseThrow()).get(headers.language()).orElse(code.getValue());
      cell(sheet, r++, column).setCellValue(label);
    }
    sheet.setColumnWidth(column, 256 * 30);
    Name name = workbook.createName();
    name.setNameName("list_" + list.name().replace('-', '_'));
    name.setRefersToFormula(new AreaReference(new CellReference(sheet.getSheetName(), 1, column, true, true),
        new CellReference(sheet.getSheetName(), r - 1, column, true, true), SpreadsheetVersion.EXCEL2007)
        .formatAsString());
    return name.getNameName();
  }

  private static org.apache.poi.ss.usermodel.Cell cell(Sheet sheet, int row, int column) {
    Row line = sheet.getRow(row) == null ? sheet.createRow(row) : sheet.getRow(row);
    return line.createCell(column);
  }

  private void sheet(Layout.Sheet layout, List<String> languages) {
    Sheet sheet = workbook.createSheet(headers.sheet(layout.name()));
    sheet.createFreezePane(0, 1);
    Drawing<?> drawing = sheet.createDrawingPatriarch();
    DataValidationHelper validations = sheet.getDataValidationHelper();
    Row first = sheet.createRow(0);
    int c = 0;
    for (Columns.Column column : Columns.described(layout, languages)) {
      if (column.header().equals(Columns.JSON) || column.header().equals(Columns.TYPE)) {
        continue;
      }
      String title = headers.header(column.header());
      first.createCell(c).setCellValue(title);
      first.getCell(c).setCellStyle(header);
      sheet.setDefaultColumnStyle(c, text);
      sheet.setColumnWidth(c, 256 * Math.min(40, Math.max(14, title.length() + 3)));
      ClientAnchor anchor = workbook.getCreationHelper().createClientAnchor();
      anchor.setCol1(c);
      anchor.setCol2(c + 4);
      anchor.setRow1(0);
      anchor.setRow2(6);
      Comment comment = drawing.createCellComment(anchor);
      comment.setString(workbook.getCreationHelper().createRichTextString(note(layout, column)));
      comment.setAuthor("CPX");
      first.getCell(c).setCellComment(comment);
      Field field = column.field();
      if (field != null && field.codes() != null) {
        DataValidation dropDown = validations.createValidation(
            validations.createFormulaListConstraint(lists.get(field.codes())), new CellRangeAddressList(1, ROWS, c, c));
        dropDown.setShowErrorBox(field.shape() == Field.Shape.STRING);
        dropDown.setErrorStyle(DataValidation.ErrorStyle.WARNING);
        dropDown.createErrorBox(title, vietnamese ? "Không có trong danh sách; giá trị được giữ như đã nhập."
            : "Not one of the list; kept as typed.");
        sheet.addValidationData(dropDown);
      }
      c++;
    }
    sheet.setAutoFilter(new CellRangeAddress(0, 0, 0, Math.max(0, c - 1)));
    if (layout.name().equals(Layout.DATASET)) {
      Row row = sheet.createRow(1);
      for (int i = 0; i < c; i++) {
        String name = Headers.formatHeader(first.getCell(i).getStringCellValue());
        if (name.equals("cpx")) {
          row.createCell(i).setCellValue("1.0");
        } else if (name.equals("languages")) {
          row.createCell(i).setCellValue(Columns.join(languages));
        }
      }
    }
  }

  /** The note of a header: what the column holds, an example, and whether a row must fill it. */
  private String note(Layout.Sheet sheet, Columns.Column column) {
    StringBuilder note = new StringBuilder();
    Field field = column.field();
    Member<?, ?> member = field == null ? null : field.member();
    if (member != null) {
      note.append(member.description().get(headers.language()).orElse(""));
    } else if (field != null) {
      note.append(vietnamese ? DOCUMENT_VI.get(field.name()) : DOCUMENT_EN.get(field.name()));
    } else if (column.header().equals(Columns.ID) && sheet.isChild()) {
      note.append(vietnamese ? "Mã của bản ghi mà dòng này thuộc về." : "The id of the record this row belongs to.");
    } else {
      note.append(vietnamese ? "Vị trí của dòng trong danh sách (1, 2, 3…)." : "The row's place in the list (1, 2, 3…).");
    }
    String example = member == null ? null : example(member.kind(), field);
    if (example != null) {
      note.append('\n').append(vietnamese ? "Ví dụ: " : "Example: ").append(example);
    }
    if (field != null && field.shape() == Field.Shape.STRINGS) {
      note.append('\n').append(vietnamese ? "Nhiều giá trị cách nhau bởi ;" : "Several values separated by ;");
    }
    note.append('\n').append(column.required()
        ? vietnamese ? "Bắt buộc." : "Required."
        : vietnamese ? "Không bắt buộc." : "Optional.");
    return note.toString();
  }

  private String example(Kind<?> kind, Field field) {
    switch (kind.form()) {
      case ID:
        return "vacr:crnet";
      case PARTIAL_DATE:
        return "2024-06, 2024-06-01";
      case DAY:
        return "2024-06-01";
      case NATURAL_NUMBER:
      case COUNT:
        return "120";
      case DECIMAL:
        return "1500000000";
      case SCHEME:
        return "org-id";
      case COUNTRY:
      case AREA:
        return "VN";
      case SUBDIVISION:
        return "VN-HN";
      case CURRENCY:
        return "VND";
      case URL:
        return "https://treem.gov.vn";
      case LANGUAGE:
        return "vi";
      case SDG_TARGET:
        return "16.2";
      case CODE:
        return field.codes() == null ? null : firstLabel(field.codes());
      default:
        return null;
    }
  }

  private <E extends Enum<E>> String firstLabel(CodeList<E> list) {
    return list.label(list.codes().get(0).getKnown().orElseThrow()).get(headers.language()).orElse("");
  }

  private static final Map<String, String> DOCUMENT_EN = Map.of(
      "cpx", "The version of the format: 1.0.",
      "generatedAt", "When the file was made (2024-06-01T09:00:00Z).",
      "license", "The licence of the data, as a URL.",
      "languages", "The languages of the data's texts, the main one first (vi; en).");
  private static final Map<String, String> DOCUMENT_VI = Map.of(
      "cpx", "Phiên bản của định dạng: 1.0.",
      "generatedAt", "Thời điểm tạo tệp (2024-06-01T09:00:00Z).",
      "license", "Giấy phép của dữ liệu, dưới dạng URL.",
      "languages", "Các ngôn ngữ của dữ liệu, ngôn ngữ chính trước (vi; en).");

  private static final List<String> ENGLISH = List.of(
      "CPX dataset: fill a row per record, then check the file with  cpx validate FILE.xlsx",
      "Each sheet holds one kind of record (organizations, networks, persons, events, declarations,"
          + " recommendations, commitments) or one list inside them (events.participants).",
      "Give every record an id, unique in the file (vacr:crnet). A row of a list's sheet names its record"
          + " in the id column and its place in the list in the # column.",
      "Write each text in the column of its language: title (vi), title (en).",
      "Several values in one cell are separated by ;  (a ; inside a value is written \\;).",
      "Dates are written 2024, 2024-06 or 2024-06-01. Cells are text, so the spreadsheet keeps them as typed.",
      "Columns with a drop-down take a label of the list; the code (summit) is read too.",
      "Every header has a note: what it means, an example, and whether it is required.",
      "Headers may be in English or Vietnamese. Columns and rows may be in any order;"
          + " columns you do not need may be left empty or deleted.",
      "The columns to the right list the labels of each code list.");
  private static final List<String> VIETNAMESE = List.of(
      "Bộ dữ liệu CPX: mỗi dòng là một bản ghi; điền xong, kiểm tra tệp bằng  cpx validate TỆP.xlsx",
      "Mỗi trang tính chứa một loại bản ghi (tổ chức, mạng lưới, cá nhân, sự kiện, tuyên bố, khuyến nghị,"
          + " cam kết) hoặc một danh sách bên trong chúng (sự kiện.người tham gia).",
      "Mỗi bản ghi cần một mã, duy nhất trong tệp (vacr:crnet). Một dòng của trang danh sách ghi mã bản ghi"
          + " của nó ở cột mã và vị trí trong danh sách ở cột #.",
      "Viết mỗi nội dung vào cột của ngôn ngữ đó: tiêu đề (vi), tiêu đề (en).",
      "Nhiều giá trị trong một ô cách nhau bởi ;  (dấu ; trong một giá trị được viết là \\;).",
      "Ngày được viết 2024, 2024-06 hoặc 2024-06-01. Các ô là văn bản nên bảng tính giữ nguyên như đã nhập.",
      "Cột có danh sách thả xuống nhận một nhãn của danh sách; mã (summit) cũng được đọc.",
      "Mỗi tiêu đề cột có một ghi chú: ý nghĩa, ví dụ và có bắt buộc hay không.",
      "Tiêu đề có thể bằng tiếng Anh hoặc tiếng Việt. Cột và dòng có thể theo thứ tự bất kỳ;"
          + " cột không cần có thể để trống hoặc xoá.",
      "Các cột bên phải liệt kê nhãn của từng danh sách mã.");
}
