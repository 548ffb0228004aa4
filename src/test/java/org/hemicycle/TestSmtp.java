package org.hemicycle;

import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real SMTP server (GreenMail) on a free port, for tests that follow a message out of the outbox: give its port to
 * spring.mail.port and register it with {@code @RegisterExtension}: it starts before the class's tests and stops after
 * them (a test may also stop and start it again, as an outage).
 */
public final class TestSmtp implements BeforeAllCallback, AfterAllCallback {

    private final int port = freePort();
    private GreenMail server = newServer();

    public int port() {
        return port;
    }

    /** A stopped GreenMail cannot start again: a new one takes its port, with none of the earlier messages. */
    public void start() {
        if (server.isRunning()) {
            return;
        }
        server = newServer();
        server.start();
    }

    private GreenMail newServer() {
        return new GreenMail(new ServerSetup(port, "localhost", ServerSetup.PROTOCOL_SMTP));
    }

    /** Registered with {@code @RegisterExtension}: started before the class's tests, stopped after them. */
    @Override
    public void beforeAll(ExtensionContext context) {
        start();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        stop();
    }

    public void stop() {
        server.stop();
    }

    public List<MimeMessage> messagesTo(String to) {
        return Arrays.stream(server.getReceivedMessages()).filter(message -> sentTo(message, to)).toList();
    }

    /** The {@code count}th message to this address, once it has arrived. */
    public MimeMessage awaitMessage(String to, int count) {
        await().atMost(Duration.ofSeconds(30)).until(() -> messagesTo(to).size() >= count);
        return messagesTo(to).get(count - 1);
    }

    private static boolean sentTo(MimeMessage message, String to) {
        try {
            return message.getAllRecipients() != null
                    && Arrays.stream(message.getAllRecipients()).anyMatch(address -> address.toString().equals(to));
        } catch (MessagingException unreadable) {
            return false;
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
    }
}
