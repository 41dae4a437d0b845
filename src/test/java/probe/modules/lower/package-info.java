/** A module that may depend on no other: its import of {@code upper} is what verify() must refuse. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package probe.modules.lower;
