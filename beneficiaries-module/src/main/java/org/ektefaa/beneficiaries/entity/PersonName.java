package org.ektefaa.beneficiaries.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The four-part Arabic name of Saudi documents: first, father, grandfather, family. The wizard asks for all four; a file
 * imported from a spreadsheet that kept three parts may lack the father's or grandfather's name until it is verified
 * ({@code Completeness} asks for the four-part name before the file is submitted).
 */
@Embeddable
public class PersonName implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank
    @Size(max = 60)
    @Column(name = "first_name")
    private String first;

    @Size(max = 60)
    @Column(name = "father_name")
    private String father;

    @Size(max = 60)
    @Column(name = "grandfather_name")
    private String grandfather;

    @NotBlank
    @Size(max = 60)
    @Column(name = "family_name")
    private String family;

    protected PersonName() {
    }

    public PersonName(String first, String father, String grandfather, String family) {
        this.first = trim(first);
        this.father = trim(father);
        this.grandfather = trim(grandfather);
        this.family = trim(family);
    }

    public String full() {
        return Stream.of(first, father, grandfather, family).filter(s -> s != null && !s.isBlank())
                .collect(Collectors.joining(" "));
    }

    private static String trim(String s) {
        return s == null ? null : s.trim();
    }

    public String getFirst() {
        return first;
    }

    public String getFather() {
        return father;
    }

    public String getGrandfather() {
        return grandfather;
    }

    public String getFamily() {
        return family;
    }
}
