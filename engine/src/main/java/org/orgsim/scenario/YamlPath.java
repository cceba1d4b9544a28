package org.orgsim.scenario;

/**
 * Where a value sits in a YAML document, written the way a user would look for it:
 * {@code organization.teams[2].size}. Messages start with it so that the user can find the line
 * without knowing how the loader walks the tree.
 */
final class YamlPath {
    private static final YamlPath ROOT = new YamlPath("");

    private final String text;

    private YamlPath(String text) {
        this.text = text;
    }

    static YamlPath root() {
        return ROOT;
    }

    boolean isRoot() {
        return text.isEmpty();
    }

    YamlPath field(String name) {
        return new YamlPath(isRoot() ? name : text + "." + name);
    }

    YamlPath index(int position) {
        return new YamlPath(text + "[" + position + "]");
    }

    @Override
    public String toString() {
        return text;
    }
}
