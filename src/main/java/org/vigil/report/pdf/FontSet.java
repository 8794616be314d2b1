package org.vigil.report.pdf;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.jboss.logging.Logger;

/**
 * Font files for a report: regular and bold faces plus fallbacks tried glyph by glyph.
 *
 * <p>A code point is drawn with the requested face if it has the glyph, else with the first fallback
 * that has it, else with the other DejaVu weight; invisible format characters no face has are
 * dropped and any other code point no face has becomes '?', so no text ever refers to .notdef.
 */
public final class FontSet {

    static final int REGULAR = 0;
    static final int BOLD = 1;

    private static final Logger LOG = Logger.getLogger(FontSet.class);
    private static final int REPLACEMENT = '?';
    private static final int DROPPED = -1;

    private final List<Face> faces;
    private final Set<Integer> reported = ConcurrentHashMap.newKeySet();

    private FontSet(List<Face> faces) {
        this.faces = faces;
    }

    /** Parses each file's cmap and widths once; the result is immutable and shareable. */
    public static FontSet load(Path regular, Path bold, List<Path> fallbacks) throws IOException {
        long start = System.nanoTime();
        List<Face> faces = new ArrayList<>();
        faces.add(Face.parse(regular));
        faces.add(Face.parse(bold));
        for (Path fallback : fallbacks == null ? List.<Path>of() : fallbacks) {
            faces.add(Face.parse(fallback));
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        LOG.infof("Report fonts loaded: %d faces in %d ms", faces.size(), millis);
        return new FontSet(List.copyOf(faces));
    }

    /** Returns whether some face of this set has a glyph for the code point. */
    public boolean canRender(int codePoint) {
        for (Face face : faces) {
            if (face.covers(codePoint)) {
                return true;
            }
        }
        return false;
    }

    int faceCount() {
        return faces.size();
    }

    Path file(int face) {
        return faces.get(face).file();
    }

    /** Returns the width in points of the text as it would be drawn. */
    float width(String text, float size, boolean bold) {
        String safe = text == null ? "" : text;
        float total = 0;
        for (int i = 0; i < safe.length(); ) {
            int original = safe.codePointAt(i);
            int codePoint = renderable(original);
            if (codePoint != DROPPED) {
                total += faces.get(faceFor(codePoint, bold)).width(codePoint);
            }
            i += Character.charCount(original);
        }
        return total * size / 1000f;
    }

    /** Splits the text into runs that one face each can draw, replacing what none can. */
    List<Run> runs(String text, boolean bold) {
        List<Run> runs = new ArrayList<>();
        String safe = text == null ? "" : text;
        StringBuilder current = new StringBuilder();
        int currentFace = -1;
        for (int i = 0; i < safe.length(); i += Character.charCount(safe.codePointAt(i))) {
            int codePoint = renderable(safe.codePointAt(i));
            if (codePoint == DROPPED) {
                continue;
            }
            int face = faceFor(codePoint, bold);
            if (face != currentFace && current.length() > 0) {
                runs.add(new Run(currentFace, current.toString()));
                current.setLength(0);
            }
            currentFace = face;
            current.appendCodePoint(codePoint);
        }
        if (current.length() > 0) {
            runs.add(new Run(currentFace, current.toString()));
        }
        return runs;
    }

    private int renderable(int codePoint) {
        if (Character.isISOControl(codePoint) || Character.isWhitespace(codePoint)) {
            return ' ';
        }
        if (canRender(codePoint)) {
            return codePoint;
        }
        if (invisible(codePoint)) {
            return DROPPED;
        }
        if (reported.add(codePoint)) {
            LOG.debugf("No font has a glyph for U+%04X, writing '?' instead", codePoint);
        }
        return REPLACEMENT;
    }

    /** Returns whether the code point only modifies its neighbours, like a variation selector or a joiner. */
    private static boolean invisible(int codePoint) {
        return Character.getType(codePoint) == Character.FORMAT
                || codePoint >= 0xFE00 && codePoint <= 0xFE0F
                || codePoint >= 0xE0100 && codePoint <= 0xE01EF;
    }

    private int faceFor(int codePoint, boolean bold) {
        int primary = bold ? BOLD : REGULAR;
        if (faces.get(primary).covers(codePoint)) {
            return primary;
        }
        for (int face = 2; face < faces.size(); face++) {
            if (faces.get(face).covers(codePoint)) {
                return face;
            }
        }
        int other = bold ? REGULAR : BOLD;
        return faces.get(other).covers(codePoint) ? other : primary;
    }

    /** A stretch of text drawn with one face. */
    record Run(int face, String text) {
    }
}
