/** Who works for children: organizations, networks with their memberships and governing documents, and the public persons who act for them. */
@NullMarked
@CpxStyle
package org.cpx.core.actor;

import org.cpx.core.internal.CpxStyle;
import org.jspecify.annotations.NullMarked;
