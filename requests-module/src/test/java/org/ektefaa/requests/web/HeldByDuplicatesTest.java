package org.ektefaa.requests.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.ektefaa.beneficiaries.api.BeneficiarySummary;
import org.ektefaa.platform.api.ContactChannel;
import org.ektefaa.requests.api.RequestType;
import org.ektefaa.requests.entity.AidRequest;
import org.junit.jupiter.api.Test;

/**
 * The decision queue says which chosen requests a possible duplicate holds before asking to confirm, not after (issue
 * #24's walk): registrations and support requests whose file may be another file's person on strong grounds; an
 * inquiry, a weak pair (a shared mobile) or a request with no file are not held.
 */
class HeldByDuplicatesTest {

    private static AidRequest request(String tracking, RequestType type, Long file) {
        return new AidRequest(tracking, type, ContactChannel.IN_PERSON_INTERVIEW, file, "subject", "reception", Instant.EPOCH);
    }

    private static BeneficiarySummary person(long id, int open, int strong) {
        return new BeneficiarySummary(id, "name", null, null, null, null, "PENDING_DECISION", null, 1, BigDecimal.ZERO,
                0, 0, open, strong);
    }

    @Test
    void onlyRequestsOnAFileWithAStrongPairAreHeld() {
        Map<Long, BeneficiarySummary> people = Map.of(1L, person(1, 1, 1), 2L, person(2, 2, 0));
        List<AidRequest> chosen = List.of(
                request("1448-000001", RequestType.REGISTRATION, 1L),
                request("1448-000002", RequestType.SUPPORT, 1L),
                request("1448-000003", RequestType.INQUIRY, 1L),
                request("1448-000004", RequestType.REGISTRATION, 2L),
                request("1448-000005", RequestType.SUPPORT, null));
        assertThat(DecisionQueueView.heldByDuplicates(chosen, r -> r.getBeneficiaryId() == null ? null
                : people.get(r.getBeneficiaryId())))
                .as("isolated, so that an Arabic sentence keeps their order")
                .containsExactly("\u20661448-000001\u2069", "\u20661448-000002\u2069");
    }
}
