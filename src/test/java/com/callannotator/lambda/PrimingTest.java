package com.callannotator.lambda;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.callannotator.testutils.InsightsStandIn;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import org.junit.jupiter.api.Test;

final class PrimingTest {

    @Test
    void warmUp_touchesNoNetworkAndPrintsNothing() {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream previous = System.out;
        System.setOut(new PrintStream(printed, true, UTF_8));
        try (InsightsStandIn insights = InsightsStandIn.start()) {

            Priming.warmUp();

            assertEquals(0, insights.server().getAllServeEvents().size());
        } finally {
            System.setOut(previous);
        }
        assertEquals("", printed.toString(UTF_8));
    }

    @Test
    void beforeCheckpoint_waitsForTheWarmUp() throws Exception {
        Priming priming = Priming.start();

        priming.beforeCheckpoint(null);

        assertTrue(priming.isWarm());
    }
}
