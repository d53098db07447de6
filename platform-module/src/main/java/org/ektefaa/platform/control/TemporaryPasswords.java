package org.ektefaa.platform.control;

import java.security.SecureRandom;

/**
 * Random temporary passwords for new accounts and resets: 16 characters from an alphabet without
 * look-alikes (no 0/O, 1/l/I), about 90 bits. The user must replace it at first sign-in.
 */
public final class TemporaryPasswords {

    private static final char[] ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private TemporaryPasswords() {
    }

    public static String next() {
        char[] chars = new char[16];
        for (int i = 0; i < chars.length; i++) {
            chars[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
        }
        return new String(chars);
    }
}
