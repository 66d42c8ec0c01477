using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Posyandu.Housing.Domain;

/// <summary>
/// One assessment of a household's house against the RTLH criteria, with the verdict as it was computed then
/// (<see cref="IsRtlh"/>, <see cref="Reasons"/>) — stored, so a later change of the rule does not rewrite history.
/// The house's state on a day is its latest assessment by then (<see cref="HouseStatus"/>): a later assessment
/// supersedes an earlier one, and one recorded late with an earlier date only fills in the history.
/// </summary>
public sealed class HouseAssessment : IPosyanduScoped
{
    /// <summary>Sanity bound on a dwelling's floor area (a longhouse / lamin is large, but not larger).</summary>
    public const decimal MaxFloorAreaM2 = 2000m;

    public const int MaxOccupants = 100;

    public Guid Id { get; init; }

    public Guid HouseholdId { get; init; }

    public Guid PosyanduId { get; init; }

    public string RegionCode { get; init; } = "";

    public DateOnly AssessedOn { get; init; }

    /// <summary>When it was recorded (UTC): of two assessments on the same day, the later recorded is the later one.</summary>
    public DateTime RecordedAt { get; init; }

    public StructureCondition Foundation { get; init; }

    public StructureCondition ColumnsAndBeams { get; init; }

    public StructureCondition RoofStructure { get; init; }

    public RoofMaterial RoofMaterial { get; init; }

    public WallMaterial WallMaterial { get; init; }

    public FloorMaterial FloorMaterial { get; init; }

    public decimal FloorAreaM2 { get; init; }

    public int Occupants { get; init; }

    /// <summary>True when the assessor gave no number and the registry's living residents were counted.</summary>
    public bool OccupantsFromRegistry { get; init; }

    public decimal AreaPerPersonM2 { get; init; }

    public bool AdequateNaturalLighting { get; init; }

    public bool AdequateVentilation { get; init; }

    public WaterAccess Water { get; init; }

    public LatrineAccess Latrine { get; init; }

    public bool IsRtlh { get; init; }

    /// <summary>Codes of <see cref="Contracts.RtlhReasons"/>; empty when the house is layak huni.</summary>
    public List<string> Reasons { get; init; } = [];

    public bool MeetsBuildingSafety { get; init; }

    public bool MeetsMinimumArea { get; init; }

    public bool MeetsOccupantHealth { get; init; }

    public string? Note { get; init; }
}

internal sealed class HouseAssessmentConfiguration : IEntityTypeConfiguration<HouseAssessment>
{
    public void Configure(EntityTypeBuilder<HouseAssessment> builder)
    {
        builder.ToTable("house_assessments");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.RegionCode).HasMaxLength(13);
        builder.Property(a => a.Foundation).HasConversion<string>().HasMaxLength(16);
        builder.Property(a => a.ColumnsAndBeams).HasConversion<string>().HasMaxLength(16);
        builder.Property(a => a.RoofStructure).HasConversion<string>().HasMaxLength(16);

        builder.Property(a => a.RoofMaterial).HasConversion<string>().HasMaxLength(10);
        builder.Property(a => a.WallMaterial).HasConversion<string>().HasMaxLength(10);
        builder.Property(a => a.FloorMaterial).HasConversion<string>().HasMaxLength(10);
        builder.Property(a => a.Water).HasConversion<string>().HasMaxLength(8);
        builder.Property(a => a.Latrine).HasConversion<string>().HasMaxLength(8);
        builder.Property(a => a.FloorAreaM2).HasPrecision(7, 2);
        builder.Property(a => a.AreaPerPersonM2).HasPrecision(7, 2);
        builder.Property(a => a.Note).HasMaxLength(1000);
        // A primitive collection: EF keeps it as a JSON array column on both providers.
        builder.PrimitiveCollection(a => a.Reasons).HasMaxLength(400);
        builder.HasIndex(a => new { a.HouseholdId, a.AssessedOn });
        builder.HasIndex(a => new { a.PosyanduId, a.AssessedOn });
        builder.HasIndex(a => a.RegionCode);
    }
}
