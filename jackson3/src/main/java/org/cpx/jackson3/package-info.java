/**
 * The CPX wire format for Jackson 3 ({@code tools.jackson}): {@link org.cpx.jackson3.CpxModule}
 * makes any {@code JsonMapper} read and write every CPX value as {@code cpx-json}'s module does for
 * Jackson 2, over the same codec.
 */
@NullMarked
package org.cpx.jackson3;

import org.jspecify.annotations.NullMarked;
