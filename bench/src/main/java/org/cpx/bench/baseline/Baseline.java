package org.cpx.bench.baseline;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Set;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Plain Jackson databind and Hibernate Validator on {@link Pojos}, configured the way a developer
 * would: one mapper and one validator, built once. Unknown members fail the read, so the POJOs are
 * known to mirror every member of the data.
 */
public final class Baseline {
  private final ObjectReader reader;
  private final ObjectWriter writer;
  private final Validator validator;

  /** Builds the mapper and the validator. */
  public Baseline() {
    ObjectMapper mapper = new ObjectMapper()
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .setDefaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_EMPTY, JsonInclude.Include.NON_EMPTY));
    this.reader = mapper.readerFor(Pojos.Dataset.class);
    this.writer = mapper.writerFor(Pojos.Dataset.class);
    this.validator = Validation.byDefaultProvider().configure()
        .messageInterpolator(new ParameterMessageInterpolator())
        .buildValidatorFactory().getValidator();
  }

  /** Reads a dataset document into POJOs. */
  public Pojos.Dataset decode(byte[] document) {
    try {
      return reader.readValue(document);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Checks every record of {@code dataset}; returns the number of violations. */
  public int validate(Pojos.Dataset dataset) {
    int violations = 0;
    for (Pojos.Record record : dataset.records()) {
      Set<ConstraintViolation<Pojos.Record>> found = validator.validate(record);
      violations += found.size();
    }
    return violations;
  }

  /** Writes {@code dataset} as JSON. */
  public byte[] encode(Pojos.Dataset dataset) {
    try {
      return writer.writeValueAsBytes(dataset);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
