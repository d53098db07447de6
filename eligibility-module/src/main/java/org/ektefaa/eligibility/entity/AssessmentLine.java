package org.ektefaa.eligibility.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import org.ektefaa.eligibility.api.Standing;

/** One line of an assessment: a criterion's result (section CRITERION) or a factor of the score (section FACTOR). */
@Embeddable
public class AssessmentLine implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false)
    private String section;

    @Column(nullable = false)
    private String code;

    @Column(nullable = false)
    private String status;

    private String seen;

    @Column(name = "limit_value")
    private String limit;

    @Column(nullable = false)
    private int points;

    @Column(nullable = false)
    private int weight;

    protected AssessmentLine() {
    }

    AssessmentLine(int position, String section, Standing.Line line) {
        this.position = position;
        this.section = section;
        this.code = line.code();
        this.status = line.status();
        this.seen = clip(line.seen(), 200);
        this.limit = clip(line.limit(), 500);
        this.points = line.points();
        this.weight = line.weight();
    }

    private static String clip(String text, int most) {
        return text == null || text.length() <= most ? text : text.substring(0, most - 1) + "…";
    }

    public String getSection() {
        return section;
    }

    public int getPosition() {
        return position;
    }

    public Standing.Line line() {
        return new Standing.Line(code, status, seen, limit, points, weight);
    }
}
