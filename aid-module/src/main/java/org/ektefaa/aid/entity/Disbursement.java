package org.ektefaa.aid.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * The ledger (issue #27): what was handed out or paid, from which fund, to whom, where, by whom and when — one row per
 * instalment, never changed (every column is written once; no code path updates or removes a row) and kept at least
 * ten years. A collection by a proxy keeps the proxy's name and identity number (sealed at rest).
 */
@Entity
@Table(name = "aid_disbursement")
public class Disbursement implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    public enum Kind { IN_KIND, CASH, TRANSFER }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "instalment_id", nullable = false, updatable = false, unique = true)
    private long instalmentId;

    @Column(name = "entitlement_id", nullable = false, updatable = false)
    private long entitlementId;

    @Column(name = "file_id", nullable = false, updatable = false)
    private long fileId;

    @Column(name = "round_id", updatable = false)
    private Long roundId;

    @Column(name = "programme_code", nullable = false, updatable = false, length = 40)
    private String programmeCode;

    @Column(name = "fund_code", nullable = false, updatable = false, length = 40)
    private String fundCode;

    @Column(nullable = false, updatable = false, precision = 12, scale = 2)
    private BigDecimal quantity;

    @Column(updatable = false, precision = 14, scale = 2)
    private BigDecimal amount;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 20)
    private Kind kind;

    @Column(updatable = false, length = 200)
    private String place;

    @Column(name = "recorded_by", nullable = false, updatable = false, length = 100)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    @Column(name = "proxy_name", updatable = false, length = 200)
    private String proxyName;

    /** The proxy's identity number, sealed ({@code platform.api.protect.PersonalData}). */
    @Column(name = "proxy_id_number", updatable = false, length = 400)
    private String proxyIdNumber;

    /** The key the collecting page made when it showed the instalment: the same post sent again is the same row. */
    @Column(name = "request_key", nullable = false, updatable = false, length = 36)
    private String requestKey;

    /** The hash of the row before it in the ledger, and its own (over that and every column it writes). */
    @Column(name = "previous_hash", updatable = false, length = 64)
    private String previousHash;

    @Column(name = "row_hash", updatable = false, length = 64)
    private String rowHash;

    protected Disbursement() {
    }

    /** The collection of {@code instalment} at {@code round}'s place (by a proxy when {@code proxyName} is given). */
    public Disbursement(Instalment instalment, Round round, String by, Instant at, String proxyName,
                        String sealedProxyIdNumber, String requestKey) {
        Entitlement entitlement = instalment.getEntitlement();
        this.instalmentId = instalment.getId();
        this.entitlementId = entitlement.getId();
        this.fileId = entitlement.getFileId();
        this.roundId = round == null ? null : round.getId();
        this.programmeCode = entitlement.getProgrammeCode();
        this.fundCode = instalment.getFundCode();
        this.quantity = instalment.getQuantity();
        this.amount = instalment.getAmount();
        this.kind = round != null && round.getKind() == Round.Kind.TRANSFER ? Kind.TRANSFER
                : entitlement.getUnit() == Programme.Unit.SAR ? Kind.CASH : Kind.IN_KIND;
        this.place = round == null ? null : round.getPlace();
        this.recordedBy = by;
        // as the column keeps it (microseconds; H2 would round the nanoseconds, MariaDB cut them): the hash is of the
        // value read back
        this.recordedAt = at.truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        this.proxyName = proxyName;
        this.proxyIdNumber = sealedProxyIdNumber;
        this.requestKey = requestKey;
    }

    /** Chains it after the row whose hash is {@code previous}: called once, before it is written. */
    public void chainAfter(String previous) {
        if (rowHash != null) {
            throw new IllegalStateException("a ledger row is chained once");
        }
        this.previousHash = previous;
        this.rowHash = hash(previous);
    }

    /**
     * The hash of this row's columns after {@code previous}: SHA-256 of each value in a fixed order, separated so that
     * no two rows read alike. A row changed in the database no longer has its hash; one removed breaks the next row's
     * link.
     */
    public String hash(String previous) {
        String canonical = String.join("\u001f", previous, String.valueOf(instalmentId), String.valueOf(entitlementId),
                String.valueOf(fileId), String.valueOf(roundId), programmeCode, fundCode, plain(quantity), plain(amount),
                String.valueOf(kind), String.valueOf(place), recordedBy, String.valueOf(recordedAt.toEpochMilli()),
                String.valueOf(proxyName), String.valueOf(proxyIdNumber), requestKey);
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(canonical.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String plain(BigDecimal value) {
        return value == null ? "null" : value.stripTrailingZeros().toPlainString();
    }

    public String getPreviousHash() {
        return previousHash;
    }

    public String getRowHash() {
        return rowHash;
    }

    public Long getId() {
        return id;
    }

    public long getInstalmentId() {
        return instalmentId;
    }

    public long getEntitlementId() {
        return entitlementId;
    }

    public long getFileId() {
        return fileId;
    }

    public Long getRoundId() {
        return roundId;
    }

    public String getProgrammeCode() {
        return programmeCode;
    }

    public String getFundCode() {
        return fundCode;
    }

    public BigDecimal getQuantity() {
        return quantity;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public Kind getKind() {
        return kind;
    }

    public String getPlace() {
        return place;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public String getProxyName() {
        return proxyName;
    }

    public String getProxyIdNumber() {
        return proxyIdNumber;
    }

    public String getRequestKey() {
        return requestKey;
    }
}
