/** Implementation details of {@code cpx-validation}; no compatibility promise. */
@NullMarked
package org.cpx.validation.internal;

import org.jspecify.annotations.NullMarked;
