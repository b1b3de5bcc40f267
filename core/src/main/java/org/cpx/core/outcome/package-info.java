/** What events produce: declarations and their articles, recommendations and the responses to them, commitments and their progress. */
@NullMarked
@CpxStyle
package org.cpx.core.outcome;

import org.cpx.core.internal.CpxStyle;
import org.jspecify.annotations.NullMarked;
