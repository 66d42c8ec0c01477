using System.Security.Cryptography;
using System.Text;
using FluentValidation;
using Microsoft.Extensions.DependencyInjection;

namespace Posyandu.SharedKernel.Imports;

/// <summary>
/// Plans a batch of rows with the type, then checks what the mechanism owns: required columns, every planned command
/// against the module's own validators (failures in Bahasa Indonesia, on the column they came from), duplicates within
/// the file and against the module's data. The same for the dry run and the commit.
/// </summary>
internal sealed class ImportPlanner(ImportTypeInfo info)
{
    /// <summary>Per unique field: a hash of each value seen → the first row that had it (8 bytes a value, no NIK kept).</summary>
    private readonly Dictionary<string, Dictionary<long, int>> _seen = new(StringComparer.Ordinal);

    private readonly Dictionary<string, string> _labels = info.Columns.ToDictionary(c => c.Field, c => c.Label, StringComparer.Ordinal);

    public string Label(string field) => _labels.GetValueOrDefault(field, field);

    public async Task PlanAsync(IReadOnlyList<ImportRow> rows, IServiceProvider services, bool committing, CancellationToken ct)
    {
        foreach (var row in rows)
        {
            foreach (var column in info.Columns.Where(c => c.Required && row[c.Field] is null))
            {
                row.Error(column.Field, $"{column.Label} wajib diisi.");
            }
        }

        var type = (ImportType)services.GetRequiredService(info.ClrType);
        await type.PlanAsync(new ImportBatch(rows, services, committing), ct).ConfigureAwait(false);
        foreach (var row in rows)
        {
            foreach (var command in row.Commands)
            {
                await ValidateAsync(row, command, services, ct).ConfigureAwait(false);
            }
        }

        CheckWithinFile(rows);
        await CheckExistingAsync(type, rows, ct).ConfigureAwait(false);
        foreach (var row in rows)
        {
            Deduplicate(row);
        }
    }

    private async Task ValidateAsync(ImportRow row, PlannedCommand command, IServiceProvider services, CancellationToken ct)
    {
        var validatorType = typeof(IValidator<>).MakeGenericType(command.Request.GetType());
        foreach (var validator in services.GetServices(validatorType).Cast<IValidator>())
        {
            var result = await validator.ValidateAsync(new ValidationContext<object>(command.Request), ct).ConfigureAwait(false);
            foreach (var failure in result.Errors)
            {
                var property = failure.PropertyName.Split('.', '[')[0];
                var field = command.FieldsByProperty.GetValueOrDefault(property) ?? property;
                row.Error(field, ImportMessages.Translate(failure, Label(field)));
            }
        }
    }

    private void CheckWithinFile(IReadOnlyList<ImportRow> rows)
    {
        foreach (var row in rows)
        {
            foreach (var (field, value) in row.UniqueKeys)
            {
                if (!_seen.TryGetValue(field, out var seen))
                {
                    _seen[field] = seen = [];
                }

                var hash = Hash(value);
                if (seen.TryGetValue(hash, out var first) && first != row.Number)
                {
                    row.Error(field, $"{Label(field)} sama dengan baris {first} di berkas ini.");
                }
                else
                {
                    seen[hash] = row.Number;
                }
            }
        }
    }

    private async Task CheckExistingAsync(ImportType type, IReadOnlyList<ImportRow> rows, CancellationToken ct)
    {
        foreach (var group in rows.SelectMany(r => r.UniqueKeys.Select(k => (Row: r, k.Field, k.Value))).GroupBy(k => k.Field))
        {
            var existing = await type.FindExistingAsync(group.Key, group.Select(k => k.Value).Distinct(StringComparer.Ordinal).ToList(), ct).ConfigureAwait(false);
            foreach (var (row, field, _) in group.Where(k => existing.Contains(k.Value)))
            {
                row.Error(field, $"{Label(field)} sudah terdaftar di registri.");
            }
        }
    }

    /// <summary>A required column's "wajib diisi" and the validator's NotEmpty say the same: keep one.</summary>
    private static void Deduplicate(ImportRow row)
    {
        var distinct = row.Errors.Distinct().ToList();
        if (distinct.Count != row.Errors.Count)
        {
            var errors = (List<ImportMessage>)row.Errors;
            errors.Clear();
            errors.AddRange(distinct);
        }
    }

    private static long Hash(string value) =>
        BitConverter.ToInt64(SHA256.HashData(Encoding.UTF8.GetBytes(value)), 0);

    /// <summary>The marker of one row's effect in the module's inbox: the same file and row give the same id, whichever job.</summary>
    public static Guid MarkerOf(string type, string sha256, int row) =>
        new(SHA256.HashData(Encoding.UTF8.GetBytes($"import\n{type}\n{sha256}\n{row}")).AsSpan(0, 16));
}
