package org.ektefaa.beneficiaries.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.ektefaa.beneficiaries.boundary.Duplicates;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * {@code /beneficiaries/duplicates.xhtml} (issue #24): the pairs of files that may be one person, still open, the
 * strongest first — for the relations officer who clears the weak ones at the start of a day and the executive who
 * decides the strong ones. Each row says both files (name, number, status), why, and links to the file to keep, where
 * the pair is resolved; "strong only" narrows it to the executive's.
 */
@Named
@ViewScoped
public class DuplicatesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Duplicates duplicates;

    @Inject
    org.ektefaa.platform.api.web.Notices notices;

    private boolean strongOnly;

    private final Pairs pairs = new Pairs();

    public LazyDataModel<Duplicates.Pair> getPairs() {
        return pairs;
    }

    /** The filter changed: counted again from the first page. */
    public void filter() {
        pairs.counted = null;
    }

    public String reasons(Duplicates.Pair pair) {
        return FileView.reasonWords(notices, pair.reasons());
    }

    public boolean isStrongOnly() {
        return strongOnly;
    }

    public void setStrongOnly(boolean strongOnly) {
        this.strongOnly = strongOnly;
    }

    private class Pairs extends LazyDataModel<Duplicates.Pair> {
        private static final long serialVersionUID = 1L;
        private Integer counted;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            if (counted == null) {
                counted = (int) Math.min(Integer.MAX_VALUE, duplicates.countOpen(strongOnly));
            }
            return counted;
        }

        @Override
        public List<Duplicates.Pair> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                         Map<String, FilterMeta> filterBy) {
            return duplicates.open(strongOnly, first, pageSize);
        }

        @Override
        public String getRowKey(Duplicates.Pair pair) {
            return String.valueOf(pair.id());
        }

        @Override
        public Duplicates.Pair getRowData(String rowKey) {
            return null;
        }
    }
}
