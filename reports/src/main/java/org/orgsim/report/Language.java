package org.orgsim.report;

import java.util.Locale;

/**
 * The languages the HTML report is written in. Each has a complete message bundle
 * ({@code messages_<tag>.properties}); {@link Messages} refuses a bundle that lacks a key of the
 * English one, so a missing translation fails loudly instead of leaking English into a Dutch report.
 */
public enum Language {
    ENGLISH("en", Locale.ENGLISH),
    DUTCH("nl", Locale.forLanguageTag("nl-NL"));

    private final String tag;
    private final Locale locale;

    Language(String tag, Locale locale) {
        this.tag = tag;
        this.locale = locale;
    }

    /** The language tag used on the command line and in the HTML {@code lang} attribute. */
    public String tag() {
        return tag;
    }

    public Locale locale() {
        return locale;
    }

    /**
     * The language for a command-line tag, case-insensitively.
     *
     * @throws IllegalArgumentException naming the supported tags, for any other tag
     */
    public static Language fromTag(String tag) {
        for (Language language : values()) {
            if (language.tag.equalsIgnoreCase(tag == null ? "" : tag.strip())) {
                return language;
            }
        }
        throw new IllegalArgumentException("unknown language '" + tag + "': use " + supportedTags());
    }

    /** "en|nl", for help and error messages. */
    public static String supportedTags() {
        StringBuilder tags = new StringBuilder();
        for (Language language : values()) {
            tags.append(tags.length() == 0 ? "" : "|").append(language.tag);
        }
        return tags.toString();
    }
}
