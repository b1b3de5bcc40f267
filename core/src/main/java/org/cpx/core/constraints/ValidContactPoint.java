package org.cpx.core.constraints;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The annotated value is a contact point whose value fits its kind — a possible phone number, a hotline or short code, an e-mail address, a URL; otherwise the finding is {@code contact.invalid}, or the warning {@code contact.unverified} for a possible but not valid number. {@code null} is valid. */
@Documented
@Constraint(validatedBy = {})
@Target({ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface ValidContactPoint {
  /** The message key: the finding code prefixed by {@code org.cpx.}. */
  String message() default "{org.cpx.contact.invalid}";

  /** The validation groups. */
  Class<?>[] groups() default {};

  /** The payload. */
  Class<? extends Payload>[] payload() default {};
}
