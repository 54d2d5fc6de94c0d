package dev.dbpatterns.exercises.migrations.domain;

/**
 * A member's library card number: "LC", the id in eight digits, and a Luhn check digit, so a
 * mistyped number is caught at the desk. Computed in Java, which is why the backfill (task 4) is a
 * Java migration and not an UPDATE in SQL.
 */
public final class CardNumbers {
    private CardNumbers() {
    }

    public static String of(long memberId) {
        if (memberId <= 0 || memberId > 99_999_999L) {
            throw new IllegalArgumentException("No card number for member id " + memberId);
        }
        String digits = String.format("%08d", memberId);
        return "LC" + digits + checkDigit(digits);
    }

    /** Luhn: from the right, every second digit doubled (minus 9 above 9); the check digit tops the sum up to a ten. */
    static int checkDigit(String digits) {
        int sum = 0;
        for (int i = digits.length() - 1, position = 0; i >= 0; i--, position++) {
            int digit = digits.charAt(i) - '0';
            if (position % 2 == 0) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
        }
        return (10 - sum % 10) % 10;
    }
}
