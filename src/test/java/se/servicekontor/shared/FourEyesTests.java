package se.servicekontor.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FourEyesTests {

    @Test
    void theSameUserNameInAnotherCaseOrWithSpacesIsTheSamePerson() {
        assertThat(FourEyes.samePerson("eko1", "eko1")).isTrue();
        assertThat(FourEyes.samePerson("Eko1", " eko1 ")).isTrue();
    }

    @Test
    void differentOrMissingNamesAreNotTheSamePerson() {
        assertThat(FourEyes.samePerson("eko1", "eko2")).isFalse();
        assertThat(FourEyes.samePerson(null, "eko2")).isFalse();
        assertThat(FourEyes.samePerson("", "")).isFalse();
        assertThat(FourEyes.samePerson(null, null)).isFalse();
    }
}
