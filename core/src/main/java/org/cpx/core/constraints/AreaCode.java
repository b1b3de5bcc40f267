package org.cpx.core.constraints;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The annotated string is an area: {@code global}, an assigned country, an ISO 3166-2 subdivision of the form {@code VN-HN}, or a UN M49 geographic region ({@code 142}); otherwise the finding is {@code subdivision.invalid} for a malformed subdivision and {@code country.unknown} for the rest. {@code null} is valid. */
@Documented
@Constraint(validatedBy = {})
@Target({ElementType.METHOD, ElementType.FIELD, ElementType.PARAMETER, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface AreaCode {
  /** The message key: the finding code prefixed by {@code org.cpx.}. */
  String message() default "{org.cpx.country.unknown}";

  /** The validation groups. */
  Class<?>[] groups() default {};

  /** The payload. */
  Class<? extends Payload>[] payload() default {};
}
