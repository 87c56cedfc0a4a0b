package nl.personacanvas.io;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * Reads the timestamps of a workbook file. The app writes them as {@code 2026-01-15T09:00:00Z}; that form is
 * read directly (java.time's ISO parser took a tenth of reading a large workbook for 2,000 of them), anything
 * else goes through {@link Instant#parse}, so what is accepted and refused does not change.
 */
final class Timestamps {
    private static final int CANONICAL_LENGTH = 20;

    private Timestamps() {
    }

    /** @throws DateTimeParseException as {@link Instant#parse} does for a text that is no ISO instant */
    static Instant parse(String text) {
        Instant direct = canonical(text);
        return direct != null ? direct : Instant.parse(text);
    }

    /** The instant of a text of exactly the form yyyy-MM-ddTHH:mm:ssZ with valid fields, else null. */
    private static Instant canonical(String s) {
        if (s.length() != CANONICAL_LENGTH || s.charAt(4) != '-' || s.charAt(7) != '-' || s.charAt(10) != 'T'
                || s.charAt(13) != ':' || s.charAt(16) != ':' || s.charAt(19) != 'Z') {
            return null;
        }
        int year = digits(s, 0, 4);
        int month = digits(s, 5, 2);
        int day = digits(s, 8, 2);
        int hour = digits(s, 11, 2);
        int minute = digits(s, 14, 2);
        int second = digits(s, 17, 2);
        // A leap second (60) and anything odd are left to Instant.parse.
        if (year < 0 || month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0 || second > 59) {
            return null;
        }
        try {
            return LocalDateTime.of(year, month, day, hour, minute, second).toInstant(ZoneOffset.UTC);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** The decimal number of {@code count} ASCII digits at {@code from}, or -1. */
    private static int digits(String s, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
