package org.ektefaa.aid.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.ektefaa.platform.api.RuleViolation;

/**
 * One instalment of an entitlement (issue #27): due on a day, so much in the programme's unit and, where the programme
 * knows a unit's cost, so many riyals of the fund's budget. It carries its fund, so that a fund's committed amount is a
 * sum over one table. Cancelled when the entitlement is shortened or ended; collected or paid in the steps to come.
 */
@Entity
@Table(name = "aid_instalment")
public class Instalment implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    /** Due until collected (or paid), missed when its round closed without it, cancelled when shortened or ended. */
    public enum Status { DUE, COLLECTED, MISSED, CANCELLED, SENT, PAID }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "entitlement_id", nullable = false, updatable = false)
    private Entitlement entitlement;

    @Column(nullable = false, updatable = false)
    private int number;

    @Column(name = "due_on", nullable = false, updatable = false)
    private LocalDate dueOn;

    @Column(name = "fund_code", nullable = false, updatable = false, length = 40)
    private String fundCode;

    @Column(nullable = false, updatable = false, precision = 12, scale = 2)
    private BigDecimal quantity;

    /** In riyals, for the fund's budget; null when the programme does not know what a unit costs. */
    @Column(precision = 14, scale = 2, updatable = false)
    private BigDecimal amount;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Status status = Status.DUE;

    /** The round it is handed out in (set for many at once by the round's preparation), or null. */
    @Column(name = "round_id")
    private Long roundId;

    /** The keyed hash of its one-time collection code, once its round is notified. */
    @Column(name = "code_hash", length = 64)
    private String codeHash;

    /** Why the bank refused its last transfer, if it did (the instalment then waits for another batch). */
    @Column(name = "bank_refusal", length = 200)
    private String bankRefusal;

    @Version
    private long version;

    protected Instalment() {
    }

    Instalment(Entitlement entitlement, int number, LocalDate dueOn, BigDecimal quantity, BigDecimal amount) {
        this.entitlement = entitlement;
        this.number = number;
        this.dueOn = dueOn;
        this.fundCode = entitlement.getFundCode();
        this.quantity = quantity;
        this.amount = amount;
    }

    void cancel() {
        this.status = Status.CANCELLED;
    }

    /** Its one-time collection code, as a keyed hash. */
    public void coded(String hash) {
        this.codeHash = hash;
    }

    /** Handed out (the ledger's row is written beside it). */
    public void collected() {
        if (status != Status.DUE) {
            throw new RuleViolation("collect.error.notDue");
        }
        this.status = Status.COLLECTED;
    }

    /** In a transfer batch exported for the bank. */
    public void sent() {
        if (status != Status.DUE) {
            throw new RuleViolation("collect.error.notDue");
        }
        this.status = Status.SENT;
        this.bankRefusal = null;
    }

    /** The bank confirmed the transfer (the ledger's row is written beside it). */
    public void paid() {
        if (status != Status.SENT) {
            throw new RuleViolation("transfer.error.notSent");
        }
        this.status = Status.PAID;
    }

    /** Out of its round before it was handed out (its file holds no IBAN for a transfer batch). */
    public void outOfRound() {
        this.roundId = null;
    }

    /** The bank refused the transfer: due again, out of its batch, with the bank's reason. */
    public void refusedByBank(String reason) {
        String why = reason == null ? "" : reason.strip();
        if (status != Status.SENT) {
            throw new RuleViolation("transfer.error.notSent");
        }
        if (why.length() < 3 || why.length() > 200) {
            throw new RuleViolation("transfer.error.reason");
        }
        // due again, unless its entitlement ended while the money was with the bank: then nothing is owed any more
        this.status = entitlement.getStatus() == Entitlement.Status.ENDED ? Status.CANCELLED : Status.DUE;
        this.roundId = null;
        this.bankRefusal = why;
    }

    public String getBankRefusal() {
        return bankRefusal;
    }

    public Long getRoundId() {
        return roundId;
    }

    public String getCodeHash() {
        return codeHash;
    }

    public boolean isDue() {
        return status == Status.DUE;
    }

    public boolean isCancelled() {
        return status == Status.CANCELLED;
    }

    public Long getId() {
        return id;
    }

    public Entitlement getEntitlement() {
        return entitlement;
    }

    public int getNumber() {
        return number;
    }

    public LocalDate getDueOn() {
        return dueOn;
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

    public Status getStatus() {
        return status;
    }

    public long getVersion() {
        return version;
    }
}
