package org.ektefaa.platform.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a staff password must be. Length over composition (NIST SP 800-63B): at least 10 characters, not
 * built from the user name, not one character repeated. Returns message keys of the platform bundle.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 128;

    private PasswordPolicy() {
    }

    /** The rules {@code password} breaks for {@code username}; empty when it is acceptable. */
    public static List<String> violations(String username, String password) {
        List<String> keys = new ArrayList<>();
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            keys.add("password.rule.length");
            return keys;
        }
        if (password.length() > MAX_LENGTH) {
            keys.add("password.rule.tooLong");
        }
        if (username != null && !username.isBlank()
                && password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
            keys.add("password.rule.username");
        }
        if (password.codePoints().distinct().count() < 4) {
            keys.add("password.rule.variety");
        }
        return keys;
    }
}
