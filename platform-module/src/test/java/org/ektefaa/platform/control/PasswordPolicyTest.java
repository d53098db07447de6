package org.ektefaa.platform.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @Test
    void acceptsALongPassphrase() {
        assertThat(PasswordPolicy.violations("sara", "olive tree by the well")).isEmpty();
    }

    @Test
    void refusesShortPasswordsCountingCharactersNotBytes() {
        assertThat(PasswordPolicy.violations("sara", "short1")).containsExactly("password.rule.length");
        // Ten Arabic letters are ten characters, not twenty bytes.
        assertThat(PasswordPolicy.violations("sara", "كلمةمرورطو")).isEmpty();
        assertThat(PasswordPolicy.violations("sara", "كلمةمرور")).containsExactly("password.rule.length");
    }

    @Test
    void refusesPasswordsBuiltOnTheUserName() {
        assertThat(PasswordPolicy.violations("sara", "Sara2024!!xyz")).contains("password.rule.username");
    }

    @Test
    void refusesRepetition() {
        assertThat(PasswordPolicy.violations("sara", "aaaaaaaaaaaa")).containsExactly("password.rule.variety");
    }

    @Test
    void refusesAbsurdLength() {
        assertThat(PasswordPolicy.violations("sara", "ab1-".repeat(40))).contains("password.rule.tooLong");
    }

    @Test
    void refusesNothingAtAll() {
        assertThat(PasswordPolicy.violations("sara", null)).containsExactly("password.rule.length");
    }
}
