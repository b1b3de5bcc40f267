package org.cpx.core.finding;

import java.util.Optional;

/** The finding codes of CPX 1.0 (spec §6), public API that partners' systems key on. */
public enum FindingCode {
  /** Not JSON, or not I-JSON: a duplicate member, a lone surrogate, a noncharacter, bad UTF-8. */
  JSON_SYNTAX("json.syntax", Severity.ERROR),
  /** A limit of the reader: nesting depth, string, member name, number, record size, unknown members. */
  JSON_LIMIT("json.limit", Severity.ERROR),
  /** A wrong JSON type, an unreadable value, a null in a list, a record type that does not match its array. */
  JSON_TYPE("json.type", Severity.ERROR),
  /** A required member absent or null, or an object needing at least one member empty. */
  JSON_MISSING("json.missing", Severity.ERROR),
  /** The format version is missing, malformed or of another major version. */
  FORMAT_VERSION("format.version", Severity.ERROR),
  /** A stream header that is not the first line. */
  STREAM_HEADER("stream.header", Severity.ERROR),
  /** An identifier breaking its grammar. */
  ID_INVALID("id.invalid", Severity.ERROR),
  /** A partial date or timestamp that is not one. */
  DATE_INVALID("date.invalid", Severity.ERROR),
  /** A text empty after trimming, or with a forbidden control character. */
  TEXT_INVALID("text.invalid", Severity.ERROR),
  /** An ill-formed language tag, or two tags of a text equal ignoring case. */
  LANGUAGE_INVALID("language.invalid", Severity.ERROR),
  /** Not an officially assigned ISO 3166-1 country code. */
  COUNTRY_UNKNOWN("country.unknown", Severity.ERROR),
  /** A subdivision of a bad form, or whose prefix is not the country. */
  SUBDIVISION_INVALID("subdivision.invalid", Severity.ERROR),
  /** Not an active ISO 4217 currency code. */
  CURRENCY_UNKNOWN("currency.unknown", Severity.ERROR),
  /** Not one of the 169 targets of the Sustainable Development Goals. */
  SDG_UNKNOWN("sdg.unknown", Severity.ERROR),
  /** Not an absolute http or https URL with a host. */
  URL_INVALID("url.invalid", Severity.ERROR),
  /** A contact point whose value does not fit its kind. */
  CONTACT_INVALID("contact.invalid", Severity.ERROR),
  /** A period whose end is before its start. */
  PERIOD_REVERSED("period.reversed", Severity.ERROR),
  /** An identifier already used by an earlier record. */
  ID_DUPLICATE("id.duplicate", Severity.ERROR),
  /** A reference that names no record. */
  REFERENCE_UNRESOLVED("reference.unresolved", Severity.ERROR),
  /** A reference to a record of a type the member does not allow. */
  REFERENCE_WRONG_TYPE("reference.wrongType", Severity.ERROR),
  /** An article number used twice in a declaration. */
  ARTICLE_DUPLICATE("article.duplicate", Severity.ERROR),
  /** An article its declaration does not list. */
  ARTICLE_UNRESOLVED("article.unresolved", Severity.ERROR),
  /** Organizations whose parent links form a cycle. */
  ORGANIZATION_PARENT_CYCLE("organization.parentCycle", Severity.ERROR),
  /** Events whose partOf links form a cycle. */
  EVENT_PART_OF_CYCLE("event.partOfCycle", Severity.ERROR),
  /** A network among its own members. */
  MEMBERSHIP_SELF("membership.self", Severity.ERROR),
  /** Counts that cannot all be true. */
  COUNT_INCONSISTENT("count.inconsistent", Severity.ERROR),
  /** Progress reports out of date order, or before the commitment was made. */
  PROGRESS_ORDER("progress.order", Severity.ERROR),
  /** Private personal data on a person. */
  PRIVACY_PERSONAL_DATA("privacy.personalData", Severity.ERROR),
  /** A phone number that is possible but not valid. */
  CONTACT_UNVERIFIED("contact.unverified", Severity.WARNING),
  /** A progress report after a final one by the same reporter. */
  PROGRESS_AFTER_TERMINAL("progress.afterTerminal", Severity.WARNING),
  /** A code value or record type this version does not know. */
  CODE_UNKNOWN("code.unknown", Severity.WARNING),
  /** A member this version does not know, not marked {@code x-}. */
  MEMBER_UNKNOWN("member.unknown", Severity.WARNING),
  /** A text without one of the dataset's languages. */
  TEXT_MISSING_LANGUAGE("text.missingLanguage", Severity.WARNING),
  /** A record without sources. */
  SOURCE_MISSING("source.missing", Severity.WARNING),
  /** An event without a period. */
  EVENT_NO_PERIOD("event.noPeriod", Severity.WARNING),
  /** A commitment without a deadline. */
  COMMITMENT_NO_DEADLINE("commitment.noDeadline", Severity.WARNING),
  /** A commitment without indicators. */
  COMMITMENT_NOT_MEASURABLE("commitment.notMeasurable", Severity.WARNING);

  private final String code;
  private final Severity severity;

  FindingCode(String code, Severity severity) {
    this.code = code;
    this.severity = severity;
  }

  /** The code as partners see it ({@code json.syntax}). */
  public String getCode() {
    return code;
  }

  /** The severity the code has unless an option changes it. */
  public Severity getDefaultSeverity() {
    return severity;
  }

  /** The finding code written {@code code}, if there is one. */
  public static Optional<FindingCode> fromCode(String code) {
    for (FindingCode value : values()) {
      if (value.code.equals(code)) {
        return Optional.of(value);
      }
    }
    return Optional.empty();
  }
}
