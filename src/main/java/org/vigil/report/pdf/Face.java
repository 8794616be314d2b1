package org.vigil.report.pdf;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;

/** One TrueType font file with the code points it covers and their advance widths. */
final class Face {

    private static final int BMP = 0x10000;

    private final Path file;
    private final float[] bmpWidths;
    private final Map<Integer, Float> astralWidths;

    private Face(Path file, float[] bmpWidths, Map<Integer, Float> astralWidths) {
        this.file = file;
        this.bmpWidths = bmpWidths;
        this.astralWidths = astralWidths;
    }

    /** Parses the file's Unicode cmap and horizontal metrics once. */
    static Face parse(Path file) throws IOException {
        try (RandomAccessReadBufferedFile input = new RandomAccessReadBufferedFile(file.toFile());
                TrueTypeFont font = new TTFParser().parse(input)) {
            if (!font.getTableMap().containsKey("glyf")) {
                // PDFBox embeds only TrueType outlines as CIDFontType2; CFF would fail at save time.
                throw new IOException("no glyf table, so not a TrueType font");
            }
            CmapLookup cmap = font.getUnicodeCmapLookup(false);
            if (cmap == null) {
                throw new IOException("no Unicode cmap");
            }
            return read(file, font, cmap);
        } catch (IOException | RuntimeException e) {
            throw new IOException("Cannot read TrueType font " + file + ": " + e.getMessage(), e);
        }
    }

    private static Face read(Path file, TrueTypeFont font, CmapLookup cmap) throws IOException {
        float scale = 1000f / font.getUnitsPerEm();
        float[] bmp = new float[BMP];
        Arrays.fill(bmp, Float.NaN);
        Map<Integer, Float> astral = new HashMap<>();

        // Glyph 0 is .notdef: a code point mapped to it is not covered.
        for (int gid = 1; gid < font.getNumberOfGlyphs(); gid++) {
            List<Integer> codes = cmap.getCharCodes(gid);
            if (codes == null) {
                continue;
            }
            float width = Math.round(font.getAdvanceWidth(gid) * scale);
            for (int code : codes) {
                if (code < BMP) {
                    bmp[code] = width;
                } else {
                    astral.put(code, width);
                }
            }
        }
        return new Face(file, bmp, Map.copyOf(astral));
    }

    Path file() {
        return file;
    }

    boolean covers(int codePoint) {
        return !Float.isNaN(width(codePoint));
    }

    /** Returns the advance in thousandths of the font size, NaN when not covered. */
    float width(int codePoint) {
        if (codePoint >= 0 && codePoint < BMP) {
            return bmpWidths[codePoint];
        }
        Float width = astralWidths.get(codePoint);
        return width == null ? Float.NaN : width;
    }
}
