package org.vigil.report.pdf;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Calendar;
import java.util.GregorianCalendar;

import javax.xml.transform.TransformerException;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.AdobePDFSchema;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.type.BadFieldValueException;
import org.apache.xmpbox.xml.XmpSerializer;

/** What makes a finished document PDF/A-2b: matching Info and XMP, an sRGB output intent, a fixed /ID. */
final class Archive {

    static final String PRODUCER = "Vigil report toolkit on Apache PDFBox 3";
    private static final String SRGB = "sRGB IEC61966-2.1";

    private Archive() {
    }

    static void apply(PDDocument document, PdfMetadata metadata, byte[] id) throws IOException {
        Calendar created = GregorianCalendar.from(metadata.created().toZonedDateTime());
        information(document, metadata, created);
        document.getDocumentCatalog().setMetadata(xmp(document, metadata, created));
        document.getDocumentCatalog().addOutputIntent(outputIntent(document));
        identify(document, id);
    }

    private static void information(PDDocument document, PdfMetadata metadata, Calendar created) {
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(orNull(metadata.title()));
        info.setSubject(orNull(metadata.subject()));
        info.setAuthor(orNull(metadata.author()));
        info.setKeywords(orNull(keywords(metadata)));
        info.setCreator(orNull(metadata.creator()));
        info.setProducer(PRODUCER);
        info.setCreationDate(created);
        info.setModificationDate(created);
    }

    private static PDMetadata xmp(PDDocument document, PdfMetadata metadata, Calendar created)
            throws IOException {
        XMPMetadata xmp = XMPMetadata.createXMPMetadata();
        dublinCore(xmp, metadata);
        AdobePDFSchema pdf = xmp.createAndAddAdobePDFSchema();
        pdf.setProducer(PRODUCER);
        if (!metadata.keywords().isEmpty()) {
            pdf.setKeywords(keywords(metadata));
        }
        XMPBasicSchema basic = xmp.createAndAddXMPBasicSchema();
        if (!metadata.creator().isEmpty()) {
            basic.setCreatorTool(metadata.creator());
        }
        basic.setCreateDate(created);
        basic.setModifyDate(created);
        identifyPdfA(xmp);

        PDMetadata stream = new PDMetadata(document);
        stream.importXMPMetadata(serialize(xmp));
        return stream;
    }

    private static void dublinCore(XMPMetadata xmp, PdfMetadata metadata) {
        DublinCoreSchema dc = xmp.createAndAddDublinCoreSchema();
        dc.setFormat("application/pdf");
        if (!metadata.title().isEmpty()) {
            dc.setTitle(metadata.title());
        }
        if (!metadata.subject().isEmpty()) {
            dc.setDescription(metadata.subject());
        }
        if (!metadata.author().isEmpty()) {
            dc.addCreator(metadata.author());
        }
        metadata.keywords().forEach(dc::addSubject);
    }

    private static void identifyPdfA(XMPMetadata xmp) {
        PDFAIdentificationSchema pdfa = xmp.createAndAddPDFAIdentificationSchema();
        pdfa.setPart(2);
        try {
            pdfa.setConformance("B");
        } catch (BadFieldValueException e) {
            throw new IllegalStateException("B is a conformance level of PDF/A-2", e);
        }
    }

    private static byte[] serialize(XMPMetadata xmp) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new XmpSerializer().serialize(xmp, out, true);
        } catch (TransformerException e) {
            throw new IOException("Cannot write XMP metadata", e);
        }
        return out.toByteArray();
    }

    private static PDOutputIntent outputIntent(PDDocument document) throws IOException {
        byte[] profile = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
        PDOutputIntent intent = new PDOutputIntent(document, new ByteArrayInputStream(profile));
        intent.setInfo(SRGB);
        intent.setOutputCondition(SRGB);
        intent.setOutputConditionIdentifier(SRGB);
        intent.setRegistryName("http://www.color.org");
        return intent;
    }

    /** Sets both /ID entries so that PDFBox does not derive one from the clock. */
    private static void identify(PDDocument document, byte[] id) {
        COSArray ids = new COSArray();
        ids.add(new COSString(id, true));
        ids.add(new COSString(id, true));
        document.getDocument().getTrailer().setItem(COSName.ID, ids);
    }

    private static String keywords(PdfMetadata metadata) {
        return String.join(", ", metadata.keywords());
    }

    private static String orNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }
}
