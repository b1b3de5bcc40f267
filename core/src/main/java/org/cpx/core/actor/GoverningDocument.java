package org.cpx.core.actor;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;
import org.cpx.core.Extensible;
import org.cpx.core.Id;
import org.cpx.core.LegalReference;
import org.cpx.core.LocalizedText;
import org.cpx.core.PartialDate;
import org.cpx.core.constraints.HttpUrl;
import org.cpx.core.internal.TextRules;
import org.immutables.value.Value;

/** A charter or regulation that governs a network, and the law it rests on. */
@Value.Immutable
public abstract class GoverningDocument implements Extensible, WithGoverningDocument {
  GoverningDocument() {}

  /** The document's title ("Quy chế tổ chức và hoạt động của mạng CRnet"). */
  public abstract LocalizedText getTitle();

  /** Its official number. */
  public abstract Optional<String> getIdentifier();

  /** When it was adopted. */
  public abstract Optional<PartialDate> getAdoptedOn();

  /** The organization, network or person who adopted or signed it. */
  public abstract Optional<Id> getAdoptedBy();

  /** The legal provisions it rests on. */
  public abstract List<@Valid LegalReference> getLegalBasis();

  /** Where it is published. */
  public abstract Optional<@HttpUrl String> getUrl();

  /** Returns a builder of a governing document. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  GoverningDocument normalize() {
    return withIdentifier(TextRules.clean("identifier", getIdentifier()))
        .withUrl(TextRules.clean("url", getUrl()));
  }

  /** Builds a {@link GoverningDocument}. Not thread-safe. */
  public static final class Builder extends ImmutableGoverningDocument.Builder {
    Builder() {}
  }
}
