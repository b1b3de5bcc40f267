package org.cpx.core.actor;

import java.util.Optional;
import org.cpx.core.Code;
import org.cpx.core.Id;
import org.cpx.core.RecordType;
import org.cpx.core.internal.TextRules;
import org.immutables.value.Value;

/**
 * An organization: a ministry or one of its departments, an NGO, an association, a company, a UN
 * agency.
 */
@Value.Immutable
public abstract sealed class Organization implements Institution, WithOrganization permits ImmutableOrganization {
  Organization() {}

  /** What kind of body it is. */
  public abstract Optional<Code<OrganizationClassification>> getClassification();

  /** The organization it is part of, such as the ministry of a department. */
  public abstract Optional<Id> getParent();

  /** Always {@link RecordType#ORGANIZATION}. */
  @Override
  public final RecordType getType() {
    return RecordType.ORGANIZATION;
  }

  /** Returns a builder of an organization. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  Organization normalize() {
    return withAcronyms(TextRules.cleanAll("acronyms", getAcronyms()))
        .withCountry(TextRules.clean("country", getCountry()))
        .withAreasServed(TextRules.cleanAll("areasServed", getAreasServed()))
        .withWebsite(TextRules.clean("website", getWebsite()));
  }

  /** Builds an {@link Organization}. Not thread-safe. */
  public static final class Builder extends ImmutableOrganization.Builder implements InstitutionBuilder<Builder> {
    Builder() {}
  }
}
