package org.ektefaa.platform.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.eclipse.microprofile.config.Config;

/**
 * SMS through an HTTP gateway ({@link SmsSettings}):
 * a JSON POST {@code {"to": "+9665...", "text": "...", "sender": "..."}} with a bearer token; any 2xx is
 * success. Saudi providers differ in field names; this adapter is the one place to adapt. No gateway can be
 * reached from the build machines, so it is tested against a local fake server.
 */
@ApplicationScoped
public class SmsGateway {

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @Inject
    Config config;

    private SmsSettings settings;

    public SmsGateway() {
    }

    @PostConstruct
    void read() {
        settings = SmsSettings.from(config);
    }

    /** For tests and tools: a gateway with settings of its own. */
    public SmsGateway(SmsSettings settings) {
        this.settings = settings;
    }

    public boolean isConfigured() {
        return settings.isConfigured();
    }

    public void send(String to, String text) throws IOException, InterruptedException {
        if (!isConfigured()) {
            throw new IOException("no SMS gateway configured (EKTEFAA_SMS_URL)");
        }
        String json = Json.createObjectBuilder().add("to", to).add("text", text).add("sender", settings.sender()).build().toString();
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(settings.url().orElseThrow())).timeout(Duration.ofSeconds(15))
                .header("Content-Type", "application/json; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        settings.token().filter(t -> !t.isBlank()).ifPresent(t -> request.header("Authorization", "Bearer " + t));
        HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new IOException("SMS gateway answered " + response.statusCode());
        }
    }
}
