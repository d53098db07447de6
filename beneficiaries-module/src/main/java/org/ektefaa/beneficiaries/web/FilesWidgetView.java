package org.ektefaa.beneficiaries.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import org.ektefaa.beneficiaries.boundary.FileSearch;
import org.ektefaa.beneficiaries.entity.FileStatus;

/** The dashboard widget: how many files stand in each status. */
@Named
@RequestScoped
public class FilesWidgetView {


    @Inject
    FileSearch fileSearch;

    private Map<FileStatus, Long> counts;

    public Map<FileStatus, Long> getCounts() {
        if (counts == null) {
            counts = fileSearch.countsByStatus();
        }
        return counts;
    }

    public List<FileStatus> getStatuses() {
        return List.of(FileStatus.DRAFT, FileStatus.INCOMPLETE, FileStatus.SUBMITTED, FileStatus.UNDER_DECISION,
                FileStatus.REGISTERED);
    }
}
