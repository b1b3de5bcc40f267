package org.cpx.validation;

import org.cpx.core.finding.Finding;

/**
 * Receives findings one at a time, as validation finds them and in the order of spec §6, so that a
 * document with any number of findings is reported in constant memory.
 *
 * <pre>{@code
 * ValidationReport summary = validator.validateStream(in, finding -> out.println(finding));
 * }</pre>
 */
@FunctionalInterface
public interface FindingListener {
  /** Receives the next finding, its message in the validator's language. */
  void found(Finding finding);
}
