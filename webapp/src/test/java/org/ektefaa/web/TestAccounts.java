package org.ektefaa.web;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Staff accounts for browser tests, written straight into the test database in the identity store's own
 * hash format ({@code PBKDF2WithHmacSHA256:iterations:salt:hash}), so that a journey does not depend on
 * what another test class did to the administrator.
 */
final class TestAccounts {

    private TestAccounts() {
    }

    /** The account exactly as given, whatever an earlier run left of it (roles taken away, deactivated...). */
    static void fresh(String username, String password, String... roles) throws Exception {
        try (Connection c = DriverManager.getConnection(System.getProperty("ektefaa.test.db.url"),
                System.getProperty("ektefaa.test.db.user"), System.getProperty("ektefaa.test.db.password"));
             PreparedStatement delete = c.prepareStatement("delete from plt_user where username = ?")) {
            delete.setString(1, username);
            delete.executeUpdate();
        }
        ensure(username, password, roles);
    }

    static void ensure(String username, String password, String... roles) throws Exception {
        try (Connection c = DriverManager.getConnection(System.getProperty("ektefaa.test.db.url"),
                System.getProperty("ektefaa.test.db.user"), System.getProperty("ektefaa.test.db.password"))) {
            try (PreparedStatement find = c.prepareStatement("select id from plt_user where username = ?")) {
                find.setString(1, username);
                try (ResultSet rs = find.executeQuery()) {
                    if (rs.next()) {
                        return;
                    }
                }
            }
            try (PreparedStatement insert = c.prepareStatement("insert into plt_user (username, display_name,"
                    + " password_hash, active, must_change_password, preferred_language, created_at, version)"
                    + " values (?, ?, ?, true, false, 'ar', current_timestamp(6), 0)")) {
                insert.setString(1, username);
                insert.setString(2, username);
                insert.setString(3, hash(password));
                insert.executeUpdate();
            }
            for (String role : roles) {
                try (PreparedStatement grant = c.prepareStatement("insert into plt_user_role (user_id, role)"
                        + " select id, ? from plt_user where username = ?")) {
                    grant.setString(1, role);
                    grant.setString(2, username);
                    grant.executeUpdate();
                }
            }
        }
    }

    private static String hash(String password) throws Exception {
        byte[] salt = new byte[32];
        new SecureRandom().nextBytes(salt);
        int iterations = 210_000;
        byte[] key = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                .generateSecret(new PBEKeySpec(password.toCharArray(), salt, iterations, 256)).getEncoded();
        return "PBKDF2WithHmacSHA256:" + iterations + ":" + Base64.getEncoder().encodeToString(salt) + ":"
                + Base64.getEncoder().encodeToString(key);
    }
}
