/** The {@code cpx} command: validate, convert and describe CPX files (spec §7). */
@NullMarked
package org.cpx.cli;

import org.jspecify.annotations.NullMarked;
