/** Implementation details of {@code cpx-core}; no compatibility promise. */
@NullMarked
package org.cpx.core.internal;

import org.jspecify.annotations.NullMarked;
