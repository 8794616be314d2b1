/**
 * Lays out Vigil's reports as reproducible PDF/A-2b documents on Apache PDFBox: flowing text,
 * tables and vector charts, with glyph-by-glyph font fallback.
 *
 * <p>Plain Java without CDI, so benchmarks and tests construct it directly: load a {@link
 * org.vigil.report.pdf.FontSet} once, then build each document with a {@link
 * org.vigil.report.pdf.PdfReport}.
 */
package org.vigil.report.pdf;
