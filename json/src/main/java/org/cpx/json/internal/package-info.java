/** Implementation details of {@code cpx-json}; no compatibility promise. */
@NullMarked
package org.cpx.json.internal;

import org.jspecify.annotations.NullMarked;
