package io.eventd.cluster.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP port in front of a server that can be shut and opened again: shut, it refuses new connections and cuts the
 * open ones, as a stopped server would (a real connection pool then waits out its own borrow timeout); open, it
 * forwards every connection to the server again, on the same port.
 */
public final class TcpGate implements AutoCloseable {
    private static final int BUFFER = 16 * 1024;

    private final int serverPort;
    private final int port;
    private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();
    private volatile ServerSocket listener;

    public TcpGate(int serverPort) {
        this.serverPort = serverPort;
        this.port = listen(0);
    }

    /** The gate's own port: connect here instead of to the server. */
    public int port() {
        return port;
    }

    /** Refuses connections and cuts the open ones. */
    public synchronized void shut() {
        closeQuietly(listener);
        listener = null;
        sockets.forEach(TcpGate::closeQuietly);
        sockets.clear();
    }

    /** Forwards connections again. */
    public synchronized void open() {
        if (listener == null) {
            listen(port);
        }
    }

    @Override
    public void close() {
        shut();
    }

    private int listen(int onPort) {
        try {
            ServerSocket socket = new ServerSocket();
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), onPort));
            listener = socket;
            Thread accepting = new Thread(() -> accept(socket), "tcp-gate-accept-" + socket.getLocalPort());
            accepting.setDaemon(true);
            accepting.start();
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on port " + onPort, e);
        }
    }

    private void accept(ServerSocket socket) {
        while (true) {
            Socket client;
            try {
                client = socket.accept();
            } catch (IOException e) {
                return; // shut
            }
            try {
                Socket server = new Socket(InetAddress.getLoopbackAddress(), serverPort);
                sockets.add(client);
                sockets.add(server);
                if (socket.isClosed()) {
                    // Shut while this connection was being made: cut it too.
                    closeQuietly(client);
                    closeQuietly(server);
                    return;
                }
                pump(client, server);
                pump(server, client);
            } catch (IOException e) {
                closeQuietly(client);
            }
        }
    }

    private void pump(Socket from, Socket to) {
        Thread thread = new Thread(() -> {
            byte[] buffer = new byte[BUFFER];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    out.write(buffer, 0, n);
                    out.flush();
                }
            } catch (IOException e) {
                // Cut by shut() or by either end.
            } finally {
                closeQuietly(from);
                closeQuietly(to);
                sockets.remove(from);
                sockets.remove(to);
            }
        }, "tcp-gate-pump");
        thread.setDaemon(true);
        thread.start();
    }

    private static void closeQuietly(AutoCloseable closeable) {
        if (closeable == null) {
            return;
        }
        try {
            closeable.close();
        } catch (Exception e) {
            // Closing what is broken already.
        }
    }
}
