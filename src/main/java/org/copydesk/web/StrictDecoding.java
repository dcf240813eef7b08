package org.copydesk.web;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;

/**
 * Request bodies read as text in their declared charset. Bytes that are not text in that charset are refused with
 * the offset of the first one, rather than silently replaced: a wrongly declared charset otherwise becomes
 * replacement characters in an accepted article.
 */
public final class StrictDecoding {

    private StrictDecoding() {
    }

    /** The text, or a 422 naming the first byte that does not decode, followed by {@code advice}. */
    public static String decode(byte[] bytes, Charset charset, String advice) {
        CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate((int) Math.ceil(bytes.length * (double) decoder.maxCharsPerByte()) + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int offset = in.position();
            throw ProblemException.unprocessable(String.format("The body is not valid %s: byte %d (0x%02X) does not"
                    + " form a character%s", charset.name(), offset, bytes[offset], advice));
        }
        return out.flip().toString();
    }
}
