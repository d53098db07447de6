package org.ektefaa.beneficiaries.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.ektefaa.beneficiaries.entity.Enums.SignatureMethod;
import org.ektefaa.platform.api.RuleViolation;
import org.junit.jupiter.api.Test;

class BeneficiaryTest {

    @Test
    void aFileWithGapsBecomesIncompleteAndNamesThem() {
        Beneficiary file = Files.complete("WIDOWS");
        assertThat(file.submit(List.of("verify.IDENTITY", "declaration"), "reception1", Files.NOW)).isFalse();
        assertThat(file.getStatus()).isEqualTo(FileStatus.INCOMPLETE);
        assertThat(file.getHistory().get(file.getHistory().size() - 1).getNote()).isEqualTo("verify.IDENTITY, declaration");
    }

    @Test
    void aCompleteFileIsSubmittedThenRegisteredWithANumber() {
        Beneficiary file = Files.complete("WIDOWS");
        assertThat(file.submit(List.of(), "reception1", Files.NOW)).isTrue();
        assertThat(file.getStatus()).isEqualTo(FileStatus.SUBMITTED);
        file.underDecision("1447-000001", Files.NOW);
        assertThat(file.getStatus()).isEqualTo(FileStatus.UNDER_DECISION);
        file.decide(true, "eligible", "B-000001", "executive1", Files.NOW);
        assertThat(file.getStatus()).isEqualTo(FileStatus.REGISTERED);
        assertThat(file.getBeneficiaryNumber()).isEqualTo("B-000001");
    }

    @Test
    void aRefusalIsRecordedWithItsReasonAndTheFileCanBeCompletedAgain() {
        Beneficiary file = Files.complete("WIDOWS");
        file.submit(List.of(), "reception1", Files.NOW);
        file.decide(false, "income above the threshold", null, "executive1", Files.NOW);
        assertThat(file.getStatus()).isEqualTo(FileStatus.REJECTED);
        assertThat(file.getDecisionReason()).isEqualTo("income above the threshold");
        assertThat(file.getBeneficiaryNumber()).isNull();
        assertThat(file.getStatus().isOpenForEditing()).isTrue();
    }

    @Test
    void onlyASubmittedFileCanBeDecided() {
        Beneficiary file = Files.complete("WIDOWS");
        assertThatThrownBy(() -> file.decide(true, null, "B-1", "executive1", Files.NOW))
                .isInstanceOf(RuleViolation.class).hasMessage("file.error.notAwaitingDecision");
    }

    @Test
    void afterSigningTheDataChangesOnlyThroughARecordedCorrection() {
        Beneficiary file = Files.complete("WIDOWS");
        file.sign("DECL-1", SignatureMethod.TYPED, "فاطمة محمد علي القحطاني", null, "reception1", Files.NOW);
        file.submit(List.of(), "reception1", Files.NOW);
        Beneficiary.Details same = detailsOf(Files.complete("WIDOWS"));
        assertThatThrownBy(() -> file.describe(same, " ", "reception1", Files.NOW))
                .isInstanceOf(RuleViolation.class).hasMessage("file.error.correctionReason");
        file.describe(same, "district corrected from the lease", "reception1", Files.NOW);
        assertThat(file.getHistory()).anyMatch(e -> e.getKind() == FileEvent.Kind.CORRECTION
                && "district corrected from the lease".equals(e.getNote()));
    }

    @Test
    void aSignatureNeedsTheTypedNameOrTheDrawing() {
        Beneficiary file = Files.complete("WIDOWS");
        assertThatThrownBy(() -> file.sign("DECL-1", SignatureMethod.TYPED, " ", null, "r", Files.NOW))
                .hasMessage("declaration.error.typedName");
        assertThatThrownBy(() -> file.sign("DECL-1", SignatureMethod.DRAWN, null, null, "r", Files.NOW))
                .hasMessage("declaration.error.drawing");
        file.sign("DECL-1", SignatureMethod.DRAWN, null, "data:image/png;base64,AAAA", "reception1", Files.NOW);
        assertThat(file.isSigned()).isTrue();
        assertThat(file.getSignatureWitness()).isEqualTo("reception1");
        assertThat(file.getDeclarationVersion()).isEqualTo("DECL-1");
    }

    @Test
    void verificationRecordsWhoAndWhenOnce() {
        Beneficiary file = Files.complete("WIDOWS");
        file.verify("IDENTITY", "reception1", Files.NOW);
        file.verify("IDENTITY", "reception2", Files.NOW.plusSeconds(60));
        assertThat(file.getVerifications()).hasSize(1);
        assertThat(file.verification("IDENTITY").orElseThrow().getVerifiedBy()).isEqualTo("reception1");
        file.unverify("IDENTITY", "reception1", Files.NOW);
        assertThat(file.isVerified("IDENTITY")).isFalse();
    }

    @Test
    void aRegisteredFileCanBeSuspendedWithAReasonButNotSentBackToDraft() {
        Beneficiary file = Files.complete("WIDOWS");
        file.submit(List.of(), "r", Files.NOW);
        file.decide(true, null, "B-000002", "e", Files.NOW);
        assertThatThrownBy(() -> file.changeStatus(FileStatus.SUSPENDED, "", "e", Files.NOW))
                .hasMessage("file.error.reasonRequired");
        file.changeStatus(FileStatus.SUSPENDED, "moved away", "e", Files.NOW);
        assertThatThrownBy(() -> file.changeStatus(FileStatus.DRAFT, "x", "e", Files.NOW))
                .hasMessage("file.error.transition");
    }

    private static Beneficiary.Details detailsOf(Beneficiary f) {
        return new Beneficiary.Details(f.getName(), f.getNameEn(), f.getSearchName(), f.getNationality(), f.getGender(),
                f.getBirthDate(), f.getMaritalStatus(), f.getMobile(), f.getEmail(), f.getCity(), "الملز",
                f.getAddress(), f.getCategoryCode(), f.getHousing(), f.getMonthlyRent(), f.getIban(), f.getIbanHash(), List.of(),
                List.of());
    }

    /** Issue #17: a document added to a registered, signed file is a recorded correction, never a silent change. */
    @Test
    void aDocumentJoinsASignedRegisteredFileOnlyAsARecordedCorrection() {
        Beneficiary file = Files.complete("WIDOWS");
        file.recordDocument("ID_CARD", null, "reception1", Files.NOW); // before signing: the reception's work
        file.sign("DECL-1", SignatureMethod.TYPED, "فاطمة محمد علي القحطاني", null, "reception1", Files.NOW);
        file.submit(List.of(), "reception1", Files.NOW);
        file.decide(true, "eligible", "B-000009", "executive1", Files.NOW);
        assertThat(file.needsCorrectionReason()).isTrue();
        assertThatThrownBy(() -> file.recordDocument("LEASE", " ", "executive1", Files.NOW))
                .isInstanceOf(RuleViolation.class).hasMessage("file.error.correctionReason");
        file.recordDocument("LEASE", "the landlord renewed the lease", "executive1", Files.NOW);
        assertThat(file.getHistory()).anyMatch(e -> e.getKind() == FileEvent.Kind.CORRECTION
                && e.getNote().equals("LEASE: the landlord renewed the lease") && "executive1".equals(e.getActor()));
    }
}
