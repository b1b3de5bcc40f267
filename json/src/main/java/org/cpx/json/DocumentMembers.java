package org.cpx.json;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cpx.core.dataset.Dataset;
import org.cpx.core.finding.FindingCode;
import org.cpx.json.internal.Cursor;
import org.cpx.json.internal.Decoders;

/**
 * Reads the members of a dataset document other than its record arrays, from the document's root
 * object or a stream's header line, and checks the format version (spec §4).
 */
final class DocumentMembers {
  private static final Pattern VERSION = Pattern.compile("(0|[1-9][0-9]{0,8})\\.(0|[1-9][0-9]{0,8})");

  private final Dataset.Builder dataset;
  private boolean versionSeen;
  private boolean otherMajor;

  DocumentMembers(Dataset.Builder dataset) {
    this.dataset = dataset;
  }

  /** Reads the member {@code name} at the cursor; {@code false} when it is not a document member. */
  boolean read(Cursor c, String name) throws IOException {
    switch (name) {
      case "cpx":
        version(c);
        return true;
      case "publisher":
        Cursor.set(dataset::publisher, Decoders.publisher(c));
        return true;
      case "generatedAt":
        Cursor.set(dataset::generatedAt, c.timestamp());
        return true;
      case "license":
        Cursor.set(dataset::license, c.text());
        return true;
      case "languages":
        dataset.languages(c.list(Cursor::languageTag));
        return true;
      default:
        return false;
    }
  }

  /** Reports a missing version, once every member has been read. */
  void finish(Cursor c) {
    if (!versionSeen) {
      c.reportAt("/cpx", FindingCode.FORMAT_VERSION, "the format version \"cpx\" is missing; read as 1.0");
    }
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
    String version = c.string();
    if (version == null) {
      return;
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
