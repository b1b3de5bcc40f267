/**
 * Test support for CPX users and CPX itself: the seed dataset drawn from the five source documents,
 * and seeded random generators of valid values of every CPX type for property tests.
 */
@NullMarked
package org.cpx.testing;

import org.jspecify.annotations.NullMarked;
