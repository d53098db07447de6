package org.ektefaa.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * SMS through an HTTP gateway ({@code EKTEFAA_SMS_URL}, {@code EKTEFAA_SMS_TOKEN}, {@code EKTEFAA_SMS_SENDER}):
 * a JSON POST {@code {"to": "+9665...", "text": "...", "sender": "..."}} with a bearer token; any 2xx is
 * success. Saudi providers differ in field names; this adapter is the one place to adapt. No gateway can be
 * reached from the build machines, so it is tested against a local fake server.
 */
@ApplicationScoped
public class SmsGateway {

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @Inject
    @ConfigProperty(name = "ektefaa.sms.url")
    Optional<String> url;

    @Inject
    @ConfigProperty(name = "ektefaa.sms.token")
    Optional<String> token;

    @Inject
    @ConfigProperty(name = "ektefaa.sms.sender", defaultValue = "Ektefaa")
    String sender;

    public SmsGateway() {
    }

    /** For tests and tools: a gateway at a given address. */
    public SmsGateway(String url, String token, String sender) {
        this.url = Optional.of(url);
        this.token = Optional.ofNullable(token);
        this.sender = sender;
    }

    public boolean isConfigured() {
        return url.filter(u -> !u.isBlank()).isPresent();
    }

    public void send(String to, String text) throws IOException, InterruptedException {
        if (!isConfigured()) {
            throw new IOException("no SMS gateway configured (EKTEFAA_SMS_URL)");
        }
        String json = Json.createObjectBuilder().add("to", to).add("text", text).add("sender", sender).build().toString();
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url.get())).timeout(Duration.ofSeconds(15))
                .header("Content-Type", "application/json; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        token.filter(t -> !t.isBlank()).ifPresent(t -> request.header("Authorization", "Bearer " + t));
        HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new IOException("SMS gateway answered " + response.statusCode());
        }
    }
}
