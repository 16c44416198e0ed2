package org.alliance;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The TCP sockets a process listens on, read from Linux's {@code /proc} the way
 * {@code ss -ltnp} does: the process's socket inodes from {@code /proc/PID/fd}, matched
 * with the LISTEN rows ({@code st = 0A}) of {@code /proc/net/tcp} and {@code tcp6}.
 */
public final class ListeningSockets {

	private ListeningSockets() {
	}

	/** Whether this machine has {@code /proc} to read. */
	public static boolean readable() {
		return Files.isReadable(Path.of("/proc/net/tcp"));
	}

	/** Each as {@code address:port}, e.g. {@code 127.0.0.1:8080}. */
	public static Set<String> of(long pid) throws IOException {
		Set<String> inodes = new HashSet<>();
		try (Stream<Path> fds = Files.list(Path.of("/proc", String.valueOf(pid), "fd"))) {
			for (Path fd : (Iterable<Path>) fds::iterator) {
				try {
					String target = Files.readSymbolicLink(fd).toString();
					if (target.startsWith("socket:[")) {
						inodes.add(target.substring(8, target.length() - 1));
					}
				}
				catch (IOException ex) {
					// closed meanwhile
				}
			}
		}
		Set<String> listening = new TreeSet<>();
		for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
			Path file = Path.of(table);
			if (!Files.isReadable(file)) {
				continue;
			}
			for (String line : Files.readAllLines(file).subList(1, Files.readAllLines(file).size())) {
				String[] columns = line.trim().split("\\s+");
				if (columns[3].equals("0A") && inodes.contains(columns[9])) {
					listening.add(address(columns[1]));
				}
			}
		}
		return listening;
	}

	/**
	 * {@code 0100007F:1F90} is 127.0.0.1:8080: each 32-bit word in host (little-endian)
	 * order.
	 */
	private static String address(String hex) throws UnknownHostException {
		String[] parts = hex.split(":");
		byte[] bytes = new byte[parts[0].length() / 2];
		for (int word = 0; word < bytes.length / 4; word++) {
			for (int b = 0; b < 4; b++) {
				int at = word * 8 + (3 - b) * 2;
				bytes[word * 4 + b] = (byte) Integer.parseInt(parts[0].substring(at, at + 2), 16);
			}
		}
		return InetAddress.getByAddress(bytes).getHostAddress() + ":" + Integer.parseInt(parts[1], 16);
	}

}
