package org.ektefaa.reporting.control;

import java.awt.Image;
import java.util.ArrayList;
import java.util.List;

/**
 * One block of a report as its template lays it out (issue #23): a section's title, a table (its header's titles and
 * its rows of typed figures, printed by the {@code section-table} subreport, the header repeated on every page it
 * spans), the key indicators as tiles (the {@code kpi-tiles} subreport, three to a row), a paragraph, a chart or a page
 * break. The report's lines ({@link ReportLine}, which the exports read as they are) are grouped into blocks here.
 */
public final class Block {

    private final String kind;
    private final String title;
    private final Image image;
    private final ReportLine header;
    private final List<ReportLine> rows;
    private final List<Tiles> tiles;

    private Block(String kind, String title, Image image, ReportLine header, List<ReportLine> rows, List<Tiles> tiles) {
        this.kind = kind;
        this.title = title;
        this.image = image;
        this.header = header;
        this.rows = rows;
        this.tiles = tiles;
    }

    /**
     * The blocks of a report's lines: a header and the rows after it make one table (rows without a header too); a
     * table whose every row is a key indicator with its status becomes tiles.
     */
    public static List<Block> of(List<ReportLine> lines) {
        List<Block> blocks = new ArrayList<>();
        ReportLine header = null;
        List<ReportLine> rows = null;
        for (ReportLine line : lines) {
            if ("ROW".equals(line.getKind())) {
                if (rows == null) {
                    rows = new ArrayList<>();
                }
                rows.add(line);
                continue;
            }
            if (rows != null || header != null) {
                blocks.add(table(header, rows == null ? List.of() : rows));
                header = null;
                rows = null;
            }
            switch (line.getKind()) {
                case "HEADER" -> header = line;
                case "IMAGE" -> blocks.add(new Block("IMAGE", null, line.getImage(), null, null, null));
                case "BREAK" -> blocks.add(new Block("BREAK", null, null, null, null, null));
                default -> blocks.add(new Block(line.getKind(), line.getLabel(), null, null, null, null));
            }
        }
        if (rows != null || header != null) {
            blocks.add(table(header, rows == null ? List.of() : rows));
        }
        return blocks;
    }

    private static Block table(ReportLine header, List<ReportLine> rows) {
        if (!rows.isEmpty() && rows.stream().allMatch(ReportLine::isKpi)) {
            List<Tiles> threes = new ArrayList<>();
            for (int i = 0; i < rows.size(); i += 3) {
                threes.add(new Tiles(rows.get(i), i + 1 < rows.size() ? rows.get(i + 1) : null,
                        i + 2 < rows.size() ? rows.get(i + 2) : null));
            }
            return new Block("TILES", null, null, header, rows, threes);
        }
        return new Block("TABLE", null, null, header, rows, null);
    }

    /** One row of key-indicator tiles: the first, second and third of it in reading order (the last ones may be null). */
    public static final class Tiles {
        private final ReportLine first;
        private final ReportLine second;
        private final ReportLine third;

        Tiles(ReportLine first, ReportLine second, ReportLine third) {
            this.first = first;
            this.second = second;
            this.third = third;
        }

        public ReportLine getFirst() {
            return first;
        }

        public ReportLine getSecond() {
            return second;
        }

        public ReportLine getThird() {
            return third;
        }
    }

    /** {@code SECTION}, {@code TABLE}, {@code TILES}, {@code TEXT}, {@code IMAGE} or {@code BREAK}. */
    public String getKind() {
        return kind;
    }

    /** A section's title or a paragraph's text. */
    public String getTitle() {
        return title;
    }

    public Image getImage() {
        return image;
    }

    /** A table's header (the titles of its columns), or null. */
    public ReportLine getHeader() {
        return header;
    }

    /** A table's rows (the section-table subreport's data). */
    public List<ReportLine> getRows() {
        return rows;
    }

    /** Key indicators, three to a row (the kpi-tiles subreport's data). */
    public List<Tiles> getTiles() {
        return tiles;
    }
}
