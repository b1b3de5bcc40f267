package org.cpx.core;

/**
 * A theme of child protection a record is about (spec §5).
 *
 * <p>An open list: use {@link org.cpx.core.Code} to hold a value, known or not.
 */
public enum Theme {
  /** {@code violenceAgainstChildren}: violence against children. */
  VIOLENCE_AGAINST_CHILDREN,
  /** {@code sexualAbuseAndExploitation}: sexual abuse and exploitation. */
  SEXUAL_ABUSE_AND_EXPLOITATION,
  /** {@code onlineSafety}: children's safety online. */
  ONLINE_SAFETY,
  /** {@code childLabour}: child labour. */
  CHILD_LABOUR,
  /** {@code trafficking}: trafficking. */
  TRAFFICKING,
  /** {@code childMarriage}: child marriage. */
  CHILD_MARRIAGE,
  /** {@code birthRegistration}: birth registration. */
  BIRTH_REGISTRATION,
  /** {@code justiceForChildren}: justice for children. */
  JUSTICE_FOR_CHILDREN,
  /** {@code alternativeCare}: alternative care. */
  ALTERNATIVE_CARE,
  /** {@code childrenInEmergencies}: children in emergencies. */
  CHILDREN_IN_EMERGENCIES,
  /** {@code injuryPrevention}: injury prevention, such as drowning and road accidents. */
  INJURY_PREVENTION,
  /** {@code earlyChildhoodDevelopment}: early childhood development. */
  EARLY_CHILDHOOD_DEVELOPMENT,
  /** {@code childParticipation}: children's participation. */
  CHILD_PARTICIPATION,
  /** {@code mentalHealth}: mental health. */
  MENTAL_HEALTH,
  /** {@code climateAndEnvironment}: climate change and the environment. */
  CLIMATE_AND_ENVIRONMENT,
  /** {@code disability}: disability. */
  DISABILITY,
  /** {@code education}: education. */
  EDUCATION,
  /** {@code health}: health. */
  HEALTH,
  /** {@code nutrition}: nutrition. */
  NUTRITION,
  /** {@code socialProtection}: social protection. */
  SOCIAL_PROTECTION,
  /** {@code childRightsGovernance}: laws, policies and institutions for children's rights. */
  CHILD_RIGHTS_GOVERNANCE,
  /** {@code civilSocietyStrengthening}: strengthening civil society. */
  CIVIL_SOCIETY_STRENGTHENING,
  /** {@code privateSectorEngagement}: engaging businesses. */
  PRIVATE_SECTOR_ENGAGEMENT,
  /** {@code other}: another theme. */
  OTHER
}
