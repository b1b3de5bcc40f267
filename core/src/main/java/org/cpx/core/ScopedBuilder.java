package org.cpx.core;

/**
 * The setters of the records that say whom and where they address.
 *
 * @param <B> the builder's own type
 */
public interface ScopedBuilder<B extends ScopedBuilder<B>> extends RecordBuilder<B> {
  /** Sets the people it is for. */
  B targetGroups(Iterable<? extends TargetGroup> targetGroups);

  /** Sets where it applies. */
  B coverage(Iterable<String> coverage);

  /** Sets the themes it is about. */
  B themes(Codes<Theme> themes);

  /** Sets the Sustainable Development Goal targets it serves. */
  B sdgTargets(Iterable<String> sdgTargets);
}
