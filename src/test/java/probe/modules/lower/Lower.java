package probe.modules.lower;

import probe.modules.upper.Upper;

/** Uses a module its declaration does not allow, as a forbidden import in Takt would. */
public class Lower {

    public String name() {
        return new Upper().toString();
    }
}
