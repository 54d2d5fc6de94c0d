package dev.dbpatterns.kit.targets;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * Where the targets' settings are read: a JUnit configuration parameter or system property
 * ({@code catalog.db}) wins over the environment variable of the same name ({@code CATALOG_DB}).
 */
public final class Settings {
    private final Function<String, Optional<String>> parameters;
    private final Function<String, String> environment;

    public Settings(Function<String, Optional<String>> parameters, Function<String, String> environment) {
        this.parameters = parameters;
        this.environment = environment;
    }

    public static Settings fromSystem() {
        return new Settings(key -> Optional.ofNullable(System.getProperty(key)), System::getenv);
    }

    public Optional<String> get(String key) {
        return parameters.apply(key)
                .or(() -> Optional.ofNullable(environment.apply(environmentName(key))))
                .map(String::trim)
                .filter(value -> !value.isEmpty());
    }

    public boolean isTrue(String key) {
        return get(key).map(value -> value.equalsIgnoreCase("true")).orElse(false);
    }

    /** {@code catalog.postgres.url} is read from {@code CATALOG_POSTGRES_URL}. */
    public static String environmentName(String key) {
        return key.replace('.', '_').toUpperCase(Locale.ROOT);
    }
}
