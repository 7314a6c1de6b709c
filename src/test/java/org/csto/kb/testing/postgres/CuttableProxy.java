package org.csto.kb.testing.postgres;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP proxy on the loopback that a test can cut, as if the server behind it went down
 * (connections drop, new ones are refused), and restore on the same port, as if it came
 * back.
 */
public final class CuttableProxy implements Closeable {

	private final String targetHost;

	private final int targetPort;

	private final int port;

	private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();

	private volatile ServerSocket server;

	public CuttableProxy(String targetHost, int targetPort) throws IOException {
		this.targetHost = targetHost;
		this.targetPort = targetPort;
		this.server = listen(0);
		this.port = server.getLocalPort();
		accept(server);
	}

	public int port() {
		return port;
	}

	/** Drops every connection and refuses new ones. */
	public synchronized void cut() throws IOException {
		server.close();
		for (Socket socket : sockets) {
			socket.close();
		}
		sockets.clear();
	}

	public synchronized void restore() throws IOException {
		if (server.isClosed()) {
			server = listen(port);
			accept(server);
		}
	}

	@Override
	public void close() throws IOException {
		cut();
	}

	private static ServerSocket listen(int port) throws IOException {
		ServerSocket socket = new ServerSocket();
		socket.setReuseAddress(true);
		socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
		return socket;
	}

	private void accept(ServerSocket listening) {
		daemon("proxy-accept", () -> {
			while (!listening.isClosed()) {
				Socket client;
				try {
					client = listening.accept();
				}
				catch (IOException ex) {
					continue; // closed by cut()
				}
				try {
					connect(listening, client, new Socket(targetHost, targetPort));
				}
				catch (IOException ex) {
					closeQuietly(client); // the target is down too: the client sees its
											// connection drop
				}
			}
		});
	}

	private void connect(ServerSocket listening, Socket client, Socket target) {
		synchronized (this) {
			if (listening.isClosed()) {
				closeQuietly(client);
				closeQuietly(target);
				return;
			}
			sockets.add(client);
			sockets.add(target);
		}
		pipe(client, target);
		pipe(target, client);
	}

	private void pipe(Socket from, Socket to) {
		daemon("proxy-pipe", () -> {
			try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
				in.transferTo(out);
			}
			catch (IOException ex) {
				// one side went away; closing both below tells the other
			}
			finally {
				closeQuietly(from);
				closeQuietly(to);
				sockets.remove(from);
				sockets.remove(to);
			}
		});
	}

	private static void daemon(String name, Runnable task) {
		Thread thread = new Thread(task, name);
		thread.setDaemon(true);
		thread.start();
	}

	private static void closeQuietly(Socket socket) {
		try {
			socket.close();
		}
		catch (IOException ex) {
			// already closed
		}
	}

}
