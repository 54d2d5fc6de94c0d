package dev.dbpatterns.kit.learn;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dbpatterns.kit.learn.engine.RunningTest;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** What a grading JVM sends back is read only when it carries the grader's secret. */
@DisplayName("the grading channel")
class GradingChannelTest {
    private final String secret = GradingChannel.newSecret();
    private final ByteArrayOutputStream sent = new ByteArrayOutputStream();
    private final GradingChannel channel = GradingChannel.open(new BufferedReader(new StringReader(secret + "\n")),
            new PrintStream(sent, true, StandardCharsets.UTF_8));

    @Test
    @DisplayName("carries tests as they start and the grade, with the secret")
    void messagesWithTheSecret() {
        channel.started("repository", new RunningTest(List.of(1, 4), "MyBatis reviews › finds a review\nby id"));
        channel.grade("{\"points\": 13}\n");
        List<String> lines = sent.toString(StandardCharsets.UTF_8).lines().toList();

        assertThat(lines).hasSize(2).allSatisfy(line -> assertThat(line).startsWith(secret + " "));
        assertThat(GradingChannel.read(secret, lines.get(0)))
                .isEqualTo(new GradingChannel.Message.Started("repository", List.of(1, 4), "MyBatis reviews › finds a review by id"));
        assertThat(GradingChannel.read(secret, lines.get(1))).isEqualTo(new GradingChannel.Message.Grade("{\"points\": 13}\n"));
    }

    @Test
    @DisplayName("ignores a grade sent without the secret, or cut off")
    void forgedOrGarbled() {
        channel.grade("{\"points\": 13}");
        String line = sent.toString(StandardCharsets.UTF_8).strip();
        String forged = line.replace(secret, GradingChannel.newSecret());

        assertThat(GradingChannel.read(secret, forged)).isNull();
        assertThat(GradingChannel.read(secret, "13 of 13 points")).isNull();
        assertThat(GradingChannel.read(secret, secret + " test repository")).isNull();
        assertThat(GradingChannel.read(secret, secret + " grade %%%")).isNull();
    }
}
