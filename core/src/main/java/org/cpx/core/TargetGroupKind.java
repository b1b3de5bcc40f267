package org.cpx.core;

/**
 * The group of people a {@link TargetGroup} names.
 *
 * <p>An open list: use {@link org.cpx.core.Code} to hold a value, known or not.
 */
public enum TargetGroupKind {
  /** {@code allChildren}: all children. */
  ALL_CHILDREN,
  /** {@code earlyChildhood}: young children, in their early years. */
  EARLY_CHILDHOOD,
  /** {@code adolescents}: adolescents. */
  ADOLESCENTS,
  /** {@code girls}: girls. */
  GIRLS,
  /** {@code boys}: boys. */
  BOYS,
  /** {@code childrenWithDisabilities}: children with disabilities. */
  CHILDREN_WITH_DISABILITIES,
  /** {@code ethnicMinorityChildren}: children of ethnic minorities. */
  ETHNIC_MINORITY_CHILDREN,
  /** {@code childrenWithoutParentalCare}: children without parental care, such as orphans. */
  CHILDREN_WITHOUT_PARENTAL_CARE,
  /** {@code childrenOnTheMove}: migrant and displaced children. */
  CHILDREN_ON_THE_MOVE,
  /** {@code childrenInConflictWithTheLaw}: children in conflict with the law. */
  CHILDREN_IN_CONFLICT_WITH_THE_LAW,
  /** {@code childVictims}: child victims of abuse, violence or crime. */
  CHILD_VICTIMS,
  /** {@code parentsAndCaregivers}: parents and caregivers. */
  PARENTS_AND_CAREGIVERS,
  /** {@code professionals}: professionals working with children. */
  PROFESSIONALS,
  /** {@code other}: another group. */
  OTHER
}
