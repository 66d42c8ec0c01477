using System.Text.Json;

namespace Posyandu.Health.Immunisation;

/// <summary>
/// The national routine immunisation schedule for infants and baduta, read from the embedded <c>schedule.json</c>
/// (sources cited in the file): when each dose is recommended, the limits of a valid dose, and the Imunisasi Dasar
/// Lengkap (IDL) set. Data, not code, so a programme change (a new antigen, a moved dose) is an edit of that file.
/// </summary>
public sealed class ImmunisationSchedule
{
    private static readonly Lazy<ImmunisationSchedule> LoadedNational = new(() =>
    {
        using var stream = typeof(ImmunisationSchedule).Assembly.GetManifestResourceStream("Posyandu.Health.Immunisation.schedule.json")
                           ?? throw new InvalidOperationException("Embedded immunisation schedule is missing.");
        return Load(stream);
    });

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    private readonly Dictionary<string, IReadOnlyList<ScheduledDose>> _byAntigen;

    private ImmunisationSchedule(
        IReadOnlyList<string> sources, IReadOnlyDictionary<string, string> antigenNames, IReadOnlyList<ScheduledDose> doses, AgeSpan overdueAfter, BasicImmunisation basic)
    {
        Sources = sources;
        AntigenNames = antigenNames;
        Doses = doses;
        OverdueAfter = overdueAfter;
        Basic = basic;
        _byAntigen = doses.GroupBy(d => d.Antigen, StringComparer.Ordinal).ToDictionary(g => g.Key, g => (IReadOnlyList<ScheduledDose>)[.. g.OrderBy(d => d.Dose)], StringComparer.Ordinal);
    }

    /// <summary>The schedule in force (Permenkes 12/2017 with the 2023/2024 PCV, RV and IPV-2 expansion).</summary>
    public static ImmunisationSchedule National => LoadedNational.Value;

    public IReadOnlyList<string> Sources { get; }

    /// <summary>Antigen code → Indonesian name, in schedule order.</summary>
    public IReadOnlyDictionary<string, string> AntigenNames { get; }

    /// <summary>Every scheduled dose, antigen by antigen in schedule order, doses ascending.</summary>
    public IReadOnlyList<ScheduledDose> Doses { get; }

    /// <summary>How long after its due day a dose counts as overdue.</summary>
    public AgeSpan OverdueAfter { get; }

    public BasicImmunisation Basic { get; }

    public bool HasAntigen(string? antigen) => antigen is not null && _byAntigen.ContainsKey(antigen);

    public int DoseCount(string antigen) => _byAntigen.TryGetValue(antigen, out var doses) ? doses.Count : 0;

    public ScheduledDose? Find(string antigen, int dose) =>
        _byAntigen.TryGetValue(antigen, out var doses) && dose >= 1 && dose <= doses.Count ? doses[dose - 1] : null;

    /// <exception cref="InvalidDataException">The file is inconsistent (the message says where).</exception>
    public static ImmunisationSchedule Load(Stream json)
    {
        var file = JsonSerializer.Deserialize<ScheduleFile>(json, JsonOptions)
                   ?? throw new InvalidDataException("Empty immunisation schedule.");
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        var doses = new List<ScheduledDose>();
        foreach (var antigen in file.Antigens)
        {
            Require(!string.IsNullOrWhiteSpace(antigen.Code) && names.TryAdd(antigen.Code, antigen.Name), $"antigen code '{antigen.Code}' missing or repeated");
            for (var i = 0; i < antigen.Doses.Count; i++)
            {
                var d = antigen.Doses[i];
                var where = $"{antigen.Code} dose {d.Dose}";
                Require(d.Dose == i + 1, $"{antigen.Code}: doses must be numbered 1, 2, 3… in order");
                Require(d.RecommendedAge is not null && d.MinimumAge is not null, $"{where}: recommendedAge and minimumAge are required");
                Require((d.MinimumInterval is null) == (d.Dose == 1), $"{where}: a minimumInterval belongs to every dose after the first, and only to those");
                Require(Days(d.MinimumAge!) <= Days(d.RecommendedAge!), $"{where}: minimumAge is after recommendedAge");
                Require(d.MaximumAge is null || Days(d.MaximumAge) >= Days(d.RecommendedAge!), $"{where}: maximumAge is before recommendedAge");
                if (i > 0)
                {
                    var previous = antigen.Doses[i - 1];
                    Require(Days(d.RecommendedAge!) >= Days(previous.RecommendedAge!) + Days(d.MinimumInterval!),
                        $"{where}: recommended less than the minimum interval after dose {previous.Dose}");
                }

                doses.Add(new ScheduledDose(antigen.Code, d.Dose, d.Label ?? $"{antigen.Name} {d.Dose}", d.RecommendedAge!, d.MinimumAge!, d.MinimumInterval, d.MaximumAge));
            }

            Require(antigen.Doses.Count > 0, $"{antigen.Code}: no doses");
        }

        var basic = file.BasicImmunisation ?? throw new InvalidDataException("basicImmunisation is missing.");
        foreach (var part in basic.Doses)
        {
            Require(names.ContainsKey(part.Antigen), $"basicImmunisation: unknown antigen '{part.Antigen}'");
            Require(part.Doses >= 1 && part.Doses <= doses.Count(d => d.Antigen == part.Antigen), $"basicImmunisation: {part.Antigen} has not {part.Doses} doses");
            Require(doses.Where(d => d.Antigen == part.Antigen && d.Dose <= part.Doses).All(d => Days(d.RecommendedAge) < Days(basic.ByAge)),
                $"basicImmunisation: {part.Antigen} is not recommended before {basic.ByAge}");
        }

        return new ImmunisationSchedule(file.Sources, names, doses, file.OverdueAfter ?? new AgeSpan(Months: 1),
            new BasicImmunisation(basic.Name, basic.ByAge, basic.Doses.Select(p => new BasicImmunisation.Part(p.Antigen, p.Doses)).ToList()));
    }

    /// <summary>Days an age span covers from a reference birth date; only for comparing spans while validating the file.</summary>
    private static int Days(AgeSpan span) => span.After(new DateOnly(2024, 1, 1)).DayNumber - new DateOnly(2024, 1, 1).DayNumber;

    private static void Require(bool condition, string problem)
    {
        if (!condition)
        {
            throw new InvalidDataException($"Immunisation schedule: {problem}.");
        }
    }

    private sealed record ScheduleFile(IReadOnlyList<string> Sources, AgeSpan? OverdueAfter, IReadOnlyList<AntigenEntry> Antigens, BasicEntry? BasicImmunisation);

    private sealed record AntigenEntry(string Code, string Name, IReadOnlyList<DoseEntry> Doses);

    private sealed record DoseEntry(int Dose, string? Label, AgeSpan? RecommendedAge, AgeSpan? MinimumAge, AgeSpan? MinimumInterval, AgeSpan? MaximumAge);

    private sealed record BasicEntry(string Name, AgeSpan ByAge, IReadOnlyList<BasicPartEntry> Doses);

    private sealed record BasicPartEntry(string Antigen, int Doses);
}

/// <summary>Imunisasi Dasar Lengkap (IDL): the doses a child must have before <see cref="ByAge"/> (the first birthday).</summary>
public sealed record BasicImmunisation(string Name, AgeSpan ByAge, IReadOnlyList<BasicImmunisation.Part> Parts)
{
    public sealed record Part(string Antigen, int Doses);

    /// <summary>True when <paramref name="antigen"/> dose <paramref name="dose"/> is one of the IDL doses.</summary>
    public bool Includes(string antigen, int dose) => Parts.Any(p => p.Antigen == antigen && dose <= p.Doses);

    /// <summary>The day the last IDL dose was given, or null while any is missing.</summary>
    public DateOnly? CompletedOn(IEnumerable<GivenDose> given)
    {
        var idl = given.Where(g => Includes(g.Antigen, g.Dose)).ToList();
        var complete = Parts.All(p => Enumerable.Range(1, p.Doses).All(n => idl.Any(g => g.Antigen == p.Antigen && g.Dose == n)));
        return complete ? idl.Max(g => g.GivenOn) : null;
    }

    /// <summary>IDL complete before the child reached <see cref="ByAge"/>.</summary>
    public bool CompleteInTime(DateOnly birthDate, IEnumerable<GivenDose> given) =>
        CompletedOn(given) is { } on && on < ByAge.After(birthDate);
}

/// <summary>A dose a child has had (what status and IDL are computed from).</summary>
public sealed record GivenDose(string Antigen, int Dose, DateOnly GivenOn);
