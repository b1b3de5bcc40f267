/**
 * Findings: the problems a reader or a validator reports, each with a stable code (spec §6), a
 * severity and a JSON Pointer into the document as read.
 */
@NullMarked
@CpxStyle
package org.cpx.core.finding;

import org.cpx.core.internal.CpxStyle;
import org.jspecify.annotations.NullMarked;
