package org.ektefaa.platform.entity;

import org.ektefaa.platform.api.Versioned;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.ektefaa.platform.api.Role;

/** A member of the association's staff who signs in. */
@Entity
@Table(name = "plt_user")
@NamedQuery(name = StaffUser.BY_USERNAME, query = "select u from StaffUser u where u.username = :username")
@NamedQuery(name = StaffUser.ALL, query = "select u from StaffUser u order by u.username")
@NamedQuery(name = StaffUser.COUNT, query = "select count(u) from StaffUser u")
public class StaffUser implements Versioned, java.io.Serializable {

    private static final long serialVersionUID = 1L;

    public static final String BY_USERNAME = "StaffUser.byUsername";
    public static final String ALL = "StaffUser.all";
    public static final String COUNT = "StaffUser.count";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotBlank
    @Size(min = 3, max = 64)
    @Pattern(regexp = "[a-z0-9._-]+", message = "{ektefaa.username.pattern}")
    @Column(nullable = false, unique = true, updatable = false)
    private String username;

    @NotBlank
    @Size(max = 200)
    @Column(name = "display_name", nullable = false)
    private String displayName;

    @Email
    @Size(max = 254)
    private String email;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @NotEmpty(message = "{ektefaa.roles.required}")
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "plt_user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false)
    private Set<Role> roles = new HashSet<>();

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword = true;

    @Pattern(regexp = "ar|en")
    @Column(name = "preferred_language", nullable = false)
    private String preferredLanguage = "ar";

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "last_sign_in_at")
    private Instant lastSignInAt;

    /** Moves on with every password change or reset: sessions signed in with an older generation end. */
    @Column(name = "session_generation", nullable = false)
    private int sessionGeneration;

    /** When a temporary password stops working (none for a password the user chose). */
    @Column(name = "password_expires_at")
    private Instant passwordExpiresAt;

    @Version
    private long version;

    protected StaffUser() {
    }

    public StaffUser(String username, String displayName, String email, Set<Role> roles, String passwordHash,
                     Instant createdAt, Instant passwordExpiresAt) {
        this.passwordExpiresAt = passwordExpiresAt;
        this.username = username;
        this.displayName = displayName;
        this.email = email;
        this.roles = roles.isEmpty() ? new HashSet<>() : EnumSet.copyOf(roles);
        this.passwordHash = passwordHash;
        this.createdAt = createdAt;
    }

    /**
     * An administrator set a temporary password: the user must choose their own at next sign-in, before it
     * expires; every session the account had ends.
     */
    public void resetPassword(String temporaryHash, Instant expiresAt) {
        this.passwordHash = temporaryHash;
        this.mustChangePassword = true;
        this.passwordExpiresAt = expiresAt;
        this.sessionGeneration++;
    }

    /** The user chose their own password; their other sessions end. */
    public void changePassword(String newHash) {
        this.passwordHash = newHash;
        this.mustChangePassword = false;
        this.passwordExpiresAt = null;
        this.sessionGeneration++;
    }

    /** A temporary password that has expired no longer signs in. */
    public boolean passwordExpired(Instant now) {
        return mustChangePassword && passwordExpiresAt != null && !now.isBefore(passwordExpiresAt);
    }

    public void signedIn(Instant at) {
        this.lastSignInAt = at;
    }

    public void update(String displayName, String email, Set<Role> roles, boolean active) {
        this.displayName = displayName;
        this.email = email;
        this.roles = roles.isEmpty() ? new HashSet<>() : EnumSet.copyOf(roles);
        this.active = active;
    }

    public void preferLanguage(String language) {
        this.preferredLanguage = language;
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getEmail() {
        return email;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public Set<Role> getRoles() {
        return Set.copyOf(roles);
    }

    public boolean isActive() {
        return active;
    }

    public boolean isMustChangePassword() {
        return mustChangePassword;
    }

    public String getPreferredLanguage() {
        return preferredLanguage;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getLastSignInAt() {
        return lastSignInAt;
    }

    public int getSessionGeneration() {
        return sessionGeneration;
    }

    public Instant getPasswordExpiresAt() {
        return passwordExpiresAt;
    }

    public long getVersion() {
        return version;
    }
}
