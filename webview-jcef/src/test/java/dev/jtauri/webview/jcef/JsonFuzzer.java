package dev.jtauri.webview.jcef;

import java.util.List;
import java.util.Random;

import dev.jtauri.ipc.JsonLimits;

/**
 * Random JSON texts as a hostile page writes them: values of every kind with nasty strings (lone
 * surrogates, escapes, separators, text that looks like Java), texts that are not JSON, and values
 * just beyond one of the page's {@link JsonLimits}.
 */
final class JsonFuzzer {

    /** Characters that break parsers, formats and encodings, one at a time. */
    static final String NASTY = "\u001e\u001d\u001f\u0000\u0001\u007f\"\\'{}[]:,%|+ \t\n\r#?/.-0123456789eE"
            + "\u00e9\u00ff\u0100\u2028\u2029\ufeff\ufffd\uffff\ud800\udbff\udc00\udfff";

    private static final List<String> WORDS = List.of("Ada", "", "main", "__CHANNEL__:", "__CHANNEL__:7",
            "__CHANNEL__:x", "plugin:", "java.lang.String", "null", "true", "-0", "1e400", "\u00e9t\u00e9",
            "\ud83d\ude00", "LOW", "high", "HIGH", "Any", "WebviewWindow", "../../etc/passwd", "C:\\x", "%00", "%zz");

    private final Random random;

    private final JsonLimits limits;

    JsonFuzzer(Random random, JsonLimits limits) {
        this.random = random;
        this.limits = limits;
    }

    /** Any valid JSON value, nesting at most a few levels. */
    String value() {
        return value(0);
    }

    private String value(int depth) {
        int kinds = (depth >= 3) ? 5 : 8;
        return switch (this.random.nextInt(kinds)) {
            case 0 -> "null";
            case 1 -> this.random.nextBoolean() ? "true" : "false";
            case 2 -> Integer.toString(this.random.nextInt(2001) - 1000);
            case 3 -> number();
            case 4 -> string();
            case 5 -> array(depth);
            case 6 -> object(depth);
            default -> quoted(pick(WORDS));
        };
    }

    /** A number of the kinds binding gets wrong: large, negative zero, fractions, exponents. */
    String number() {
        return switch (this.random.nextInt(8)) {
            case 0 -> Long.toString(this.random.nextLong());
            case 1 -> "2147483648";
            case 2 -> "-9223372036854775809";
            case 3 -> "-0";
            case 4 -> "1.5";
            case 5 -> "1e400";
            case 6 -> "4.9e-325";
            default -> Double.toString(this.random.nextGaussian() * 1e6);
        };
    }

    /** A JSON string whose content mixes words, escapes, raw Unicode and lone surrogates. */
    String string() {
        StringBuilder text = new StringBuilder("\"");
        int parts = this.random.nextInt(6);
        for (int i = 0; i < parts; i++) {
            switch (this.random.nextInt(9)) {
                case 0 -> text.append(pick(WORDS).replace("\\", "\\\\"));
                case 1 -> text.append(pick(List.of("\\n", "\\\"", "\\\\", "\\/", "\\u00e9", "\\u001e", "\\u0000")));
                case 2 -> text.append(pick(List.of("\\ud800", "\\udfff", "\\ud83d", "\\ude00x", "\\ud83d\\ude00")));
                case 3 -> text.append(pick(List.of("\ud800", "\udc00", "\ud83d", "a\udfffb")));
                case 4 -> text.append("\u00e9\u4e2d\ud83d\ude00\u2028");
                case 5 -> text.append("x".repeat(this.random.nextInt(40)));
                case 6 -> text.append(Integer.toHexString(this.random.nextInt()));
                case 7 -> text.append("dev.jtauri.Secret");
                default -> text.append(' ');
            }
        }
        return text.append('"').toString();
    }

    private String array(int depth) {
        StringBuilder array = new StringBuilder("[");
        int size = this.random.nextInt(5);
        for (int i = 0; i < size; i++) {
            array.append((i > 0) ? "," : "").append(value(depth + 1));
        }
        return array.append(']').toString();
    }

    private String object(int depth) {
        StringBuilder object = new StringBuilder("{");
        int size = this.random.nextInt(5);
        for (int i = 0; i < size; i++) {
            object.append((i > 0) ? "," : "").append(string()).append(':').append(value(depth + 1));
        }
        return object.append('}').toString();
    }

    /** An object of named arguments: each name given a valid value of any kind. */
    String arguments(List<String> names) {
        StringBuilder object = new StringBuilder("{");
        for (int i = 0; i < names.size(); i++) {
            if (this.random.nextInt(8) == 0) {
                continue;
            }
            object.append((object.length() > 1) ? "," : "").append(quoted(names.get(i))).append(':').append(value());
        }
        return object.append('}').toString();
    }

    /** A text that is not JSON, or not only JSON. */
    String broken() {
        String valid = value();
        return switch (this.random.nextInt(14)) {
            case 0 -> valid.substring(0, this.random.nextInt(valid.length() + 1)) + "{";
            case 1 -> "{\"a\":1,}";
            case 2 -> "[1,2";
            case 3 -> "{'name':'single quotes'}";
            case 4 -> "{\"name\":\"raw \u0001 control\"}";
            case 5 -> "{\"a\":NaN,\"b\":Infinity}";
            case 6 -> "/* comment */ {}";
            case 7 -> "{\"a\":01}";
            case 8 -> "{\"a\":\"\\x\"}";
            case 9 -> "{\"a\":\"\\u12\"}";
            case 10 -> valid + " " + valid;
            case 11 -> "{".repeat(1 + this.random.nextInt(50));
            case 12 -> "";
            default -> text(1 + this.random.nextInt(30));
        };
    }

    /** Valid JSON just beyond one of the limits, or a document beyond the payload size. */
    String beyondLimits(long maxPayloadSize) {
        int depth = this.limits.maxNestingDepth() + 1 + this.random.nextInt(this.limits.maxNestingDepth() * 4);
        return switch (this.random.nextInt(7)) {
            case 0 -> "[".repeat(depth) + "]".repeat(depth);
            case 1 -> "{\"a\":".repeat(depth) + "1" + "}".repeat(depth);
            case 2 -> "{\"name\":\"" + "s".repeat(this.limits.maxStringLength() + 1 + this.random.nextInt(100)) + "\"}";
            case 3 -> "{\"a\":" + "9".repeat(this.limits.maxNumberLength() + 1 + this.random.nextInt(100)) + "}";
            case 4 -> "{\"a\":0." + "1".repeat(this.limits.maxNumberLength() + 1) + "}";
            case 5 -> "{\"" + "k".repeat(this.limits.maxNameLength() + 1) + "\":1}";
            default -> (this.random.nextInt(20) == 0)
                    ? "{\"name\":\"" + "d".repeat((int) maxPayloadSize + this.random.nextInt(100)) + "\"}"
                    : "{\"value\":[" + "1,".repeat(20_000) + "1]}";
        };
    }

    /** Raw text of nasty characters. */
    String text(int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(nastyChar());
        }
        return text.toString();
    }

    char nastyChar() {
        if (this.random.nextInt(4) == 0) {
            return (char) this.random.nextInt(0x10000);
        }
        return NASTY.charAt(this.random.nextInt(NASTY.length()));
    }

    <T> T pick(List<T> choices) {
        return choices.get(this.random.nextInt(choices.size()));
    }

    static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
