package org.cpx.tables.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.streaming.SXSSFCell;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.util.XMLHelper;
import org.jspecify.annotations.Nullable;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.XMLFilterImpl;
import javax.xml.parsers.ParserConfigurationException;

/**
 * Tables as an Office Open XML workbook ({@code .xlsx}): written with POI's streaming writer and
 * read with its event model, a sheet at a time, so that neither holds the whole workbook's XML.
 */
public final class Workbooks {
  /** The most characters a cell of a workbook holds. */
  public static final int MAX_CELL = 32_767;
  /** The largest whole number written as a number cell: spreadsheets keep 15 digits, a longer one goes as text. */
  private static final long MAX_NUMBER_CELL = 999_999_999_999_999L;
  /** The most cells a merged range is filled in: a range beyond is read as its first cell alone. */
  private static final int MAX_MERGED = 10_000;
  /** Rows the writer keeps in memory before it writes them out. */
  private static final int WINDOW = 256;

  private Workbooks() {}

  /** Writes {@code tables}, a sheet each, the header row bold and frozen, text cells stored as text. */
  public static void write(List<Table> tables, OutputStream out) throws IOException {
    SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
    try {
      Font bold = workbook.createFont();
      bold.setBold(true);
      CellStyle header = workbook.createCellStyle();
      header.setFont(bold);
      CellStyle text = workbook.createCellStyle();
      text.setDataFormat(workbook.createDataFormat().getFormat("@"));
      text.setWrapText(false);
      for (Table table : tables) {
        SXSSFSheet sheet = workbook.createSheet(table.name());
        sheet.createFreezePane(0, 1);
        SXSSFRow first = sheet.createRow(0);
        for (int c = 0; c < table.header().size(); c++) {
          SXSSFCell cell = first.createCell(c);
          cell.setCellValue(table.header().get(c));
          cell.setCellStyle(header);
          sheet.setColumnWidth(c, 256 * Math.min(60, Math.max(12, table.header().get(c).length() + 4)));
          sheet.setDefaultColumnStyle(c, text);
        }
        int r = 1;
        for (List<Object> row : table.rows()) {
          SXSSFRow line = sheet.createRow(r++);
          for (int c = 0; c < row.size(); c++) {
            Object value = row.get(c);
            if (value instanceof Long number && Math.abs(number) <= MAX_NUMBER_CELL) {
              line.createCell(c).setCellValue(number);
            } else if (value != null) {
              String string = value.toString();
              if (string.length() > MAX_CELL) {
                throw new IOException("a value of " + string.length() + " characters is longer than a cell of a workbook holds ("
                    + table.name() + "!" + new CellReference(r - 1, c).formatAsString(false) + ")");
              }
              SXSSFCell cell = line.createCell(c);
              cell.setCellValue(string);
              cell.setCellStyle(text);
            }
          }
        }
      }
      workbook.write(out);
    } finally {
      workbook.close();
    }
  }

  /**
   * The sheets of the workbook {@code in}, in its order, hidden ones too: each cell as its text,
   * or as a {@code Long} where the workbook holds a whole number; a merged range's value in each of
   * its cells.
   */
  public static List<Table> read(InputStream in) throws IOException {
    try (OPCPackage pkg = OPCPackage.open(in)) {
      XSSFReader reader = new XSSFReader(pkg);
      ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
      StylesTable styles = reader.getStylesTable();
      XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
      List<Table> tables = new ArrayList<>();
      while (sheets.hasNext()) {
        try (InputStream sheet = sheets.next()) {
          Values values = new Values();
          Rows rows = new Rows(values);
          MergedCells parser = new MergedCells(XMLHelper.newXMLReader());
          parser.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, rows, values, false));
          parser.parse(new InputSource(sheet));
          tables.add(rows.table(sheets.getSheetName(), parser.ranges));
        }
      }
      return tables;
    } catch (OpenXML4JException | SAXException | ParserConfigurationException | RuntimeException e) {
      throw new IOException("not a workbook that can be read: " + e.getMessage(), e);
    }
  }

  /** Passes a sheet's XML on, noting its merged ranges. */
  private static final class MergedCells extends XMLFilterImpl {
    final List<CellRangeAddress> ranges = new ArrayList<>();

    MergedCells(XMLReader parent) {
      super(parent);
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
      if (localName.equals("mergeCell") && atts.getValue("ref") != null) {
        ranges.add(CellRangeAddress.valueOf(atts.getValue("ref")));
      }
      super.startElement(uri, localName, qName, atts);
    }
  }

  /**
   * A number cell's value as text: a date as {@code YYYY-MM-DD}, a whole number without a fraction;
   * remembers a whole number for the cell's handler to take.
   */
  private static final class Values extends DataFormatter {
    private @Nullable Long whole;

    @Override
    public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904Windowing) {
      whole = null;
      if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
        return DateUtil.getLocalDateTime(value, use1904Windowing).toLocalDate().toString();
      }
      if (value == Math.rint(value) && Math.abs(value) < 0x1p53) {
        whole = (long) value;
        return Long.toString((long) value);
      }
      return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    /** The whole number of the cell just formatted, if it is one and holds {@code text}; forgotten then. */
    @Nullable Long take(String text) {
      Long number = whole != null && text.equals(whole.toString()) ? whole : null;
      whole = null;
      return number;
    }
  }

  /** Gathers the rows of one sheet. */
  private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {
    private final Values values;
    private final List<List<Object>> rows = new ArrayList<>();
    private List<Object> row;

    Rows(Values values) {
      this.values = values;
    }

    @Override
    public void startRow(int rowNum) {
      while (rows.size() < rowNum) {
        rows.add(new ArrayList<>());
      }
      row = new ArrayList<>();
      rows.add(row);
    }

    @Override
    public void endRow(int rowNum) {}

    @Override
    public void cell(String reference, String value, XSSFComment comment) {
      int column = new CellReference(reference).getCol();
      while (row.size() < column) {
        row.add(null);
      }
      Long whole = values.take(value);
      row.add(whole == null ? value : whole);
    }

    Table table(String name, List<CellRangeAddress> merged) {
      for (CellRangeAddress range : merged) {
        fill(range);
      }
      List<String> header = new ArrayList<>();
      if (!rows.isEmpty()) {
        for (Object cell : rows.get(0)) {
          header.add(cell == null ? "" : cell.toString());
        }
      }
      return new Table(name, header, rows.isEmpty() ? new ArrayList<>() : new ArrayList<>(rows.subList(1, rows.size())));
    }

    /** Puts the value of {@code range}'s first cell in each of its cells, as a spreadsheet shows it. */
    private void fill(CellRangeAddress range) {
      Object value = at(range.getFirstRow(), range.getFirstColumn());
      if (value == null || (long) range.getNumberOfCells() > MAX_MERGED) {
        return;
      }
      for (int r = range.getFirstRow(); r <= range.getLastRow() && r < rows.size(); r++) {
        List<Object> line = rows.get(r);
        for (int c = range.getFirstColumn(); c <= range.getLastColumn(); c++) {
          while (line.size() <= c) {
            line.add(null);
          }
          line.set(c, value);
        }
      }
    }

    private @Nullable Object at(int r, int c) {
      return r < rows.size() && c < rows.get(r).size() ? rows.get(r).get(c) : null;
    }
  }
}
