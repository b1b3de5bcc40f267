package org.cpx.core.outcome;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;
import org.cpx.core.Code;
import org.cpx.core.Extensible;
import org.cpx.core.LocalizedText;
import org.cpx.core.PartialDate;
import org.cpx.core.Party;
import org.cpx.core.Source;
import org.immutables.value.Value;

/** How a party answered a recommendation: supported, supported in part, noted, rejected, pending. */
@Value.Immutable
public abstract class Response implements Extensible, WithResponse {
  Response() {}

  /** Who answered. */
  public abstract Party getBy();

  /** The answer. */
  public abstract Code<ResponseKind> getResponse();

  /** When. */
  public abstract Optional<PartialDate> getOn();

  /** A remark on the answer. */
  public abstract Optional<LocalizedText> getNote();

  /** Where the answer is recorded. */
  public abstract List<@Valid Source> getSources();

  /** Returns the answer {@code response} by {@code by}. */
  public static Response of(Party by, ResponseKind response) {
    return builder().by(by).response(Code.of(response)).build();
  }

  /** Returns a builder of a response. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Response}. Not thread-safe. */
  public static final class Builder extends ImmutableResponse.Builder {
    Builder() {}
  }
}
