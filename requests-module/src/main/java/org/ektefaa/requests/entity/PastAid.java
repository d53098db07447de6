package org.ektefaa.requests.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A delivery made before the association used Ektefaa, imported from its spreadsheet (issue #25): history of the
 * household's aid, shown beside the requests' deliveries to the executive; never a request.
 */
@Entity
@Table(name = "req_past_aid")
@IdClass(PastAid.Key.class)
public class PastAid {

    /** The import batch, the person's place in it, the delivery's among theirs. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private long batchId;
        private int position;
        private int item;

        public Key() {
        }

        public Key(long batchId, int position, int item) {
            this.batchId = batchId;
            this.position = position;
            this.item = item;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.batchId == batchId && k.position == position && k.item == item;
        }

        @Override
        public int hashCode() {
            return Objects.hash(batchId, position, item);
        }
    }

    @Id
    @Column(name = "batch_id")
    private long batchId;

    @Id
    private int position;

    @Id
    private int item;

    @Column(name = "beneficiary_id", nullable = false)
    private long beneficiaryId;

    @Column(name = "given_on", nullable = false)
    private LocalDate givenOn;

    @Column(nullable = false, length = 200)
    private String service;

    @Column(precision = 12, scale = 2)
    private BigDecimal quantity;

    @Column(precision = 12, scale = 2)
    private BigDecimal amount;

    @Column(length = 200)
    private String fund;

    protected PastAid() {
    }

    public PastAid(long batchId, int position, int item, long beneficiaryId, LocalDate givenOn, String service,
                   BigDecimal quantity, BigDecimal amount, String fund) {
        this.batchId = batchId;
        this.position = position;
        this.item = item;
        this.beneficiaryId = beneficiaryId;
        this.givenOn = givenOn;
        this.service = cut(service);
        this.quantity = quantity;
        this.amount = amount;
        this.fund = fund == null ? null : cut(fund);
    }

    /** A service or fund as it is kept: trimmed, at most 200 characters, "—" when blank. */
    public static String cut(String text) {
        String s = text == null || text.isBlank() ? "—" : text.strip();
        return s.length() > 200 ? s.substring(0, 200) : s;
    }

    public long getBeneficiaryId() { return beneficiaryId; }
    public LocalDate getGivenOn() { return givenOn; }
    public String getService() { return service; }
    public BigDecimal getQuantity() { return quantity; }
    public BigDecimal getAmount() { return amount; }
    public String getFund() { return fund; }
}
