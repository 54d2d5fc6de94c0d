package dev.dbpatterns.kit.learn.engine;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/** Compiles source folders in-process with the JDK's compiler, the way the Maven build does. */
final class JavaCompilation {
    private static final int MAX_ERRORS = 10;
    /**
     * Kept for the life of the JVM, like {@link Libraries}: it keeps the JDK's class signatures and
     * the libraries' jars open, so `learn watch` does not open them again on every save.
     */
    private static StandardJavaFileManager files;

    private JavaCompilation() {
    }

    /** @return the compile errors, each "path:line: message" with the offending line; empty when it compiled */
    static synchronized List<String> compile(Workspace workspace, List<Path> classpath, Path output) {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        if (compiler == null) {
            throw new EngineException("Java " + Runtime.version().feature() + " at " + System.getProperty("java.home")
                    + " has no compiler: learn needs a full JDK 21 or newer, not a runtime (JRE) only.");
        }
        if (files == null) {
            files = compiler.getStandardFileManager(null, Locale.ROOT, StandardCharsets.UTF_8);
        }
        List<File> sources = workspace.sourceRoots().stream().flatMap(root -> FileTree.files(root).stream())
                .filter(path -> path.toString().endsWith(".java")).map(Path::toFile).toList();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try {
            files.flush(); // forgets the sources it read last time: a save within the file system's clock tick is still seen
            Files.createDirectories(output);
            // As the Maven build compiles: Java 21, and parameter names kept, which MyBatis binds #{id} by.
            List<String> options = List.of("--release", "21", "-parameters", "-g", "-proc:none", "-nowarn",
                    "-encoding", "UTF-8", "-d", output.toString(),
                    "-classpath", classpath.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator)));
            compiler.getTask(null, files, diagnostics, options, null, files.getJavaFileObjectsFromFiles(sources)).call();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> errors = new ArrayList<>();
        for (Diagnostic<? extends JavaFileObject> diagnostic : diagnostics.getDiagnostics()) {
            if (diagnostic.getKind() == Diagnostic.Kind.ERROR && errors.size() < MAX_ERRORS) {
                errors.add(describe(diagnostic, workspace));
            }
        }
        return errors;
    }

    private static String describe(Diagnostic<? extends JavaFileObject> diagnostic, Workspace workspace) {
        String message = diagnostic.getMessage(Locale.ROOT);
        if (diagnostic.getSource() == null) {
            return message;
        }
        Path file = Path.of(diagnostic.getSource().toUri());
        String where = workspace.show(file) + ":" + diagnostic.getLineNumber() + ": " + message;
        try {
            List<String> lines = Files.readAllLines(file);
            long line = diagnostic.getLineNumber();
            return line >= 1 && line <= lines.size() ? where + "\n    " + lines.get((int) line - 1).strip() : where;
        } catch (IOException | UncheckedIOException e) {
            return where;
        }
    }
}
