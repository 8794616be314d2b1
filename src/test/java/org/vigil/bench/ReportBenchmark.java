package org.vigil.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.vigil.report.GapReport;
import org.vigil.report.SubmissionReportInput;
import org.vigil.report.SyntheticReports;
import org.vigil.report.TemplateSet;

/**
 * Measures rendering one gap report, PDF/A-2b bytes included, from a prepared analysis.
 *
 * <p>{@code gaps} sets the report's length: with the shipped templates 140 gaps make a
 * 20-page report and 1,630 a 200-page one (the set-up prints the page count). Templates and
 * fonts are loaded once per fork, as Vigil does at startup; run from the repository root.
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
public class ReportBenchmark {

    @Param({"140", "1630"})
    int gaps;

    TemplateSet templates;
    SubmissionReportInput input;

    @Setup(Level.Trial)
    public void load() {
        templates = TemplateSet.load(Path.of("reports-templates"));
        input = SyntheticReports.input(20, gaps);
        try (PDDocument document = Loader.loadPDF(gapReport())) {
            System.out.println("gaps=" + gaps + " pages=" + document.getNumberOfPages());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public byte[] gapReport() throws IOException {
        return GapReport.render(templates, input).pdf();
    }
}
