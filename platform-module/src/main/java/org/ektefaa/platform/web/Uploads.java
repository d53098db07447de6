package org.ektefaa.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.ektefaa.platform.api.protect.StoredFiles;

/** What every upload field tells the browser ({@code #{uploads.maxBytes}}): the same limit the server applies. */
@Named("uploads")
@ApplicationScoped
public class Uploads {

    public long getMaxBytes() {
        return StoredFiles.MAX_BYTES;
    }
}
