package org.orgsim.cli;

import org.orgsim.rules.RuleCheck;
import picocli.CommandLine.Option;

/**
 * {@code --trust-rules}, shared by the commands that compile rules: lifts the rule check for this
 * command. A rule file is code that runs with the user's rights; this flag says the user trusts it.
 */
final class TrustRulesOption {
    @Option(names = "--trust-rules",
            description = "run rules that use more of Java than the facts, the action API and Math (a rule file is code: only rules you trust)")
    void trust(boolean trusted) {
        RuleCheck.trustRules(trusted);
    }
}
