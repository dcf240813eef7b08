package org.copydesk.it;

/**
 * The README's run command: a local Keycloak with the Copydesk realm, then Copydesk with its sample articles on
 * http://127.0.0.1:8080, until Ctrl-C.
 */
public final class DemoServer {

    private DemoServer() {
    }

    public static void main(String[] args) throws Exception {
        KeycloakServer keycloak = new KeycloakServer(8180);
        CopydeskServer server = CopydeskServer.demo(keycloak);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            try {
                keycloak.stop();
            } catch (java.io.IOException e) {
                System.err.println("Stopping Keycloak failed: " + e.getMessage());
            }
        }));
        System.out.println("Starting Keycloak on " + keycloak.baseUri() + " ...");
        keycloak.start();
        System.out.println("Starting Copydesk on " + server.baseUri() + " ...");
        server.start();
        System.out.println("""

                Copydesk is running.
                  Portal       %1$sportal/          (sign in as one of the demo users below)
                  API          %1$sapi/articles     %1$sapi/tasks   (bearer token from Keycloak)
                  OpenAPI      %1$sopenapi
                  Health       %1$shealth/ready
                  Keycloak     %2$s   (realm copydesk; admin console user admin/admin)

                Demo users (password = username):
                  triage       triage-editor
                  factchecker  fact-checker
                  publisher    publisher
                  editor       triage-editor, fact-checker, publisher
                  admin        admin
                  reader       reader
                  ingest       ingest          (service account: client copydesk-ingest, secret copydesk-ingest-secret)

                A token for the API:
                  curl -s -d grant_type=password -d client_id=copydesk-cli -d username=triage -d password=triage \
                       %3$s/protocol/openid-connect/token
                Press Ctrl-C to stop.
                """.formatted(server.baseUri(), keycloak.baseUri(), keycloak.issuer()));
        server.await();
    }
}
