package org.cpx.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;
import org.cpx.core.CpxRecord;
import org.cpx.core.dataset.Dataset;
import org.cpx.testing.GeneratedInput;
import org.cpx.testing.SeedData;
import org.cpx.validation.CpxValidator;
import org.cpx.validation.ValidationReport;

/**
 * Validates a record stream of a given number of records, made on the fly and never stored, with
 * every rule of the format (references across records included), in this JVM, and prints one line:
 * {@code records bytes seconds peak-live-MB findings}. The records are copies of the seed records
 * that have no finding of their own, each copy with its own ids, so that every reference resolves
 * and a valid stream of any size is validated. Run by {@link Bench} in JVMs of its own.
 */
public final class ScaleCheck {
  /** Held, so that its level stays set: Hibernate Validator's start-up line would go to standard error. */
  private static final java.util.logging.Logger VALIDATOR_LOG = java.util.logging.Logger.getLogger("org.hibernate.validator");

  private ScaleCheck() {}

  /** {@code ScaleCheck RECORDS}, or {@code ScaleCheck --bytes BYTES}. */
  public static void main(String[] args) throws IOException {
    VALIDATOR_LOG.setLevel(java.util.logging.Level.WARNING);
    List<Corpus.Template> templates = templates();
    long records = args[0].equals("--bytes") ? recordsFor(Long.parseLong(args[1]), templates) : Long.parseLong(args[0]);
    long[] bytes = new long[1];
    byte[] header = "{\"type\":\"header\",\"cpx\":\"1.0\"}\n".getBytes(StandardCharsets.UTF_8);
    GeneratedInput stream = GeneratedInput.lines(records + 1, n -> {
      byte[] line = n == 0 ? header : withNewline(templates.get((int) ((n - 1) % templates.size()))
          .copy((n - 1) / templates.size()));
      bytes[0] += line.length;
      return line;
    });
    AtomicLong peak = watchLiveHeap();
    long start = System.nanoTime();
    ValidationReport report = CpxValidator.create().validateStream(stream);
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf(Locale.ROOT, "%d %d %.2f %.1f %d%n", report.getRecords(), bytes[0], seconds,
        peak.get() / 1048576.0, report.getFindings().size());
  }

  /** The seed records that have no finding, as JSON templates, in the order of the dataset. */
  static List<Corpus.Template> templates() {
    CpxValidator validator = CpxValidator.create();
    List<CpxRecord> kept = new ArrayList<>(SeedData.dataset().records());
    while (true) {
      Dataset.Builder dataset = Dataset.builder();
      kept.forEach(dataset::addRecord);
      ValidationReport report = validator.validate(dataset.build());
      if (report.getFindings().isEmpty()) {
        break;
      }
      List<String> noisy = report.getFindings().stream().map(finding -> finding.getRecordId().orElse("")).toList();
      kept.removeIf(record -> noisy.contains(record.getId().getValue()));
    }
    return kept.stream().map(Corpus.Template::of).toList();
  }

  private static long recordsFor(long bytes, List<Corpus.Template> templates) {
    long perCopy = 0;
    for (Corpus.Template template : templates) {
      perCopy += template.copy(0).length + 1;
    }
    return (bytes + perCopy - 1) / perCopy * templates.size();
  }

  private static byte[] withNewline(byte[] json) {
    byte[] line = java.util.Arrays.copyOf(json, json.length + 1);
    line[json.length] = '\n';
    return line;
  }

  /** The most heap in use right after any collection: the peak of what is live. */
  private static AtomicLong watchLiveHeap() {
    Set<String> heap = new HashSet<>();
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        heap.add(pool.getName());
      }
    }
    AtomicLong peak = new AtomicLong();
    for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
      ((NotificationEmitter) collector).addNotificationListener((notification, handback) -> {
        if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
          GarbageCollectionNotificationInfo info =
              GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
          long used = info.getGcInfo().getMemoryUsageAfterGc().entrySet().stream()
              .filter(pool -> heap.contains(pool.getKey())).mapToLong(pool -> pool.getValue().getUsed()).sum();
          peak.accumulateAndGet(used, Math::max);
        }
      }, null, null);
    }
    return peak;
  }
}
