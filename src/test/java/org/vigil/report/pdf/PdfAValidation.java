package org.vigil.report.pdf;

import java.io.ByteArrayInputStream;
import java.util.List;

import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** Runs veraPDF's PDF/A-2b profile over a file and lists the rules it fails. */
public final class PdfAValidation {

    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private PdfAValidation() {
    }

    public static List<String> failures(byte[] pdf) throws Exception {
        try (PDFAParser parser = Foundries.defaultInstance()
                        .createParser(new ByteArrayInputStream(pdf), PDFAFlavour.PDFA_2_B);
                PDFAValidator validator = Foundries.defaultInstance()
                        .createValidator(PDFAFlavour.PDFA_2_B, false)) {
            ValidationResult result = validator.validate(parser);
            List<String> failures = result.getTestAssertions().stream()
                    .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                    .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + " "
                            + a.getMessage() + " at " + a.getLocation().getContext())
                    .distinct()
                    .toList();
            return result.isCompliant() || !failures.isEmpty() ? failures : List.of("not compliant");
        }
    }
}
