package org.ektefaa.beneficiaries.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import org.ektefaa.beneficiaries.entity.Enums.IncomeType;

/** One source of the household's monthly income, in riyals. */
@Entity
@Table(name = "ben_income")
public class IncomeSource implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private IncomeType type;

    @NotNull
    @DecimalMin("0")
    @Column(name = "monthly_amount", nullable = false, precision = 12, scale = 2)
    private BigDecimal monthlyAmount;

    protected IncomeSource() {
    }

    public IncomeSource(IncomeType type, BigDecimal monthlyAmount) {
        this.type = type;
        this.monthlyAmount = monthlyAmount;
    }

    public Long getId() {
        return id;
    }

    public IncomeType getType() {
        return type;
    }

    public BigDecimal getMonthlyAmount() {
        return monthlyAmount;
    }
}
