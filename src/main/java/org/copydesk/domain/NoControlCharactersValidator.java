package org.copydesk.domain;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Finds the first refused control character and says which one and where, counting characters from 0. */
public class NoControlCharactersValidator implements ConstraintValidator<NoControlCharacters, CharSequence> {

    @Override
    public boolean isValid(CharSequence text, ConstraintValidatorContext context) {
        int at = firstControlCharacter(text);
        if (at < 0) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(String.format("contains the control character U+%04X at"
                + " character %d; only tab, line feed and carriage return are allowed", (int) text.charAt(at), at))
                .addConstraintViolation();
        return false;
    }

    /** The index of the first C0 control character other than tab, line feed and carriage return, or -1. */
    public static int firstControlCharacter(CharSequence text) {
        if (text == null) {
            return -1;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
                return i;
            }
        }
        return -1;
    }
}
