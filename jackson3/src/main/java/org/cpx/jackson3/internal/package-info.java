/** Jackson 3's parsers and generators adapted to the token source and sink of {@code cpx-json}'s codec; not API. */
@NullMarked
package org.cpx.jackson3.internal;

import org.jspecify.annotations.NullMarked;
