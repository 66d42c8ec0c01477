using System.Diagnostics;
using System.Text.Json;
using Hangfire;
using MediatR;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Posyandu.SharedKernel.Errors;
using Posyandu.SharedKernel.Messaging;
using Posyandu.SharedKernel.Persistence;
using Posyandu.SharedKernel.Platform;

namespace Posyandu.SharedKernel.Imports;

/// <summary>
/// The background jobs of an import (Hangfire): the dry run and the commit, each streaming the file in batches of
/// <see cref="ImportOptions.BatchSize"/> rows, acting as the uploader. The commit writes each batch in one module
/// transaction (a <see cref="WriteBatch"/>, as the generator does): every valid row's commands through the module's
/// MediatR pipeline (validation, handler, unit of work, outbox — events flow as for live writes), a row all or nothing
/// (a refused row sends the batch again row by row, each in a savepoint: <see cref="CommitBatchAsync"/>), each row
/// followed by its marker, an inbox row keyed by type, file hash and row number. A commit that stops (a crash, a
/// failed batch) is started again and skips every row whose marker is there, so each row takes effect once; a second
/// upload of the same file finds its rows already registered.
/// </summary>
public sealed partial class ImportJobRunner(
    IServiceScopeFactory scopes,
    IHttpContextAccessor accessor,
    ImportTypeCatalog catalog,
    ImportFiles files,
    IOptions<ImportOptions> options,
    ImportTelemetry telemetry,
    IEnumerable<ModuleDatabase> databases,
    IEnumerable<IImportBatchObserver> observers,
    TimeProvider time,
    ILogger<ImportJobRunner> logger)
{
    /// <summary>The inbox <c>Handler</c> of the rows' markers.</summary>
    public const string MarkerHandler = "Import";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private int BatchSize => Math.Max(1, options.Value.BatchSize);

    [AutomaticRetry(Attempts = 0)] // a failed job says so on the page; the person starts it again
    public async Task ValidateAsync(Guid jobId, CancellationToken cancellationToken)
    {
        var job = await LoadAsync(jobId, cancellationToken).ConfigureAwait(false);
        if (job is null || job.Status != ImportJobStatus.Validating || catalog.Find(job.Type) is not { } info)
        {
            return;
        }

        var started = Stopwatch.StartNew();
        using var actor = ImportIdentity.ActAs(accessor, job.Claims);
        try
        {
            await using (var scope = scopes.CreateAsyncScope())
            {
                await Platform(scope).ImportRows.Where(r => r.JobId == jobId).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
            }

            var planner = new ImportPlanner(info);
            var mapping = MappingOf(job);
            var (valid, invalid, processed) = (0, 0, 0);
            foreach (var chunk in new SpreadsheetReader(options.Value).ReadData(files.PathOf(jobId), job.Format, info.Sheet).Chunk(BatchSize))
            {
                var rows = chunk.Select(r => Map(r, mapping)).ToList();
                await using var scope = scopes.CreateAsyncScope();
                await planner.PlanAsync(rows, scope.ServiceProvider, committing: false, cancellationToken).ConfigureAwait(false);
                var platform = Platform(scope);
                platform.ImportRows.AddRange(rows.Select(r => ResultOf(jobId, r, r.IsValid ? ImportRowStatus.Valid : ImportRowStatus.Invalid)));
                await platform.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
                valid += rows.Count(r => r.IsValid);
                invalid += rows.Count(r => !r.IsValid);
                processed += rows.Count;
                await ProgressAsync(platform, jobId, processed, cancellationToken).ConfigureAwait(false);
            }

            await FinishAsync(jobId, j =>
            {
                (j.Status, j.ValidRows, j.InvalidRows, j.ProcessedRows, j.ValidatedAt, j.Error) = (ImportJobStatus.Validated, valid, invalid, processed, Now, null);
            }, cancellationToken).ConfigureAwait(false);
            telemetry.Rejected(info.Name, invalid);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            await FailAsync(jobId, e, "Uji coba", cancellationToken).ConfigureAwait(false);
            throw;
        }
        finally
        {
            telemetry.Finished(info.Name, "dry-run", started.Elapsed);
        }
    }

    [AutomaticRetry(Attempts = 0)] // resumed by starting the commit again (POST …/commit), never twice at once
    public async Task CommitAsync(Guid jobId, CancellationToken cancellationToken)
    {
        var job = await LoadAsync(jobId, cancellationToken).ConfigureAwait(false);
        if (job is null || job.Status != ImportJobStatus.Committing || catalog.Find(job.Type) is not { } info)
        {
            return;
        }

        var database = databases.FirstOrDefault(d => d.Module == info.Module)
                       ?? throw new InvalidOperationException($"Import type {info.Name}: module '{info.Module}' has no database.");
        var started = Stopwatch.StartNew();
        using var actor = ImportIdentity.ActAs(accessor, job.Claims);
        try
        {
            Dictionary<int, ImportRowStatus> statuses;
            await using (var scope = scopes.CreateAsyncScope())
            {
                statuses = await Platform(scope).ImportRows.AsNoTracking().Where(r => r.JobId == jobId)
                    .ToDictionaryAsync(r => r.Row, r => r.Status, cancellationToken).ConfigureAwait(false);
            }

            var planner = new ImportPlanner(info);
            var mapping = MappingOf(job);
            var (processed, batchNumber) = (0, 0);
            foreach (var chunk in new SpreadsheetReader(options.Value).ReadData(files.PathOf(jobId), job.Format, info.Sheet).Chunk(BatchSize))
            {
                batchNumber++;
                var candidates = chunk.Where(r => statuses.GetValueOrDefault(r.Number) == ImportRowStatus.Valid).ToList();
                var outcome = await CommitBatchAsync(job, info, database, planner, () => candidates.Select(r => Map(r, mapping)).ToList(), cancellationToken)
                    .ConfigureAwait(false);
                foreach (var observer in observers)
                {
                    await observer.BatchCommittedAsync(jobId, batchNumber, cancellationToken).ConfigureAwait(false);
                }

                processed += chunk.Length;
                await using var scope = scopes.CreateAsyncScope();
                var platform = Platform(scope);
                await SaveOutcomeAsync(platform, jobId, outcome, cancellationToken).ConfigureAwait(false);
                await platform.ImportJobs.IgnoreQueryFilters().Where(j => j.Id == jobId).ExecuteUpdateAsync(s => s
                    .SetProperty(j => j.ProcessedRows, processed)
                    // Rows a crashed run applied (marker there, progress lost) count now, once: their status was still valid.
                    .SetProperty(j => j.ImportedRows, j => j.ImportedRows + outcome.Applied.Count + outcome.AlreadyApplied.Count)
                    .SetProperty(j => j.RejectedRows, j => j.RejectedRows + outcome.Rejected.Count)
                    .SetProperty(j => j.UpdatedAt, Now), cancellationToken).ConfigureAwait(false);
                telemetry.Imported(info.Name, outcome.Applied.Count);
                telemetry.Rejected(info.Name, outcome.Rejected.Count);
            }

            var finished = await FinishAsync(jobId, j => (j.Status, j.ProcessedRows, j.CommittedAt, j.Error) = (ImportJobStatus.Committed, processed, Now, null), cancellationToken)
                .ConfigureAwait(false);
            if (finished.InvalidRows == 0 && finished.RejectedRows == 0)
            {
                // Nothing rejected: no error file to give, so the upload (personal data) has served its purpose.
                File.Delete(files.PathOf(jobId));
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            await FailAsync(jobId, e, "Impor", cancellationToken).ConfigureAwait(false);
            throw;
        }
        finally
        {
            telemetry.Finished(info.Name, "commit", started.Elapsed);
        }
    }

    private sealed record BatchOutcome(List<int> Applied, List<int> AlreadyApplied, List<ImportRow> Rejected);

    /// <summary>
    /// Commits one batch: first all at once, then, only if a row is refused, row by row. The dry run validated every
    /// row, so a refusal now is rare (someone registered the NIK meanwhile); without a savepoint per row SQLite copies
    /// no page into a sub-journal for each row and runs two statements less per row, which made the commit about a
    /// fifth cheaper. A refused row rolls the whole first attempt back, and the batch is planned and applied again in a
    /// fresh scope with a savepoint per row, so only that row is left out. <paramref name="rows"/> maps the batch's
    /// rows afresh for each attempt (planning writes into a row).
    /// </summary>
    private async Task<BatchOutcome> CommitBatchAsync(
        ImportJob job, ImportTypeInfo info, ModuleDatabase database, ImportPlanner planner, Func<List<ImportRow>> rows, CancellationToken ct) =>
        await ApplyBatchAsync(job, info, database, planner, rows(), rowByRow: false, ct).ConfigureAwait(false)
        ?? (await ApplyBatchAsync(job, info, database, planner, rows(), rowByRow: true, ct).ConfigureAwait(false))!;

    /// <summary>One attempt at a batch in its own scope and transaction; null when, not <paramref name="rowByRow"/>, a row was refused (nothing kept).</summary>
    private async Task<BatchOutcome?> ApplyBatchAsync(
        ImportJob job, ImportTypeInfo info, ModuleDatabase database, ImportPlanner planner, List<ImportRow> rows, bool rowByRow, CancellationToken ct)
    {
        var outcome = new BatchOutcome([], [], []);
        if (rows.Count == 0)
        {
            return outcome;
        }

        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var db = database.Resolve(services);
        var markers = rows.ToDictionary(r => r.Number, r => ImportPlanner.MarkerOf(info.Name, job.Sha256, r.Number));
        var ids = markers.Values.ToList();
        var done = (await db.InboxMessages.AsNoTracking().Where(m => m.Handler == MarkerHandler && ids.Contains(m.MessageId))
            .Select(m => m.MessageId).ToListAsync(ct).ConfigureAwait(false)).ToHashSet();
        outcome.AlreadyApplied.AddRange(rows.Where(r => done.Contains(markers[r.Number])).Select(r => r.Number));
        var pending = rows.Where(r => !done.Contains(markers[r.Number])).ToList();
        if (pending.Count == 0)
        {
            return outcome;
        }

        await planner.PlanAsync(pending, services, committing: true, ct).ConfigureAwait(false);
        outcome.Rejected.AddRange(pending.Where(r => !r.IsValid));
        var type = (ImportType)services.GetRequiredService(info.ClrType);
        var sender = new MediatorSender(services, db);
        await using var batch = await db.BeginWriteBatchAsync(ct).ConfigureAwait(false);
        var transaction = db.Database.CurrentTransaction!;
        foreach (var row in pending.Where(r => r.IsValid))
        {
            if (rowByRow)
            {
                await transaction.CreateSavepointAsync("import_row", ct).ConfigureAwait(false);
            }

            try
            {
                // The marker is tracked first, so the row's first command saves it with its own effect (one save
                // less per row); a type whose ApplyAsync sent nothing still gets it saved below.
                db.InboxMessages.Add(new InboxMessage(markers[row.Number], MarkerHandler, Now));
                await type.ApplyAsync(row, sender, ct).ConfigureAwait(false);
                if (db.ChangeTracker.HasChanges())
                {
                    await db.SaveChangesAsync(ct).ConfigureAwait(false);
                }

                db.ChangeTracker.Clear();
                if (rowByRow)
                {
                    // Released, so the next row's savepoint is not nested inside this one (SQLite keeps a stack of them).
                    await transaction.ReleaseSavepointAsync("import_row", ct).ConfigureAwait(false);
                }

                outcome.Applied.Add(row.Number);
            }
            catch (AppException) when (!rowByRow)
            {
                return null; // disposing the batch rolls back every row of this attempt
            }
            catch (AppException e)
            {
                // The data changed since the dry run (someone registered the NIK meanwhile): the row alone is undone.
                db.ChangeTracker.Clear();
                await transaction.RollbackToSavepointAsync("import_row", ct).ConfigureAwait(false);
                await transaction.ReleaseSavepointAsync("import_row", ct).ConfigureAwait(false);
                var field = FieldOf(e, info);
                row.Error(field, ImportMessages.Translate(e.Errors.Values.FirstOrDefault()?.FirstOrDefault() ?? e.Message, planner.Label(field)));
                outcome.Rejected.Add(row);
            }
        }

        await batch.CommitAsync(ct).ConfigureAwait(false);
        return outcome;
    }

    /// <summary>The column a handler's refusal is about: its first per-field error's, else the first column.</summary>
    private static string FieldOf(AppException e, ImportTypeInfo info) =>
        e.Errors.Keys.FirstOrDefault() is { } key && info.Columns.FirstOrDefault(c => string.Equals(c.Field, key, StringComparison.OrdinalIgnoreCase)) is { } column
            ? column.Field
            : info.Columns[0].Field;

    private static async Task SaveOutcomeAsync(PlatformDbContext platform, Guid jobId, BatchOutcome outcome, CancellationToken ct)
    {
        var imported = outcome.Applied.Concat(outcome.AlreadyApplied).ToList();
        if (imported.Count > 0)
        {
            await platform.ImportRows.Where(r => r.JobId == jobId && imported.Contains(r.Row))
                .ExecuteUpdateAsync(s => s.SetProperty(r => r.Status, ImportRowStatus.Imported), ct).ConfigureAwait(false);
        }

        foreach (var row in outcome.Rejected)
        {
            var errors = JsonSerializer.Serialize(row.Errors, Json);
            await platform.ImportRows.Where(r => r.JobId == jobId && r.Row == row.Number)
                .ExecuteUpdateAsync(s => s.SetProperty(r => r.Status, ImportRowStatus.Invalid).SetProperty(r => r.Errors, errors), ct).ConfigureAwait(false);
        }
    }

    private DateTime Now => time.GetUtcNow().UtcDateTime;

    private static PlatformDbContext Platform(AsyncServiceScope scope) => scope.ServiceProvider.GetRequiredService<PlatformDbContext>();

    private async Task<ImportJob?> LoadAsync(Guid jobId, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await Platform(scope).ImportJobs.IgnoreQueryFilters().AsNoTracking().SingleOrDefaultAsync(j => j.Id == jobId, ct).ConfigureAwait(false);
    }

    private async Task ProgressAsync(PlatformDbContext platform, Guid jobId, int processed, CancellationToken ct) =>
        await platform.ImportJobs.IgnoreQueryFilters().Where(j => j.Id == jobId)
            .ExecuteUpdateAsync(s => s.SetProperty(j => j.ProcessedRows, processed).SetProperty(j => j.UpdatedAt, Now), ct).ConfigureAwait(false);

    private async Task<ImportJob> FinishAsync(Guid jobId, Action<ImportJob> change, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var platform = Platform(scope);
        var job = await platform.ImportJobs.IgnoreQueryFilters().SingleAsync(j => j.Id == jobId, ct).ConfigureAwait(false);
        change(job);
        job.UpdatedAt = Now;
        await platform.SaveChangesAsync(ct).ConfigureAwait(false);
        return job;
    }

    private async Task FailAsync(Guid jobId, Exception e, string phase, CancellationToken ct)
    {
        LogFailed(logger, jobId, e.GetType().Name);
        var message = e is AppException app
            ? $"{phase} terhenti: {(app.Errors.Values.FirstOrDefault()?.FirstOrDefault() ?? app.Message)}"
            : $"{phase} terhenti karena gangguan ({e.GetType().Name}). Jalankan lagi: baris yang sudah masuk tidak akan masuk dua kali.";
        await using var scope = scopes.CreateAsyncScope();
        await Platform(scope).ImportJobs.IgnoreQueryFilters().Where(j => j.Id == jobId).ExecuteUpdateAsync(s => s
            .SetProperty(j => j.Status, ImportJobStatus.Failed)
            .SetProperty(j => j.Error, message.Length > 1000 ? message[..1000] : message)
            .SetProperty(j => j.UpdatedAt, Now), ct).ConfigureAwait(false);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Import job {JobId} failed with {ExceptionType}; it can be started again.")]
    private static partial void LogFailed(ILogger logger, Guid jobId, string exceptionType);

    /// <summary>Field → the index of its column, from the job's mapping (field → header) and header row.</summary>
    internal static Dictionary<string, int> MappingOf(ImportJob job)
    {
        var headers = JsonSerializer.Deserialize<List<string>>(job.Headers) ?? [];
        var mapping = job.Mapping is null ? [] : JsonSerializer.Deserialize<Dictionary<string, string>>(job.Mapping) ?? [];
        return mapping.Where(m => headers.Contains(m.Value, StringComparer.Ordinal))
            .ToDictionary(m => m.Key, m => headers.IndexOf(m.Value), StringComparer.Ordinal);
    }

    /// <summary>Cells → fields by the mapping.</summary>
    private static ImportRow Map(SpreadsheetReader.Row row, Dictionary<string, int> mapping) =>
        new(row.Number, mapping.ToDictionary(m => m.Key, m => m.Value < row.Cells.Length ? row.Cells[m.Value] : null, StringComparer.Ordinal));

    private static ImportRowResult ResultOf(Guid jobId, ImportRow row, ImportRowStatus status) => new()
    {
        JobId = jobId,
        Row = row.Number,
        Status = status,
        Errors = row.Errors.Count == 0 ? null : JsonSerializer.Serialize(row.Errors, Json),
        Warnings = row.Warnings.Count == 0 ? null : JsonSerializer.Serialize(row.Warnings, Json),
    };

    /// <summary>Sends through the module's pipeline in the batch's scope; each command starts with an empty change tracker.</summary>
    private sealed class MediatorSender(IServiceProvider services, ModuleDbContext db) : ImportSender
    {
        private readonly IServiceProvider _services = services;
        private readonly ModuleDbContext _db = db;

        private static readonly System.Reflection.MethodInfo SendGeneric = typeof(MediatorSender)
            .GetMethod(nameof(SendTypedAsync), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!;

        /// <summary>Per command type, the typed send as a delegate: built once, not by reflection on every row.</summary>
        private static readonly System.Collections.Concurrent.ConcurrentDictionary<Type, Func<MediatorSender, IBaseRequest, CancellationToken, Task<object?>>> Senders = new();

        private IMediator? _mediator;

        public override IServiceProvider Services => _services;

        public override Task<object?> SendAsync(IBaseRequest command, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(command);
            return Senders.GetOrAdd(command.GetType(), static type =>
            {
                var response = type.GetInterfaces()
                    .FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IRequest<>))?.GetGenericArguments()[0]
                    ?? throw new InvalidOperationException($"{type.Name} is not an IRequest<T>.");
                return SendGeneric.MakeGenericMethod(response).CreateDelegate<Func<MediatorSender, IBaseRequest, CancellationToken, Task<object?>>>();
            })(this, command, cancellationToken);
        }

        private static async Task<object?> SendTypedAsync<T>(MediatorSender sender, IBaseRequest command, CancellationToken ct)
        {
            var result = await (sender._mediator ??= sender._services.GetRequiredService<IMediator>()).Send((IRequest<T>)command, ct).ConfigureAwait(false);
            sender._db.ChangeTracker.Clear();
            return result;
        }
    }
}
