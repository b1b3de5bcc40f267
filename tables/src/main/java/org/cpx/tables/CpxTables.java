package org.cpx.tables;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import org.cpx.core.dataset.Dataset;
import org.cpx.json.CpxJson;
import org.cpx.tables.internal.CsvFiles;
import org.cpx.tables.internal.Databases;
import org.cpx.tables.internal.Flattener;
import org.cpx.tables.internal.Headers;
import org.cpx.tables.internal.Table;
import org.cpx.tables.internal.Templates;
import org.cpx.tables.internal.Trees;
import org.cpx.tables.internal.Unflattener;
import org.cpx.tables.internal.Workbooks;

/**
 * CPX datasets as spreadsheets ({@code docs/tables.md}): a workbook ({@code .xlsx}), a zip of
 * CSV files or a SQLite database, a sheet per record type and per list of objects, written and read both ways without
 * loss; reading reports every finding at its cell as well as its JSON Pointer. Thread-safe.
 */
public final class CpxTables {
  private final CpxJson json;
  private final Headers headers;

  private CpxTables(CpxJson json, Headers headers) {
    this.json = json;
    this.headers = headers;
  }

  /** Tables read and written with {@code json}'s settings (limits, indenting, personal data). */
  public static CpxTables using(CpxJson json) {
    return new CpxTables(json, Headers.in("en"));
  }

  /** Tables with the standard settings of {@link CpxJson#create()}, headers in English. */
  public static CpxTables standard() {
    return using(CpxJson.create());
  }

  /**
   * These tables with sheets and headers written in {@code language}: {@code en}, the format's
   * member names, or {@code vi}, Vietnamese ({@code docs/headers.csv}). Reading takes either.
   *
   * @throws IllegalArgumentException for another language
   */
  public CpxTables withHeaders(String language) {
    return new CpxTables(json, Headers.in(language));
  }

  /**
   * Writes an empty workbook to fill by hand: instructions, a sheet per record type and list, a
   * note on every header, drop-downs of code labels, every cell text; texts in the headers'
   * language first. {@code out} is left open.
   */
  public void writeTemplate(OutputStream out) throws IOException {
    Templates.write(headers, out);
  }

  /** Writes {@code dataset} as a workbook; {@code out} is left open. */
  public void writeWorkbook(Dataset dataset, OutputStream out) throws IOException {
    Workbooks.write(headers.translate(tables(dataset)), out);
  }

  /** Writes {@code dataset} as a zip of CSV files; {@code out} is left open. */
  public void writeCsvZip(Dataset dataset, OutputStream out) throws IOException {
    CsvFiles.writeZip(headers.translate(tables(dataset)), out);
  }

  /**
   * Writes {@code dataset} as a SQLite database: a table per sheet, with keys and foreign keys
   * ({@code docs/tables.md}); {@code out} is left open.
   */
  public void writeDatabase(Dataset dataset, OutputStream out) throws IOException {
    Databases.write(tables(dataset), headers, out);
  }

  /** Reads the workbook {@code in}. */
  public TablesReadResult readWorkbook(InputStream in) throws IOException {
    return read(workbookDocument(in));
  }

  /** Reads the zip of CSV files {@code in}. */
  public TablesReadResult readCsvZip(InputStream in) throws IOException {
    return read(csvZipDocument(in));
  }

  /** Reads the SQLite database {@code in}. */
  public TablesReadResult readDatabase(InputStream in) throws IOException {
    return read(databaseDocument(in));
  }

  /** The dataset document the workbook {@code in} lays out, to read or validate as JSON. */
  public TablesDocument workbookDocument(InputStream in) throws IOException {
    return document(Workbooks.read(in));
  }

  /** The dataset document the zip of CSV files {@code in} lays out, to read or validate as JSON. */
  public TablesDocument csvZipDocument(InputStream in) throws IOException {
    return document(CsvFiles.readZip(in));
  }

  /** The dataset document the SQLite database {@code in} lays out, to read or validate as JSON. */
  public TablesDocument databaseDocument(InputStream in) throws IOException {
    return document(Databases.read(in));
  }

  private List<Table> tables(Dataset dataset) throws IOException {
    JsonNode document = Trees.MAPPER.readTree(json.writeDataset(dataset));
    return Flattener.tables(document);
  }

  private static TablesDocument document(List<Table> tables) throws IOException {
    Unflattener.Result read = Unflattener.document(tables);
    return new TablesDocument(Trees.MAPPER.writeValueAsBytes(read.document()), read.cells(), read.findings());
  }

  private TablesReadResult read(TablesDocument document) {
    return new TablesReadResult(json.readDataset(document.json()), document);
  }
}
