using System.Text.Json;

namespace Posyandu.Trantibumlinmas.Catalogue;

/// <summary>A group of incident types the scorecard counts by (bencana, ketertiban, kriminal, kekerasan).</summary>
public sealed record IncidentGroup(string Code, string Name);

/// <summary>
/// A type of incident a village reports: its group, whether it is sensitive (its escalation needs the village head's
/// approval and its reporter is protected the more), the hours within which it counts as handled (the SPM's response
/// time: 2 hours for a fire, Permendagri 114/2018), and whom it goes to when escalated.
/// </summary>
/// <param name="EscalateTo"><c>opd</c> (Satpol PP / BPBD, or the UPTD PPA for KDRT) or <c>polisi</c>.</param>
public sealed record IncidentType(string Code, string Name, string Group, bool Sensitive, int SlaHours, string EscalateTo);

/// <summary>A hazard (jenis ancaman, Perka BNPB 2/2012) a village may be exposed to.</summary>
public sealed record Hazard(string Code, string Name);

/// <summary>
/// The sector's catalogue — incident types, their groups and hazards — read from the embedded <c>catalogue.json</c>
/// (the regulations cited in the file): data, not code, so a new type is an edit of that file.
/// </summary>
public sealed class TrantibCatalogue
{
    private static readonly Lazy<TrantibCatalogue> Loaded = new(() =>
    {
        using var stream = typeof(TrantibCatalogue).Assembly.GetManifestResourceStream("Posyandu.Trantibumlinmas.Catalogue.catalogue.json")
                           ?? throw new InvalidOperationException("Embedded catalogue is missing.");
        return Load(stream);
    });

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    private TrantibCatalogue(CatalogueFile file)
    {
        Sources = file.Sources;
        Groups = file.Groups;
        IncidentTypes = file.IncidentTypes;
        Hazards = file.Hazards;
    }

    public static TrantibCatalogue Current => Loaded.Value;

    public IReadOnlyList<string> Sources { get; }

    public IReadOnlyList<IncidentGroup> Groups { get; }

    public IReadOnlyList<IncidentType> IncidentTypes { get; }

    public IReadOnlyList<Hazard> Hazards { get; }

    public IncidentType? Type(string? code) => IncidentTypes.FirstOrDefault(t => t.Code == code);

    public bool IsHazard(string? code) => Hazards.Any(h => h.Code == code);

    /// <exception cref="InvalidDataException">The file is inconsistent (the message says where).</exception>
    public static TrantibCatalogue Load(Stream json)
    {
        var file = JsonSerializer.Deserialize<CatalogueFile>(json, JsonOptions) ?? throw new InvalidDataException("catalogue.json is empty.");
        var groups = file.Groups.Select(g => g.Code).ToHashSet(StringComparer.Ordinal);
        if (file.IncidentTypes.FirstOrDefault(t => !groups.Contains(t.Group)) is { } stray)
        {
            throw new InvalidDataException($"catalogue.json: incident type {stray.Code} has the unknown group {stray.Group}.");
        }

        if (file.IncidentTypes.FirstOrDefault(t => t.SlaHours <= 0 || t.EscalateTo is not ("opd" or "polisi")) is { } wrong)
        {
            throw new InvalidDataException($"catalogue.json: incident type {wrong.Code} needs slaHours > 0 and escalateTo opd or polisi.");
        }

        if (file.IncidentTypes.Select(t => t.Code).Concat(file.Hazards.Select(h => "hazard:" + h.Code)).GroupBy(c => c).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            throw new InvalidDataException($"catalogue.json: {twice.Key} is listed twice.");
        }

        return new TrantibCatalogue(file);
    }

    private sealed record CatalogueFile(
        IReadOnlyList<string> Sources, IReadOnlyList<IncidentGroup> Groups, IReadOnlyList<IncidentType> IncidentTypes, IReadOnlyList<Hazard> Hazards);
}
