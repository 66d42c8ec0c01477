using System.Globalization;
using MediatR;

namespace Posyandu.SharedKernel.Imports;

/// <summary>
/// One data row of an uploaded file, mapped to the type's fields: what <see cref="ImportType.PlanAsync"/> reads and
/// fills in (commands, errors, warnings, unique keys). Values are trimmed; an empty cell is null.
/// </summary>
public sealed class ImportRow
{
    private readonly IReadOnlyDictionary<string, string?> _values;
    private readonly List<ImportMessage> _errors = [];
    private readonly List<ImportMessage> _warnings = [];
    private readonly List<PlannedCommand> _commands = [];
    private readonly List<(string Field, string Value)> _unique = [];

    internal ImportRow(int number, IReadOnlyDictionary<string, string?> values) => (Number, _values) = (number, values);

    /// <summary>The row's number in the file (the header is row 1, as a spreadsheet shows it).</summary>
    public int Number { get; }

    /// <summary>The cell mapped to <paramref name="field"/>, trimmed; null when empty or not mapped.</summary>
    public string? this[string field] => _values.TryGetValue(field, out var value) ? value : null;

    public IReadOnlyList<ImportMessage> Errors => _errors;

    public IReadOnlyList<ImportMessage> Warnings => _warnings;

    public IReadOnlyList<PlannedCommand> Commands => _commands;

    public bool IsValid => _errors.Count == 0;

    /// <summary>Anything the type wants to carry from planning to <see cref="ImportType.ApplyAsync"/>.</summary>
    public object? State { get; set; }

    internal IReadOnlyList<(string Field, string Value)> UniqueKeys => _unique;

    /// <summary>
    /// Rejects the row: <paramref name="message"/> in Bahasa Indonesia, about <paramref name="field"/>. Stored with the
    /// job in the platform database: never put a cell's value (a NIK, a name) in it.
    /// </summary>
    public void Error(string field, string message) => _errors.Add(new ImportMessage(field, message));

    /// <summary>Keeps the row but tells the kader something (a KK already registered: the resident joins it).</summary>
    public void Warn(string field, string message) => _warnings.Add(new ImportMessage(field, message));

    /// <summary>
    /// A command the row becomes. The mechanism validates it with the module's validators; each failure is reported
    /// on the column named for its property in <paramref name="fieldsByProperty"/> (property name as the validator
    /// names it, e.g. <c>BirthDate</c> → <c>tanggalLahir</c>).
    /// </summary>
    public void Send(IBaseRequest command, params (string Property, string Field)[] fieldsByProperty)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(fieldsByProperty);
        _commands.Add(new PlannedCommand(command, fieldsByProperty.ToDictionary(p => p.Property, p => p.Field, StringComparer.OrdinalIgnoreCase)));
    }

    /// <summary>
    /// Declares <paramref name="value"/> of <paramref name="field"/> unique: a later row of the file with the same
    /// value is rejected (naming this row), and a value the module already holds (<see cref="ImportType.FindExistingAsync"/>)
    /// rejects this row. Null or empty values are ignored.
    /// </summary>
    public void Unique(string field, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            _unique.Add((field, value));
        }
    }

    /// <summary>
    /// The cell as a date: <c>TTTT-BB-HH</c>, <c>HH/BB/TTTT</c>, <c>HH-BB-TTTT</c>, <c>HH.BB.TTTT</c> (or a spreadsheet
    /// date); 1900..2199. Adds an error and returns null when it is not one; null without error when empty.
    /// </summary>
    public DateOnly? Date(string field, string label)
    {
        if (this[field] is not { } text)
        {
            return null;
        }

        if (ImportValues.TryParseDate(text, out var date))
        {
            return date;
        }

        Error(field, $"{label} bukan tanggal yang dikenali (pakai HH/BB/TTTT atau TTTT-BB-HH, tahun 1900–2199).");
        return null;
    }

    /// <summary>The cell as a whole number, or an error.</summary>
    public int? WholeNumber(string field, string label)
    {
        if (this[field] is not { } text)
        {
            return null;
        }

        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        Error(field, $"{label} bukan bilangan bulat.");
        return null;
    }

    /// <summary>The cell as a decimal number (comma or point as the decimal separator), or an error.</summary>
    public double? Measurement(string field, string label)
    {
        if (this[field] is not { } text)
        {
            return null;
        }

        if (double.TryParse(text.Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value))
        {
            return value;
        }

        Error(field, $"{label} bukan angka.");
        return null;
    }
}

/// <summary>An error or warning of a row: the field (column) it is about and the message in Bahasa Indonesia.</summary>
public sealed record ImportMessage(string Field, string Message);
