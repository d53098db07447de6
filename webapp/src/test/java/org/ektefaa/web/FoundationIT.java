package org.ektefaa.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.ektefaa.platform.api.AssociationProfile;
import org.ektefaa.platform.api.ContactChannel;
import org.ektefaa.platform.api.Role;
import org.ektefaa.platform.api.RuleViolation;
import org.ektefaa.platform.boundary.AuditLog;
import org.ektefaa.platform.boundary.Settings;
import org.ektefaa.platform.boundary.StaffUsers;
import org.ektefaa.platform.control.LoginThrottle;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The foundation inside Payara Micro against MariaDB: every module's migrations, sign-in through the
 * identity store (seeded administrator, throttling), the association profile with optimistic locking,
 * and a CDI event fired in the platform module and observed in the webapp module.
 */
@ExtendWith({ArquillianExtension.class, AsSystem.class})
class FoundationIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.testable().addClass(FoundationIT.class);
    }

    @Resource(lookup = DatabaseMigration.DATASOURCE)
    DataSource dataSource;

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    StaffUsers users;

    @Inject
    Settings settings;

    @Inject
    Shell shell;

    @Inject
    AuditLog auditLog;

    @Test
    void runsOnMariaDbWithEveryModulesHistoryTable() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            assertThat(c.getMetaData().getDatabaseProductVersion()).containsIgnoringCase("mariadb");
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = c.getMetaData().getTables(c.getCatalog(), null, "%_schema_history", null)) {
                while (rs.next()) {
                    tables.add(rs.getString("TABLE_NAME").toLowerCase());
                }
            }
            assertThat(tables).contains("plt_schema_history", "ben_schema_history", "req_schema_history",
                    "sat_schema_history", "vol_schema_history", "rep_schema_history");
            try (ResultSet rs = c.createStatement().executeQuery(
                    "select version, success from plt_schema_history where version = '1'")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getBoolean("success")).isTrue();
            }
        }
    }

    @Test
    void theSeededAdministratorSignsInWithTheConfiguredPassword() {
        CredentialValidationResult result = identityStores.validate(new UsernamePasswordCredential(
                StaffUsers.FIRST_ADMIN, System.getenv("EKTEFAA_ADMIN_PASSWORD")));
        assertThat(result.getStatus()).isEqualTo(CredentialValidationResult.Status.VALID);
        assertThat(result.getCallerGroups()).containsExactly(Role.ADMIN_NAME);
        assertThat(users.find(StaffUsers.FIRST_ADMIN).orElseThrow().isMustChangePassword()).isTrue();
    }

    @Test
    void aNewAccountSignsInWithItsTemporaryPasswordAndItsRoles() {
        String temporary = users.create("reception1", "موظف الاستقبال", null,
                EnumSet.of(Role.RELATIONS_OFFICER));
        CredentialValidationResult result = identityStores.validate(
                new UsernamePasswordCredential("Reception1", temporary));
        assertThat(result.getStatus()).isEqualTo(CredentialValidationResult.Status.VALID);
        assertThat(result.getCallerPrincipal().getName()).isEqualTo("reception1");
        assertThat(result.getCallerGroups()).containsExactly(Role.RELATIONS_OFFICER_NAME);
        assertThat(identityStores.validate(new UsernamePasswordCredential("reception1", "not the password"))
                .getStatus()).isEqualTo(CredentialValidationResult.Status.INVALID);
    }

    @Test
    void repeatedFailuresBlockEvenTheRightPasswordForAWhile() {
        String temporary = users.create("guessed", "Guessed", null, EnumSet.of(Role.BOARD_MEMBER));
        for (int i = 0; i < LoginThrottle.MAX_FAILURES_PER_USER; i++) {
            identityStores.validate(new UsernamePasswordCredential("guessed", "wrong-" + i));
        }
        assertThat(identityStores.validate(new UsernamePasswordCredential("guessed", temporary)).getStatus())
                .isEqualTo(CredentialValidationResult.Status.INVALID);
    }

    @Test
    void aDeactivatedAccountCannotSignIn() {
        String temporary = users.create("leaver", "Leaver", null, EnumSet.of(Role.EXECUTIVE));
        var leaver = users.find("leaver").orElseThrow();
        users.update(leaver.getId(), leaver.getVersion(), "Leaver", null, EnumSet.of(Role.EXECUTIVE), false);
        assertThat(identityStores.validate(new UsernamePasswordCredential("leaver", temporary)).getStatus())
                .isEqualTo(CredentialValidationResult.Status.INVALID);
    }

    @Test
    void theLastActiveAdministratorCannotBeRemoved() {
        var admin = users.find(StaffUsers.FIRST_ADMIN).orElseThrow();
        assertThatThrownBy(() -> users.update(admin.getId(), admin.getVersion(), "Administrator", null,
                EnumSet.of(Role.EXECUTIVE), true))
                .isInstanceOf(RuleViolation.class).hasMessage("users.error.lastAdmin");
        assertThat(users.find(StaffUsers.FIRST_ADMIN).orElseThrow().getRoles()).contains(Role.ADMIN);
    }

    @Test
    void aProfileChangeInThePlatformReachesTheShellOfTheWebappThroughAnEvent() {
        AssociationProfile before = shell.getProfile(); // the shell now holds the profile it shows
        Settings.Editable editable = settings.editable();
        AssociationProfile edited = new AssociationProfile("جمعية الاختبار", "Test Association",
                before.boardChairAr(), before.boardChairEn(), before.policyApprovalReference(), 10,
                EnumSet.of(ContactChannel.PHONE_CALL, ContactChannel.WEBSITE), before.hasLogo());
        settings.save(edited, editable.version());

        assertThat(shell.getProfile().nameEn()).isEqualTo("Test Association");
        assertThat(shell.getProfile().decisionPeriodDays()).isEqualTo(10);
        assertThat(shell.getProfile().enabledChannels())
                .containsExactlyInAnyOrder(ContactChannel.PHONE_CALL, ContactChannel.WEBSITE);
        assertThat(auditLog.about("AssociationProfile", "1")).extracting(e -> e.getAction()).contains("PROFILE_CHANGED");
    }

    @Test
    void aStaleEditOfTheProfileIsRefusedAndLosesNothing() {
        Settings.Editable first = settings.editable();
        AssociationProfile mine = withName(first.profile(), "First editor");
        AssociationProfile theirs = withName(first.profile(), "Second editor");
        settings.save(mine, first.version());
        assertThatThrownBy(() -> settings.save(theirs, first.version()))
                .isInstanceOf(OptimisticLockException.class);
        assertThat(settings.profile().nameEn()).isEqualTo("First editor");
    }

    @Test
    void theDecisionPeriodStaysWithinItsBounds() {
        Settings.Editable current = settings.editable();
        AssociationProfile p = current.profile();
        AssociationProfile tooLong = new AssociationProfile(p.nameAr(), p.nameEn(), p.boardChairAr(), p.boardChairEn(),
                p.policyApprovalReference(), 400, p.enabledChannels(), p.hasLogo());
        assertThatThrownBy(() -> settings.save(tooLong, current.version()))
                .isInstanceOf(RuleViolation.class).hasMessage("settings.error.decisionDays");
        AssociationProfile noChannel = new AssociationProfile(p.nameAr(), p.nameEn(), p.boardChairAr(),
                p.boardChairEn(), p.policyApprovalReference(), 14, Set.of(), p.hasLogo());
        assertThatThrownBy(() -> settings.save(noChannel, current.version()))
                .isInstanceOf(RuleViolation.class).hasMessage("settings.error.noChannel");
    }

    @Test
    void theLogoMustBeAPngOrJpegAndReachesTheShell() {
        byte[] svg = "<svg xmlns='http://www.w3.org/2000/svg' onload='alert(1)'/>".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertThatThrownBy(() -> settings.replaceLogo(svg)).isInstanceOf(RuleViolation.class)
                .hasMessage("settings.error.logoType");
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0};
        settings.replaceLogo(png);
        assertThat(settings.logo()).hasValueSatisfying(logo -> assertThat(logo.contentType()).isEqualTo("image/png"));
        assertThat(shell.getProfile().hasLogo()).isTrue();
        assertThatThrownBy(() -> settings.replaceLogo(new byte[Settings.MAX_LOGO_BYTES + 1]))
                .hasMessage("settings.error.logoSize");
    }

    private static AssociationProfile withName(AssociationProfile p, String nameEn) {
        return new AssociationProfile(p.nameAr(), nameEn, p.boardChairAr(), p.boardChairEn(),
                p.policyApprovalReference(), p.decisionPeriodDays(), p.enabledChannels(), p.hasLogo());
    }
}
