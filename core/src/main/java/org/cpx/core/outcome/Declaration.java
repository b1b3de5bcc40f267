package org.cpx.core.outcome;

import java.util.List;
import java.util.Optional;
import org.cpx.core.Code;
import org.cpx.core.Count;
import org.cpx.core.CpxRecord;
import org.cpx.core.Id;
import org.cpx.core.LocalizedText;
import org.cpx.core.PartialDate;
import org.cpx.core.Party;
import org.cpx.core.RecordType;
import org.cpx.core.Scoped;
import org.cpx.core.ScopedBuilder;
import org.cpx.core.internal.TextRules;
import org.immutables.value.Value;

/**
 * A declaration, call to action, joint statement or other text adopted by the participants of an
 * event or published by a body.
 */
@Value.Immutable
public abstract sealed class Declaration implements CpxRecord, Scoped, WithDeclaration permits ImmutableDeclaration {
  Declaration() {}

  /** What kind of text it is. */
  public abstract Optional<Code<DeclarationKind>> getKind();

  /** Its title. */
  public abstract LocalizedText getTitle();

  /** Its document symbol ({@code CRC/C/VNM/CO/5-6}). */
  public abstract Optional<String> getSymbol();

  /** The event it was adopted at. */
  public abstract Optional<Id> getAdoptedAt();

  /** When it was adopted. */
  public abstract Optional<PartialDate> getAdoptedOn();

  /** Who endorsed it; the group {@code participants} for "we, the participants". */
  public abstract List<Party> getEndorsedBy();

  /** How many endorsed it, as a source states it. */
  public abstract Optional<Count> getEndorsementCount();

  /** The text before its articles. */
  public abstract Optional<LocalizedText> getPreamble();

  /** Its numbered points, in order. */
  public abstract List<Article> getArticles();

  /** Always {@link RecordType#DECLARATION}. */
  @Override
  public final RecordType getType() {
    return RecordType.DECLARATION;
  }

  /** The article numbered {@code number}, if the declaration lists it. */
  public Optional<Article> article(String number) {
    return getArticles().stream().filter(article -> article.getNumber().equals(number)).findFirst();
  }

  /** Returns a builder of a declaration. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  Declaration normalize() {
    return withSymbol(TextRules.clean("symbol", getSymbol()))
        .withCoverage(TextRules.cleanAll("coverage", getCoverage()))
        .withSdgTargets(TextRules.cleanAll("sdgTargets", getSdgTargets()));
  }

  /** Builds a {@link Declaration}. Not thread-safe. */
  public static final class Builder extends ImmutableDeclaration.Builder implements ScopedBuilder<Builder> {
    Builder() {}
  }
}
