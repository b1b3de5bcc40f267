package org.cpx.validation.internal;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.cpx.core.CpxRecord;
import org.cpx.core.finding.Finding;
import org.cpx.core.finding.FindingCode;
import org.cpx.core.model.CpxModel;
import org.cpx.core.model.Member;
import org.cpx.core.model.ObjectType;
import org.cpx.validation.FindingMessages;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * The Jakarta constraints of a record as a Jakarta Validation user finds them: checked by Hibernate
 * Validator over the annotations of the model, the property path of each violation written as a
 * JSON Pointer through the model's description. The oracle the validator's own constraint checks
 * agree with.
 */
final class HibernateConstraints {
  private static final Validator VALIDATOR = Validation.byProvider(HibernateValidator.class)
      .configure()
      .messageInterpolator(new ParameterMessageInterpolator())
      .buildValidatorFactory()
      .getValidator();

  private HibernateConstraints() {}

  /** The findings of the constraints of {@code record}, found at {@code path}. */
  static List<Finding> check(CpxRecord record, String path) {
    List<Finding> findings = new ArrayList<>();
    for (ConstraintViolation<CpxRecord> violation : VALIDATOR.validate(record)) {
      Optional<FindingCode> code = code(violation.getMessageTemplate());
      if (code.isEmpty()) {
        continue;
      }
      findings.add(Finding.builder()
          .code(code.get())
          .path(path + pointer(CpxModel.typeOf(record), violation.getPropertyPath()))
          .recordId(record.getId().getValue())
          .message(FindingMessages.message(code.get(), Locale.ROOT))
          .build());
    }
    return findings;
  }

  /** The finding code of a message template {@code {org.cpx.<code>}}. */
  static Optional<FindingCode> code(String template) {
    String prefix = "{org.cpx.";
    if (!template.startsWith(prefix) || !template.endsWith("}")) {
      return Optional.empty();
    }
    return FindingCode.fromCode(template.substring(prefix.length(), template.length() - 1));
  }

  /**
   * The JSON Pointer of a property path from a value of {@code root}: list indexes, and the wire
   * name of each member the description gives for a property; container elements are left out.
   */
  static String pointer(ObjectType<?> root, Path path) {
    StringBuilder pointer = new StringBuilder();
    ObjectType<?> type = root;
    for (Path.Node node : path) {
      if (node.isInIterable() && node.getIndex() != null) {
        pointer.append('/').append(node.getIndex());
      }
      String property = node.getName();
      if (property != null && !property.startsWith("<")) {
        ObjectType<?> owner = type;
        Member<?, ?> member = owner.member(property)
            .orElseThrow(() -> new IllegalStateException(property + " is not a member of " + owner));
        pointer.append('/').append(member.name().replace("~", "~0").replace("/", "~1"));
        type = member.kind().objectType().orElse(type);
      }
    }
    return pointer.toString();
  }
}
