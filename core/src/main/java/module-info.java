/**
 * The CPX model: records, their value types, datasets and findings. A named module so that the
 * record types can be a closed family ({@link org.cpx.core.CpxRecord} is sealed); on the class
 * path it reads as before.
 */
module org.cpx.core {
  requires transitive jakarta.validation;
  requires static transitive org.jspecify;
  requires static transitive org.immutables.value.annotations;
  requires static transitive java.compiler;

  exports org.cpx.core;
  exports org.cpx.core.actor;
  exports org.cpx.core.constraints;
  exports org.cpx.core.dataset;
  exports org.cpx.core.event;
  exports org.cpx.core.finding;
  exports org.cpx.core.internal;
  exports org.cpx.core.model;
  exports org.cpx.core.outcome;
}
