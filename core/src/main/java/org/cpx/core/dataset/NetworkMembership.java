package org.cpx.core.dataset;

import org.cpx.core.actor.Membership;
import org.cpx.core.actor.Network;

/**
 * A membership found through a dataset's index, with the network it belongs to.
 *
 * @param network the network that lists the membership
 * @param membership the membership
 */
public record NetworkMembership(Network network, Membership membership) {}
