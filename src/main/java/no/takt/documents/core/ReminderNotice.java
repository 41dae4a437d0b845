package no.takt.documents.core;

/**
 * What a reminder is: a payment reminder (betalingspåminnelse, rykker), or the notice that collection
 * follows (inkassovarsel).
 */
public enum ReminderNotice { REMINDER, COLLECTION_NOTICE }
