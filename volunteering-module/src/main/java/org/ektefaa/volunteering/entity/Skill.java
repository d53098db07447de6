package org.ektefaa.volunteering.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.ektefaa.platform.api.CodedEntry;

/** A skill a volunteer may offer and an opportunity may need (a configurable list). */
@Entity
@Table(name = "vol_skill")
public class Skill extends CodedEntry {

    private static final long serialVersionUID = 1L;

    protected Skill() {
    }
}
