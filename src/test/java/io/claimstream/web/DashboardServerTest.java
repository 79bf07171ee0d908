package io.claimstream.web;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DashboardServerTest {
    @Test
    void aTakenPortIsOneLineNamingTheAddressAndTheOption() {
        try (DashboardServer first = DashboardServer.bind("127.0.0.1", 0)) {
            assertThatThrownBy(() -> DashboardServer.bind("127.0.0.1", first.port()))
                    .isInstanceOf(DashboardUnavailableException.class)
                    .hasMessageContaining("127.0.0.1:" + first.port()).hasMessageContaining("--http-port");
        }
        // closed without ever serving, the port is free again
        int port;
        try (DashboardServer again = DashboardServer.bind("127.0.0.1", 0)) {
            port = again.port();
        }
        DashboardServer.bind("127.0.0.1", port).close();
    }
}
