package org.cpx.core.actor;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;
import org.cpx.core.Count;
import org.cpx.core.Id;
import org.cpx.core.LocalizedText;
import org.cpx.core.RecordType;
import org.cpx.core.internal.TextRules;
import org.immutables.value.Value;

/**
 * An association of organizations and people, such as the Child Rights Network (CRnet) or the
 * Child Rights Working Group, with its members and office holders.
 */
@Value.Immutable
public abstract sealed class Network implements Institution, WithNetwork permits ImmutableNetwork {
  Network() {}

  /** The organization or network that runs it (VACR for CRnet). */
  public abstract Optional<Id> getHost();

  /** What it is for. */
  public abstract Optional<LocalizedText> getPurpose();

  /** Its functions and tasks, in source order. */
  public abstract List<LocalizedText> getFunctions();

  /** Its members and office holders, in source order. */
  public abstract List<@Valid Membership> getMemberships();

  /** How many members it has, as a source states it ("hơn 58"). */
  public abstract Optional<Count> getMemberCount();

  /** The charters and regulations that govern it. */
  public abstract List<@Valid GoverningDocument> getGoverningDocuments();

  /** Always {@link RecordType#NETWORK}. */
  @Override
  public final RecordType getType() {
    return RecordType.NETWORK;
  }

  /** Returns a builder of a network. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  Network normalize() {
    return withAcronyms(TextRules.cleanAll("acronyms", getAcronyms()))
        .withCountry(TextRules.clean("country", getCountry()))
        .withAreasServed(TextRules.cleanAll("areasServed", getAreasServed()))
        .withWebsite(TextRules.clean("website", getWebsite()));
  }

  /** Builds a {@link Network}. Not thread-safe. */
  public static final class Builder extends ImmutableNetwork.Builder implements InstitutionBuilder<Builder> {
    Builder() {}
  }
}
