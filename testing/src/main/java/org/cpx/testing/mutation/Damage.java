package org.cpx.testing.mutation;

import java.util.EnumSet;
import java.util.Set;

/**
 * A kind of damage a {@link Mutator} does to valid CPX data. Each is applied at a place drawn at
 * random among those it fits; where none fits (no person to put personal data on, say), the
 * mutator first adds what it needs.
 */
public enum Damage {
  // Members removed and emptied.

  /** A member removed, at any level of a record or of the document. */
  MEMBER_REMOVED(Kind.SAME),
  /** A required member removed ({@code name}, {@code title}, {@code text}, {@code kind} …). */
  REQUIRED_MEMBER_REMOVED(Kind.SAME),
  /** A record's {@code id} removed. */
  ID_REMOVED(Kind.SAME),
  /** A member set to {@code null}. */
  MEMBER_NULL(Kind.SAME),
  /** A required list emptied ({@code committedBy}). */
  REQUIRED_LIST_EMPTY(Kind.SAME),
  /** A list emptied. */
  LIST_EMPTY(Kind.SAME),
  /** An object emptied: a LocalizedText, a Place, a Period, a Party, a nested object. */
  OBJECT_EMPTY(Kind.SAME),

  // Wrong JSON types.

  /** An object replaced by a string. */
  STRING_FOR_OBJECT(Kind.SAME),
  /** A string replaced by an object. */
  OBJECT_FOR_STRING(Kind.SAME),
  /** A string replaced by a number. */
  NUMBER_FOR_STRING(Kind.SAME),
  /** A value replaced by {@code true} or {@code false}. */
  BOOLEAN_FOR_VALUE(Kind.SAME),
  /** A list replaced by its first element. */
  SCALAR_FOR_LIST(Kind.SAME),
  /** A single value wrapped in a list. */
  LIST_FOR_SCALAR(Kind.SAME),
  /** A {@code null} put in a list of values or objects. */
  NULL_IN_LIST(Kind.SAME),
  /** A record replaced by {@code null}: an element of a record array, or a stream line. */
  NULL_RECORD(Kind.SAME),
  /** A record replaced by a string, a number or an array. */
  RECORD_NOT_OBJECT(Kind.SAME),
  /**
   * A record's {@code type} made a number (in a document its array still says what it is; a stream
   * line then has no type).
   */
  RECORD_TYPE_NOT_STRING(Kind.FORM_SPECIFIC),
  /** A record's {@code type} made the type of another array. */
  RECORD_TYPE_OF_OTHER_ARRAY(Kind.FORM_SPECIFIC),
  /** A record's {@code type} removed (optional in a document's typed arrays, required in a stream). */
  RECORD_TYPE_REMOVED(Kind.FORM_SPECIFIC),
  /** A record given a type this version does not know (in a document: moved to {@code otherRecords}). */
  RECORD_TYPE_UNKNOWN(Kind.FORM_SPECIFIC),
  /** A record of a known type moved to a document's {@code otherRecords}. */
  OTHER_RECORD_OF_KNOWN_TYPE(Kind.DOCUMENT_ONLY),

  // Empty and broken values of every value type.

  /** An {@code id} made the empty string. */
  ID_EMPTY(Kind.SAME),
  /** An {@code id} breaking the Id grammar (white space, a leading {@code -}, 201 characters …). */
  ID_BROKEN(Kind.SAME),
  /** A reference made a string that is not an Id. */
  REFERENCE_NOT_ID(Kind.SAME),
  /** A text made empty. */
  TEXT_EMPTY(Kind.SAME),
  /** A text made only white space (spaces, no-break spaces, U+FEFF). */
  TEXT_BLANK(Kind.SAME),
  /** A text written in Unicode NFD (decomposed Vietnamese). */
  TEXT_NFD(Kind.SAME),
  /** A text padded with leading and trailing white space and U+FEFF. */
  TEXT_PADDED(Kind.SAME),
  /** A control character other than LF and TAB put in a text. */
  TEXT_CONTROL_CHARACTER(Kind.SAME),
  /** A CR LF line end put in a text. */
  TEXT_CRLF(Kind.SAME),
  /** A LocalizedText entry under an ill-formed language tag ({@code en_GB}, {@code ""}). */
  LANGUAGE_TAG_BROKEN(Kind.SAME),
  /** A LocalizedText with two tags equal ignoring case ({@code en}, {@code EN}). */
  LANGUAGE_TAG_DUPLICATE(Kind.SAME),
  /** A LocalizedText entry set to {@code null} (an absent entry). */
  LANGUAGE_ENTRY_NULL(Kind.SAME),
  /** A PartialDate made the empty string. */
  DATE_EMPTY(Kind.SAME),
  /** A PartialDate that is not one ({@code 2023-02-30}, {@code 10000}, {@code 2023-13}). */
  DATE_BROKEN(Kind.SAME),
  /** The document's {@code generatedAt} made a Timestamp outside CPX's profile. */
  TIMESTAMP_BROKEN(Kind.SAME),
  /** A Period whose end is before its start. */
  PERIOD_REVERSED(Kind.SAME),
  /** A Count that is not a non-negative integer ({@code -1}, {@code 1.5}, {@code "500"}). */
  COUNT_BROKEN(Kind.SAME),
  /** A Count above 2^53−1. */
  COUNT_TOO_LARGE(Kind.SAME),
  /** A Count with a qualifier this version does not know. */
  COUNT_QUALIFIER_UNKNOWN(Kind.SAME),
  /** A Money amount that is not a decimal string ({@code 1,500}, {@code 01}, {@code 1.}). */
  AMOUNT_BROKEN(Kind.SAME),
  /** A Money amount made the empty string. */
  AMOUNT_EMPTY(Kind.SAME),
  /** A currency that is not an ISO 4217 code. */
  CURRENCY_UNKNOWN(Kind.SAME),
  /** A country that is not an assigned ISO 3166-1 code ({@code UK}, {@code vn}). */
  COUNTRY_UNKNOWN(Kind.SAME),
  /** An area that is neither {@code global}, a country, a subdivision nor a listed region. */
  AREA_UNKNOWN(Kind.SAME),
  /** A subdivision of a bad form or another country ({@code -VN}, {@code XK-01}, {@code FR-75C}). */
  SUBDIVISION_BROKEN(Kind.SAME),
  /** A URL that breaks the URL rule ({@code https://:80/}, {@code ftp://x}, {@code https://[::1/}). */
  URL_BROKEN(Kind.SAME),
  /** A contact point whose value does not fit its kind. */
  CONTACT_BROKEN(Kind.SAME),
  /** An Identifier whose scheme breaks its pattern. */
  IDENTIFIER_SCHEME_BROKEN(Kind.SAME),
  /** A Party with both {@code actor} and {@code group}. */
  PARTY_BOTH(Kind.SAME),
  /** A Party with neither {@code actor} nor {@code group}. */
  PARTY_NEITHER(Kind.SAME),
  /** An SDG target that is not one of the 169. */
  SDG_UNKNOWN(Kind.SAME),
  /** A code value made the empty string. */
  CODE_EMPTY(Kind.SAME),
  /** A code value this version does not know, in any code list. */
  CODE_UNKNOWN(Kind.SAME),

  // The document's own members.

  /** The {@code cpx} version removed. */
  VERSION_MISSING(Kind.SAME),
  /** The {@code cpx} version malformed ({@code "1"}, {@code "v1.0"}). */
  VERSION_MALFORMED(Kind.SAME),
  /** The {@code cpx} version made a number. */
  VERSION_NOT_STRING(Kind.SAME),
  /** A higher minor version ({@code "1.7"}), read normally. */
  VERSION_HIGHER_MINOR(Kind.SAME),
  /** Another major version ({@code "2.0"}): nothing is read. */
  VERSION_OTHER_MAJOR(Kind.NOT_CARRIED),
  /** The {@code publisher} without its name, or not an object. */
  PUBLISHER_BROKEN(Kind.SAME),
  /** An ill-formed or non-string entry in {@code languages}. */
  LANGUAGES_BROKEN(Kind.SAME),

  // Unknown members and personal data.

  /** A member this version does not know, at any level: document, publisher, header, record, nested. */
  MEMBER_UNKNOWN(Kind.SAME),
  /** An extension member ({@code x-…}) at any level. */
  MEMBER_EXTENSION(Kind.SAME),
  /** An unknown member holding numbers whose lexical form must be kept ({@code 0.10}, {@code 1e400}). */
  MEMBER_UNKNOWN_NUMBERS(Kind.SAME),
  /**
   * A member named like private personal data ({@code dateOfBirth}, {@code x-Home_Address}) on a
   * person, at any depth, a text's tag included.
   */
  PERSONAL_DATA(Kind.SAME),

  // Limits broken inside a record.

  /** Nesting deeper than 64 levels inside a record. */
  LIMIT_DEPTH(Kind.NOT_CARRIED),
  /** A string longer than 1 MiB inside a record. */
  LIMIT_STRING(Kind.NOT_CARRIED),
  /** A member name longer than 256 code points inside a record. */
  LIMIT_NAME(Kind.NOT_CARRIED),
  /** A number longer than 64 digits inside a record. */
  LIMIT_NUMBER(Kind.NOT_CARRIED),
  /** A record larger than 8 MiB. */
  LIMIT_RECORD_SIZE(Kind.NOT_CARRIED),
  /** More than 10,000 unknown members in one record. */
  LIMIT_UNKNOWN_MEMBERS(Kind.NOT_CARRIED),

  // References, cycles and other rules across records.

  /** A reference to an id no record has. */
  REFERENCE_DANGLING(Kind.SAME),
  /** A reference to a record of a type the member does not allow. */
  REFERENCE_WRONG_TYPE(Kind.SAME),
  /** A record given the id of another record. */
  ID_DUPLICATE(Kind.SAME),
  /** A referenced record made unreadable (a required member of the wrong JSON type). */
  REFERENCE_TO_BROKEN_RECORD(Kind.SAME),
  /** Organizations whose {@code parent} links form a cycle. */
  PARENT_CYCLE(Kind.SAME),
  /** Events whose {@code partOf} links form a cycle. */
  PART_OF_CYCLE(Kind.SAME),
  /** A network among its own members. */
  MEMBERSHIP_SELF(Kind.SAME),
  /** An article number used twice in a declaration. */
  ARTICLE_DUPLICATE(Kind.SAME),
  /** An {@code article} its declaration does not list. */
  ARTICLE_UNRESOLVED(Kind.SAME),
  /** Progress reports out of date order. */
  PROGRESS_DISORDER(Kind.SAME),

  // Count inconsistencies, with every qualifier.

  /** A {@code memberCount} below the members listed ({@code exact}, {@code atMost}, {@code fewerThan}). */
  COUNT_MEMBERS_EXCEEDED(Kind.SAME),
  /** An {@code endorsementCount} below the endorsers listed, with any bounded qualifier. */
  COUNT_ENDORSEMENTS_EXCEEDED(Kind.SAME),
  /** An attendance breakdown entry above the total ({@code atLeast}, {@code moreThan} against a bounded total). */
  COUNT_BREAKDOWN_EXCEEDED(Kind.SAME),
  /** Counts made {@code approximately}, which never contradict another count. */
  COUNT_APPROXIMATE(Kind.SAME),

  // Bytes and lines.

  /** A byte order mark before the data. */
  BOM(Kind.BYTES_STREAM_CARRIED),
  /** A U+FEFF at the start of a line other than the first (a stream), or between tokens (a document). */
  BOM_ON_LINE(Kind.BYTES),
  /** Every line ended by CR alone. */
  LINES_CR(Kind.BYTES_DOCUMENT_CARRIED),
  /** Every line ended by CR LF. */
  LINES_CRLF(Kind.BYTES_CARRIED),
  /** Blank lines put between lines. */
  LINES_BLANK(Kind.BYTES_CARRIED),
  /** A line broken in two inside a string. */
  LINE_BROKEN(Kind.BYTES),
  /** Two lines joined into one (in a document: a second document after the first). */
  LINES_JOINED(Kind.BYTES),
  /** The data cut off in the middle. */
  TRUNCATED(Kind.BYTES),
  /** Ill-formed UTF-8 in a string (an overlong form, an encoded surrogate, a stray continuation byte). */
  UTF8_INVALID(Kind.BYTES),
  /** An unpaired surrogate escape in a string ({@code \ud800}). */
  SURROGATE_LONE(Kind.BYTES),
  /** A noncharacter in a string ({@code \uffff}, U+FDD0). */
  NONCHARACTER(Kind.BYTES),
  /** A member name used twice in one object. */
  MEMBER_DUPLICATE(Kind.BYTES),
  /** Bytes that are not JSON after a value. */
  TRAILING_GARBAGE(Kind.BYTES),
  /** A stream's header moved to a later line. */
  HEADER_NOT_FIRST(Kind.STREAM_ONLY),
  /** A stream without its header line. */
  HEADER_MISSING(Kind.STREAM_ONLY_CARRIED);

  /** How a damage behaves in the two forms. */
  enum Kind {
    SAME(true, true, true, true, true),
    FORM_SPECIFIC(false, true, true, true, true),
    DOCUMENT_ONLY(false, true, false, true, false),
    NOT_CARRIED(true, false, false, true, true),
    BYTES(false, false, false, true, true),
    BYTES_CARRIED(false, true, true, true, true),
    BYTES_STREAM_CARRIED(false, false, true, true, true),
    BYTES_DOCUMENT_CARRIED(false, true, false, true, true),
    STREAM_ONLY(false, false, false, false, true),
    STREAM_ONLY_CARRIED(false, false, true, false, true);

    final boolean neutral;
    final boolean carriedInDocument;
    final boolean carriedInStream;
    final boolean inDocument;
    final boolean inStream;

    Kind(boolean neutral, boolean carriedInDocument, boolean carriedInStream, boolean inDocument, boolean inStream) {
      this.neutral = neutral;
      this.carriedInDocument = carriedInDocument;
      this.carriedInStream = carriedInStream;
      this.inDocument = inDocument;
      this.inStream = inStream;
    }
  }

  private final Kind kind;

  Damage(Kind kind) {
    this.kind = kind;
  }

  /** The forms this damage applies to. */
  public Set<Form> forms() {
    EnumSet<Form> forms = EnumSet.noneOf(Form.class);
    if (kind.inDocument) {
      forms.add(Form.DOCUMENT);
    }
    if (kind.inStream) {
      forms.add(Form.STREAM);
    }
    return forms;
  }

  /**
   * Whether a reader carries data with this damage in {@code form}: it stays JSON (a stream: one
   * value per line) within the reader's limits, in a version this version reads.
   */
  public boolean isCarriedIn(Form form) {
    return form == Form.DOCUMENT ? kind.carriedInDocument : kind.carriedInStream;
  }

  /**
   * Whether this damage means the same in a document and in a stream of the same records, so that
   * both give the same findings.
   */
  public boolean isSameInBothForms() {
    return kind.neutral;
  }

  /** How often this kind is drawn against the others: the few that make megabytes, a tenth as often. */
  int weight() {
    return switch (this) {
      case LIMIT_STRING, LIMIT_RECORD_SIZE, LIMIT_UNKNOWN_MEMBERS -> 1;
      default -> 10;
    };
  }

  /**
   * Whether the damaged data is still I-JSON in {@code form} (a stream: every line one value), so a
   * strict JSON parser reads it.
   */
  boolean keepsJson(Form form) {
    return switch (this) {
      case BOM_ON_LINE, LINE_BROKEN, LINES_JOINED, TRUNCATED, UTF8_INVALID, SURROGATE_LONE, NONCHARACTER,
          MEMBER_DUPLICATE, TRAILING_GARBAGE -> false;
      case LINES_CR -> form == Form.DOCUMENT;
      default -> true;
    };
  }
}
