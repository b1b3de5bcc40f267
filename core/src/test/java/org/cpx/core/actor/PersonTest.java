package org.cpx.core.actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.text.Normalizer;
import org.cpx.core.Access;
import org.cpx.core.Code;
import org.cpx.core.Id;
import org.cpx.core.RecordType;
import org.junit.jupiter.api.Test;

class PersonTest {
  @Test
  void namesAreCleanedByTheTextRules() {
    String nfd = Normalizer.normalize("Đặng Hoa Nam", Normalizer.Form.NFD);
    Person person = Person.builder().id(Id.of("seed:dang-hoa-nam")).name("  " + nfd + " ").build();
    assertThat(person.getName()).isEqualTo("Đặng Hoa Nam");
    assertThat(person).isEqualTo(Person.builder().id(Id.of("seed:dang-hoa-nam")).name("Đặng Hoa Nam").build());
  }

  @Test
  void rejectsAnEmptyNameOrAlternateName() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Person.builder().id(Id.of("p")).name("\u3000").build())
        .withMessage("name: text is empty after trimming white space");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Person.builder().id(Id.of("p")).name("A").addAlternateNames("B", " ").build())
        .withMessage("alternateNames[1]: text is empty after trimming white space");
  }

  @Test
  void requiresAnIdAndAName() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Person.builder().build())
        .withMessage("Cannot build Person, some of required attributes are not set [id, name]");
  }

  @Test
  void isPublicUnlessItsAccessSaysOtherwise() {
    Person person = Person.builder().id(Id.of("p")).name("A").build();
    assertThat(person.getType()).isEqualTo(RecordType.PERSON);
    assertThat(person.isPublic()).isTrue();
    assertThat(person.withAccess(Code.of(Access.PUBLIC)).isPublic()).isTrue();
    assertThat(person.withAccess(Code.of(Access.PARTNERS)).isPublic()).isFalse();
    assertThat(person.withAccess(Code.parse(Access.class, "embargoed")).isPublic()).isFalse();
  }
}
