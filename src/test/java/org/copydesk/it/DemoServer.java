package org.copydesk.it;

/** The README's run command: Copydesk with its sample articles on http://127.0.0.1:8080, until Ctrl-C. */
public final class DemoServer {

    private DemoServer() {
    }

    public static void main(String[] args) throws InterruptedException {
        CopydeskServer server = CopydeskServer.demo();
        Runtime.getRuntime().addShutdownHook(new Thread(server::close));
        server.start();
        System.out.println("""

                Copydesk is running on %s
                  API          %sapi/articles   %sapi/tasks
                  OpenAPI      %sopenapi
                  Health       %shealth/ready
                Press Ctrl-C to stop.
                """.formatted(server.baseUri(), server.baseUri(), server.baseUri(), server.baseUri(), server.baseUri()));
        server.await();
    }
}
