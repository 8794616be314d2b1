package org.vigil.account;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The login form for Vigil's pages. It posts to Quarkus's {@code /j_security_check}, which
 * sets an encrypted session cookie; a refused sign-in comes back here with a notice.
 */
@Path("/login")
@PermitAll
public class LoginPage {

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public String form(@QueryParam("failed") String failed, @QueryParam("paused") String paused) {
        String notice = "";
        if (paused != null) {
            notice = "<p class=\"notice\" role=\"alert\">Too many failed sign-ins. Wait a few minutes"
                    + " and try again.</p>";
        } else if (failed != null) {
            notice = "<p class=\"notice\" role=\"alert\">That username and password were not accepted.</p>";
        }
        return """
                <!DOCTYPE html>
                <html lang="en">
                <head>
                  <meta charset="utf-8">
                  <meta name="viewport" content="width=device-width, initial-scale=1">
                  <title>Sign in · Vigil</title>
                  <link rel="stylesheet" href="/login.css">
                </head>
                <body>
                  <main>
                    <h1>Vigil</h1>
                    <p class="lede">AI-safety governance: standards, evidence and their gaps.</p>
                    %s
                    <form method="post" action="/j_security_check">
                      <label for="username">Username</label>
                      <input id="username" name="j_username" autocomplete="username" required autofocus>
                      <label for="password">Password</label>
                      <input id="password" name="j_password" type="password"
                             autocomplete="current-password" required>
                      <button type="submit">Sign in</button>
                    </form>
                    <p class="note">Scripts and CI sign in with HTTP Basic or a personal API token
                      (<code>POST /api/tokens</code>).</p>
                  </main>
                </body>
                </html>
                """.formatted(notice);
    }
}
