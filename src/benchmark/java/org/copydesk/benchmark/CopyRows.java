package org.copydesk.benchmark;

import java.io.StringReader;
import java.util.HexFormat;
import org.postgresql.copy.CopyManager;

/** Rows in COPY's text format. */
public final class CopyRows {

    private final StringBuilder text = new StringBuilder();

    public void row(Object... values) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                text.append('\t');
            }
            if (values[i] == null) {
                text.append("\\N");
            } else {
                escape(values[i].toString());
            }
        }
        text.append('\n');
    }

    private void escape(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> text.append("\\\\");
                case '\n' -> text.append("\\n");
                case '\r' -> text.append("\\r");
                case '\t' -> text.append("\\t");
                default -> text.append(c);
            }
        }
    }

    public void copyInto(CopyManager copy, String table) throws Exception {
        copy.copyIn("copy " + table + " from stdin", new StringReader(text.toString()));
    }

    /** A bytea value in COPY's text format. */
    public static String bytea(byte[] bytes) {
        return "\\x" + HexFormat.of().formatHex(bytes);
    }
}
