package io.claimstream.embedded;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/** Chooses and checks TCP ports on 127.0.0.1, the only address the local stack listens on. */
final class LoopbackPorts {
    static final String HOST = "127.0.0.1";

    private LoopbackPorts() {
    }

    /**
     * Returns {@code port} if nothing listens on it, or a free port when {@code port} is 0.
     *
     * @param flag the CLI option that sets this port, named in the error so the user knows the fix
     * @throws EmbeddedStartException if the port is in use
     */
    static int claim(int port, String flag) {
        if (port < 0 || port > 65_535) {
            throw new EmbeddedStartException("port " + port + " is not a TCP port: pass " + flag + " between 1 and 65535");
        }
        // Binding is the only reliable test: a connect attempt misses a port that is bound but not yet accepting.
        try (ServerSocket socket = bind(port)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new EmbeddedStartException(
                    "port " + port + " on " + HOST + " is in use: stop what holds it or pass " + flag, e);
        }
    }

    /**
     * Two distinct ports as {@link #claim} would give them; both are held while the second is chosen,
     * so that two zeros never yield the same free port.
     */
    static int[] claimBoth(int first, String firstFlag, int second, String secondFlag) {
        int firstPort = claim(first, firstFlag);
        try (ServerSocket held = bind(firstPort)) {
            return new int[] {firstPort, claim(second, secondFlag)};
        } catch (IOException e) {
            throw new EmbeddedStartException(
                    "port " + firstPort + " on " + HOST + " is in use: stop what holds it or pass " + firstFlag, e);
        }
    }

    private static ServerSocket bind(int port) throws IOException {
        ServerSocket socket = new ServerSocket();
        try {
            // Without this a port in TIME_WAIT from our own previous run would count as taken.
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getByName(HOST), port));
            return socket;
        } catch (IOException e) {
            socket.close();
            throw e;
        }
    }
}
