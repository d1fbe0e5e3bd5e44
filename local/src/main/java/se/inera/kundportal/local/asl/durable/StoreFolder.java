package se.inera.kundportal.local.asl.durable;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The storage folder's layout and its file operations: {@code state-machines/} and {@code executions/}, one JSON
 * file per ARN. Files are replaced atomically (a temporary file in the same directory, forced to the disk, then an
 * atomic move, then the directory forced too), so a reader sees either the old or the new content, never half of
 * one, and a finished write survives a power cut.
 */
final class StoreFolder {
    static final String STATE_MACHINES = "state-machines";
    static final String EXECUTIONS = "executions";
    private static final String SUFFIX = ".json";
    private static final String TEMPORARY_SUFFIX = ".tmp";
    /** Keeps names well below every file system's 255-byte limit, hash included. */
    private static final int READABLE_PART_LENGTH = 80;

    private final Path root;

    StoreFolder(Path root) {
        this.root = root.toAbsolutePath();
        try {
            Files.createDirectories(this.root.resolve(STATE_MACHINES));
            Files.createDirectories(this.root.resolve(EXECUTIONS));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the storage folder " + this.root, e);
        }
    }

    Path root() {
        return root;
    }

    Path stateMachineFile(String stateMachineArn) {
        return root.resolve(STATE_MACHINES).resolve(fileName(stateMachineArn));
    }

    Path executionFile(String executionArn) {
        return root.resolve(EXECUTIONS).resolve(fileName(executionArn));
    }

    /**
     * A file name safe on any file system for any ARN: the ARN's last segments with every character outside
     * {@code [A-Za-z0-9._-]} replaced, for people looking at the folder, and a hash of the whole ARN so that names
     * differing only in replaced characters or in case never share a file.
     */
    static String fileName(String arn) {
        int resourceStart = arn.indexOf(":stateMachine:") >= 0 ? arn.indexOf(":stateMachine:") + 14
                : arn.indexOf(":execution:") >= 0 ? arn.indexOf(":execution:") + 11 : 0;
        String readable = arn.substring(resourceStart).replaceAll("[^A-Za-z0-9._-]", "_");
        if (readable.length() > READABLE_PART_LENGTH) {
            readable = readable.substring(0, READABLE_PART_LENGTH);
        }
        return readable + "-" + sha256(arn).substring(0, 24) + SUFFIX;
    }

    void writeAtomically(Path file, String content) {
        Path temporary = null;
        try {
            temporary = Files.createTempFile(file.getParent(), "." + file.getFileName() + ".", TEMPORARY_SUFFIX);
            writeToDisk(temporary, content.getBytes(StandardCharsets.UTF_8));
            try {
                Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                // Only on odd file systems; the temporary file sits in the same directory, so this never copies.
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
            temporary = null;
            forceDirectory(file.getParent());
        } catch (IOException e) {
            if (temporary != null) {
                deleteQuietly(temporary);
            }
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /** Written through to the disk before the move, so that a power cut cannot leave the new name on empty content. */
    private static void writeToDisk(Path file, byte[] content) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
            ByteBuffer buffer = ByteBuffer.wrap(content);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(false);
        }
    }

    /**
     * The rename lives in the directory, not in the file: until the directory is on the disk too, a power cut can
     * bring back the old name (or none) even though the new content was forced. Opening a directory for reading
     * works on Linux and macOS, the platforms the local runtime runs on.
     */
    private static void forceDirectory(Path directory) throws IOException {
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        }
    }

    void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + file, e);
        }
    }

    /** The stored files of one kind, in name order. */
    List<Path> files(String kind) {
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(root.resolve(kind), "*" + SUFFIX)) {
            for (Path entry : entries) {
                if (!entry.getFileName().toString().startsWith(".")) {
                    files.add(entry);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + root.resolve(kind), e);
        }
        files.sort(null);
        return files;
    }

    /** Temporary files left behind by a process that died while writing: never moved, so never valid. */
    List<Path> leftoverTemporaryFiles(String kind) {
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(root.resolve(kind), ".*" + TEMPORARY_SUFFIX)) {
            entries.forEach(files::add);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + root.resolve(kind), e);
        }
        return files;
    }

    static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // A leftover temporary file is skipped on the next start anyway.
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
