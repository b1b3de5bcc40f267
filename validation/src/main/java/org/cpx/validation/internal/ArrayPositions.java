package org.cpx.validation.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.cpx.core.RecordType;
import org.cpx.core.dataset.Dataset;
import org.cpx.core.dataset.UnreadableRecord;

/**
 * Where each typed record of a dataset stood in its array as read: unreadable records keep their
 * places, so a typed record's index in the document can be larger than in its list.
 */
final class ArrayPositions {
  private final Map<RecordType, int[]> positions = new EnumMap<>(RecordType.class);

  ArrayPositions(Dataset dataset) {
    for (RecordType type : RecordType.values()) {
      List<Integer> taken = new ArrayList<>();
      for (UnreadableRecord record : dataset.getUnreadableRecords()) {
        if (record.getType() == type) {
          taken.add(record.getPosition());
        }
      }
      int size = dataset.records(type).size();
      int[] typed = new int[size];
      int position = 0;
      for (int i = 0; i < size; i++) {
        while (taken.contains(position)) {
          position++;
        }
        typed[i] = position++;
      }
      positions.put(type, typed);
    }
  }

  /** The JSON Pointer of the record at {@code index} of the typed list of {@code type}. */
  String pointer(RecordType type, int index) {
    return "/" + type.getArrayName() + "/" + positions.get(type)[index];
  }
}
