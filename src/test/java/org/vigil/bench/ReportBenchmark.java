package org.vigil.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
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
 * <p>{@code gaps} sets the report's length: 30 gaps make about 20 pages with the shipped
 * templates and 330 about 200 (bench/reports.sh prints the page counts). The templates and
 * fonts are loaded once per fork, as Vigil does at startup; run from the repository root.
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
public class ReportBenchmark {

    @Param({"30", "330"})
    int gaps;

    TemplateSet templates;
    SubmissionReportInput input;

    @Setup(Level.Trial)
    public void load() {
        templates = TemplateSet.load(Path.of("reports-templates"));
        input = SyntheticReports.input(20, gaps);
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public byte[] gapReport() throws IOException {
        return GapReport.render(templates, input).pdf();
    }
}
