package org.ektefaa.platform.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Against a local fake gateway: no SMS provider can be reached from the build machines. */
class SmsGatewayTest {

    private HttpServer server;
    private final AtomicReference<String> body = new AtomicReference<>();
    private final AtomicReference<String> authorization = new AtomicReference<>();
    private final AtomicInteger status = new AtomicInteger(200);

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/send", exchange -> {
            body.set(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            authorization.set(exchange.getRequestHeaders().getFirst("Authorization"));
            exchange.sendResponseHeaders(status.get(), -1);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void postsTheNumberTheArabicTextAndTheToken() throws Exception {
        gateway().send("+966501234567", "استلمنا طلبك 1447-000123");
        assertThat(body.get()).contains("\"to\":\"+966501234567\"").contains("استلمنا طلبك").contains("\"sender\":\"Ektefaa\"");
        assertThat(authorization.get()).isEqualTo("Bearer test-token");
    }

    @Test
    void aRefusalIsAnErrorSoTheOutboxRetries() {
        status.set(503);
        assertThatThrownBy(() -> gateway().send("+966501234567", "x")).isInstanceOf(IOException.class)
                .hasMessageContaining("503");
    }

    private SmsGateway gateway() {
        return new SmsGateway(SmsSettings.of("http://127.0.0.1:" + server.getAddress().getPort() + "/send", "test-token", "Ektefaa"));
    }
}
