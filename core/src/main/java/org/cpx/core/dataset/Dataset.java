package org.cpx.core.dataset;

import jakarta.validation.Valid;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.cpx.core.CpxRecord;
import org.cpx.core.Extensible;
import org.cpx.core.LocalizedText;
import org.cpx.core.RecordType;
import org.cpx.core.actor.Network;
import org.cpx.core.actor.Organization;
import org.cpx.core.actor.Person;
import org.cpx.core.event.Event;
import org.cpx.core.internal.LanguageTags;
import org.cpx.core.internal.TextRules;
import org.cpx.core.outcome.Commitment;
import org.cpx.core.outcome.Declaration;
import org.cpx.core.outcome.Recommendation;
import org.immutables.value.Value;

/**
 * A CPX document: the records of one publisher in seven typed lists, the document's own members,
 * and an {@link #index()} for the questions the records' one-way references do not answer.
 */
@Value.Immutable
public abstract class Dataset implements Extensible, WithDataset {
  /** The format version this library writes. */
  public static final String FORMAT_VERSION = "1.0";

  private static final Pattern VERSION = Pattern.compile("(?:0|[1-9][0-9]{0,8})\\.(?:0|[1-9][0-9]{0,8})");

  Dataset() {}

  /** The format version, {@code "M.m"}; {@value #FORMAT_VERSION} unless stated. */
  @Value.Default
  public String getCpx() {
    return FORMAT_VERSION;
  }

  /** Who publishes the dataset. */
  public abstract Optional<Publisher> getPublisher();

  /** When the dataset was generated. */
  public abstract Optional<Instant> getGeneratedAt();

  /** The licence: an SPDX expression ({@code CC-BY-4.0}) or a URL. */
  public abstract Optional<String> getLicense();

  /**
   * The BCP 47 tags of the languages every text is expected to carry, in canonical case; the first
   * is the dataset's default language.
   */
  public abstract List<String> getLanguages();

  /** The organizations. */
  public abstract List<@Valid Organization> getOrganizations();

  /** The networks. */
  public abstract List<@Valid Network> getNetworks();

  /** The persons. */
  public abstract List<@Valid Person> getPersons();

  /** The events. */
  public abstract List<@Valid Event> getEvents();

  /** The declarations. */
  public abstract List<@Valid Declaration> getDeclarations();

  /** The recommendations. */
  public abstract List<@Valid Recommendation> getRecommendations();

  /** The commitments. */
  public abstract List<@Valid Commitment> getCommitments();

  /**
   * Records of types this version does not know, each as the JSON text it was read from, written
   * back unchanged.
   */
  public abstract List<String> getOtherRecords();

  /**
   * Records that could not be read into the model, kept as JSON with their position in their array;
   * ordered by the order of the arrays, then by position.
   */
  public abstract List<UnreadableRecord> getUnreadableRecords();

  /**
   * The document's own members that could not be read ({@code publisher}, {@code generatedAt},
   * {@code license}, {@code languages}, or a record array that is not an array), each kept as the
   * JSON it was read from and written back in its place (spec §1).
   */
  public abstract Map<String, String> getUnreadableMembers();

  /** Every typed record, in the order of the dataset arrays. */
  public List<CpxRecord> records() {
    List<CpxRecord> records = new ArrayList<>();
    for (RecordType type : RecordType.values()) {
      records.addAll(records(type));
    }
    return Collections.unmodifiableList(records);
  }

  /** The typed records of {@code type}: the list of its array. */
  public List<? extends CpxRecord> records(RecordType type) {
    return switch (type) {
      case ORGANIZATION -> getOrganizations();
      case NETWORK -> getNetworks();
      case PERSON -> getPersons();
      case EVENT -> getEvents();
      case DECLARATION -> getDeclarations();
      case RECOMMENDATION -> getRecommendations();
      case COMMITMENT -> getCommitments();
    };
  }

  /** The index of the records, built on first use. */
  @Value.Lazy
  public DatasetIndex index() {
    return new DatasetIndex(this);
  }

  /**
   * The text of {@code text} best suited to a reader who prefers {@code preferred}, falling back on
   * the dataset's default language before any other (see {@link LocalizedText#get(Locale...)}).
   */
  public String text(LocalizedText text, Locale... preferred) {
    List<Locale> chain = new ArrayList<>(List.of(preferred));
    getLanguages().stream().findFirst().map(Locale::forLanguageTag).ifPresent(chain::add);
    return text.get(chain);
  }

  /** Returns a builder of a dataset. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  Dataset normalize() {
    String cpx = TextRules.clean("cpx", getCpx());
    if (!VERSION.matcher(cpx).matches()) {
      throw new IllegalArgumentException("cpx: the format version must be major.minor, such as 1.0");
    }
    List<String> languages = getLanguages();
    List<String> canonical = new ArrayList<>(languages.size());
    for (int i = 0; i < languages.size(); i++) {
      canonical.add(LanguageTags.canonical("languages[" + i + "]", languages.get(i)));
    }
    List<UnreadableRecord> unreadable = getUnreadableRecords();
    List<UnreadableRecord> ordered = new ArrayList<>(unreadable);
    ordered.sort(Comparator.comparing(UnreadableRecord::getType).thenComparingInt(UnreadableRecord::getPosition));
    return withCpx(cpx)
        .withLicense(TextRules.clean("license", getLicense()))
        .withLanguages(canonical.equals(languages) ? languages : canonical)
        .withUnreadableRecords(ordered.equals(unreadable) ? unreadable : ordered);
  }

  /** Builds a {@link Dataset}. Not thread-safe. */
  public static final class Builder extends ImmutableDataset.Builder {
    Builder() {}

    /** Adds {@code record} to the list of its type. */
    public Builder addRecord(CpxRecord record) {
      return switch (record.getType()) {
        case ORGANIZATION -> addOrganizations((Organization) record);
        case NETWORK -> addNetworks((Network) record);
        case PERSON -> addPersons((Person) record);
        case EVENT -> addEvents((Event) record);
        case DECLARATION -> addDeclarations((Declaration) record);
        case RECOMMENDATION -> addRecommendations((Recommendation) record);
        case COMMITMENT -> addCommitments((Commitment) record);
      };
    }
  }
}
