package org.ektefaa.eligibility.api;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/** What other modules may ask of eligibility: a file's latest assessment, one or a page of files at a time. */
public interface Eligibility {

    Optional<Standing> latest(long fileId);

    /** The latest assessments of several files at once (a page of a queue), by file id; files never assessed are absent. */
    Map<Long, Standing> latest(Collection<Long> fileIds);

    /** What a support request asks for: whose file, and which service of the catalogue (null: none named). */
    record Asked(long fileId, String serviceCode) implements java.io.Serializable {
    }

    /**
     * A support request's eligibility: the file's latest assessment with, when the service asked for has criteria of
     * its own in force today, those criteria read on the file as it is now ({@link Standing#forService}); empty when the
     * file was never assessed.
     */
    Optional<Standing> forService(long fileId, String serviceCode);

    /** The same for a page of requests at once, by the caller's key (a request's id); files never assessed are absent. */
    Map<Long, Standing> forServices(Map<Long, Asked> asked);
}
