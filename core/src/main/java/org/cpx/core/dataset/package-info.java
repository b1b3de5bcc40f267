/** A CPX dataset: the records of one publisher, and an index that answers the questions the one-way references do not store. */
@NullMarked
@CpxStyle
package org.cpx.core.dataset;

import org.cpx.core.internal.CpxStyle;
import org.jspecify.annotations.NullMarked;
