package org.vigil.report;

import jakarta.ws.rs.core.Response;
import org.vigil.Sha256;

/** A finished report: its id, what to call the file, and the PDF bytes. */
public record RenderedReport(String id, String fileName, byte[] pdf) {

    public static final String PDF = "application/pdf";

    /** Returns the report as a download, its id and digest in headers so a script can file it. */
    public Response response() {
        return Response.ok(pdf, PDF)
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
                .header("X-Vigil-Report-Id", id)
                .header("ETag", "\"sha256:" + Sha256.hex(pdf) + "\"")
                .build();
    }
}
