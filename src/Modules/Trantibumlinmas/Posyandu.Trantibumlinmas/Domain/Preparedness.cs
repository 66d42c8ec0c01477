namespace Posyandu.Trantibumlinmas.Domain;

/// <summary>How exposed a village is to a hazard (kelas risiko, Perka BNPB 2/2012).</summary>
public enum RiskLevel
{
    Rendah,
    Sedang,
    Tinggi,
}

/// <summary>How hazard information reached the residents (Permendagri 101/2018, pelayanan informasi rawan bencana).</summary>
public enum InformationMethod
{
    /// <summary>A meeting with residents (sosialisasi).</summary>
    Sosialisasi,

    /// <summary>Hazard map or signboard put up in the village (papan informasi, peta rawan bencana).</summary>
    PapanInformasi,

    /// <summary>Announced at the mosque, church or village meeting (pengumuman).</summary>
    Pengumuman,

    /// <summary>Leaflets to households (selebaran).</summary>
    Selebaran,

    /// <summary>An evacuation drill (simulasi evakuasi).</summary>
    Simulasi,
}

/// <summary>A hazard a village is exposed to (one row per village and hazard, replaced when reassessed).</summary>
public sealed class VillageHazard : IRegionScoped
{
    public Guid Id { get; init; }

    public string RegionCode { get; init; } = "";

    public string Hazard { get; init; } = "";

    public RiskLevel RiskLevel { get; set; }

    public string? Note { get; set; }

    public DateOnly AssessedOn { get; set; }

    /// <summary>When the hazard was first recorded for the village: the village counts as exposed from then on.</summary>
    public DateOnly FirstAssessedOn { get; init; }
}

/// <summary>
/// Hazard information given to the village's residents — the SPM sub-service "informasi rawan bencana" (Permendagri
/// 101/2018): which hazard, when, how, and how many households it reached.
/// </summary>
public sealed class HazardInformation : IRegionScoped
{
    public Guid Id { get; init; }

    public string RegionCode { get; init; } = "";

    public string Hazard { get; init; } = "";

    public DateOnly GivenOn { get; init; }

    public InformationMethod Method { get; init; }

    public int HouseholdsReached { get; init; }
}

/// <summary>An evacuation point (titik kumpul / tempat evakuasi sementara) of a village, with its WGS84 point and capacity.</summary>
public sealed class EvacuationPoint : IRegionScoped
{
    public const int MaxName = 150;

    public Guid Id { get; init; }

    public string RegionCode { get; init; } = "";

    public string Name { get; init; } = "";

    public double Latitude { get; init; }

    public double Longitude { get; init; }

    /// <summary>People it can hold.</summary>
    public int Capacity { get; init; }
}

/// <summary>
/// A KIE session on kesiapsiagaan held at a Posyandu: the module's copy of GeneralEducation's <c>ActivityHeld</c> for the
/// sector tag <c>bencana-trantibum</c> (through events, never its tables); a correction replaces it.
/// </summary>
public sealed class PreparednessSession : IPosyanduScoped, IReadModel
{
    public const string SectorTag = "bencana-trantibum";

    public Guid ActivityId { get; init; }

    public Guid PosyanduId { get; set; }

    public string RegionCode { get; set; } = "";

    public DateOnly Date { get; set; }

    public string Topic { get; set; } = "";

    /// <summary>Registered residents and guests who came.</summary>
    public int Attendees { get; set; }
}

internal sealed class PreparednessConfiguration :
    IEntityTypeConfiguration<VillageHazard>, IEntityTypeConfiguration<HazardInformation>, IEntityTypeConfiguration<EvacuationPoint>,
    IEntityTypeConfiguration<PreparednessSession>
{
    public void Configure(EntityTypeBuilder<VillageHazard> builder)
    {
        builder.ToTable("village_hazards");
        builder.HasKey(h => h.Id);
        builder.Property(h => h.RegionCode).HasMaxLength(13);
        builder.Property(h => h.Hazard).HasMaxLength(40);
        builder.Property(h => h.Note).HasMaxLength(500);
        builder.Property(h => h.RiskLevel).HasConversion<string>().HasMaxLength(10);
        builder.HasIndex(h => new { h.RegionCode, h.Hazard }).IsUnique();
    }

    public void Configure(EntityTypeBuilder<HazardInformation> builder)
    {
        builder.ToTable("hazard_information");
        builder.HasKey(h => h.Id);
        builder.Property(h => h.RegionCode).HasMaxLength(13);
        builder.Property(h => h.Hazard).HasMaxLength(40);
        builder.Property(h => h.Method).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(h => new { h.RegionCode, h.GivenOn });
    }

    public void Configure(EntityTypeBuilder<EvacuationPoint> builder)
    {
        builder.ToTable("evacuation_points");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.RegionCode).HasMaxLength(13);
        builder.Property(p => p.Name).HasMaxLength(EvacuationPoint.MaxName);
        builder.HasIndex(p => p.RegionCode);
    }

    public void Configure(EntityTypeBuilder<PreparednessSession> builder)
    {
        builder.ToTable("preparedness_sessions");
        builder.HasKey(s => s.ActivityId);
        builder.Property(s => s.ActivityId).ValueGeneratedNever();
        builder.Property(s => s.RegionCode).HasMaxLength(13);
        builder.Property(s => s.Topic).HasMaxLength(60);
        builder.HasIndex(s => new { s.RegionCode, s.Date });
    }
}
