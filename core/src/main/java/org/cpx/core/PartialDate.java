package org.cpx.core;

import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.time.YearMonth;
import java.util.Optional;
import java.util.OptionalInt;
import org.cpx.core.internal.TextRules;
import org.jspecify.annotations.Nullable;

/**
 * A date known to the year, the month or the day ({@code 2013}, {@code 2023-06}, {@code
 * 2018-03-18}), optionally uncertain ({@code ?}), approximate ({@code ~}) or both ({@code %}).
 *
 * <p>For every comparison a partial date is the interval of days [{@link #earliest()}, {@link
 * #latest()}] of its precision, and qualifiers are ignored: A is before B iff A's latest day is
 * before B's earliest.
 */
public final class PartialDate {
  /** How precisely a {@link PartialDate} is known. */
  public enum Precision {
    /** Known to the year. */
    YEAR,
    /** Known to the month. */
    MONTH,
    /** Known to the day. */
    DAY
  }

  /** How sure a source is of a {@link PartialDate}. */
  public enum Qualifier {
    /** {@code ?}: the source is not sure of the date. */
    UNCERTAIN('?'),
    /** {@code ~}: the date is approximate. */
    APPROXIMATE('~'),
    /** {@code %}: both uncertain and approximate. */
    UNCERTAIN_AND_APPROXIMATE('%');

    private final char symbol;

    Qualifier(char symbol) {
      this.symbol = symbol;
    }

    /** The character that marks this qualifier on the wire. */
    public char getSymbol() {
      return symbol;
    }
  }

  private final int year;
  private final int month;
  private final int day;
  private final @Nullable Qualifier qualifier;
  /** The wire form, once made: a date read keeps the text it was read from. */
  private @Nullable String text;

  private PartialDate(int year, int month, int day, @Nullable Qualifier qualifier) {
    this.year = year;
    this.month = month;
    this.day = day;
    this.qualifier = qualifier;
  }

  /**
   * Parses {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}, optionally followed by {@code ?},
   * {@code ~} or {@code %}.
   *
   * @throws IllegalArgumentException if {@code text} is not of that form or not a real date
   */
  public static PartialDate parse(String text) {
    String value = TextRules.clean("date", text);
    int length = value.length();
    Qualifier qualifier = null;
    for (Qualifier candidate : Qualifier.values()) {
      if (length > 0 && value.charAt(length - 1) == candidate.symbol) {
        qualifier = candidate;
        length--;
        break;
      }
    }
    if ((length != 4 && length != 7 && length != 10)
        || !digits(value, 0, 4)
        || (length >= 7 && (value.charAt(4) != '-' || !digits(value, 5, 7)))
        || (length == 10 && (value.charAt(7) != '-' || !digits(value, 8, 10)))) {
      throw new IllegalArgumentException("date: must be YYYY, YYYY-MM or YYYY-MM-DD, optionally + ? ~ or %");
    }
    int year = Integer.parseInt(value, 0, 4, 10);
    int month = length >= 7 ? Integer.parseInt(value, 5, 7, 10) : 0;
    int day = length == 10 ? Integer.parseInt(value, 8, 10, 10) : 0;
    Precision precision = length == 10 ? Precision.DAY : length == 7 ? Precision.MONTH : Precision.YEAR;
    PartialDate date = create(precision, year, month, day, qualifier);
    date.text = value;
    return date;
  }

  /**
   * Returns the year {@code year}.
   *
   * @throws IllegalArgumentException if the year is outside 0000–9999
   */
  public static PartialDate ofYear(int year) {
    return create(Precision.YEAR, year, 0, 0, null);
  }

  /**
   * Returns the month {@code month} (1–12) of {@code year}.
   *
   * @throws IllegalArgumentException if the year is outside 0000–9999 or the month outside 1–12
   */
  public static PartialDate ofMonth(int year, int month) {
    return create(Precision.MONTH, year, month, 0, null);
  }

  /**
   * Returns the day {@code year}-{@code month}-{@code day}.
   *
   * @throws IllegalArgumentException if that is not a real date in the years 0000–9999
   */
  public static PartialDate of(int year, int month, int day) {
    return create(Precision.DAY, year, month, day, null);
  }

  /**
   * Returns the day {@code date}.
   *
   * @throws IllegalArgumentException if the year is outside 0000–9999
   */
  public static PartialDate of(LocalDate date) {
    return of(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
  }

  /** Returns this date with the qualifier {@code qualifier}. */
  public PartialDate withQualifier(Qualifier qualifier) {
    return new PartialDate(year, month, day, qualifier);
  }

  /** Returns this date without a qualifier. */
  public PartialDate withoutQualifier() {
    return qualifier == null ? this : new PartialDate(year, month, day, null);
  }

  /** The year, 0–9999. */
  public int getYear() {
    return year;
  }

  /** The month 1–12, when known. */
  public OptionalInt getMonth() {
    return month == 0 ? OptionalInt.empty() : OptionalInt.of(month);
  }

  /** The day of the month, when known. */
  public OptionalInt getDay() {
    return day == 0 ? OptionalInt.empty() : OptionalInt.of(day);
  }

  /** How precisely the date is known. */
  public Precision getPrecision() {
    return day != 0 ? Precision.DAY : month != 0 ? Precision.MONTH : Precision.YEAR;
  }

  /** How sure the source is, when it says. */
  public Optional<Qualifier> getQualifier() {
    return Optional.ofNullable(qualifier);
  }

  /** The first day this date may stand for. */
  public LocalDate earliest() {
    return LocalDate.of(year, Math.max(month, 1), Math.max(day, 1));
  }

  /** The last day this date may stand for. */
  public LocalDate latest() {
    if (day != 0) {
      return LocalDate.of(year, month, day);
    }
    return month != 0 ? YearMonth.of(year, month).atEndOfMonth() : LocalDate.of(year, 12, 31);
  }

  /** Whether this date is certainly before {@code other}: its latest day before the other's earliest. */
  public boolean isBefore(PartialDate other) {
    return latest().isBefore(other.earliest());
  }

  /** Whether this date is certainly after {@code other}: its earliest day after the other's latest. */
  public boolean isAfter(PartialDate other) {
    return other.isBefore(this);
  }

  /** Whether this date and {@code other} may stand for the same day: neither is before the other. */
  public boolean overlaps(PartialDate other) {
    return !isBefore(other) && !other.isBefore(this);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    if (!(other instanceof PartialDate)) {
      return false;
    }
    PartialDate that = (PartialDate) other;
    return year == that.year && month == that.month && day == that.day && qualifier == that.qualifier;
  }

  @Override
  public int hashCode() {
    return ((year * 13 + month) * 32 + day) * 4 + (qualifier == null ? 0 : qualifier.ordinal() + 1);
  }

  /** Returns the wire form: {@code 2018-03-18}, {@code 2023-06~}. */
  @Override
  public String toString() {
    if (text == null) {
      text = format();
    }
    return text;
  }

  private String format() {
    StringBuilder text = new StringBuilder(11);
    pad(text, year, 4);
    if (month != 0) {
      pad(text.append('-'), month, 2);
    }
    if (day != 0) {
      pad(text.append('-'), day, 2);
    }
    if (qualifier != null) {
      text.append(qualifier.symbol);
    }
    return text.toString();
  }

  private static PartialDate create(
      Precision precision, int year, int month, int day, @Nullable Qualifier qualifier) {
    if (year < 0 || year > 9999) {
      throw new IllegalArgumentException("date: the year must be 0000 to 9999");
    }
    if (precision != Precision.YEAR
        && (month < 1 || month > 12 || precision == Precision.DAY && (day < 1 || day > Month.of(month).length(Year.isLeap(year))))) {
      throw new IllegalArgumentException("date: not a real date in the Gregorian calendar");
    }
    return new PartialDate(year, month, day, qualifier);
  }

  private static boolean digits(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  private static void pad(StringBuilder text, int value, int width) {
    String digits = Integer.toString(value);
    for (int i = digits.length(); i < width; i++) {
      text.append('0');
    }
    text.append(digits);
  }
}
