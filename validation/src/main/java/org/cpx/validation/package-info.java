/**
 * Validation of CPX data against every rule of the format (spec §6): the frozen code lists the
 * rules check values against, and the messages of every finding code in English and Vietnamese.
 */
@NullMarked
package org.cpx.validation;

import org.jspecify.annotations.NullMarked;
