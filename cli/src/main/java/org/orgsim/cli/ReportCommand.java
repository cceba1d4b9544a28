package org.orgsim.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.orgsim.report.Language;
import org.orgsim.report.ReportWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code orgsim report DIR [--lang en|nl]}: re-renders {@code DIR/report.html} and {@code DIR/charts/}
 * from the results files in {@code DIR}, without running anything. Every input is read and checked
 * before anything is written; a missing or corrupt {@code summary.json} is bad input (exit 2, the
 * message names the file) and leaves the existing report as it was.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "(Re)render DIR/report.html and DIR/charts/ from a results directory, without re-running.")
final class ReportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "an output directory of orgsim run")
    Path directory;

    @Option(names = "--lang", paramLabel = "en|nl", defaultValue = "en", converter = LanguageConverter.class,
            description = "language of the report: en (default) or nl")
    Language language;

    @Override
    public Integer call() throws IOException {
        org.orgsim.results.UnfinishedOutput.refuse(directory);
        Path report = ReportWriter.render(directory, language);
        spec.commandLine().getOut().println("Report written to " + report);
        return ExitCode.SUCCESS;
    }

    /** {@code en} or {@code nl}, in any case; anything else is a usage error (exit 2). */
    static final class LanguageConverter implements CommandLine.ITypeConverter<Language> {
        @Override
        public Language convert(String value) {
            try {
                return Language.fromTag(value);
            } catch (IllegalArgumentException unknown) {
                throw new CommandLine.TypeConversionException("'" + value + "' is not a report language: use "
                        + Language.supportedTags());
            }
        }
    }
}
