package org.ektefaa.reporting.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.awt.Image;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.ektefaa.platform.api.AssociationLogo;

/** The association's logo as every document's cover prints it; none when there is none or it cannot be read. */
@ApplicationScoped
public class Letterhead {

    @Inject
    AssociationLogo logo;

    public Image logo() {
        return logo.logoImage().map(bytes -> {
            try {
                return (Image) ImageIO.read(new ByteArrayInputStream(bytes));
            } catch (IOException e) {
                return null;
            }
        }).orElse(null);
    }
}
