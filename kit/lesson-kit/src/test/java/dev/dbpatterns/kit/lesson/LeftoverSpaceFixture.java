package dev.dbpatterns.kit.lesson;

/**
 * A run that ends the hard way, for {@link SpaceOwnerTest}: it creates a lesson space on the
 * target named by its argument, prints the space's name, and then exits (System.exit, as learner
 * code may) or waits to be killed.
 */
public final class LeftoverSpaceFixture {
    public static void main(String[] args) throws Exception {
        DatabaseTarget target = DatabaseTarget.valueOf(args[0]);
        IsolatedSpace space = IsolatedSpace.create(target, ServerAddress.localDefault(target), "LeftoverSpaceFixture");
        System.out.println(space.name());
        System.out.flush();
        if (args[1].equals("exit")) {
            System.exit(0);
        }
        Thread.sleep(Long.MAX_VALUE);
    }
}
