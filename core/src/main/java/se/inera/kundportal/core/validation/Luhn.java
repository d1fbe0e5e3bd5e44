package se.inera.kundportal.core.validation;

/**
 * The Luhn (mod 10) check digit used by Swedish personnummer and organisationsnummer.
 * Weights 2,1,2,1… from the left over the first nine digits.
 */
public final class Luhn {
    private Luhn() {
    }

    /** The check digit for a string of decimal digits (the digits before the check digit). */
    public static int checkDigit(CharSequence digits) {
        int sum = 0;
        boolean doubleIt = true; // the rightmost payload digit is doubled
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (d < 0 || d > 9) {
                throw new IllegalArgumentException("not a digit at " + i);
            }
            if (doubleIt) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            doubleIt = !doubleIt;
        }
        return (10 - sum % 10) % 10;
    }

    /** True when the last digit is the Luhn check digit of the ones before it. */
    public static boolean isValid(CharSequence digitsWithCheck) {
        int n = digitsWithCheck.length();
        if (n < 2) {
            return false;
        }
        return checkDigit(digitsWithCheck.subSequence(0, n - 1)) == digitsWithCheck.charAt(n - 1) - '0';
    }
}
