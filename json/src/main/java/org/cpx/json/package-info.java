/**
 * The CPX 1.0 wire format: {@link org.cpx.json.CpxJson} reads and writes dataset documents and
 * record streams, lossless and strict; {@link org.cpx.json.CpxModule} lets any Jackson {@code
 * ObjectMapper} read and write CPX values.
 */
@NullMarked
package org.cpx.json;

import org.jspecify.annotations.NullMarked;
