package dev.dbpatterns.kit.lesson;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.ClassDescriptor;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;
import org.junit.jupiter.api.MethodDescriptor;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.MethodOrdererContext;

/**
 * Runs a lesson's steps, and its {@code @Nested} scenarios, in the order they are written, so
 * the output reads like the source. JUnit's default order is deliberately arbitrary and
 * reflection gives no order at all, so this reads the line numbers javac records in the class
 * file. Made the default by {@code junit-platform.properties} in this kit.
 */
public final class SourceOrder implements MethodOrderer, ClassOrderer {

    @Override
    public void orderMethods(MethodOrdererContext context) {
        // Steps inherited from an abstract contract come first, in the contract's source order.
        Map<Class<?>, Map<String, Integer>> linesByClass = new HashMap<>();
        context.getMethodDescriptors().sort(Comparator
                .comparingInt((MethodDescriptor descriptor) -> depth(descriptor.getMethod().getDeclaringClass()))
                .thenComparingInt(descriptor -> linesByClass
                        .computeIfAbsent(descriptor.getMethod().getDeclaringClass(), SourceOrder::firstLines)
                        .getOrDefault(descriptor.getMethod().getName(), Integer.MAX_VALUE)));
    }

    private static int depth(Class<?> type) {
        int depth = 0;
        for (Class<?> c = type.getSuperclass(); c != null; c = c.getSuperclass()) {
            depth++;
        }
        return depth;
    }

    @Override
    public void orderClasses(ClassOrdererContext context) {
        // Scenarios nested in a lesson run in source order; separate lesson classes have none, so
        // they run by name, the same on every machine rather than in the file system's order.
        context.getClassDescriptors().sort(Comparator
                .comparingInt((ClassDescriptor descriptor) -> firstLineOf(descriptor.getTestClass()))
                .thenComparing(descriptor -> descriptor.getTestClass().getSimpleName()));
    }

    private static int firstLineOf(Class<?> type) {
        return type.getEnclosingClass() == null ? 0
                : firstLines(type).values().stream().min(Integer::compare).orElse(Integer.MAX_VALUE);
    }

    /** The first source line of each method (by name) declared in the class. */
    static Map<String, Integer> firstLines(Class<?> type) {
        String resource = "/" + type.getName().replace('.', '/') + ".class";
        try (InputStream bytes = type.getResourceAsStream(resource)) {
            return bytes == null ? Map.of() : read(new DataInputStream(bytes));
        } catch (IOException | RuntimeException e) {
            return Map.of(); // No line numbers (e.g. compiled without them): JUnit's order stands.
        }
    }

    private static Map<String, Integer> read(DataInputStream in) throws IOException {
        in.skipNBytes(8); // magic, minor and major version
        String[] utf8 = constantPoolStrings(in);
        in.skipNBytes(6); // access flags, this class, super class
        in.skipNBytes(2L * in.readUnsignedShort()); // interfaces
        for (int fields = in.readUnsignedShort(); fields > 0; fields--) {
            in.skipNBytes(6);
            skipAttributes(in);
        }
        Map<String, Integer> lines = new HashMap<>();
        for (int methods = in.readUnsignedShort(); methods > 0; methods--) {
            in.skipNBytes(2);
            String name = utf8[in.readUnsignedShort()];
            in.skipNBytes(2);
            for (int attributes = in.readUnsignedShort(); attributes > 0; attributes--) {
                String attribute = utf8[in.readUnsignedShort()];
                int length = in.readInt();
                if (attribute.equals("Code")) {
                    firstLineOfCode(in, utf8).ifPresent(line -> lines.merge(name, line, Math::min));
                } else {
                    in.skipNBytes(length);
                }
            }
        }
        return lines;
    }

    private static Optional<Integer> firstLineOfCode(DataInputStream in, String[] utf8) throws IOException {
        in.skipNBytes(4); // max stack, max locals
        in.skipNBytes(in.readInt()); // the bytecode
        in.skipNBytes(8L * in.readUnsignedShort()); // exception table
        Integer first = null;
        for (int attributes = in.readUnsignedShort(); attributes > 0; attributes--) {
            String attribute = utf8[in.readUnsignedShort()];
            int length = in.readInt();
            if (attribute.equals("LineNumberTable")) {
                for (int entries = in.readUnsignedShort(); entries > 0; entries--) {
                    in.skipNBytes(2);
                    int line = in.readUnsignedShort();
                    first = first == null ? line : Math.min(first, line);
                }
            } else {
                in.skipNBytes(length);
            }
        }
        return Optional.ofNullable(first);
    }

    private static void skipAttributes(DataInputStream in) throws IOException {
        for (int attributes = in.readUnsignedShort(); attributes > 0; attributes--) {
            in.skipNBytes(2);
            in.skipNBytes(in.readInt());
        }
    }

    /** The constant pool, keeping only its UTF-8 entries (names), by index. */
    private static String[] constantPoolStrings(DataInputStream in) throws IOException {
        int count = in.readUnsignedShort();
        String[] utf8 = new String[count];
        for (int i = 1; i < count; i++) {
            int tag = in.readUnsignedByte();
            switch (tag) {
                case 1 -> utf8[i] = in.readUTF();
                case 7, 8, 16, 19, 20 -> in.skipNBytes(2);
                case 15 -> in.skipNBytes(3);
                case 3, 4, 9, 10, 11, 12, 17, 18 -> in.skipNBytes(4);
                case 5, 6 -> {
                    in.skipNBytes(8);
                    i++; // longs and doubles take two slots
                }
                default -> throw new IOException("Unknown constant pool tag " + tag);
            }
        }
        return utf8;
    }
}
