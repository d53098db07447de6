package org.ektefaa.platform.api;

import java.util.Optional;

/** The association's logo (PNG or JPEG), for documents other modules produce: report covers, certificates. */
public interface AssociationLogo {

    Optional<byte[]> logoImage();
}
