package org.cpx.json;

import java.io.IOException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cpx.core.dataset.Dataset;
import org.cpx.core.finding.FindingCode;
import org.cpx.core.internal.TextRules;
import org.cpx.core.model.CpxModel;
import org.cpx.json.internal.Cursor;
import org.cpx.json.internal.ObjectCodec;
import org.jspecify.annotations.Nullable;

/**
 * Reads the members of a dataset document other than its record arrays, from the document's root
 * object or a stream's header line, and checks the format version (spec §4).
 */
final class DocumentMembers {
  private static final Pattern VERSION = Pattern.compile("(0|[1-9][0-9]{0,8})\\.(0|[1-9][0-9]{0,8})");

  private final Dataset.Builder dataset;
  private boolean versionSeen;
  private boolean otherMajor;
  private List<String> languages = List.of();

  DocumentMembers(Dataset.Builder dataset) {
    this.dataset = dataset;
  }

  /** The input between two byte offsets, as compact JSON. */
  @FunctionalInterface
  interface AsRead {
    String between(long start, long end) throws IOException;
  }

  /**
   * Reads the member {@code name} at the cursor; {@code false} when it is not a document member. A
   * member that cannot be read is kept as read from {@code asRead}, when given (spec §1).
   */
  boolean read(Cursor c, String name, @Nullable AsRead asRead) throws IOException {
    long start = c.source().tokenByteOffset();
    int errors = c.errors();
    switch (name) {
      case "cpx":
        version(c);
        return true;
      case "publisher":
        Cursor.set(dataset::publisher, ObjectCodec.of(CpxModel.PUBLISHER).read(c));
        break;
      case "generatedAt":
        Cursor.set(dataset::generatedAt, c.timestamp());
        break;
      case "license":
        Cursor.set(dataset::license, c.text());
        break;
      case "languages":
        List<String> languages = c.list(Cursor::languageTag);
        if (c.errors() == errors) {
          dataset.languages(languages);
          this.languages = List.copyOf(languages);
        }
        break;
      default:
        return false;
    }
    if (c.errors() > errors && asRead != null) {
      c.source().finish();
      dataset.putUnreadableMembers(name, asRead.between(start, c.source().byteOffset()));
    }
    return true;
  }

  /** Reports a missing version, once every member has been read. */
  void finish(Cursor c) {
    if (!versionSeen) {
      c.reportAt("/cpx", FindingCode.FORMAT_VERSION, "the format version \"cpx\" is missing; read as 1.0");
    }
  }

  /** The languages read, in canonical case; empty until they are. */
  List<String> languages() {
    return languages;
  }

  /** Whether the document is of a major version other than 1, so that nothing may be read. */
  boolean isOtherMajor() {
    return otherMajor;
  }

  private void version(Cursor c) throws IOException {
    versionSeen = true;
    if (c.isNull()) {
      versionSeen = false;
      return;
    }
    String written = c.string();
    if (written == null) {
      return;
    }
    String version = written;
    try {
      version = TextRules.clean("cpx", written);
    } catch (IllegalArgumentException e) {
      // empty: malformed, below
    }
    Matcher matcher = VERSION.matcher(version);
    if (!matcher.matches()) {
      c.report(FindingCode.FORMAT_VERSION, "the format version must be major.minor, such as 1.0; read as 1.0");
    } else if (!matcher.group(1).equals("1")) {
      c.report(FindingCode.FORMAT_VERSION, "this reader knows format version 1.x only; nothing is read");
      otherMajor = true;
    } else {
      dataset.cpx(version);
    }
  }
}
