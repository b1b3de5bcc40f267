package org.cpx.core;

import java.math.BigDecimal;
import java.util.regex.Pattern;
import org.cpx.core.constraints.CurrencyCode;
import org.cpx.core.internal.TextRules;
import org.immutables.value.Value;

/**
 * An amount of money in an ISO 4217 currency; the amount is kept as the decimal string it was
 * written ({@code "1500000000"}, {@code "0.10"}).
 */
@Value.Immutable
public abstract class Money implements Extensible, WithMoney {
  private static final Pattern DECIMAL = Pattern.compile("(?:0|[1-9][0-9]*)(?:\\.[0-9]+)?");

  Money() {}

  /** The amount as written: digits, optionally a point and more digits. */
  public abstract String getAmount();

  /** The ISO 4217 currency code ({@code VND}); checked against the active codes by validation. */
  public abstract @CurrencyCode String getCurrency();

  /**
   * Returns {@code amount} of {@code currency}.
   *
   * @throws IllegalArgumentException if {@code amount} is not a plain non-negative decimal
   */
  public static Money of(String amount, String currency) {
    return builder().amount(amount).currency(currency).build();
  }

  /** Returns a builder of an amount of money. */
  public static Builder builder() {
    return new Builder();
  }

  /** The amount as a number, with the scale it was written with. */
  public BigDecimal getAmountValue() {
    return new BigDecimal(getAmount());
  }

  @Value.Check
  Money normalize() {
    String amount = TextRules.clean("amount", getAmount());
    if (!DECIMAL.matcher(amount).matches()) {
      throw new IllegalArgumentException("amount: must be a decimal such as 1500000000 or 0.10");
    }
    return withAmount(amount).withCurrency(TextRules.clean("currency", getCurrency()));
  }

  /** Builds a {@link Money}. Not thread-safe. */
  public static final class Builder extends ImmutableMoney.Builder {
    Builder() {}
  }
}
