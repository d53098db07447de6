package org.ektefaa.eligibility.api;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/** What other modules may ask of eligibility: a file's latest assessment, one or a page of files at a time. */
public interface Eligibility {

    Optional<Standing> latest(long fileId);

    /** The latest assessments of several files at once (a page of a queue), by file id; files never assessed are absent. */
    Map<Long, Standing> latest(Collection<Long> fileIds);
}
