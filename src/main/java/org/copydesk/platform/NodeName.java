package org.copydesk.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The name of this node among those sharing the database, as the audit trail names who ran automatic steps. */
@ApplicationScoped
public class NodeName {

    @Inject
    @ConfigProperty(name = "copydesk.node.name")
    Optional<String> configured;

    private volatile String name;

    public String get() {
        if (name == null) {
            name = configured.filter(value -> !value.isBlank()).orElseGet(NodeName::hostAndProcess);
        }
        return name;
    }

    private static String hostAndProcess() {
        try {
            return InetAddress.getLocalHost().getHostName() + "/" + ProcessHandle.current().pid();
        } catch (UnknownHostException e) {
            return "pid " + ProcessHandle.current().pid();
        }
    }
}
