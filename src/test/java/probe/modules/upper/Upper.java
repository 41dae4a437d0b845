package probe.modules.upper;

/** A module others may not use unless they declare it. */
public class Upper {
}
