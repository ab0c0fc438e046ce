package nl.samenkracht.run;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;

/**
 * Plain words for a failed write. The JVM's own messages name the symptom only ("No space left on
 * device", often without a path, and Spark wraps it three levels deep); the user needs the cause
 * and, from the caller, the folder.
 */
public final class IoMessages {
    private IoMessages() {}

    public static String describe(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = t.getMessage() == null ? "" : t.getMessage();
            if (m.contains("No space left on device")) return "the disk is full (No space left on device)";
            if (m.contains("Disk quota exceeded")) return "the disk quota is used up (Disk quota exceeded)";
            if (m.contains("Read-only file system")) return "the disk is read-only";
            if (t instanceof AccessDeniedException a) return "no permission to write " + a.getFile();
        }
        IOException io = ioCause(e);
        if (io instanceof FileSystemException f)
            return f.getFile() + (f.getReason() == null ? "" : ": " + f.getReason());
        String m = io != null ? io.getMessage() : e.getMessage();
        return m == null ? e.getClass().getSimpleName() : firstLine(m);
    }

    /** The innermost I/O exception in a cause chain, or null. */
    public static IOException ioCause(Throwable e) {
        IOException found = null;
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause())
            if (t instanceof IOException io) found = io;
        return found;
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
