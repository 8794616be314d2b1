package org.vigil.report;

import jakarta.ws.rs.core.Response;
import org.vigil.Sha256;

/**
 * A finished report: its id, what to call the file, the PDF bytes and their digest.
 *
 * @param sha256 {@code sha256:} and the hex digest of {@code pdf}, for the ETag and the audit trail
 */
public record RenderedReport(String id, String fileName, byte[] pdf, String sha256) {

    public static final String PDF = "application/pdf";

    public RenderedReport(String id, String fileName, byte[] pdf) {
        this(id, fileName, pdf, "sha256:" + Sha256.hex(pdf));
    }

    /** Returns the report as a download, its id and digest in headers so a script can file it. */
    public Response response() {
        return Response.ok(pdf, PDF)
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
                .header("X-Vigil-Report-Id", id)
                .header("ETag", "\"" + sha256 + "\"")
                .build();
    }
}
