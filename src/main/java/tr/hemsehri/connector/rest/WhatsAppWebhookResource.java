package tr.hemsehri.connector.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import tr.hemsehri.connector.whatsapp.WhatsAppWebhookService;

/** Meta calls this without our credentials; the verify token and the body signature are the authentication. */
@Path("/webhooks/whatsapp")
public class WhatsAppWebhookResource {
    @Inject
    WhatsAppWebhookService webhooks;

    @GET
    @Produces(MediaType.TEXT_PLAIN)
    public String verify(@QueryParam("hub.mode") String mode, @QueryParam("hub.verify_token") String token,
            @QueryParam("hub.challenge") String challenge) {
        return webhooks.verify(mode, token, challenge);
    }

    /** The body is taken as raw bytes: the signature covers them exactly as sent. */
    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.TEXT_PLAIN)
    public String receive(byte[] body, @HeaderParam("X-Hub-Signature-256") String signature) {
        webhooks.receive(body, signature);
        return "EVENT_RECEIVED";
    }
}
