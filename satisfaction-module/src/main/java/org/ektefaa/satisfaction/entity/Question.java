package org.ektefaa.satisfaction.entity;

/**
 * What a survey can ask: four satisfaction items on a 1–5 scale (CSAT), the effort question on 1–7 (CES),
 * the recommendation question on 0–10 (NPS) and an open suggestion.
 */
public enum Question {
    OVERALL(1, 5), SPEED(1, 5), COURTESY(1, 5), CLARITY(1, 5), EFFORT(1, 7), RECOMMEND(0, 10), SUGGESTION(0, 0);

    private final int lowest;
    private final int highest;

    Question(int lowest, int highest) {
        this.lowest = lowest;
        this.highest = highest;
    }

    public boolean isScale() {
        return this != SUGGESTION;
    }

    public int lowest() {
        return lowest;
    }

    public int highest() {
        return highest;
    }

    /** The points of the scale, lowest first (empty for the suggestion). */
    public java.util.List<Integer> points() {
        return java.util.stream.IntStream.rangeClosed(lowest, highest).boxed().filter(p -> isScale()).toList();
    }

    public boolean accepts(Integer score) {
        return score == null || (isScale() && score >= lowest && score <= highest);
    }
}
