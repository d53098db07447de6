package org.ektefaa.reporting.control;

import java.util.ArrayList;
import java.util.List;

/**
 * The board quarterly's executive summary (issue #23): four to six sentences written from the figures — how many
 * requests came, how the decision commitment and satisfaction stand against the previous period, which key indicators
 * improved or worsened, which targets were missed, the complaints, and the improvement actions — in Arabic with each
 * noun agreeing with its number (ICU plural forms), or in English.
 */
public final class BoardSummary {

    private BoardSummary() {
    }

    /** Whether a key indicator met its target. */
    public enum Status {
        MET, MISSED
    }

    /** Which way a key indicator moved since the previous period. */
    public enum Direction {
        UP, DOWN, SAME
    }

    /**
     * A key indicator: its figure this period, the previous period and the target, whether higher is better (the median
     * days are better lower), and the number of answers or decisions it rests on.
     */
    public record Kpi(String key, Cell value, Cell previous, Cell target, boolean higherIsBetter, long n) {

        public Status status() {
            if (value.number() == null || target.number() == null) {
                return null;
            }
            int c = value.number().compareTo(target.number());
            return (higherIsBetter ? c >= 0 : c <= 0) ? Status.MET : Status.MISSED;
        }

        public Direction direction() {
            if (value.number() == null || previous.number() == null) {
                return null;
            }
            int c = value.number().compareTo(previous.number());
            return c > 0 ? Direction.UP : c < 0 ? Direction.DOWN : Direction.SAME;
        }

        /** Better than the previous period: up when higher is better, down when lower is. */
        boolean improved() {
            Direction d = direction();
            return d != null && d != Direction.SAME && (d == Direction.UP) == higherIsBetter;
        }

        boolean worsened() {
            Direction d = direction();
            return d != null && d != Direction.SAME && (d == Direction.UP) != higherIsBetter;
        }
    }

    /** What the summary is written from. */
    public record Facts(long received, long receivedBefore, long decided, Kpi within, Kpi csat, List<Kpi> kpis,
                        long complaints, long complaintsClosed, long actions, long actionsDueNext) {
    }

    public static List<String> sentences(Facts f, Wording w) {
        List<String> sentences = new ArrayList<>();
        sentences.add(w.plural("summary.requests", f.received(), f.receivedBefore()));
        sentences.add(w.plural("summary.commitment", f.decided(), f.within().value().text(), f.within().target().text()));
        sentences.add(w.plural("summary.satisfaction", f.csat().n(), f.csat().value().text(), f.csat().previous().text(),
                f.csat().previous().number() == null ? "unknown" : "known"));
        List<String> improved = f.kpis().stream().filter(Kpi::improved).map(k -> w.t("kpi.short." + k.key())).toList();
        List<String> worsened = f.kpis().stream().filter(Kpi::worsened).map(k -> w.t("kpi.short." + k.key())).toList();
        if (f.kpis().stream().allMatch(k -> k.direction() == null)) {
            sentences.add(w.t("summary.noComparison"));
        } else if (improved.isEmpty() && worsened.isEmpty()) {
            sentences.add(w.t("summary.steady"));
        } else {
            sentences.add(w.t("summary.moved", improved.isEmpty() ? w.t("summary.nothing") : list(improved, w),
                    worsened.isEmpty() ? w.t("summary.nothing") : list(worsened, w)));
        }
        // a target missed on a small sample says so (†), as the table does
        List<String> missed = f.kpis().stream().filter(k -> k.status() == Status.MISSED)
                .map(k -> w.t("summary.missedItem", w.t("kpi.short." + k.key()), k.value().text(), k.target().text())
                        + (k.n() > 0 && k.n() < SatisfactionSections.SMALL_SAMPLE ? w.plural("summary.small", k.n()) : ""))
                .toList();
        sentences.add(missed.isEmpty() ? w.t("summary.allMet") : w.plural("summary.missed", missed.size(), list(missed, w)));
        sentences.add(w.plural("summary.complaints", f.complaints(), f.complaintsClosed()) + " "
                + w.plural("summary.actions", f.actions(), f.actionsDueNext()));
        return sentences;
    }

    private static String list(List<String> items, Wording w) {
        return String.join(w.rtl() ? "، " : ", ", items);
    }
}
