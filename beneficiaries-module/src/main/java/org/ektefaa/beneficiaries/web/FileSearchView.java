package org.ektefaa.beneficiaries.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.ektefaa.beneficiaries.boundary.FileSearch;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * {@code /beneficiaries/search.xhtml}: one box for a name (any Arabic spelling), an identity number, a
 * mobile, a beneficiary number or the last four digits of an identity number. The result table is lazy and
 * counts rows only when the text changes, not on every page turn.
 */
@Named
@ViewScoped
public class FileSearchView implements Serializable {

    private static final long serialVersionUID = 1L;


    @Inject
    FileSearch fileSearch;

    private String text;
    private final Results results = new Results();

    public void search() {
        results.reset();
    }

    /** Whether the name searched finds more files than are counted (the page asks for another word of the name). */
    public boolean isMoreThanCounted() {
        return results.counted != null && results.counted > FileSearch.MOST_COUNTED;
    }

    public int getMostCounted() {
        return FileSearch.MOST_COUNTED;
    }

    public LazyDataModel<FileSearch.Row> getResults() {
        return results;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    private class Results extends LazyDataModel<FileSearch.Row> {
        private static final long serialVersionUID = 1L;
        private FileSearch.Query query;
        private Integer counted;

        void reset() {
            counted = null;
            query = null;
        }

        /** The text as searched: prepared once when it changes (issue #24), then counted once and paged. */
        private FileSearch.Query query() {
            if (query == null || !Objects.equals(query.text(), text)) {
                query = fileSearch.query(text);
                counted = null;
            }
            return query;
        }

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            FileSearch.Query q = query();
            if (counted == null) {
                counted = (int) Math.min(Integer.MAX_VALUE, fileSearch.count(q));
            }
            return counted;
        }

        @Override
        public List<FileSearch.Row> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                               Map<String, FilterMeta> filterBy) {
            return fileSearch.search(query(), first, pageSize);
        }

        @Override
        public String getRowKey(FileSearch.Row row) {
            return String.valueOf(row.id());
        }

        @Override
        public FileSearch.Row getRowData(String rowKey) {
            return null;
        }
    }
}
