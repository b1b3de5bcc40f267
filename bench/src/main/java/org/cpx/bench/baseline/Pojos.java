package org.cpx.bench.baseline;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonValue;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.validator.constraints.URL;

/**
 * The baseline model: mutable POJOs mirroring the CPX JSON of the benchmark data, with the
 * per-record rules as Jakarta constraints — what a developer would write with plain Jackson and
 * Hibernate Validator, without CPX. Public fields, as Jackson and Hibernate Validator read them.
 */
public final class Pojos {
  static final String ID = "[A-Za-z0-9][A-Za-z0-9._:/~-]{0,199}";
  static final String LANGUAGE = "[a-z]{2,3}(-[A-Z][a-z]{3})?(-([A-Z]{2}|[0-9]{3}))?(-[0-9A-Za-z]{5,8})*|x-[a-z0-9]{1,8}";
  static final String DATE = "[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?[?~%]?";
  static final String DAY = "[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])";
  static final String AREA = "global|[A-Z]{2}|[0-9]{3}";
  static final String SUBDIVISION = "[A-Z]{2}-[A-Z0-9]{1,3}";
  static final String SDG_TARGET = "(1[0-7]|[1-9])\\.([1-9][0-9]?|[a-z])";

  private Pojos() {}

  /** A text in several languages: tag → text. */
  public static final class Text extends LinkedHashMap<String, String> {
    private static final long serialVersionUID = 1L;
  }

  /** The members every record has or may have. */
  public abstract static class Record {
    @NotNull public String type;
    @NotNull @Pattern(regexp = ID) public String id;
    public @ValidText Text description;
    public List<@NotBlank String> themes;
    public List<@Pattern(regexp = AREA) String> coverage;
    public List<@Valid TargetGroup> targetGroups;
    public String access;
    @NotEmpty public List<@Valid Source> sources;
  }

  /** Where a fact came from. */
  public static final class Source {
    @URL public String url;
    public @ValidText Text title;
    public @ValidText Text publisher;
    public String author;
    @Pattern(regexp = DATE) public String publishedOn;
    @Pattern(regexp = DAY) public String accessedOn;
    @Pattern(regexp = LANGUAGE) public String language;
    public @ValidText Text note;

    @JsonIgnore
    @AssertTrue(message = "a source needs a url or a title")
    public boolean isIdentified() {
      return url != null || title != null;
    }
  }

  /** A group of children a record is about. */
  public static final class TargetGroup {
    public String group;
    @PositiveOrZero public Integer ageMin;
    @PositiveOrZero public Integer ageMax;
    public @ValidText Text label;
  }

  /** Who: a record or a group. */
  public static final class Party {
    @Pattern(regexp = ID) public String actor;
    public String group;
    public @ValidText Text label;
    @Pattern(regexp = ID) public String onBehalfOf;
    public String role;
  }

  /** A number, bare when exact, else with its qualifier. */
  public static final class Count {
    @NotNull @PositiveOrZero public Long value;
    public String qualifier;
    @Pattern(regexp = DATE) public String asOf;

    /** A bare count. */
    public Count() {}

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    Count(long value) {
      this.value = value;
    }

    /** The JSON form: the bare number when exact. */
    @JsonValue
    public Object json() {
      if (qualifier == null && asOf == null) {
        return value;
      }
      Map<String, Object> json = new LinkedHashMap<>();
      json.put("value", value);
      if (qualifier != null) {
        json.put("qualifier", qualifier);
      }
      if (asOf != null) {
        json.put("asOf", asOf);
      }
      return json;
    }
  }

  /** A span of partial dates. */
  public static final class Period {
    @Pattern(regexp = DATE) public String start;
    @Pattern(regexp = DATE) public String end;

    @JsonIgnore
    @AssertTrue(message = "a period ends after it starts")
    public boolean isOrdered() {
      return start == null || end == null || start.substring(0, 4).compareTo(end.substring(0, 4)) <= 0;
    }
  }

  /** A place. */
  public static final class Place {
    public @ValidText Text name;
    @Pattern(regexp = "[A-Z]{2}") public String country;
    @Pattern(regexp = SUBDIVISION) public String subdivision;
    public @ValidText Text locality;
    public @ValidText Text address;
  }

  /** A legal text a record rests on. */
  public static final class LegalReference {
    public @ValidText Text instrument;
    public String article;
    public String clause;
    public String point;
    public String identifier;
    public @ValidText Text text;
  }

  /** An organization. */
  public static final class Organization extends Record {
    @NotEmpty public @ValidText Text name;
    public List<@NotBlank String> acronyms;
    public List<@ValidText Text> alternateNames;
    public List<@Pattern(regexp = AREA + "|" + SUBDIVISION) String> areasServed;
    public String classification;
    @Pattern(regexp = "[A-Z]{2}") public String country;
    @Pattern(regexp = ID) public String parent;
  }

  /** A network and its members. */
  public static final class Network extends Record {
    @NotEmpty public @ValidText Text name;
    public List<@NotBlank String> acronyms;
    public List<@ValidText Text> alternateNames;
    public List<@Pattern(regexp = AREA + "|" + SUBDIVISION) String> areasServed;
    @Pattern(regexp = "[A-Z]{2}") public String country;
    @Pattern(regexp = DATE) public String founded;
    public List<@ValidText Text> functions;
    public List<@Valid GoverningDocument> governingDocuments;
    @Pattern(regexp = ID) public String host;
    public @Valid Count memberCount;
    public List<@Valid Membership> memberships;
    public @ValidText Text purpose;
  }

  /** A network's charter or rules. */
  public static final class GoverningDocument {
    @NotEmpty public @ValidText Text title;
    @Pattern(regexp = ID) public String adoptedBy;
    @Pattern(regexp = DATE) public String adoptedOn;
    public List<@Valid LegalReference> legalBasis;
  }

  /** A member of a network. */
  public static final class Membership {
    @NotNull @Pattern(regexp = ID) public String member;
    public String role;
    @Pattern(regexp = DATE) public String asOf;
    public @ValidText Text title;
    public @ValidText Text note;
    public @Valid Period period;
  }

  /** A person in a public role. */
  public static final class Person extends Record {
    @NotBlank public String name;
    public List<@NotBlank String> alternateNames;
    public @ValidText Text honorificPrefix;
    public List<@Valid Position> positions;
  }

  /** A person's position. */
  public static final class Position {
    @NotEmpty public @ValidText Text title;
    @Pattern(regexp = ID) public String organization;
    @Pattern(regexp = DATE) public String asOf;
    public @Valid Period period;
  }

  /** An event. */
  public static final class Event extends Record {
    @NotEmpty public @ValidText Text title;
    public String kind;
    public String status;
    public @Valid Period period;
    public String recurrence;
    public String attendanceMode;
    public @Valid Place location;
    public List<@ValidText Text> objectives;
    @Pattern(regexp = ID) public String partOf;
    public List<@Valid Party> participants;
    public List<@Valid RelatedEvent> relatedEvents;
    public List<@Pattern(regexp = SDG_TARGET) String> sdgTargets;
    public @Valid Attendance attendance;
  }

  /** How an event relates to another. */
  public static final class RelatedEvent {
    @NotNull @Pattern(regexp = ID) public String event;
    public String relation;
  }

  /** Who attended an event. */
  public static final class Attendance {
    public @Valid Count total;
    public List<@Valid AttendanceGroup> breakdown;
    @PositiveOrZero public Integer countries;
    @PositiveOrZero public Integer organizations;
    public @ValidText Text note;
  }

  /** One group of attendees. */
  public static final class AttendanceGroup {
    public String category;
    public @Valid Count count;
  }

  /** A declaration. */
  public static final class Declaration extends Record {
    @NotEmpty public @ValidText Text title;
    public String kind;
    @Pattern(regexp = ID) public String adoptedAt;
    @Pattern(regexp = DATE) public String adoptedOn;
    public List<@Valid Party> endorsedBy;
  }

  /** A recommendation. */
  public static final class Recommendation extends Record {
    @NotEmpty public @ValidText Text text;
    @Pattern(regexp = ID) public String declaration;
    public String article;
    @Pattern(regexp = ID) public String madeAt;
    @Pattern(regexp = DATE) public String issuedOn;
    public List<@Valid Party> madeBy;
    public List<@Valid Party> addressees;
  }

  /** A commitment. */
  public static final class Commitment extends Record {
    @NotEmpty public @ValidText Text text;
    public List<@Valid Party> committedBy;
    @Pattern(regexp = ID) public String madeAt;
    @Pattern(regexp = DATE) public String madeOn;
    public List<@Pattern(regexp = ID) String> respondsTo;
  }

  /** A dataset document. */
  public static final class Dataset {
    @NotNull public String cpx;
    public List<@Pattern(regexp = LANGUAGE) String> languages;
    public List<@Valid Organization> organizations;
    public List<@Valid Network> networks;
    public List<@Valid Person> persons;
    public List<@Valid Event> events;
    public List<@Valid Declaration> declarations;
    public List<@Valid Recommendation> recommendations;
    public List<@Valid Commitment> commitments;

    /** The records of every array, in order. */
    @JsonIgnore
    public List<Record> records() {
      List<Record> records = new java.util.ArrayList<>();
      for (List<? extends Record> array : List.of(orEmpty(organizations), orEmpty(networks), orEmpty(persons),
          orEmpty(events), orEmpty(declarations), orEmpty(recommendations), orEmpty(commitments))) {
        records.addAll(array);
      }
      return records;
    }

    private static <T> List<T> orEmpty(List<T> list) {
      return list == null ? List.of() : list;
    }
  }
}
