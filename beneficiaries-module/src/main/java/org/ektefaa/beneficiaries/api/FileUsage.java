package org.ektefaa.beneficiaries.api;

import java.util.Set;

/**
 * What another module keeps about beneficiary files, asked before files are removed — when an import batch is undone
 * (issue #25): a file another module keeps something about (a request, say) has been worked on and is kept. Modules
 * implement it as an application-scoped bean; it is asked in the removing transaction.
 */
public interface FileUsage {

    /** Those of {@code fileIds} this module keeps something about. */
    Set<Long> inUse(Set<Long> fileIds);
}
