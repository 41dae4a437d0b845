package no.takt.support;

import org.springframework.test.context.ActiveProfilesResolver;

/**
 * {@code test}, plus {@code postgres} when the build runs the database tests on PostgreSQL
 * ({@code -Dtakt.test.db=postgres}, set by the second Surefire execution).
 */
public class TestProfiles implements ActiveProfilesResolver {

    public static boolean postgres() {
        return "postgres".equals(System.getProperty("takt.test.db"));
    }

    @Override
    public String[] resolve(Class<?> testClass) {
        return postgres() ? new String[] {"test", "postgres"} : new String[] {"test"};
    }
}
