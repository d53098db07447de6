package org.ektefaa.beneficiaries.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.ektefaa.beneficiaries.entity.Enums.Occupation;
import org.ektefaa.beneficiaries.entity.Enums.Relation;
import org.ektefaa.platform.api.protect.Encrypted;

/** A member of the applicant's household. */
@Entity
@Table(name = "ben_household_member")
public class HouseholdMember implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotBlank
    @Size(max = 200)
    @Column(name = "full_name", nullable = false)
    private String fullName;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Relation relation;

    @Convert(converter = Encrypted.class)
    @Column(name = "id_number_enc")
    private String idNumber;

    /** The identity number's keyed hash (as the applicant's), to find a person listed in two files (issue #24). */
    @Column(name = "id_number_hash")
    private String idNumberHash;

    @Column(name = "birth_date")
    private LocalDate birthDate;

    @Column(nullable = false)
    private boolean disability;

    @Enumerated(EnumType.STRING)
    private Occupation occupation;

    protected HouseholdMember() {
    }

    public HouseholdMember(String fullName, Relation relation, String idNumber, LocalDate birthDate,
                           boolean disability, Occupation occupation) {
        this(fullName, relation, idNumber, null, birthDate, disability, occupation);
    }

    public HouseholdMember(String fullName, Relation relation, String idNumber, String idNumberHash, LocalDate birthDate,
                           boolean disability, Occupation occupation) {
        this.fullName = fullName;
        this.relation = relation;
        this.idNumber = idNumber;
        this.idNumberHash = idNumber == null ? null : idNumberHash;
        this.birthDate = birthDate;
        this.disability = disability;
        this.occupation = occupation;
    }

    public Long getId() {
        return id;
    }

    public String getFullName() {
        return fullName;
    }

    public Relation getRelation() {
        return relation;
    }

    public String getIdNumberHash() {
        return idNumberHash;
    }

    /** Hashes the identity number of a member kept before hashes were (the background job, issue #24). */
    public void hashIdentity(String hash) {
        this.idNumberHash = idNumber == null ? null : hash;
    }

    public String getIdNumber() {
        return idNumber;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public boolean isDisability() {
        return disability;
    }

    public Occupation getOccupation() {
        return occupation;
    }
}
