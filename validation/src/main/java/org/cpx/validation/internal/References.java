package org.cpx.validation.internal;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.cpx.core.Extensible;
import org.cpx.core.model.CpxModel;
import org.cpx.core.model.Kind;
import org.cpx.core.model.Member;
import org.cpx.core.model.ObjectType;

/**
 * The members of each type of the model that hold references, by its description: those whose
 * values are ids naming the record types they may point at, and those whose nested objects hold
 * such members. A record's references are found by walking these alone.
 */
final class References {
  private static final Map<ObjectType<?>, List<? extends Member<?, ?>>> MEMBERS = new IdentityHashMap<>();

  static {
    for (ObjectType<?> type : CpxModel.types()) {
      holding(type);
    }
  }

  private References() {}

  /** The members of {@code type} that are or hold references, in the order of the format. */
  @SuppressWarnings("unchecked")
  static <T extends Extensible> List<Member<T, ?>> of(ObjectType<T> type) {
    return (List<Member<T, ?>>) MEMBERS.get(type);
  }

  private static <T extends Extensible> List<Member<T, ?>> holding(ObjectType<T> type) {
    @SuppressWarnings("unchecked")
    List<Member<T, ?>> known = (List<Member<T, ?>>) MEMBERS.get(type);
    if (known != null) {
      return known;
    }
    List<Member<T, ?>> members = type.members().stream().filter(References::holdsReferences).toList();
    MEMBERS.put(type, members);
    return members;
  }

  private static boolean holdsReferences(Member<?, ?> member) {
    Kind<?> kind = member.kind();
    return !kind.targets().isEmpty()
        || kind.form() == Kind.Form.OBJECT && !holding(kind.objectType().orElseThrow()).isEmpty();
  }
}
