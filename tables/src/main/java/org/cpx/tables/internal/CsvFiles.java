package org.cpx.tables.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.io.input.BOMInputStream;

/**
 * Tables as CSV files (RFC 4180, UTF-8 with a byte-order mark, so that spreadsheet programs show
 * Vietnamese as it is), one per sheet, {@code NAME.csv}, in a zip.
 */
public final class CsvFiles {
  private static final CSVFormat FORMAT = CSVFormat.RFC4180;
  private static final String SUFFIX = ".csv";

  private CsvFiles() {}

  /** Writes {@code tables} as a zip of CSV files. */
  public static void writeZip(List<Table> tables, OutputStream out) throws IOException {
    ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
    for (Table table : tables) {
      zip.putNextEntry(new ZipEntry(table.name() + SUFFIX));
      write(table, zip);
      zip.closeEntry();
    }
    zip.finish();
  }

  /** Writes one table as a CSV file; {@code out} is left open. */
  public static void write(Table table, OutputStream out) throws IOException {
    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    writer.write('\uFEFF');
    CSVPrinter printer = new CSVPrinter(writer, FORMAT);
    printer.printRecord(table.header());
    for (List<Object> row : table.rows()) {
      printer.printRecord(row);
    }
    printer.flush();
  }

  /** The tables of a zip of CSV files, a sheet per {@code NAME.csv}. */
  public static List<Table> readZip(InputStream in) throws IOException {
    List<Table> tables = new ArrayList<>();
    ZipInputStream zip = new ZipInputStream(in, StandardCharsets.UTF_8);
    for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
      String name = entry.getName().substring(entry.getName().lastIndexOf('/') + 1);
      if (!entry.isDirectory() && name.endsWith(SUFFIX)) {
        tables.add(read(name.substring(0, name.length() - SUFFIX.length()), zip));
      }
    }
    return tables;
  }

  /** One CSV file as the table {@code name}; {@code in} is left open. */
  public static Table read(String name, InputStream in) throws IOException {
    Reader reader = new InputStreamReader(BOMInputStream.builder().setInputStream(new Unclosed(in)).get(),
        StandardCharsets.UTF_8);
    List<String> header = new ArrayList<>();
    List<List<Object>> rows = new ArrayList<>();
    try (CSVParser parser = CSVParser.builder().setReader(reader).setFormat(FORMAT).get()) {
      for (CSVRecord record : parser) {
        List<Object> row = new ArrayList<>(record.size());
        for (String value : record) {
          row.add(value.isEmpty() ? null : value);
        }
        if (record.getRecordNumber() == 1) {
          row.forEach(cell -> header.add(cell == null ? "" : cell.toString()));
        } else {
          rows.add(row);
        }
      }
    }
    return new Table(name, header, rows);
  }

  /** A stream whose closing leaves the one under it open: a zip's entry. */
  private static final class Unclosed extends java.io.FilterInputStream {
    Unclosed(InputStream in) {
      super(in);
    }

    @Override
    public void close() {}
  }
}
