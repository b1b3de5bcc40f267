package org.cpx.core;

import java.util.Optional;

/** The seven record types of CPX 1.0, in the order of the dataset arrays. */
public enum RecordType {
  /** An {@code organization}, in {@code organizations}. */
  ORGANIZATION("organization", "organizations"),
  /** A {@code network}, in {@code networks}. */
  NETWORK("network", "networks"),
  /** A {@code person}, in {@code persons}. */
  PERSON("person", "persons"),
  /** An {@code event}, in {@code events}. */
  EVENT("event", "events"),
  /** A {@code declaration}, in {@code declarations}. */
  DECLARATION("declaration", "declarations"),
  /** A {@code recommendation}, in {@code recommendations}. */
  RECOMMENDATION("recommendation", "recommendations"),
  /** A {@code commitment}, in {@code commitments}. */
  COMMITMENT("commitment", "commitments");

  private final String code;
  private final String arrayName;

  RecordType(String code, String arrayName) {
    this.code = code;
    this.arrayName = arrayName;
  }

  /** The value of the record's {@code type} member. */
  public String getCode() {
    return code;
  }

  /** The name of the dataset array holding records of this type. */
  public String getArrayName() {
    return arrayName;
  }

  /** The record type whose {@code type} member is {@code code}, if this version knows it. */
  public static Optional<RecordType> fromCode(String code) {
    for (RecordType type : values()) {
      if (type.code.equals(code)) {
        return Optional.of(type);
      }
    }
    return Optional.empty();
  }
}
