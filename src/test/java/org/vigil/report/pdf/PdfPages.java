package org.vigil.report.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.text.PDFTextStripper;

/** Reads a produced PDF back: the text of each page and the fonts it uses. */
public final class PdfPages {

    private PdfPages() {
    }

    public static List<String> texts(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<String> pages = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                pages.add(stripper.getText(document));
            }
            return pages;
        }
    }

    public static String text(byte[] pdf) throws IOException {
        return String.join("\n", texts(pdf));
    }

    /** Returns the base font names, subset tag included, of every font any page uses. */
    static Set<String> fontNames(byte[] pdf) throws IOException {
        Set<String> names = new TreeSet<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (PDPage page : document.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    names.add(resources.getFont(name).getName());
                }
            }
        }
        return names;
    }
}
