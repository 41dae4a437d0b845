/**
 * The documents core: plain Java, no Spring, no SQL, no clock. KID and other payment references
 * (FI-kort 71), special fields, what a document requires of its addresses, and its layout choices.
 * Other modules use it: billing drafts with it, subscriptions validate their texts with it, payments
 * will verify incoming KIDs with {@link no.takt.documents.core.Kid}.
 */
@org.springframework.modulith.NamedInterface("core")
package no.takt.documents.core;
