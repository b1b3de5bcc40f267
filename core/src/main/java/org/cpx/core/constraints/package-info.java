/**
 * Jakarta Validation constraints for the rules of spec §6 that one value or object can check, declared
 * on the model so that any Jakarta Validation user — a Spring {@code @Valid} on a CPX type — checks
 * them. Their validators are in {@code cpx-validation}, found through {@code META-INF/services}: put
 * it on the class path when validating CPX values. Each message key is the finding code prefixed by
 * {@code org.cpx.}.
 */
@NullMarked
package org.cpx.core.constraints;

import org.jspecify.annotations.NullMarked;
