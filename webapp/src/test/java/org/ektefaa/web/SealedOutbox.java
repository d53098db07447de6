package org.ektefaa.web;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.ektefaa.platform.kernel.FieldProtection;

/**
 * The texts of messages waiting in the outbox, opened with the field key the tests give the server
 * ({@code EKTEFAA_FIELD_KEY} in the build): the database holds them sealed, and drops them once sent.
 */
final class SealedOutbox {

    private SealedOutbox() {
    }

    static FieldProtection protection() {
        return new FieldProtection(Base64.getDecoder().decode(System.getProperty("ektefaa.test.field-key")));
    }

    /** The waiting texts about a reference (a tracking number, a volunteer's reference), oldest first. */
    static List<String> texts(Connection c, String reference) throws SQLException {
        return texts(c, "select body from plt_outbox where reference = ? and body is not null order by id", reference);
    }

    static List<String> texts(Connection c, String sql, String... parameters) throws SQLException {
        FieldProtection protection = protection();
        List<String> texts = new ArrayList<>();
        try (PreparedStatement query = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setString(i + 1, parameters[i]);
            }
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    String stored = rs.getString(1);
                    texts.add(stored != null && stored.startsWith("v2:") ? protection.decrypt(stored) : stored);
                }
            }
        }
        return texts;
    }
}
