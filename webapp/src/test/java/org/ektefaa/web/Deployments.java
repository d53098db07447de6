package org.ektefaa.web;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The WAR the build produced, as Arquillian deploys it: the whole application, served at the root. */
final class Deployments {

    private Deployments() {
    }

    /**
     * The application plus what in-container tests need: Arquillian's test runner servlet must be reachable
     * without signing in, so its path joins the public URLs of web.xml.
     */
    static WebArchive testable() {
        WebArchive war = application();
        String webXml;
        try (InputStream in = war.get("WEB-INF/web.xml").getAsset().openStream()) {
            webXml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String open = "<url-pattern>/login.xhtml</url-pattern>";
        if (!webXml.contains(open)) {
            throw new IllegalStateException("web.xml no longer lists /login.xhtml as public");
        }
        return war.setWebXML(new StringAsset(webXml.replace(open,
                open + "<url-pattern>/ArquillianServletRunnerEE9</url-pattern>")))
                .addAsLibrary(jarOf(org.assertj.core.api.Assertions.class))
                .addAsLibrary(jarOf(com.icegreen.greenmail.util.GreenMail.class))
                .addAsLibrary(jarOf(org.slf4j.LoggerFactory.class))
                .addClass(AsSystem.class).addClass(DeliveredBeforeReturn.class).addClass(TestImages.class);
    }

    private static File jarOf(Class<?> type) {
        try {
            return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static WebArchive application() {
        File war = new File(System.getProperty("ektefaa.war", "target/ektefaa.war"));
        return ShrinkWrap.create(ZipImporter.class, "ROOT.war").importFrom(war).as(WebArchive.class);
    }
}
