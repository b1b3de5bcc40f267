package org.cpx.validation.internal;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.lang.annotation.Annotation;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.cpx.core.ContactPoint;
import org.cpx.core.Period;
import org.cpx.core.Place;
import org.cpx.core.constraints.AreaCode;
import org.cpx.core.constraints.CountryCode;
import org.cpx.core.constraints.CurrencyCode;
import org.cpx.core.constraints.HttpUrl;
import org.cpx.core.constraints.SdgTarget;
import org.cpx.core.constraints.SubdivisionCode;
import org.cpx.core.constraints.ValidContactPoint;
import org.cpx.core.constraints.ValidPeriod;
import org.cpx.core.constraints.ValidPlace;
import org.cpx.core.finding.FindingCode;
import org.cpx.validation.CodeLists;
import org.jspecify.annotations.Nullable;

/**
 * The checks of the constraints of {@code org.cpx.core.constraints}: used by the record walk, and by
 * their Jakarta validators here, registered in {@code
 * META-INF/services/jakarta.validation.ConstraintValidator} for Jakarta Validation users. {@code
 * null} is valid for each validator.
 */
public final class Validators {
  private Validators() {}

  /** A validator of strings that a test on the whole string decides. */
  private abstract static class Matching<A extends Annotation> implements ConstraintValidator<A, String> {
    private final Predicate<String> valid;

    Matching(Predicate<String> valid) {
      this.valid = valid;
    }

    @Override
    public final boolean isValid(@Nullable String value, ConstraintValidatorContext context) {
      return value == null || valid.test(value);
    }
  }

  /** Validates {@link CountryCode}. */
  public static final class Country extends Matching<CountryCode> {
    /** The validator. */
    public Country() {
      super(CodeLists::isCountry);
    }
  }

  /** Validates {@link SubdivisionCode}. */
  public static final class Subdivision extends Matching<SubdivisionCode> {
    /** The validator. */
    public Subdivision() {
      super(CodeLists::isSubdivision);
    }
  }

  /** Validates {@link CurrencyCode}. */
  public static final class Currency extends Matching<CurrencyCode> {
    /** The validator. */
    public Currency() {
      super(CodeLists::isCurrency);
    }
  }

  /** Validates {@link SdgTarget}. */
  public static final class Sdg extends Matching<SdgTarget> {
    /** The validator. */
    public Sdg() {
      super(CodeLists::isSdgTarget);
    }
  }

  /** Validates {@link HttpUrl}. */
  public static final class Url extends Matching<HttpUrl> {
    /** The validator. */
    public Url() {
      super(Validators::isHttpUrl);
    }
  }

  /** Validates {@link AreaCode}: a malformed subdivision is {@code subdivision.invalid}. */
  public static final class Area implements ConstraintValidator<AreaCode, String> {
    @Override
    public boolean isValid(@Nullable String value, ConstraintValidatorContext context) {
      FindingCode problem = value == null ? null : area(value);
      if (problem == FindingCode.SUBDIVISION_INVALID) {
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate("{org.cpx.subdivision.invalid}").addConstraintViolation();
      }
      return problem == null;
    }
  }

  /**
   * The finding of an area (spec §2): none for {@code global}, an assigned country, a UN M49 region
   * or a subdivision; {@code subdivision.invalid} for another code with a hyphen, {@code
   * country.unknown} for the rest.
   */
  static @Nullable FindingCode area(String value) {
    if (value.equals("global") || CodeLists.isCountry(value) || CodeLists.isRegion(value)
        || CodeLists.isSubdivision(value)) {
      return null;
    }
    return value.indexOf('-') >= 0 ? FindingCode.SUBDIVISION_INVALID : FindingCode.COUNTRY_UNKNOWN;
  }

  /** Replaces the default violation of {@code context} by one of {@code template} at its member {@code member}. */
  private static void at(ConstraintValidatorContext context, String template, String member) {
    context.disableDefaultConstraintViolation();
    context.buildConstraintViolationWithTemplate(template).addPropertyNode(member).addConstraintViolation();
  }

  /**
   * Whether {@code value} is a URL by spec §2: scheme {@code http} or {@code https}, then {@code //}
   * and an RFC 3986 authority whose host is not empty — a registered name (letters of any script
   * allowed, labels not checked), an IPv4 address or a bracketed IP literal — with an optional port
   * of digits; no white space or control character anywhere.
   */
  static boolean isHttpUrl(String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c <= ' ' || Character.isWhitespace(c) || Character.isISOControl(c) || Character.isSpaceChar(c)) {
        return false;
      }
    }
    String lower = value.toLowerCase(Locale.ROOT);
    int start = lower.startsWith("http://") ? 7 : lower.startsWith("https://") ? 8 : -1;
    if (start < 0) {
      return false;
    }
    int end = start;
    while (end < value.length() && "/?#".indexOf(value.charAt(end)) < 0) {
      end++;
    }
    String authority = value.substring(start, end);
    String hostAndPort = authority.substring(authority.lastIndexOf('@') + 1);
    String host;
    String port;
    if (hostAndPort.startsWith("[")) {
      int close = hostAndPort.indexOf(']');
      if (close < 2) {
        return false;
      }
      host = hostAndPort.substring(0, close + 1);
      port = hostAndPort.substring(close + 1);
    } else {
      int colon = hostAndPort.indexOf(':');
      host = colon < 0 ? hostAndPort : hostAndPort.substring(0, colon);
      port = colon < 0 ? "" : hostAndPort.substring(colon);
    }
    if (!port.isEmpty() && !PORT.matcher(port).matches()) {
      return false;
    }
    return !host.isEmpty() && (host.startsWith("[") || host.chars().noneMatch(c -> c == '[' || c == ']'));
  }

  private static final Pattern PORT = Pattern.compile(":[0-9]*");

  /** Validates {@link ValidPeriod}. */
  public static final class PeriodOrder implements ConstraintValidator<ValidPeriod, Period> {
    @Override
    public boolean isValid(@Nullable Period value, ConstraintValidatorContext context) {
      return value == null || !value.isReversed();
    }
  }

  /** Validates {@link ValidPlace}: the finding points at the subdivision. */
  public static final class PlaceCountry implements ConstraintValidator<ValidPlace, Place> {
    @Override
    public boolean isValid(@Nullable Place value, ConstraintValidatorContext context) {
      if (value == null || isInItsCountry(value)) {
        return true;
      }
      at(context, context.getDefaultConstraintMessageTemplate(), "subdivision");
      return false;
    }
  }

  /** Whether a place's subdivision, when it has one and an assigned country, is one of that country. */
  static boolean isInItsCountry(Place value) {
    return value.getSubdivision().isEmpty() || value.getCountry().isEmpty()
        || !CodeLists.isCountry(value.getCountry().get())
        || value.getSubdivision().get().startsWith(value.getCountry().get() + "-");
  }

  /** Validates {@link ValidContactPoint}: the finding points at the value. */
  public static final class ContactValue implements ConstraintValidator<ValidContactPoint, ContactPoint> {
    @Override
    public boolean isValid(@Nullable ContactPoint value, ConstraintValidatorContext context) {
      FindingCode problem = value == null ? null : contact(value);
      if (problem != null) {
        at(context, "{org.cpx." + problem.getCode() + "}", "value");
      }
      return problem == null;
    }
  }

  private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();
  private static final Pattern SHORT_CODE = Pattern.compile("[0-9]{3,6}");
  /** A dot-atom at a domain with a dot, letters and digits of any script allowed in both (RFC 6531). */
  private static final Pattern EMAIL = Pattern.compile(
      "[\\p{L}\\p{M}\\p{N}!#$%&'*+/=?^_`{|}~-]+(?:\\.[\\p{L}\\p{M}\\p{N}!#$%&'*+/=?^_`{|}~-]+)*"
          + "@[\\p{L}\\p{N}](?:[\\p{L}\\p{M}\\p{N}-]*[\\p{L}\\p{M}\\p{N}])?"
          + "(?:\\.[\\p{L}\\p{N}](?:[\\p{L}\\p{M}\\p{N}-]*[\\p{L}\\p{M}\\p{N}])?)+");

  /**
   * The finding of a contact point's value, for a kind this version knows: {@code contact.invalid}
   * for one that cannot be of its kind, {@code contact.unverified} for a phone number no plan lists.
   */
  static @Nullable FindingCode contact(ContactPoint contact) {
    if (contact.getKind().getKnown().isEmpty()) {
      return null;
    }
    String value = contact.getValue();
    switch (contact.getKind().getKnown().get()) {
      case EMAIL:
        return EMAIL.matcher(value).matches() ? null : FindingCode.CONTACT_INVALID;
      case WEBSITE:
        return isHttpUrl(value) ? null : FindingCode.CONTACT_INVALID;
      case HOTLINE:
        if (contact.getCountry().isPresent() && SHORT_CODE.matcher(value).matches()) {
          return null;
        }
        return phone(contact);
      default:
        return phone(contact);
    }
  }

  private static @Nullable FindingCode phone(ContactPoint contact) {
    try {
      Phonenumber.PhoneNumber number = PHONES.parse(contact.getValue(), contact.getCountry().orElse("ZZ"));
      if (!PHONES.isPossibleNumber(number)) {
        return FindingCode.CONTACT_INVALID;
      }
      return PHONES.isValidNumber(number) ? null : FindingCode.CONTACT_UNVERIFIED;
    } catch (NumberParseException e) {
      return FindingCode.CONTACT_INVALID;
    }
  }
}
