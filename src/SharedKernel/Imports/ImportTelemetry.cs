using System.Diagnostics.Metrics;
using Posyandu.SharedKernel.Messaging;

namespace Posyandu.SharedKernel.Imports;

/// <summary>
/// Import meters on the platform's meter (<see cref="OutboxTelemetry.MeterName"/>): <c>posyandu.imports.rows_imported</c>
/// and <c>posyandu.imports.rows_rejected</c> (counters, by import type; rejected = by the dry run or the commit) and
/// <c>posyandu.imports.job_duration</c> (histogram, seconds, by type and phase <c>dry-run</c> / <c>commit</c>).
/// </summary>
public sealed class ImportTelemetry
{
    private static readonly double[] DurationBuckets = [0.5, 1, 2.5, 5, 10, 30, 60, 120, 300, 600, 1800, 3600];

    private readonly Counter<long> _imported;
    private readonly Counter<long> _rejected;
    private readonly Histogram<double> _duration;

    public ImportTelemetry(IMeterFactory meters)
    {
        ArgumentNullException.ThrowIfNull(meters);
        var meter = meters.Create(OutboxTelemetry.MeterName);
        _imported = meter.CreateCounter<long>("posyandu.imports.rows_imported", "{row}", "Rows of uploaded files committed into a module.");
        _rejected = meter.CreateCounter<long>("posyandu.imports.rows_rejected", "{row}", "Rows of uploaded files rejected by a dry run or a commit.");
        _duration = meter.CreateHistogram<double>("posyandu.imports.job_duration", "s", "How long a dry run or a commit of an uploaded file took.",
            tags: null, advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = DurationBuckets });
    }

    public void Imported(string type, int rows) => _imported.Add(rows, new KeyValuePair<string, object?>("type", type));

    public void Rejected(string type, int rows) => _rejected.Add(rows, new KeyValuePair<string, object?>("type", type));

    public void Finished(string type, string phase, TimeSpan duration) =>
        _duration.Record(duration.TotalSeconds, new KeyValuePair<string, object?>("type", type), new KeyValuePair<string, object?>("phase", phase));
}

/// <summary>
/// Told after each batch a commit wrote into the module, before the job's progress is saved in the platform database:
/// a crash between the two is what the rows' markers make harmless (a host test fails here to simulate one).
/// </summary>
public interface IImportBatchObserver
{
    Task BatchCommittedAsync(Guid jobId, int batch, CancellationToken cancellationToken);
}
