package org.cpx.bench;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cpx.core.CpxRecord;
import org.cpx.core.dataset.Dataset;
import org.cpx.json.CpxJson;
import org.cpx.testing.SeedData;

/**
 * The benchmark data, the same for every run: records made from the seed dataset's real records
 * of 0.5 to 3 KB (Vietnamese and English texts, partial dates, counts with qualifiers, nested
 * lists), picked with a fixed seed, each copy with ids of its own. Holds the same records as a
 * dataset document and as a record stream.
 */
public final class Corpus {
  /** The seed of the pick. */
  public static final long SEED = 20261122L;

  private static final Pattern SEED_ID = Pattern.compile("\"(seed:[A-Za-z0-9._:/~-]+)\"");
  private static final CpxJson JSON = CpxJson.create();

  private final Dataset dataset;
  private final byte[] document;
  private final byte[] stream;

  private Corpus(Dataset dataset) {
    this.dataset = dataset;
    this.document = JSON.writeDataset(dataset);
    this.stream = JSON.writeStream(dataset);
  }

  /** A corpus of {@code records} records picked from the seed records of 0.5 to 3 KB. */
  public static Corpus of(int records) {
    List<Template> templates = new ArrayList<>();
    for (CpxRecord record : SeedData.dataset().records()) {
      Template template = Template.of(record);
      if (template.length >= 500 && template.length <= 3000) {
        templates.add(template);
      }
    }
    Random random = new Random(SEED);
    Dataset.Builder dataset = Dataset.builder().languages(SeedData.dataset().getLanguages());
    for (int copy = 0; copy < records; copy++) {
      byte[] json = templates.get(random.nextInt(templates.size())).copy(copy);
      dataset.addRecord(JSON.readRecord(json).getValue()
          .orElseThrow(() -> new IllegalStateException("a seed record cannot be read back: " + new String(json, UTF_8))));
    }
    return new Corpus(dataset.build());
  }

  /**
   * A record's JSON cut at the end of each seed id, so that copies with their own ids are made
   * quickly: {@code "seed:x"} becomes {@code "seed:x-7"} in copy 7.
   */
  static final class Template {
    private final List<byte[]> pieces = new ArrayList<>();
    private final int length;

    private Template(String json) {
      Matcher matcher = SEED_ID.matcher(json);
      int from = 0;
      while (matcher.find()) {
        pieces.add(json.substring(from, matcher.end(1)).getBytes(UTF_8));
        from = matcher.end(1);
      }
      pieces.add(json.substring(from).getBytes(UTF_8));
      this.length = pieces.stream().mapToInt(piece -> piece.length).sum();
    }

    /** The template of {@code record} as the format writes it. */
    static Template of(CpxRecord record) {
      return new Template(new String(JSON.writeRecord(record), UTF_8));
    }

    /** The JSON of copy {@code copy}. */
    byte[] copy(long copy) {
      byte[] suffix = ("-" + copy).getBytes(US_ASCII);
      byte[] json = new byte[length + suffix.length * (pieces.size() - 1)];
      int at = 0;
      for (int i = 0; i < pieces.size(); i++) {
        byte[] piece = pieces.get(i);
        System.arraycopy(piece, 0, json, at, piece.length);
        at += piece.length;
        if (i < pieces.size() - 1) {
          System.arraycopy(suffix, 0, json, at, suffix.length);
          at += suffix.length;
        }
      }
      return json;
    }
  }

  /** The records as a dataset. */
  public Dataset dataset() {
    return dataset;
  }

  /** The records as a compact dataset document. */
  public byte[] document() {
    return document.clone();
  }

  /** The records as a record stream. */
  public byte[] stream() {
    return stream.clone();
  }

  /** The number of records. */
  public int records() {
    return dataset.records().size();
  }
}
