/** Events: summits, conferences, roundtable dialogues, trainings, campaigns and their sessions, with who took part and how many attended. */
@NullMarked
@CpxStyle
package org.cpx.core.event;

import org.cpx.core.internal.CpxStyle;
import org.jspecify.annotations.NullMarked;
