namespace Posyandu.PublicWorks.Domain;

/// <summary>How bad a reported infrastructure problem is, as the village sees it.</summary>
public enum InfrastructureSeverity
{
    /// <summary>Ringan: a nuisance, service goes on.</summary>
    Low,

    /// <summary>Sedang: service is reduced.</summary>
    Medium,

    /// <summary>Berat: service is cut off (a road impassable, no water).</summary>
    High,

    /// <summary>Darurat: a danger to people (a collapsing bridge, flooding, contamination).</summary>
    Critical,
}

/// <summary>
/// What Dinas PU keeps of a community infrastructure report beside the shared service request it is (keyed by the
/// request's id): where the problem is (WGS84), how severe, and who reported it — a resident whose identity only the
/// OPD and the village see (the shared request's views name no reporter for PU's requests beyond its subject id).
/// </summary>
public sealed class InfrastructureReport : IPosyanduScoped
{
    private InfrastructureReport()
    {
    }

    public Guid RequestId { get; private set; }

    public string Type { get; private set; } = "";

    public Guid PosyanduId { get; private set; }

    public string RegionCode { get; private set; } = "";

    public double Latitude { get; private set; }

    public double Longitude { get; private set; }

    public InfrastructureSeverity Severity { get; private set; }

    /// <summary>The resident who reported it (confidential to Dinas PU and the village).</summary>
    public Guid ReporterResidentId { get; private set; }

    public DateTime ReportedAt { get; private set; }

    public static InfrastructureReport For(ServiceRequest request, double latitude, double longitude, InfrastructureSeverity severity)
    {
        ArgumentNullException.ThrowIfNull(request);
        return new InfrastructureReport
        {
            RequestId = request.Id, Type = request.Type, PosyanduId = request.PosyanduId, RegionCode = request.RegionCode,
            Latitude = latitude, Longitude = longitude, Severity = severity, ReporterResidentId = request.ResidentId ?? Guid.Empty,
            ReportedAt = request.SubmittedAt,
        };
    }
}

/// <summary>
/// Indonesia's bounding box in WGS84 (degrees): from Sabang (~95.0° E, ~6.1° N) to Merauke (~141.0° E, ~11.0° S), with
/// a small margin for the outer islands (Pulau Rondo, Pulau Miangas at 5.6° N, Pulau Rote/Ndana at 11.0° S). A point
/// outside it is a typo or a swapped latitude/longitude, never a village road.
/// </summary>
public static class IndonesiaBounds
{
    public const double MinLatitude = -11.2;
    public const double MaxLatitude = 6.3;
    public const double MinLongitude = 94.7;
    public const double MaxLongitude = 141.2;

    public static bool Contains(double latitude, double longitude) =>
        latitude is >= MinLatitude and <= MaxLatitude && longitude is >= MinLongitude and <= MaxLongitude;
}

internal sealed class InfrastructureReportConfiguration : IEntityTypeConfiguration<InfrastructureReport>
{
    public void Configure(EntityTypeBuilder<InfrastructureReport> builder)
    {
        builder.ToTable("infrastructure_reports");
        builder.HasKey(r => r.RequestId);
        builder.Property(r => r.RequestId).ValueGeneratedNever();
        builder.Property(r => r.Type).HasMaxLength(50);
        builder.Property(r => r.RegionCode).HasMaxLength(13);
        builder.Property(r => r.Severity).HasConversion<string>().HasMaxLength(10);
        builder.HasIndex(r => r.RegionCode);
    }
}
