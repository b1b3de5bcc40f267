package org.cpx.core;

import java.util.Map;

/**
 * The setters every record's builder has, for code that builds records of any type.
 *
 * @param <B> the builder's own type
 */
public interface RecordBuilder<B extends RecordBuilder<B>> {
  /** Sets the record's identifier. */
  B id(Id id);

  /** Sets the record's description. */
  B description(LocalizedText description);

  /** Sets the legal provisions the record rests on or cites. */
  B references(Iterable<? extends LegalReference> references);

  /** Sets the documents the record produced or attached. */
  B documents(Iterable<? extends Document> documents);

  /** Sets who the record may be passed on to. */
  B access(Code<Access> access);

  /** Sets where the record's facts came from. */
  B sources(Iterable<? extends Source> sources);

  /** Sets the members this version does not know, name to JSON text, in order. */
  B unknownMembers(Map<String, ? extends String> unknownMembers);

  /**
   * Builds the record.
   *
   * @throws IllegalArgumentException if a required member is missing or a value is meaningless
   */
  CpxRecord build();
}
