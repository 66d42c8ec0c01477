using System.Text.Json;

namespace Posyandu.Social.Catalogue;

/// <summary>
/// The sector's lists kept as data, read from the embedded <c>catalogue.json</c> (sources cited in the file): the 26
/// PPKS types of Permensos 08/2012 with the SPM Sosial service of Permensos 9/2018 each falls under, the assistance
/// programmes, and the weights of the "who is left out" score. A new programme or a changed weight is an edit of that
/// file, not of code.
/// </summary>
public sealed class SocialCatalogue
{
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    private static readonly Lazy<SocialCatalogue> Loaded = new(() =>
    {
        using var stream = typeof(SocialCatalogue).Assembly.GetManifestResourceStream("Posyandu.Social.Catalogue.catalogue.json")
                           ?? throw new InvalidOperationException("Embedded social catalogue is missing.");
        return JsonSerializer.Deserialize<SocialCatalogue>(stream, JsonOptions)
               ?? throw new InvalidOperationException("Embedded social catalogue is empty.");
    });

    public static SocialCatalogue Current => Loaded.Value;

    public IReadOnlyList<string> Sources { get; init; } = [];

    public IReadOnlyList<PpksType> PpksTypes { get; init; } = [];

    public IReadOnlyList<SpmService> SpmServices { get; init; } = [];

    public IReadOnlyList<Programme> Programmes { get; init; } = [];

    public LeftOutWeights LeftOut { get; init; } = new();

    public PpksType? Type(string? code) => PpksTypes.FirstOrDefault(t => t.Code == code);

    public bool IsProgramme(string? code) => Programmes.Any(p => p.Code == code);

    public string OneOfTypes(string field) => $"{field} is one of: {string.Join(", ", PpksTypes.Select(t => t.Code))}.";

    public string OneOfProgrammes(string field) => $"{field} is one of: {string.Join(", ", Programmes.Select(p => p.Code))}.";
}

/// <param name="Subject">person or household: whom a case of this type is recorded for.</param>
/// <param name="SpmService">The Permensos 9/2018 service (code of <see cref="SpmService"/>), or null when the SPM names none.</param>
public sealed record PpksType(string Code, string Name, string Subject, string? SpmService)
{
    public bool ForHousehold => Subject == "household";
}

public sealed record SpmService(string Code, string Name);

/// <param name="Level">national, village or regional.</param>
public sealed record Programme(string Code, string Name, string Level);

/// <summary>Points per signal kind and per household factor; <see cref="BottomDecileMax"/> is the highest DTSEN decile counted as bottom.</summary>
public sealed class LeftOutWeights
{
    public string Source { get; init; } = "";

    public IReadOnlyDictionary<string, int> Signals { get; init; } = new Dictionary<string, int>();

    public IReadOnlyDictionary<string, int> Factors { get; init; } = new Dictionary<string, int>();

    public int BottomDecileMax { get; init; } = 4;

    public int Signal(string kind) => Signals.TryGetValue(kind, out var w) ? w : 1;

    public int Factor(string kind) => Factors.TryGetValue(kind, out var w) ? w : 0;
}
