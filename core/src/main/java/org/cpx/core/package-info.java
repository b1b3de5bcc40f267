/**
 * The CPX value types shared by every record: identifiers, multilingual text, partial dates,
 * periods, counts, money, places, contact points, sources and the open code lists.
 *
 * <p>Every type is immutable, never holds {@code null} and is built with {@code of(...)}, {@code
 * parse(...)} or a nested {@code Builder}. Construction rejects only what makes a value meaningless
 * (spec §1 and §6); everything else is a validation finding, so imperfect data can still be read.
 */
@NullMarked
@CpxStyle
package org.cpx.core;

import org.cpx.core.internal.CpxStyle;
import org.jspecify.annotations.NullMarked;
