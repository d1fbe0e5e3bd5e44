package se.inera.kundportal.local.asl.intrinsics;

import com.dashjoin.jsonata.JException;
import com.dashjoin.jsonata.Jsonata;
import com.dashjoin.jsonata.Utils;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * AWS's JSONata extension functions for JSONata states: {@code $partition}, {@code $range},
 * {@code $hash}, {@code $random}, {@code $uuid} and {@code $parse}.
 *
 * <p>Values are JSONata's Java forms (maps, lists, {@link Number}s, strings, booleans). A failing call
 * throws {@link JsonataFunctionException} (a {@link JException}) whose {@code getError()} is
 * {@code "States.QueryEvaluationError"} and whose message describes the failure; the engine reports it as {@code States.QueryEvaluationError}, exactly as
 * it reports JSONata's own evaluation errors.
 */
public final class JsonataFunctions {
    /** The error code of every {@link JException} these functions throw. */
    public static final String ERROR = "States.QueryEvaluationError";

    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonataFunctions() {}

    /** Registers every extension on {@code expression}; call once after compiling it. */
    public static void registerAll(Jsonata expression) {
        expression.registerFunction("partition", callable("partition", JsonataFunctions::partition));
        expression.registerFunction("range", callable("range", JsonataFunctions::range));
        expression.registerFunction("hash", callable("hash", JsonataFunctions::hash));
        expression.registerFunction("random", callable("random", JsonataFunctions::random));
        expression.registerFunction("uuid", callable("uuid", JsonataFunctions::uuid));
        expression.registerFunction("parse", callable("parse", JsonataFunctions::parse));
    }

    @FunctionalInterface
    private interface Extension {
        Object apply(Args args);
    }

    private static Jsonata.JFunction callable(String name, Extension extension) {
        // No JSONata signature: argument checks are ours, so the error texts stay under our control.
        return new Jsonata.JFunction((input, args) -> extension.apply(new Args(name, args)), null);
    }

    /** {@code $partition(array, size)}: consecutive chunks of at most {@code size} elements. */
    static Object partition(Args args) {
        args.requireExactly(2);
        List<?> array = args.array(0);
        long size = args.integer(1);
        if (size <= 0) {
            throw args.error("The chunk size must be greater than 0");
        }
        List<Object> chunks = new ArrayList<>();
        for (int from = 0; from < array.size(); from += (int) size) {
            chunks.add(new ArrayList<>(array.subList(from, (int) Math.min(array.size(), from + size))));
        }
        return chunks;
    }

    /**
     * {@code $range(start, end, step)}: like {@code States.ArrayRange}. Returned as a JSONata sequence, so a
     * single element comes out as that element, as on AWS.
     */
    static Object range(Args args) {
        args.requireExactly(3);
        long start = args.integer(0);
        long end = args.integer(1);
        long step = args.integer(2);
        if (step == 0) {
            throw args.error("The step value cannot be 0");
        }
        if ((end - start) / step + 1 > IntrinsicFunctions.MAX_RANGE_SIZE) {
            throw args.error("The array cannot contain more than " + IntrinsicFunctions.MAX_RANGE_SIZE + " items");
        }
        List<Object> range = Utils.createSequence();
        for (long value = start; step > 0 ? value <= end : value >= end; value += step) {
            range.add(value);
        }
        return range;
    }

    /** {@code $hash(data, algorithm)}: lower-case hex digest; algorithms as for {@code States.Hash}. */
    static Object hash(Args args) {
        args.requireExactly(2);
        String data = args.string(0);
        String algorithm = args.string(1);
        if (data.length() > IntrinsicFunctions.MAX_HASH_INPUT) {
            throw args.error("The input data cannot be longer than " + IntrinsicFunctions.MAX_HASH_INPUT + " characters");
        }
        if (!HashAlgorithms.isSupported(algorithm)) {
            throw args.error("The hash algorithm '" + algorithm + "' is not supported; supported are "
                    + String.join(", ", HashAlgorithms.NAMES));
        }
        return HashAlgorithms.hexDigest(data, algorithm);
    }

    /** {@code $random([seed])}: a number in [0, 1); the same seed gives the same number. */
    static Object random(Args args) {
        if (args.size() > 1) {
            throw args.error("Expected at most 1 argument but got " + args.size());
        }
        Random random = args.size() == 1 ? new Random(args.integer(0)) : ThreadLocalRandom.current();
        return random.nextDouble();
    }

    static Object uuid(Args args) {
        args.requireExactly(0);
        return UUID.randomUUID().toString();
    }

    /** {@code $parse(text)}: the JSON value {@code text} denotes, as JSONata's Java forms. */
    static Object parse(Args args) {
        args.requireExactly(1);
        String text = args.string(0);
        try {
            Object value = JSON.readValue(text, Object.class);
            return value == null ? Jsonata.NULL_VALUE : value;
        } catch (JsonProcessingException e) {
            throw args.error("The input string '" + text + "' could not be parsed as JSON");
        }
    }

    /** The arguments of one call, with type checks that fail as {@link JsonataFunctionException}s. */
    record Args(String function, List<?> values) {

        int size() {
            return values == null ? 0 : values.size();
        }

        void requireExactly(int count) {
            if (size() != count) {
                throw error("Expected " + count + " argument" + (count == 1 ? "" : "s") + " but got " + size());
            }
        }

        String string(int index) {
            if (values.get(index) instanceof String text) {
                return text;
            }
            throw typeError(index, "a string");
        }

        List<?> array(int index) {
            if (values.get(index) instanceof List<?> list) {
                return list;
            }
            throw typeError(index, "an array");
        }

        long integer(int index) {
            if (values.get(index) instanceof Number number) {
                double value = number.doubleValue();
                if (value == Math.rint(value) && !Double.isInfinite(value)) {
                    return number.longValue();
                }
            }
            throw typeError(index, "an integer");
        }

        JsonataFunctionException typeError(int index, String expected) {
            return error("The argument at position " + (index + 1) + " must be " + expected);
        }

        JsonataFunctionException error(String detail) {
            return new JsonataFunctionException("$" + function + ": " + detail);
        }
    }
}
