package org.ektefaa.platform.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class ProxyAwareClientAddressTest {

    @Test
    void withoutATrustedProxyTheHeaderIsIgnored() {
        assertThat(ProxyAwareClientAddress.of("203.0.113.9", "10.1.1.1", Set.of())).isEqualTo("203.0.113.9");
        assertThat(ProxyAwareClientAddress.of("203.0.113.9", "10.1.1.1", Set.of("127.0.0.1"))).isEqualTo("203.0.113.9");
    }

    @Test
    void behindATrustedProxyThePersonsAddressCounts() {
        assertThat(ProxyAwareClientAddress.of("127.0.0.1", "198.51.100.7", Set.of("127.0.0.1"))).isEqualTo("198.51.100.7");
        assertThat(ProxyAwareClientAddress.of("127.0.0.1", null, Set.of("127.0.0.1"))).isEqualTo("127.0.0.1");
    }

    @Test
    void anAddressThePersonWroteThemselvesIsNotBelieved() {
        // The person sent "X-Forwarded-For: 1.2.3.4"; the proxy appended the address it saw.
        assertThat(ProxyAwareClientAddress.of("127.0.0.1", "1.2.3.4, 198.51.100.7", Set.of("127.0.0.1"))).isEqualTo("198.51.100.7");
        // Two trusted proxies in a row are both looked through.
        assertThat(ProxyAwareClientAddress.of("127.0.0.1", "198.51.100.7, 10.0.0.2", Set.of("127.0.0.1", "10.0.0.2")))
                .isEqualTo("198.51.100.7");
    }
}
