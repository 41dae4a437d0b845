package no.takt.subscriptions;

import java.util.List;

/**
 * Finds special fields ({@code @NAME@}) a text uses that the billing run does not know, so starting
 * a subscription can warn about them. Implemented by the billing module, which owns the fields.
 */
public interface SpecialFieldCheck {

    List<String> unknownFields(String text);
}
