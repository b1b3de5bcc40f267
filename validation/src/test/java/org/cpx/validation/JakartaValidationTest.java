package org.cpx.validation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.Set;
import java.util.stream.Collectors;
import org.cpx.core.Id;
import org.cpx.core.LocalizedText;
import org.cpx.core.actor.Organization;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

/** A plain Jakarta Validation user checks CPX values with the constraints declared on the model. */
class JakartaValidationTest {
  @Test
  void aDefaultValidatorChecksAnOrganization() {
    Validator validator = Validation.byDefaultProvider()
        .configure()
        .messageInterpolator(new ParameterMessageInterpolator())
        .buildValidatorFactory()
        .getValidator();
    Organization organization = Organization.builder()
        .id(Id.of("o"))
        .name(LocalizedText.of("en", "UK office"))
        .country("UK")
        .website("https://example.org/")
        .build();
    Set<ConstraintViolation<Organization>> violations = validator.validate(organization);
    assertThat(violations.stream().map(v -> v.getPropertyPath() + " " + v.getMessageTemplate()).collect(Collectors.toSet()))
        .containsExactly("country " + "{org.cpx.country.unknown}");
    assertThat(violations).singleElement().satisfies(violation -> assertThat(violation.getMessage())
        .as("the message comes from ContributorValidationMessages")
        .isEqualTo(FindingMessages.message(org.cpx.core.finding.FindingCode.COUNTRY_UNKNOWN, java.util.Locale.ROOT)));
    assertThat(validator.validate(organization.withCountry("GB"))).isEmpty();
  }
}
