package org.cpx.validation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The frozen code lists of {@code docs/codes}: assigned ISO 3166-1 countries, UN M49 geographic
 * regions, the targets of the Sustainable Development Goals and active ISO 4217 currencies.
 */
public final class CodeLists {
  private static final Pattern SUBDIVISION = Pattern.compile("[A-Z]{2}-[A-Z0-9]{1,3}");
  private static final Set<String> COUNTRIES = load("iso-3166-1-alpha-2.txt");
  private static final Set<String> REGIONS = load("un-m49-regions.txt");
  private static final Set<String> SDG_TARGETS = load("sdg-targets.txt");
  private static final Set<String> CURRENCIES = load("iso-4217.txt");

  private CodeLists() {}

  /** Whether {@code code} is an officially assigned ISO 3166-1 alpha-2 code. */
  public static boolean isCountry(String code) {
    return COUNTRIES.contains(code);
  }

  /** Whether {@code code} is a UN M49 geographic region ({@code 142}, {@code 035}). */
  public static boolean isRegion(String code) {
    return REGIONS.contains(code);
  }

  /** Whether {@code label} is one of the 169 SDG targets ({@code 16.2}). */
  public static boolean isSdgTarget(String label) {
    return SDG_TARGETS.contains(label);
  }

  /** Whether {@code code} is an ISO 4217 currency code accepted as active ({@code VND}). */
  public static boolean isCurrency(String code) {
    return CURRENCIES.contains(code);
  }

  /** Whether {@code code} has the form of an ISO 3166-2 subdivision ({@code VN-HN}). */
  public static boolean isSubdivisionForm(String code) {
    return SUBDIVISION.matcher(code).matches();
  }

  /**
   * Whether {@code code} is a subdivision by spec §2: of the form {@code VN-HN} and prefixed by an
   * assigned country code; the part after the hyphen is checked for form only, as provinces merge.
   */
  public static boolean isSubdivision(String code) {
    return isSubdivisionForm(code) && isCountry(code.substring(0, 2));
  }

  /** The number of codes in each list, for tests: countries, regions, SDG targets, currencies. */
  static int[] sizes() {
    return new int[] {COUNTRIES.size(), REGIONS.size(), SDG_TARGETS.size(), CURRENCIES.size()};
  }

  private static Set<String> load(String name) {
    try (InputStream in = CodeLists.class.getResourceAsStream("/org/cpx/validation/codes/" + name)) {
      if (in == null) {
        throw new IllegalStateException("the code list " + name + " is missing from the jar");
      }
      Set<String> codes = new HashSet<>();
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (!line.isBlank() && !line.startsWith("#")) {
          codes.add(line.split("\t", 2)[0].strip());
        }
      }
      return Set.copyOf(codes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
