using System.Text.Json;

namespace Posyandu.GeneralEducation.Catalogue;

/// <summary>A sector tag of the catalogue: what activities are counted by (kesehatan &amp; gizi, PHBS &amp; lingkungan, …).</summary>
public sealed record SectorTag(string Tag, string Name);

/// <summary>A topic of community education (KIE): its code, its sector tag and its Indonesian name.</summary>
public sealed record Topic(string Code, string Sector, string Name, bool Active = true);

/// <summary>
/// The catalogue of KIE topics with their sector tags, read from the embedded <c>topics.json</c> (sources cited in the
/// file): data, not code, so a new topic is an edit of that file.
/// </summary>
public sealed class TopicCatalogue
{
    private static readonly Lazy<TopicCatalogue> Loaded = new(() =>
    {
        using var stream = typeof(TopicCatalogue).Assembly.GetManifestResourceStream("Posyandu.GeneralEducation.Catalogue.topics.json")
                           ?? throw new InvalidOperationException("Embedded topic catalogue is missing.");
        return Load(stream);
    });

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    private readonly Dictionary<string, Topic> _byCode;

    private TopicCatalogue(IReadOnlyList<string> sources, IReadOnlyList<SectorTag> sectors, IReadOnlyList<Topic> topics)
    {
        Sources = sources;
        Sectors = sectors;
        Topics = topics;
        _byCode = topics.ToDictionary(t => t.Code, StringComparer.Ordinal);
    }

    public static TopicCatalogue Current => Loaded.Value;

    public IReadOnlyList<string> Sources { get; }

    public IReadOnlyList<SectorTag> Sectors { get; }

    public IReadOnlyList<Topic> Topics { get; }

    public Topic? Find(string? code) => code is not null && _byCode.TryGetValue(code, out var topic) ? topic : null;

    /// <summary>A topic new records may use: known and not retired.</summary>
    public bool IsUsable(string? code) => Find(code) is { Active: true };

    /// <exception cref="InvalidDataException">The file is inconsistent (the message says where).</exception>
    public static TopicCatalogue Load(Stream json)
    {
        var file = JsonSerializer.Deserialize<CatalogueFile>(json, JsonOptions)
                   ?? throw new InvalidDataException("topics.json is empty.");
        var tags = file.Sectors.Select(s => s.Tag).ToHashSet(StringComparer.Ordinal);
        if (tags.Count != file.Sectors.Count)
        {
            throw new InvalidDataException("topics.json: a sector tag is listed twice.");
        }

        if (file.Topics.FirstOrDefault(t => !tags.Contains(t.Sector)) is { } stray)
        {
            throw new InvalidDataException($"topics.json: topic {stray.Code} has the unknown sector tag {stray.Sector}.");
        }

        if (file.Topics.GroupBy(t => t.Code, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            throw new InvalidDataException($"topics.json: topic {twice.Key} is listed twice.");
        }

        return new TopicCatalogue(file.Sources, file.Sectors, file.Topics);
    }

    private sealed record CatalogueFile(IReadOnlyList<string> Sources, IReadOnlyList<SectorTag> Sectors, IReadOnlyList<Topic> Topics);
}
