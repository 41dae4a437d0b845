package no.takt.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A TCP proxy before a mail server that cuts every n-th connection once 2 KB went through it (the
 * envelope and part of the message: the cut falls in the middle of DATA).
 */
public final class CuttingProxy implements AutoCloseable {

    private final ServerSocket server;
    private final AtomicInteger connections = new AtomicInteger();
    private final AtomicInteger cut = new AtomicInteger();

    public CuttingProxy(int target, int every) throws IOException {
        this(0, target, every);
    }

    /** Listening on {@code port} (0: any free one). */
    public CuttingProxy(int port, int target, int every) throws IOException {
        server = new ServerSocket(port);
        Thread.ofVirtual().start(() -> {
            while (!server.isClosed()) {
                try {
                    Socket client = server.accept();
                    Socket upstream = new Socket("localhost", target);
                    boolean cutThis = connections.incrementAndGet() % every == 0;
                    Thread.ofVirtual().start(() -> pump(upstream, client, Long.MAX_VALUE));
                    Thread.ofVirtual().start(() -> {
                        pump(client, upstream, cutThis ? 2048 : Long.MAX_VALUE);
                        if (cutThis) {
                            cut.incrementAndGet();
                            closeQuietly(client);
                            closeQuietly(upstream);
                        }
                    });
                } catch (IOException closed) {
                    return;
                }
            }
        });
    }

    public int port() {
        return server.getLocalPort();
    }

    /** How many connections were cut. */
    public int cut() {
        return cut.get();
    }

    private static void pump(Socket from, Socket to, long limit) {
        byte[] buffer = new byte[512];
        long sent = 0;
        try {
            for (int n = from.getInputStream().read(buffer); n >= 0 && sent < limit;
                    n = from.getInputStream().read(buffer)) {
                to.getOutputStream().write(buffer, 0, n);
                sent += n;
            }
        } catch (IOException e) {
            // one side went away
        }
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // closed already
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
