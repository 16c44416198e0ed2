package org.alliance.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Folders and files that only their owner may read: the embedded database, its password
 * and the server's local admin secret all hold or open clinical data.
 * <p>
 * On a file system without POSIX permissions (Windows) these calls create and write as
 * usual and leave access to the folder's inherited ACL.
 */
public final class OwnerOnlyFiles {

	/** {@code rwx------}. */
	public static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");

	/** {@code rw-------}. */
	public static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

	private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

	private OwnerOnlyFiles() {
	}

	/**
	 * Creates the folder (and its parents) if needed and makes it {@code rwx------}, also
	 * when an older version created it open to others.
	 */
	public static Path folder(Path folder) {
		try {
			Files.createDirectories(folder);
			if (POSIX) {
				Files.setPosixFilePermissions(folder, FOLDER);
			}
			return folder;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot create the folder " + folder, ex);
		}
	}

	/**
	 * Writes the text to the file, owner-only from its first byte: written to a temporary
	 * file created {@code rw-------}, then moved into place in one step, so a reader
	 * never sees half a file.
	 */
	public static void write(Path file, String text) {
		try {
			Path temporary = Files.createTempFile(file.getParent(), file.getFileName() + ".", ".tmp", attributes());
			try {
				Files.writeString(temporary, text, StandardCharsets.UTF_8);
				move(temporary, file);
			}
			finally {
				Files.deleteIfExists(temporary);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write " + file, ex);
		}
	}

	/**
	 * Makes every file directly in the folder {@code rw-------}: files written by a
	 * library that does not say how (H2 creates its files with the process's umask).
	 */
	public static void restrictFilesIn(Path folder) {
		if (!POSIX || !Files.isDirectory(folder)) {
			return;
		}
		try (Stream<Path> files = Files.list(folder)) {
			for (Path file : (Iterable<Path>) files::iterator) {
				restrict(file);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot restrict the files in " + folder, ex);
		}
	}

	private static void restrict(Path file) throws IOException {
		try {
			if (Files.isRegularFile(file)) {
				Files.setPosixFilePermissions(file, FILE);
			}
		}
		catch (NoSuchFileException ex) {
			// A temporary file the database deleted meanwhile.
		}
	}

	private static FileAttribute<?>[] attributes() {
		return POSIX ? new FileAttribute<?>[] { PosixFilePermissions.asFileAttribute(FILE) } : new FileAttribute<?>[0];
	}

	private static void move(Path from, Path to) throws IOException {
		try {
			Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		}
		catch (AtomicMoveNotSupportedException ex) {
			Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
		}
	}

}
