package org.cpx.bench.baseline;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A text's tags are language tags and its texts are not blank: what {@code @Pattern} and {@code
 * @NotBlank} on the type arguments of a map would say — Hibernate Validator does not read them from
 * the supertype of {@link Pojos.Text}, so the baseline declares them as a constraint of its own.
 */
@Target({FIELD, TYPE_USE})
@Retention(RUNTIME)
@Constraint(validatedBy = ValidText.Validator.class)
public @interface ValidText {
  /** The message. */
  String message() default "a text needs language tags and texts that are not blank";

  /** The groups. */
  Class<?>[] groups() default {};

  /** The payload. */
  Class<? extends Payload>[] payload() default {};

  /** Checks every entry of a text. */
  final class Validator implements ConstraintValidator<ValidText, Map<String, String>> {
    private static final Pattern TAG = Pattern.compile(Pojos.LANGUAGE);

    @Override
    public boolean isValid(Map<String, String> text, ConstraintValidatorContext context) {
      if (text == null) {
        return true;
      }
      for (Map.Entry<String, String> entry : text.entrySet()) {
        if (!TAG.matcher(entry.getKey()).matches() || entry.getValue() == null || entry.getValue().isBlank()) {
          return false;
        }
      }
      return true;
    }
  }
}
