package dev.jtauri.e2e;

import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

/**
 * What the child app tells the test that launched it: one line on standard output per fact,
 * {@code E2E <json>}, read by {@code AppProcess} in the tests.
 */
public final class Reports {

    /** The prefix of every report line. */
    public static final String PREFIX = "E2E ";

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private Reports() {
    }

    /**
     * Print one report.
     * @param type what kind of fact
     * @param fields its fields
     */
    public static void print(String type, Object... fields) {
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("type", type);
        for (int i = 0; i + 1 < fields.length; i += 2) {
            report.put((String) fields[i], fields[i + 1]);
        }
        synchronized (System.out) {
            System.out.println(PREFIX + MAPPER.writeValueAsString(report));
            System.out.flush();
        }
    }
}
