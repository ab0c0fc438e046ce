package nl.samenkracht.run;

import java.nio.file.Path;

/** A stand-in for a run in another process: opens a staging folder, says so, and waits to be killed. */
public final class StagingHolder {
    private StagingHolder() {}

    public static void main(String[] args) throws Exception {
        OutputFolder out = OutputFolder.open(Path.of(args[0]), args[1]);
        System.out.println("staging " + out.dir());
        System.out.flush();
        Thread.sleep(600_000);
    }
}
